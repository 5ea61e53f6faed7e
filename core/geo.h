// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QMetaType>
#include <QString>

#include <cmath>
#include <limits>

namespace lookout {

// A geographic position in degrees, longitude first (x, y) as GIS code uses it; the datum is
// whatever the owning layer says (WGS-84 unless stated). CAP and many feeds write lat,lon:
// convert at the parser, never here.
struct GeoPoint {
    double lon = 0.0;
    double lat = 0.0;

    bool isValid() const { return std::isfinite(lon) && std::isfinite(lat) && lon >= -180.0
                                  && lon <= 180.0 && lat >= -90.0 && lat <= 90.0; }
    friend bool operator==(const GeoPoint &, const GeoPoint &) = default;
};

// Great-circle distance on the WGS-84 mean sphere (R = 6371008.8 m), in metres. Good to ~0.5 %,
// which is what distance checks between datasets need; geodesic precision is PROJ's job.
double haversineMetres(GeoPoint a, GeoPoint b);
// The point `distanceKm` from `from` along the initial bearing (degrees clockwise from north), on
// the sphere of mean Earth radius.
GeoPoint destination(GeoPoint from, double bearingDegrees, double distanceKm);
// Initial bearing from `from` to `to`, 0..360.
double bearingDegrees(GeoPoint from, GeoPoint to);
// The 16-point compass name of a bearing (degrees clockwise from north): "西西北", "WNW".
QString compassZh(double bearing);
QString compassEn(double bearing);

// An axis-aligned box in any planar or angular CRS (x = lon/easting, y = lat/northing).
// A default-constructed box is empty and grows with extend().
struct GeoBox {
    double xMin = std::numeric_limits<double>::infinity();
    double yMin = std::numeric_limits<double>::infinity();
    double xMax = -std::numeric_limits<double>::infinity();
    double yMax = -std::numeric_limits<double>::infinity();

    static GeoBox fromCorners(double x1, double y1, double x2, double y2);

    bool isEmpty() const { return !(xMin <= xMax && yMin <= yMax); }
    double width() const { return isEmpty() ? 0.0 : xMax - xMin; }
    double height() const { return isEmpty() ? 0.0 : yMax - yMin; }
    double centerX() const { return (xMin + xMax) / 2.0; }
    double centerY() const { return (yMin + yMax) / 2.0; }

    void extend(double x, double y);
    void extend(const GeoBox &other);
    bool contains(double x, double y) const { return x >= xMin && x <= xMax && y >= yMin && y <= yMax; }
    bool intersects(const GeoBox &other) const;
    // The box grown (or shrunk, factor < 1) about its centre.
    GeoBox scaled(double factor) const;
    // The smallest box around this one with the given width/height ratio, same centre.
    GeoBox withAspect(double widthOverHeight) const;

    QString toString() const;
    friend bool operator==(const GeoBox &, const GeoBox &) = default;
};

} // namespace lookout

Q_DECLARE_METATYPE(lookout::GeoPoint)
Q_DECLARE_METATYPE(lookout::GeoBox)

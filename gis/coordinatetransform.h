// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/geo.h"
#include "core/result.h"

#include <QString>

#include <memory>
#include <span>

namespace lookout::gis {

// Well-known CRS identifiers used across Lookout.
inline const QString kWgs84 = QStringLiteral("EPSG:4326");          // GPS, CAP, grids
inline const QString kCgcs2000 = QStringLiteral("EPSG:4490");       // China's geodetic datum
inline const QString kCgcs2000Gk114 = QStringLiteral("EPSG:4547");  // CGCS2000 3-degree GK, CM 114E
inline const QString kWebMercator = QStringLiteral("EPSG:3857");    // the display CRS
// Not an EPSG CRS: WGS-84 with China's GCJ-02 obfuscation (AMap/DataV, Tencent, Chinese web maps).
// PROJ cannot express it; gis/gcj02.h converts it.
inline const QString kGcj02 = QStringLiteral("GCJ-02");

// A PROJ transformation between two CRSs, with axis order normalised for GIS use: x = longitude
// or easting, y = latitude or northing, whatever the EPSG axis order says.
//
// Thread contract: PROJ objects belong to the PJ_CONTEXT they were made in, and Lookout keeps one
// context per thread. A CoordinateTransform is created on, and must only be used on, one thread;
// to use the same transform on another thread, create another there (cheap after the first).
class CoordinateTransform {
public:
    static Result<CoordinateTransform> create(const QString &sourceCrs, const QString &destinationCrs);

    CoordinateTransform(CoordinateTransform &&) noexcept;
    CoordinateTransform &operator=(CoordinateTransform &&) noexcept;
    ~CoordinateTransform();

    const QString &sourceCrs() const { return m_source; }
    const QString &destinationCrs() const { return m_destination; }
    bool isIdentity() const { return m_identity; }

    // Transforms in place; points PROJ cannot transform become non-finite and the call reports
    // how many did so (0 = all good).
    std::size_t transform(std::span<double> xs, std::span<double> ys, bool inverse = false) const;
    Result<GeoPoint> transform(GeoPoint point, bool inverse = false) const;
    // The source box as a box in the destination CRS, sampling its edges (21 points a side) so
    // curved edges are enclosed.
    Result<GeoBox> transformBox(const GeoBox &box, bool inverse = false) const;

private:
    CoordinateTransform() = default;
    struct Private;
    std::unique_ptr<Private> d;
    QString m_source;
    QString m_destination;
    bool m_identity = false;
};

// True when PROJ knows the identifier (e.g. "EPSG:4547"); for validating user input.
bool isKnownCrs(const QString &crs);

} // namespace lookout::gis

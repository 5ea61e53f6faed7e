// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/geo.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <cstdint>
#include <functional>
#include <vector>

namespace lookout::gis {

enum class GeometryKind { Point, Line, Polygon };

// One feature of a vector layer, held in plain memory so renderers on pool threads can read it
// without touching GDAL. Polygons keep all rings of all parts (exteriors and holes) and are filled
// even-odd, which draws holes and multi-parts correctly without relying on ring winding (the DataV
// files wind the other way from RFC 7946). Lines keep one vertex list per part; points one
// single-vertex list per point.
struct VectorFeature {
    qint64 id = 0;
    GeometryKind kind = GeometryKind::Polygon;
    std::vector<std::vector<GeoPoint>> parts;
    // Polygons only: how many consecutive rings of `parts` form each polygon (exterior first),
    // so the structure survives a round trip to a GeoPackage.
    std::vector<std::uint32_t> polygonRingCounts;
    GeoBox bounds;
    GeoPoint labelPoint;  // inside the largest polygon part, mid-line, or the point
    QVariantMap attributes;

    QString text(const QString &field) const { return attributes.value(field).toString(); }

    friend bool operator==(const VectorFeature &, const VectorFeature &) = default;
};

// A whole vector layer read from a file: features in the CRS named by `crs` (x = lon/easting).
// Immutable once built and shared between threads through std::shared_ptr<const VectorData>.
struct VectorData {
    QString sourcePath;
    QString layerName;
    QString crs;             // "EPSG:4326", ... as detected in the file or declared at import
    bool crsFromFile = true; // false when the file had no CRS and one was assumed (RFC 7946) or declared
    QStringList fieldNames;
    std::vector<VectorFeature> features;
    GeoBox bounds;

    std::size_t vertexCount() const;
    // Applies fn to every vertex and label point, then recomputes the bounds.
    void transformPoints(const std::function<GeoPoint(GeoPoint)> &fn);
    void recomputeBounds();

    friend bool operator==(const VectorData &, const VectorData &) = default;
};

// Geometry helpers used by loading and labelling. Rings need not be closed.
double ringSignedArea(const std::vector<GeoPoint> &ring);
bool ringContains(const std::vector<GeoPoint> &ring, GeoPoint point);
// A point inside the feature for its label: the centroid of the largest part when that lies
// inside it, else the middle of the widest horizontal span through the part.
GeoPoint labelPointFor(const VectorFeature &feature);

} // namespace lookout::gis

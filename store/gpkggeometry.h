// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/geo.h"
#include "core/result.h"
#include "store/database.h"

#include <QByteArray>

#include <cstdint>
#include <vector>

namespace lookout::store {

// GeoPackage geometry blobs (GPKG header, then ISO WKB; little-endian, EPSG:4326 lon/lat) written
// by SQLite directly, so Lookout's own tables keep a geometry beside their fast columns and open
// as spatial layers in QGIS and ogrinfo without GDAL on the write path. Pure; any thread.
QByteArray gpkgPoint(const GeoPoint &point);
// The same blob into a caller's buffer of kGpkgPointBytes (bulk writers: no allocation a row).
inline constexpr int kGpkgPointBytes = 29;
void writeGpkgPoint(char *out, const GeoPoint &point);
QByteArray gpkgLineString(const std::vector<GeoPoint> &points);  // empty blob for fewer than 2 points
// One polygon per closed ring (CAP areas, circles as rings, district outlines); rings of fewer
// than four points are left out; empty blob when none is left.
// `ringsPerPolygon`, when given, groups the rings into polygons (outer ring first, then its
// holes), as gis::VectorFeature keeps them.
QByteArray gpkgMultiPolygon(const std::vector<std::vector<GeoPoint>> &rings, const std::vector<std::uint32_t> &ringsPerPolygon = {});

// Registers a table or view with a `geom` column as a feature layer (gpkg_contents,
// gpkg_geometry_columns, EPSG:4326), replacing an 'attributes' registration of the same name.
// `geometryType`: POINT, LINESTRING or MULTIPOLYGON. Runs in the caller's transaction.
Result<void> registerFeatureLayer(Database &database, const QString &table, const QString &geometryType,
                                  const QString &description);

} // namespace lookout::store

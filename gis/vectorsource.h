// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "gis/vectordata.h"

namespace lookout::gis {

struct VectorReadOptions {
    QString layerName;     // empty: the file's first layer
    // The CRS the coordinates are really in, when the file does not say or says wrong. Empty: use
    // what the file declares (GeoJSON without a "crs" member is WGS-84 by RFC 7946). kGcj02 for
    // AMap/DataV exports, which carry no tag but are offset.
    QString declaredCrs;
};

// Reads a vector file through OGR (GeoJSON, GeoPackage, Shapefile, ...) into memory.
// Errors: NotFound (no such file or layer), Empty (zero bytes or no features), Corrupt (OGR
// cannot parse it; the message carries OGR's reason), Unsupported (a CRS PROJ does not know).
// Any thread: each call opens its own GDALDataset.
Result<VectorData> readVectorFile(const QString &path, const VectorReadOptions &options = {});

// Reads a vector dataset held in memory (an embedded resource, a download) through GDAL's
// /vsimem; `name` (with its extension, e.g. "440400_full.json") becomes the sourcePath.
Result<VectorData> readVectorBytes(const QByteArray &bytes, const QString &name, const VectorReadOptions &options = {});

// Lists the layer names of a vector dataset.
Result<QStringList> vectorLayerNames(const QString &path);

// Converts a layer to WGS-84 (EPSG:4326) from its CRS: GCJ-02 through gis/gcj02.h, anything else
// through PROJ. Points that cannot be transformed fail the whole conversion (nothing half-done).
Result<VectorData> convertToWgs84(VectorData data);

} // namespace lookout::gis

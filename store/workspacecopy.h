// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "store/database.h"

#include <QStringList>

#include <functional>

namespace lookout::store {

// What a copy moved: rows per table, in the order copied.
struct CopiedTables {
    QList<std::pair<QString, qint64>> rows;
};

// Copies a GeoPackage workspace's tables into a server's (store/serverworkspace.h), inside the
// caller's transaction on `server`: the settings and layer records, each map layer (created with
// its columns and PostGIS geometry, readable by GDAL), Lookout's own tables, and their identity
// counters moved past the copied ids. Values keep their kind (integers, reals to the last bit,
// text, blobs); geometry goes through lookout_geometry(). Refused when the server already holds
// a workspace. `progress` is told each table before it is copied.
Result<CopiedTables> copyWorkspaceTables(Database &geopackage, Database &server, const QStringList &mapLayers,
                                         const std::function<void(const QString &table)> &progress = {});

} // namespace lookout::store

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QStringList>

namespace lookout::store {

// The workspace's own tables on a shared server, as the GeoPackage has them (same names, same
// columns, so every store reads and writes both through store::Database), with PostGIS geometry
// where the GeoPackage has a geometry column, text compared byte by byte (COLLATE "C", SQLite's
// order), the GIS programs' views, and lookout_geometry(bytea) turning a GeoPackage geometry blob
// into PostGIS geometry. Monitoring data and plans are public: every seat reads them; they are
// written by the server's administrator (`workspace push`, ingest as the owner), and a warning's
// acknowledgement by an acting seat as itself (row-level security). The map layers
// are created by `workspace push` through GDAL's PostgreSQL driver.
extern const char *const kServerWorkspaceSchema;

// The tables above in the order a push fills them (a referenced table before its referrers).
const QStringList &serverWorkspaceTables();

} // namespace lookout::store

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "store/database.h"

namespace lookout::store {

// Lookout's own tables beyond the layer records, created or migrated in one transaction when a
// workspace is opened (schema_version in lookout_workspace says how far a file has come). Each
// table is registered in gpkg_contents as 'attributes', so the file stays a valid GeoPackage
// and the tables show in QGIS and ogrinfo.
inline constexpr int kCurrentSchemaVersion = 10;

Result<void> migrateSchema(Database &database);

} // namespace lookout::store

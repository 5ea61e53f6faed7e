// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "situation/cyclonesituation.h"
#include "situation/situation.h"
#include "store/sqlitedatabase.h"

namespace lookout::situation {

// The situation as known at `at` (UTC) from a workspace's database. Any thread, with its own
// connection to the workspace (SQLite in WAL mode lets it read while another writes); pure
// otherwise. Parts so far: the warnings, the tropical cyclones (measured against `cyclones`), the
// water stations and the record's incidents (the others follow, see docs/situation.md).
Result<Situation> buildSituation(store::SqliteDatabase &database, const QDateTime &at, const CycloneInputs &cyclones = {});

} // namespace lookout::situation

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "situation/situation.h"
#include "store/sqlitedatabase.h"

namespace lookout::situation {

// The incidents part at `at`: the workspace's record (its hash-chained journal) as known then,
// folded. Any thread, with that thread's own database connection.
Result<IncidentsPart> buildIncidentsPart(store::SqliteDatabase &database, const QDateTime &at);

} // namespace lookout::situation

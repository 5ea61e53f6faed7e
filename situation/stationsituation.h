// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "situation/situation.h"
#include "store/database.h"

namespace lookout::situation {

// The water part of the situation at `at`: every station that reported within
// StationsPart::kWindowSeconds, its level against the thresholds in force then (SL 323 tables of
// the workspace), worst first. Any thread, with that thread's own database connection.
Result<StationsPart> buildStationsPart(store::Database &database, const QDateTime &at);

// The stable word for a level state in the situation's JSON and the CLI: "over-warning", …
QString statusKey(analysis::LevelState::Status status);

} // namespace lookout::situation

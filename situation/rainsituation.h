// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "situation/situation.h"
#include "situation/situationinputs.h"
#include "store/database.h"

namespace lookout::situation {

// The rainfall part at `at`: the latest product of the grids valid in the 48 h before (those on
// the latest grid's lattice), its windows per district of `inputs`, and the rainstorm signal.
// Any thread, with that thread's own database connection.
Result<RainfallPart> buildRainfallPart(store::Database &database, const QDateTime &at, const SituationInputs &inputs);
// The same from grids already read. Pure (PROJ places the cells).
Result<RainfallPart> rainfallPartOf(const QList<gis::RainfallGrid> &grids, const SituationInputs &inputs);

// The stable word for a rainstorm signal in the JSON: "none", "blue", "yellow", "orange", "red".
QString signalKey(analysis::RainstormSignal signal);

} // namespace lookout::situation

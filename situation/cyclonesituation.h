// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "situation/situation.h"
#include "situation/situationinputs.h"
#include "store/database.h"

namespace lookout::situation {


// The cyclones part at `at` from the workspace's tracks (as known then). Any thread, with that
// thread's own database connection.
Result<CyclonesPart> buildCyclonesPart(store::Database &database, const QDateTime &at, const SituationInputs &inputs);
// The storms of `tracks` (already cut to `at`) active then, as the part holds them. Pure.
QList<CycloneSituation> activeCyclones(const QList<feeds::TyphoonTrack> &tracks, const QDateTime &at, const SituationInputs &inputs);

} // namespace lookout::situation

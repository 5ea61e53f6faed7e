// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "situation/incidentsituation.h"
#include "situation/situation.h"
#include "situation/situationinputs.h"
#include "store/database.h"

#include <functional>

namespace lookout::situation {

// Told after each part, with the parts done and to do; returns false to stop the build.
using BuildProgress = std::function<bool(int done, int total)>;

// What one builder keeps between its builds (one thread at a time): the record folded so far.
struct BuildCache {
    RecordFold record;
};

// The situation as known at `at` (UTC) from a workspace's database, measured against `inputs`.
// Any thread, with that thread's own connection to the workspace (SQLite in WAL mode lets it read
// while another writes); pure otherwise. Stopped by `progress`, it returns Error::Code::Cancelled.
// With `cache`, a later build reads only what was appended since (the same value either way).
Result<Situation> buildSituation(store::Database &database, const QDateTime &at, const SituationInputs &inputs = {},
                                 const BuildProgress &progress = {}, BuildCache *cache = nullptr);

} // namespace lookout::situation

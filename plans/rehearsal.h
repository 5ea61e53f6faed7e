// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "plans/plan.h"
#include "plans/planareas.h"
#include "situation/plansituation.h"
#include "situation/situationbuilder.h"
#include "situation/situationinputs.h"
#include "store/database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace lookout::plans {

// One step of a rehearsal (预演): what the plan would have suggested at `at` from what the
// workspace knew then, beside the level the record shows in force.
struct RehearsalStep {
    QDateTime at;
    int suggested = 0;  // 0: none
    int actual = 0;     // 0: none in force (or no incident of the plan's hazard)
    QString incident;   // whose level `actual` is
    QList<situation::HoldingTrigger> holding;
    QStringList changes;
};

struct Rehearsal {
    QString planId;
    QString planTitle;
    bool isTemplate = false;
    QList<RehearsalStep> steps;
};

// Rebuilds the situation at every step from `from` to `to` (inclusive) and evaluates the plan
// on it; tracks count as known at each fix's time, warnings, readings and grids as received, the
// record as written by then. `progress` is told after each step (false stops: Cancelled).
Result<Rehearsal> rehearse(store::Database &database, const situation::SituationInputs &inputs, const Plan &plan,
                           const QDateTime &from, const QDateTime &to, qint64 stepSeconds,
                           const situation::BuildProgress &progress = {});

// {"plan": ID, "steps": [{"at", "suggested", "actual", "holding": [{"trigger", "value", …}]}]}:
// levels as numbers (4 = Ⅳ) or null, times ISO 8601 with zone.
QJsonObject toJson(const Rehearsal &rehearsal);
// at,suggested,actual,incident,holding (one row per step; levels empty when none).
QByteArray toCsv(const Rehearsal &rehearsal);

} // namespace lookout::plans

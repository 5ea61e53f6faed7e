// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "plans/plan.h"
#include "plans/planareas.h"
#include "situation/plansituation.h"
#include "situation/situation.h"

namespace lookout::plans {

struct TriggerOutcome {
    bool holds = false;
    QList<situation::HoldingTrigger> holding;  // the leaves that hold, with their values
};

// Whether a trigger holds on the situation as known at its time. Only Actual warnings in force
// count; tracks, forecasts, readings, grids and events are those the situation knew at T.
// Pure function, any thread.
TriggerOutcome evaluateTrigger(const Trigger &trigger, const situation::Situation &situation, const PlanAreas &areas);

} // namespace lookout::plans

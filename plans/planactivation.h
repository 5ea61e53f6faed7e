// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "incidents/responsebook.h"
#include "plans/plan.h"

namespace lookout::plans {

// What the record keeps of a plan at its activation.
incidents::PlanRef planRef(const Plan &plan);
// The actions that become tasks when a response runs at `level` under the plan: those of that
// level and every level below it (Ⅳ's, Ⅲ's … up to the level), so a direct start at Ⅱ misses
// nothing; the record adds only those the incident does not have yet.
QList<incidents::TaskDraft> tasksUpTo(const Plan &plan, int level);

} // namespace lookout::plans

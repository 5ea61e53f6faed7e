// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "plans/planactivation.h"

namespace lookout::plans {

incidents::PlanRef planRef(const Plan &plan)
{
    return {plan.id, plan.title, plan.clause(), plan.isTemplate()};
}

QList<incidents::TaskDraft> tasksUpTo(const Plan &plan, int level)
{
    QList<incidents::TaskDraft> tasks;
    if (level < 1 || level > 4)
        return tasks;
    for (const PlanAction &action : plan.actions)
        if (action.level >= level)
            tasks.append({action.id, action.level, action.text, action.owner, action.dueHours, action.report});
    return tasks;
}

} // namespace lookout::plans

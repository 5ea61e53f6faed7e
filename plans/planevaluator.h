// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "plans/plan.h"
#include "plans/planareas.h"
#include "plans/planreader.h"
#include "situation/plansituation.h"
#include "situation/situation.h"

#include <QHash>
#include <QList>
#include <QString>

namespace lookout::plans {

// The plans of a folder (*.yaml, *.yml, by name): those that read, and those that do not with
// every located problem. A broken file never keeps the others from being evaluated.
struct PlanFolder {
    QString folder;
    QList<Plan> plans;
    QList<situation::BrokenPlan> broken;
};
PlanFolder loadPlanFolder(const QString &folder, const KnownAreas &areas = {});
// The plan files' names, sizes and modification times: what changes when a plan is edited, added
// or removed.
QString planFolderSignature(const QString &folder);

// What one plan suggests at the situation's time: the highest level whose `when` holds, the
// triggers that hold, the level in force (the incident activated under it, else the highest
// response of its hazard), whether to end, and what changed since `previous`. Pure function.
situation::PlanSuggestion suggest(const Plan &plan, const situation::Situation &situation, const PlanAreas &areas,
                                  const situation::PlanSuggestion *previous = nullptr);

// The incident whose level a plan's suggestion is weighed against (see suggest): its id and level.
struct LevelInForce {
    QString incident;
    int level = 0;
    bool activated = false;  // the response runs under this plan
};
LevelInForce levelInForce(const Plan &plan, const situation::Situation &situation);

// Evaluates a folder's plans on situation after situation, keeping each plan's previous
// suggestion (for what changed and when a level last held). One thread at a time.
class PlanEvaluator {
public:
    PlanEvaluator(PlanFolder plans, PlanAreas areas) : m_plans(std::move(plans)), m_areas(std::move(areas)) {}

    situation::PlansPart evaluate(const situation::Situation &situation);
    const PlanFolder &plans() const { return m_plans; }
    const PlanAreas &areas() const { return m_areas; }

private:
    PlanFolder m_plans;
    PlanAreas m_areas;
    struct Previous {
        QDateTime at;
        situation::PlanSuggestion suggestion;
    };
    QHash<QString, Previous> m_previous;  // by plan id
};

} // namespace lookout::plans

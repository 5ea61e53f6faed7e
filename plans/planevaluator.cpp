// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "plans/planevaluator.h"

#include "plans/triggerevaluation.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace lookout::plans {

namespace {

QString levelWord(int level)
{
    return level > 0 ? incidents::levelNumeral(level) : QStringLiteral("—");
}

QString holdingKey(const situation::HoldingTrigger &holding)
{
    return holding.trigger + QLatin1Char('|') + holding.subject;
}

bool coversAreas(const Plan &plan, const incidents::Incident &incident)
{
    if (plan.jurisdiction.isEmpty() || incident.areas.isEmpty())
        return true;
    return std::any_of(incident.areas.begin(), incident.areas.end(), [&](const AreaRef &area) {
        return area.code.isEmpty() || area.code.startsWith(plan.jurisdiction) || plan.jurisdiction.startsWith(area.code);
    });
}

QStringList changesSince(const situation::PlanSuggestion &previous, const situation::PlanSuggestion &now)
{
    QStringList changes;
    if (previous.suggested != now.suggested)
        changes.append(QStringLiteral("%1 → %2").arg(levelWord(previous.suggested), levelWord(now.suggested)));
    QStringList before, after;
    for (const auto &holding : previous.holding)
        before.append(holdingKey(holding));
    for (const auto &holding : now.holding) {
        after.append(holdingKey(holding));
        if (!before.contains(holdingKey(holding)))
            changes.append(QStringLiteral("+ %1").arg(holding.text));
    }
    for (const auto &holding : previous.holding)
        if (!after.contains(holdingKey(holding)))
            changes.append(QStringLiteral("− %1: %2").arg(holding.trigger, holding.subject));
    if (!previous.suggestEnd && now.suggestEnd)
        changes.append(QStringLiteral("end suggested"));
    return changes;
}

} // namespace

PlanFolder loadPlanFolder(const QString &folder, const KnownAreas &areas)
{
    PlanFolder loaded;
    loaded.folder = folder;
    const QDir dir(folder);
    QStringList ids;
    for (const QString &name : dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files, QDir::Name)) {
        const QString path = dir.filePath(name);
        PlanReading reading = readPlanFile(path, areas);
        if (reading.ok() && ids.contains(reading.plan->id))
            reading.problems.append({path, {}, QStringLiteral("id"), QStringLiteral("\"%1\" is the id of another plan in the folder").arg(reading.plan->id)});
        if (!reading.problems.isEmpty()) {
            situation::BrokenPlan broken{path, {}};
            for (const PlanProblem &problem : reading.problems)
                broken.problems.append(problem.toString());
            loaded.broken.append(broken);
            continue;
        }
        ids.append(reading.plan->id);
        loaded.plans.append(*reading.plan);
    }
    return loaded;
}

QString planFolderSignature(const QString &folder)
{
    QStringList parts;
    for (const QFileInfo &file : QDir(folder).entryInfoList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files, QDir::Name))
        parts.append(QStringLiteral("%1 %2 %3").arg(file.fileName()).arg(file.size()).arg(file.lastModified().toMSecsSinceEpoch()));
    return parts.join(QLatin1Char('\n'));
}

LevelInForce levelInForce(const Plan &plan, const situation::Situation &situation)
{
    LevelInForce found;
    const incidents::ResponseBook &responses = situation.incidents.record.responses;
    for (const incidents::Incident &incident : situation.incidents.active) {
        if (incident.state != incidents::IncidentState::Response || incident.level <= 0)
            continue;
        const incidents::PlanActivation *activation = responses.activationOf(incident.id);
        const bool underPlan = activation && activation->plan.id == plan.id;
        if (!underPlan && (found.activated || incident.hazard != plan.hazard || !coversAreas(plan, incident)))
            continue;
        if (underPlan && !found.activated)
            found = {};
        if (found.level == 0 || incident.level < found.level)
            found = {incident.id, incident.level, underPlan};
    }
    return found;
}

situation::PlanSuggestion suggest(const Plan &plan, const situation::Situation &situation, const PlanAreas &areas,
                                  const situation::PlanSuggestion *previous)
{
    situation::PlanSuggestion suggestion;
    suggestion.planId = plan.id;
    suggestion.title = plan.title;
    suggestion.file = plan.file;
    suggestion.hazard = plan.hazard;
    suggestion.isTemplate = plan.isTemplate();
    suggestion.exercise = plan.exercise;
    suggestion.clause = plan.clause();
    for (const PlanLevel &level : plan.levels) {  // Ⅰ first: the highest level that holds
        const TriggerOutcome outcome = evaluateTrigger(level.when, situation, areas);
        if (outcome.holds) {
            suggestion.suggested = level.level;
            suggestion.holding = outcome.holding;
            break;
        }
    }
    const LevelInForce current = levelInForce(plan, situation);
    suggestion.current = current.level;
    suggestion.incident = current.incident;
    suggestion.activated = current.activated;

    if (suggestion.suggested > 0) {
        suggestion.lastHeld = situation.at;
    } else if (previous) {
        suggestion.lastHeld = previous->lastHeld;
    }
    if (!suggestion.lastHeld.isValid() && !current.incident.isEmpty())
        if (const incidents::Incident *incident = situation.incidents.record.incidents.find(current.incident))
            suggestion.lastHeld = incident->levelSince;  // at the latest when the level was set
    suggestion.suggestEnd = suggestion.current > 0 && suggestion.suggested == 0 && suggestion.lastHeld.isValid()
                            && suggestion.lastHeld.secsTo(situation.at) >= qint64(plan.endAfterHours * 3600);
    if (previous)
        suggestion.changes = changesSince(*previous, suggestion);
    return suggestion;
}

situation::PlansPart PlanEvaluator::evaluate(const situation::Situation &situation)
{
    situation::PlansPart part;
    part.folder = m_plans.folder;
    part.broken = m_plans.broken;
    for (const Plan &plan : m_plans.plans) {
        const auto previous = m_previous.constFind(plan.id);
        // A situation earlier than the last one (a replay stepping back) starts afresh.
        const bool usable = previous != m_previous.constEnd() && previous->at <= situation.at;
        situation::PlanSuggestion suggestion = suggest(plan, situation, m_areas, usable ? &previous->suggestion : nullptr);
        m_previous.insert(plan.id, {situation.at, suggestion});
        if (suggestion.differs())
            ++part.differing;
        part.suggestions.append(std::move(suggestion));
    }
    return part;
}

} // namespace lookout::plans

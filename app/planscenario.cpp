// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The plans presenter: each plan's suggestion and the checklist of tasks, from the situation.
#include "appcontroller.h"
#include "core/timeformat.h"
#include "incidents/incident.h"
#include "scenariosupport.h"
#include "situation/mapstyles.h"

#include <QCoreApplication>

namespace lookout::app {

namespace {

QString levelText(int level)
{
    return level > 0 ? QCoreApplication::translate("Scenario", "Level %1").arg(incidents::levelNumeral(level))
                     : QCoreApplication::translate("Scenario", "none");
}

QColor levelColor(int level)
{
    return level > 0 ? situation::responseLevelColor(incidents::ResponseLevel(level)) : QColor(QStringLiteral("#93a7b9"));
}

QString taskStateText(incidents::TaskState state)
{
    switch (state) {
    case incidents::TaskState::Open: return QCoreApplication::translate("Scenario", "open");
    case incidents::TaskState::Overdue: return QCoreApplication::translate("Scenario", "OVERDUE");
    case incidents::TaskState::Reported: return QCoreApplication::translate("Scenario", "reported");
    case incidents::TaskState::Closed: return QCoreApplication::translate("Scenario", "closed");
    }
    return {};
}

QColor taskColor(incidents::TaskState state)
{
    switch (state) {
    case incidents::TaskState::Overdue: return QColor(QStringLiteral("#ff5a5a"));
    case incidents::TaskState::Reported: return QColor(QStringLiteral("#5ad17a"));
    case incidents::TaskState::Open:
    case incidents::TaskState::Closed: break;
    }
    return QColor(QStringLiteral("#e6edf3"));
}

} // namespace

void presentPlans(const situation::Situation &situation, qml::AppController &controller)
{
    qml::PlanDesk &desk = *controller.planDesk();
    QList<QVariantMap> suggestions;
    for (const situation::PlanSuggestion &s : situation.plans.suggestions) {
        QStringList holding;
        for (const situation::HoldingTrigger &held : s.holding)
            holding.append(held.text);
        suggestions.append(QVariantMap{{QStringLiteral("planId"), s.planId},
                            {QStringLiteral("title"), s.exercise ? QString(s.title + QCoreApplication::translate("Scenario", " (exercise)")) : s.title},
                            {QStringLiteral("suggested"), levelText(s.suggested)},
                            {QStringLiteral("level"), s.suggestEnd ? 0 : s.suggested},
                            {QStringLiteral("current"), QString(levelText(s.current) + (s.incident.isEmpty() ? QString() : QString(QStringLiteral(" · ") + s.incident)))},
                            {QStringLiteral("levelColor"), QVariant::fromValue(levelColor(s.suggestEnd ? 0 : s.suggested))},
                            {QStringLiteral("differs"), s.differs()},
                            {QStringLiteral("holding"), holding.join(QLatin1Char('\n'))},
                            {QStringLiteral("clause"), s.clause},
                            {QStringLiteral("template"), s.isTemplate},
                            {QStringLiteral("incident"), s.incident},
                            {QStringLiteral("changes"), s.changes.join(QStringLiteral("  "))},
                            {QStringLiteral("suggestEnd"), s.suggestEnd}});
    }
    desk.suggestions()->setRows(suggestions);

    qml::PlanDesk::Summary summary;
    summary.folder = situation.plans.folder;
    summary.at = situation.at;
    summary.differing = situation.plans.differing;
    for (const situation::BrokenPlan &broken : situation.plans.broken)
        summary.broken.append(broken.problems.value(0, broken.file));
    QList<QVariantMap> tasks;
    for (const incidents::ResponseTask *checklisted : situation.incidents.record.responses.checklist(situation.incidents.record.incidents)) {
        const incidents::ResponseTask &task = *checklisted;
        const incidents::TaskState state = task.stateAt(situation.at);
        summary.openTasks += state == incidents::TaskState::Open || state == incidents::TaskState::Overdue ? 1 : 0;
        summary.overdue += state == incidents::TaskState::Overdue ? 1 : 0;
        if (state == incidents::TaskState::Closed)
            continue;  // the checklist shows what is still to do or to confirm
        tasks.append(QVariantMap{{QStringLiteral("number"), task.number},
                      {QStringLiteral("incident"), task.incident},
                      {QStringLiteral("level"), incidents::levelNumeral(task.level)},
                      {QStringLiteral("text"), task.text},
                      {QStringLiteral("owner"), task.owner},
                      {QStringLiteral("due"), formatLocal(task.dueAt)},
                      {QStringLiteral("taskState"), taskStateText(state)},
                      {QStringLiteral("overdue"), state == incidents::TaskState::Overdue},
                      {QStringLiteral("stateColor"), QVariant::fromValue(taskColor(state))},
                      {QStringLiteral("report"), task.report}});
    }
    desk.tasks()->setRows(tasks);
    desk.setSummary(summary);
}

} // namespace lookout::app

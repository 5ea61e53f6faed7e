// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "situation/situationjson.h"

#include "core/timeformat.h"

#include <QJsonArray>

#include <cmath>

namespace lookout::situation {

namespace {

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonValue levelValue(int level)
{
    return level > 0 ? QJsonValue(level) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject holdingJson(const HoldingTrigger &holding)
{
    return {{QStringLiteral("trigger"), holding.trigger},
            {QStringLiteral("subject"), holding.subject},
            {QStringLiteral("value"), std::round(holding.measured * 100.0) / 100.0},
            {QStringLiteral("threshold"), holding.threshold},
            {QStringLiteral("unit"), holding.unit},
            {QStringLiteral("text"), holding.text},
            {QStringLiteral("line"), holding.line}};
}

QJsonObject plansJson(const PlansPart &part)
{
    QJsonArray suggestions, broken;
    for (const PlanSuggestion &s : part.suggestions) {
        QJsonArray holding;
        for (const HoldingTrigger &h : s.holding)
            holding.append(holdingJson(h));
        QJsonObject object{{QStringLiteral("plan"), s.planId},
                           {QStringLiteral("title"), s.title},
                           {QStringLiteral("hazard"), incidents::toString(s.hazard)},
                           {QStringLiteral("template"), s.isTemplate},
                           {QStringLiteral("clause"), s.clause},
                           {QStringLiteral("suggested"), levelValue(s.suggested)},
                           {QStringLiteral("current"), levelValue(s.current)},
                           {QStringLiteral("holding"), holding},
                           {QStringLiteral("suggestEnd"), s.suggestEnd},
                           {QStringLiteral("changes"), QJsonArray::fromStringList(s.changes)}};
        if (s.exercise)
            object.insert(QStringLiteral("exercise"), true);
        if (!s.incident.isEmpty()) {
            object.insert(QStringLiteral("incident"), s.incident);
            object.insert(QStringLiteral("activated"), s.activated);
        }
        if (s.lastHeld.isValid())
            object.insert(QStringLiteral("lastHeld"), iso(s.lastHeld));
        suggestions.append(object);
    }
    for (const BrokenPlan &b : part.broken)
        broken.append(QJsonObject{{QStringLiteral("file"), b.file}, {QStringLiteral("problems"), QJsonArray::fromStringList(b.problems)}});
    return {{QStringLiteral("folder"), part.folder}, {QStringLiteral("suggestions"), suggestions}, {QStringLiteral("broken"), broken},
            {QStringLiteral("differing"), part.differing}};
}

QJsonArray planTasksJson(const incidents::ResponseBook &responses, const QDateTime &at)
{
    QJsonArray tasks;
    for (const incidents::ResponseTask &t : responses.tasks()) {
        QJsonObject object{{QStringLiteral("number"), t.number},
                           {QStringLiteral("incident"), t.incident},
                           {QStringLiteral("plan"), t.plan},
                           {QStringLiteral("action"), t.action},
                           {QStringLiteral("level"), t.level},
                           {QStringLiteral("text"), t.text},
                           {QStringLiteral("owner"), t.owner},
                           {QStringLiteral("due"), iso(t.dueAt)},
                           {QStringLiteral("state"), incidents::toString(t.stateAt(at))}};
        if (t.reportedAt.isValid())
            object.insert(QStringLiteral("reported"), QJsonObject{{QStringLiteral("at"), iso(t.reportedAt)},
                                                                  {QStringLiteral("by"), t.reportedBy},
                                                                  {QStringLiteral("text"), t.report}});
        if (t.closedAt.isValid())
            object.insert(QStringLiteral("closed"), QJsonObject{{QStringLiteral("at"), iso(t.closedAt)}, {QStringLiteral("by"), t.closedBy}});
        tasks.append(object);
    }
    return tasks;
}

QJsonArray dispatchesJson(const incidents::InventoryBook &inventory)
{
    QJsonArray dispatches;
    for (const incidents::Dispatch &d : inventory.dispatches()) {
        QJsonObject object{{QStringLiteral("number"), d.number},
                           {QStringLiteral("resource"), d.resource},
                           {QStringLiteral("incident"), d.incident},
                           {QStringLiteral("need"), d.need},
                           {QStringLiteral("quantity"), d.quantity},
                           {QStringLiteral("ordered"), iso(d.orderedAt)},
                           {QStringLiteral("eta"), iso(d.eta)},
                           {QStringLiteral("by"), d.orderedBy}};
        if (d.arrivedAt.isValid())
            object.insert(QStringLiteral("arrived"), iso(d.arrivedAt));
        if (d.releasedAt.isValid())
            object.insert(QStringLiteral("released"), iso(d.releasedAt));
        dispatches.append(object);
    }
    return dispatches;
}

} // namespace lookout::situation

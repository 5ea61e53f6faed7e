// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "situation/situationjson.h"

#include "incidents/incident.h"

#include <QJsonArray>

#include <cmath>

namespace lookout::situation {

namespace {

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonArray point(GeoPoint p)
{
    return QJsonArray{std::round(p.lon * 1e6) / 1e6, std::round(p.lat * 1e6) / 1e6};
}

double minutes(double value)
{
    return std::round(value * 10.0) / 10.0;
}

QJsonObject needJson(const ResourceNeed &need)
{
    QJsonObject object{{QStringLiteral("id"), need.id},
                       {QStringLiteral("incident"), need.incident},
                       {QStringLiteral("kind"), need.kind},
                       {QStringLiteral("quantity"), need.quantity},
                       {QStringLiteral("dispatched"), need.dispatched},
                       {QStringLiteral("area"), incidents::areaToJson(need.area)},
                       {QStringLiteral("position"), point(need.position)}};
    if (need.neededBy.isValid())
        object.insert(QStringLiteral("neededBy"), iso(need.neededBy));
    if (!need.plan.isEmpty()) {
        object.insert(QStringLiteral("plan"), need.plan);
        object.insert(QStringLiteral("level"), need.level);
    }
    if (need.request > 0) {
        object.insert(QStringLiteral("request"), need.request);
        object.insert(QStringLiteral("requestedBy"), need.requestedBy);
    }
    if (need.exercise)
        object.insert(QStringLiteral("exercise"), true);
    return object;
}

} // namespace

QJsonObject resourcesJson(const ResourcesPart &part)
{
    QJsonArray needs, proposals, gaps, kinds, positions, dispatches;
    for (const ResourceNeed &need : part.needs)
        needs.append(needJson(need));
    for (const ProposedAssignment &p : part.proposals)
        proposals.append(QJsonObject{{QStringLiteral("need"), p.need},
                                     {QStringLiteral("incident"), p.incident},
                                     {QStringLiteral("resource"), p.resource},
                                     {QStringLiteral("quantity"), p.quantity},
                                     {QStringLiteral("minutes"), minutes(p.minutes)}});
    for (const ResourceGap &g : part.gaps)
        gaps.append(QJsonObject{{QStringLiteral("need"), g.need},
                                {QStringLiteral("incident"), g.incident},
                                {QStringLiteral("kind"), g.kind},
                                {QStringLiteral("needed"), g.needed},
                                {QStringLiteral("covered"), g.covered},
                                {QStringLiteral("short"), g.shortfall()},
                                {QStringLiteral("reason"), g.reason}});
    for (const KindBalance &k : part.kinds)
        kinds.append(QJsonObject{{QStringLiteral("kind"), k.kind},
                                 {QStringLiteral("available"), k.available},
                                 {QStringLiteral("committed"), k.committed},
                                 {QStringLiteral("needed"), k.needed},
                                 {QStringLiteral("short"), k.shortfall}});
    for (const TeamPosition &t : part.positions)
        positions.append(QJsonObject{{QStringLiteral("team"), t.team},
                                     {QStringLiteral("position"), point(t.position)},
                                     {QStringLiteral("at"), iso(t.at)},
                                     {QStringLiteral("source"), t.source},
                                     {QStringLiteral("stale"), t.stale}});
    for (const DispatchLine &d : part.dispatches)
        dispatches.append(QJsonObject{{QStringLiteral("number"), d.number},
                                      {QStringLiteral("resource"), d.resource},
                                      {QStringLiteral("need"), d.need},
                                      {QStringLiteral("from"), point(d.from)},
                                      {QStringLiteral("to"), point(d.to)},
                                      {QStringLiteral("eta"), iso(d.eta)},
                                      {QStringLiteral("arrived"), d.arrived},
                                      {QStringLiteral("late"), d.late}});
    QJsonObject object{{QStringLiteral("travel"), part.travel},
                       {QStringLiteral("estimate"), part.estimate},
                       {QStringLiteral("needs"), needs},
                       {QStringLiteral("proposals"), proposals},
                       {QStringLiteral("gaps"), gaps},
                       {QStringLiteral("kinds"), kinds},
                       {QStringLiteral("covered"), part.covered},
                       {QStringLiteral("total"), part.total},
                       {QStringLiteral("objective"), minutes(part.objective)},
                       {QStringLiteral("positions"), positions},
                       {QStringLiteral("dispatches"), dispatches},
                       {QStringLiteral("exerciseItems"), part.exerciseItems}};
    if (!part.problem.isEmpty())
        object.insert(QStringLiteral("problem"), part.problem);
    return object;
}

} // namespace lookout::situation

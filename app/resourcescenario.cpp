// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The resources presenter: the desk's Resources page and the wall's panel from the situation's
// resources part and the record's inventory, and the map's resources (symbol by kind, colour by
// status), team positions (stale ones grey), needs and dispatch lines with their ETA.
#include "core/timeformat.h"
#include "incidents/incident.h"
#include "scenariosupport.h"
#include "situation/mapstyles.h"

#include <QCoreApplication>

#include <cmath>

namespace lookout::app {

namespace {

using incidents::InventoryItem;
using incidents::ResourceKind;
using incidents::ResourceStatus;

gis::VectorFeature pointFeature(qint64 id, GeoPoint at, const QString &style, const QString &label)
{
    gis::VectorFeature feature;
    feature.id = id;
    feature.kind = gis::GeometryKind::Point;
    feature.parts = {{at}};
    feature.bounds.extend(at.lon, at.lat);
    feature.labelPoint = at;
    feature.attributes = {{QStringLiteral("style"), style}, {QStringLiteral("label"), label}};
    return feature;
}

QStringList statusesOf(ResourceKind kind)
{
    QStringList words;
    for (const ResourceStatus status : {ResourceStatus::Available, ResourceStatus::Assigned, ResourceStatus::Resting, ResourceStatus::Unavailable,
                                        ResourceStatus::Open, ResourceStatus::Closed, ResourceStatus::Full})
        if (incidents::statusFits(kind, status))
            words.append(incidents::toString(status));
    return words;
}

QVariantMap itemRow(const InventoryItem &item, const QDateTime &at)
{
    QStringList stockItems;
    for (const incidents::StockLine &line : item.stock)
        stockItems.append(line.item);
    return {{QStringLiteral("id"), item.id},
            {QStringLiteral("name"), item.name.isEmpty() ? item.id : item.name},
            {QStringLiteral("kind"), incidents::toString(item.kind)},
            {QStringLiteral("kindText"), qml::resourceKindText(item.kind)},
            {QStringLiteral("status"), incidents::toString(item.status)},
            {QStringLiteral("statusText"), qml::resourceStatusText(item.status)},
            {QStringLiteral("statusColor"), QVariant::fromValue(situation::resourceStatusColor(item.status))},
            {QStringLiteral("area"), item.area.name},
            {QStringLiteral("areaCode"), item.area.code},
            {QStringLiteral("detail"), qml::inventoryDetail(item)},
            {QStringLiteral("exercise"), item.exercise},
            {QStringLiteral("since"), item.since.isValid() ? formatAge(item.since.secsTo(at)) : QString()},
            {QStringLiteral("statuses"), statusesOf(item.kind)},
            {QStringLiteral("stockItems"), stockItems}};
}

QString needOrigin(const situation::ResourceNeed &need)
{
    QString text = need.request > 0 ? QCoreApplication::translate("Scenario", "request %1 by %2").arg(need.request).arg(need.requestedBy)
                                    : QCoreApplication::translate("Scenario", "plan %1, level %2").arg(need.plan, incidents::levelNumeral(need.level));
    text += QStringLiteral(" · %1 · %2 × %3").arg(need.area.name, qml::needKindText(need.kind)).arg(need.quantity);
    if (need.dispatched > 0)
        text += QCoreApplication::translate("Scenario", ", %1 dispatched").arg(need.dispatched);
    if (need.neededBy.isValid())
        text += QCoreApplication::translate("Scenario", " · needed by %1").arg(formatLocal(need.neededBy));
    return (need.exercise ? QCoreApplication::translate("Scenario", "[EXERCISE] ") : QString()) + text;
}

// How a need reads in a list: what, where, and whose it is.
QString needText(const situation::ResourceNeed &need)
{
    const QString whose = need.request > 0 ? QCoreApplication::translate("Scenario", "request %1").arg(need.request)
                                           : QCoreApplication::translate("Scenario", "plan, level %1").arg(incidents::levelNumeral(need.level));
    return QStringLiteral("%1 · %2 (%3)").arg(qml::needKindText(need.kind), need.area.name, whose);
}

QString gapReasonText(const QString &reason)
{
    if (reason == QLatin1String("none-of-this-kind"))
        return QCoreApplication::translate("Scenario", "none of this kind available");
    if (reason == QLatin1String("no-place"))
        return QCoreApplication::translate("Scenario", "its area has no boundary in this workspace: not matched");
    if (reason == QLatin1String("not-in-time"))
        return QCoreApplication::translate("Scenario", "what is left cannot arrive in time");
    return QCoreApplication::translate("Scenario", "not enough available");
}

QString dispatchState(const situation::DispatchLine &line)
{
    if (line.arrived)
        return QCoreApplication::translate("Scenario", "arrived");
    return (line.late ? QCoreApplication::translate("Scenario", "LATE, ETA %1") : QCoreApplication::translate("Scenario", "ETA %1")).arg(formatLocal(line.eta));
}

} // namespace

void presentResources(const situation::Situation &situation, qml::AppController &controller)
{
    const situation::ResourcesPart &part = situation.resources;
    const incidents::InventoryBook &inventory = situation.incidents.record.inventory;
    qml::ResourceDesk &desk = *controller.resourceDesk();

    QList<QVariantMap> items;
    for (const InventoryItem &item : inventory.items())
        items.append(itemRow(item, situation.at));
    desk.setInventory(items);

    QHash<QString, QString> needTexts;
    for (const situation::ResourceNeed &n : part.needs)
        needTexts.insert(n.id, needText(n));
    QList<QVariantMap> kinds, needs, proposals, gaps, dispatches;
    for (const situation::KindBalance &k : part.kinds)
        kinds.append({{QStringLiteral("kind"), k.kind}, {QStringLiteral("kindText"), qml::needKindText(k.kind)}, {QStringLiteral("available"), k.available},
                      {QStringLiteral("committed"), k.committed}, {QStringLiteral("needed"), k.needed}, {QStringLiteral("shortfall"), k.shortfall}});
    for (const situation::ResourceNeed &n : part.needs)
        needs.append({{QStringLiteral("id"), n.id}, {QStringLiteral("needText"), needTexts.value(n.id)}, {QStringLiteral("incident"), n.incident}, {QStringLiteral("kind"), n.kind},
                      {QStringLiteral("quantity"), n.quantity}, {QStringLiteral("dispatched"), n.dispatched}, {QStringLiteral("area"), n.area.name},
                      {QStringLiteral("neededBy"), n.neededBy.isValid() ? formatLocal(n.neededBy) : QString()},
                      {QStringLiteral("origin"), needOrigin(n)}, {QStringLiteral("request"), n.request}});
    for (const situation::ProposedAssignment &p : part.proposals)
        proposals.append({{QStringLiteral("need"), p.need}, {QStringLiteral("needText"), needTexts.value(p.need, p.need)}, {QStringLiteral("incident"), p.incident}, {QStringLiteral("resource"), p.resource},
                          {QStringLiteral("resourceName"), p.resourceName}, {QStringLiteral("quantity"), p.quantity},
                          {QStringLiteral("minutes"), QString::number(p.minutes, 'f', 0)}});
    for (const situation::ResourceGap &g : part.gaps)
        gaps.append({{QStringLiteral("need"), g.need}, {QStringLiteral("needText"), needTexts.value(g.need, g.need)}, {QStringLiteral("kind"), qml::needKindText(g.kind)}, {QStringLiteral("needed"), g.needed},
                     {QStringLiteral("covered"), g.covered}, {QStringLiteral("shortfall"), g.shortfall()}, {QStringLiteral("reason"), gapReasonText(g.reason)}});
    for (const situation::DispatchLine &d : part.dispatches) {
        const incidents::Dispatch *order = inventory.dispatch(d.number);
        dispatches.append({{QStringLiteral("number"), d.number}, {QStringLiteral("resource"), d.resource}, {QStringLiteral("need"), d.need},
                           {QStringLiteral("needText"), needTexts.value(d.need, d.need)},
                           {QStringLiteral("quantity"), order ? order->quantity : 0}, {QStringLiteral("eta"), formatLocal(d.eta)},
                           {QStringLiteral("stateText"), dispatchState(d)}, {QStringLiteral("late"), d.late}, {QStringLiteral("arrived"), d.arrived}});
    }
    desk.setMatching(kinds, needs, proposals, gaps, dispatches);
    qml::ResourceDesk::Summary summary;
    summary.travel = part.estimate ? QCoreApplication::translate("Scenario", "estimate, no road data: geodesic × %1 at %2 km/h").arg(part.detour).arg(part.speedKmh)
                                   : QCoreApplication::translate("Scenario", "roads of %1 (OpenStreetMap); beyond it an estimate: geodesic × %2 at %3 km/h")
                                         .arg(part.roads).arg(part.detour).arg(part.speedKmh);
    summary.estimate = part.estimate;
    summary.exerciseItems = part.exerciseItems;
    summary.shortfall = int(part.shortfall());
    // How old the inventory's last change is (an import, a status, a dispatch): the panel's data age.
    QDateTime changed;
    for (const InventoryItem &item : inventory.items())
        changed = std::max(changed, item.since);
    summary.age = changed.isValid() ? QCoreApplication::translate("Scenario", "changed %1 ago").arg(formatAge(changed.secsTo(situation.at))) : QString();
    summary.text = !part.problem.isEmpty() ? QCoreApplication::translate("Scenario", "The matching could not run: %1").arg(part.problem)
                   : part.needs.isEmpty()  ? QCoreApplication::translate("Scenario", "No need: no response runs under a loaded plan and no request is open.")
                                           : QCoreApplication::translate("Scenario", "%1 need(s) · the proposal covers %2 of %3 · objective %4 quantity × minutes")
                                                .arg(part.needs.size()).arg(part.covered).arg(part.total).arg(part.objective, 0, 'f', 0);
    // The map's view of the page: every need, proposed resource and dispatch end, with a margin.
    GeoBox box;
    for (const situation::ResourceNeed &n : part.needs)
        if (n.position != GeoPoint{})
            box.extend(n.position.lon, n.position.lat);
    for (const situation::ProposedAssignment &p : part.proposals)
        box.extend(p.from.lon, p.from.lat);
    for (const situation::DispatchLine &d : part.dispatches)
        if (d.from != GeoPoint{})
            box.extend(d.from.lon, d.from.lat);
    if (!box.isEmpty())
        summary.focus = {box.centerX(), box.centerY(),
                         std::max(20.0, 1.8 * std::max(box.width() * 111.0 * std::cos(box.centerY() * M_PI / 180.0), box.height() * 111.0))};
    desk.setSummary(summary);

    // The map: resources, team positions and needs in one layer, the dispatches in another.
    gis::VectorData points;
    points.layerName = QStringLiteral("resources");
    points.crs = gis::kWgs84;
    points.fieldNames = {QStringLiteral("style"), QStringLiteral("label")};
    for (const InventoryItem &item : inventory.items())
        points.features.push_back(pointFeature(qint64(points.features.size()), item.position, situation::resourceStyleKey(item.kind, item.status),
                                               item.name.isEmpty() ? item.id : item.name));
    for (const situation::TeamPosition &position : part.positions)
        points.features.push_back(pointFeature(qint64(points.features.size()), position.position,
                                               position.stale ? QStringLiteral("position-stale") : QStringLiteral("position-live"),
                                               position.stale ? QCoreApplication::translate("Scenario", "%1 — STALE, last fix %2").arg(position.team, formatLocal(position.at))
                                                              : QCoreApplication::translate("Scenario", "%1 — %2").arg(position.team, formatLocal(position.at))));
    for (const situation::ResourceNeed &need : part.needs)
        if (need.remaining() > 0 && need.position != GeoPoint{})
            points.features.push_back(pointFeature(qint64(points.features.size()), need.position, QStringLiteral("need"),
                                                   QCoreApplication::translate("Scenario", "need: %1 × %2").arg(qml::needKindText(need.kind)).arg(need.remaining())));
    points.recomputeBounds();
    gis::VectorData lines;
    lines.layerName = QStringLiteral("dispatches");
    lines.crs = gis::kWgs84;
    lines.fieldNames = {QStringLiteral("style"), QStringLiteral("label")};
    for (const situation::DispatchLine &d : part.dispatches) {
        if (d.from == GeoPoint{} || d.to == GeoPoint{})
            continue;
        gis::VectorFeature feature;
        feature.id = qint64(lines.features.size());
        feature.kind = gis::GeometryKind::Line;
        feature.parts = {{d.from, d.to}};
        feature.bounds.extend(d.from.lon, d.from.lat);
        feature.bounds.extend(d.to.lon, d.to.lat);
        feature.labelPoint = GeoPoint{(d.from.lon + d.to.lon) / 2, (d.from.lat + d.to.lat) / 2};
        feature.attributes = {{QStringLiteral("style"), d.arrived ? QStringLiteral("arrived") : d.late ? QStringLiteral("late") : QStringLiteral("en-route")},
                              {QStringLiteral("label"), QStringLiteral("%1 · %2").arg(d.resource, dispatchState(d))}};
        lines.features.push_back(std::move(feature));
    }
    lines.recomputeBounds();
    const QString note = part.exerciseItems > 0 ? QCoreApplication::translate("Scenario", "the record's inventory (exercise content)") : QCoreApplication::translate("Scenario", "the record's inventory");
    addLayer(*controller.layers(), QStringLiteral("dispatches"), QCoreApplication::translate("Scenario", "Dispatches (resource → need, ETA)"), std::move(lines), situation::dispatchStyles(), note,
             situation.incidents.source.newest);
    addLayer(*controller.layers(), QStringLiteral("resources"), QCoreApplication::translate("Scenario", "Resources, team positions and needs"), std::move(points), situation::resourceStyles(),
             note, situation.incidents.source.newest);
}

} // namespace lookout::app

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "plans/resourcematching.h"

#include "plans/inventoryimport.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace lookout::plans {

ResourceTravel ResourceTravel::straightLine(double speedKmh, double detour)
{
    return {StraightLineTravel{speedKmh, detour}.travel(),
            QStringLiteral("estimate, no road data: geodesic × %1 at %2 km/h").arg(detour).arg(speedKmh), true, speedKmh, detour, {}};
}

namespace {

const Plan *planById(const QList<Plan> &plans, const QString &id)
{
    const auto found = std::find_if(plans.begin(), plans.end(), [&](const Plan &plan) { return plan.id == id; });
    return found == plans.end() ? nullptr : &*found;
}

QString itemName(const incidents::InventoryBook &inventory, const QString &resource)
{
    const qsizetype slash = resource.indexOf(QLatin1Char('/'));
    const incidents::InventoryItem *item = inventory.find(slash < 0 ? resource : resource.left(slash));
    return item ? item->name : QString();
}

GeoPoint itemPosition(const incidents::InventoryBook &inventory, const QString &resource)
{
    const qsizetype slash = resource.indexOf(QLatin1Char('/'));
    const incidents::InventoryItem *item = inventory.find(slash < 0 ? resource : resource.left(slash));
    return item ? item->position : GeoPoint{};
}

} // namespace

GeoPoint areaPoint(const PlanAreas &areas, const QString &code)
{
    const QList<const PlanAreas::District *> districts = areas.districtsOf(code);
    if (districts.isEmpty())
        return {};
    GeoPoint sum{0, 0};
    for (const PlanAreas::District *district : districts) {
        sum.lon += district->feature->labelPoint.lon;
        sum.lat += district->feature->labelPoint.lat;
    }
    return {sum.lon / double(districts.size()), sum.lat / double(districts.size())};
}

QString matchedKindOf(const incidents::InventoryBook &inventory, const QString &resource)
{
    const qsizetype slash = resource.indexOf(QLatin1Char('/'));
    const incidents::InventoryItem *item = inventory.find(slash < 0 ? resource : resource.left(slash));
    if (!item)
        return {};
    switch (item->kind) {
    case incidents::ResourceKind::Team: return QStringLiteral("rescue-team");
    case incidents::ResourceKind::Depot: return resource.mid(slash + 1);
    case incidents::ResourceKind::Shelter: return QStringLiteral("shelter-places");
    case incidents::ResourceKind::Equipment: return item->equipmentType;
    }
    return {};
}

QList<situation::ResourceNeed> resourceNeeds(const situation::Situation &situation, const QList<Plan> &plans, const PlanAreas &areas)
{
    const incidents::RecordState &record = situation.incidents.record;
    QList<situation::ResourceNeed> needs;
    for (const incidents::Incident &incident : situation.incidents.active) {
        const incidents::PlanActivation *activation = record.responses.activationOf(incident.id);
        const Plan *plan = activation && incident.level > 0 ? planById(plans, activation->plan.id) : nullptr;
        if (!plan)
            continue;
        // Per kind and area, the need of the highest level reached (the smallest numeral ≥ the level).
        QMap<std::pair<QString, QString>, const PlanNeed *> highest;
        for (const PlanNeed &need : plan->resources) {
            if (need.level < incident.level)
                continue;
            const PlanNeed *&kept = highest[{need.kind, need.area}];
            if (!kept || need.level < kept->level)
                kept = &need;
        }
        for (auto it = highest.cbegin(); it != highest.cend(); ++it) {
            const PlanNeed &need = **it;
            const QString code = need.area.isEmpty() ? plan->jurisdiction : need.area;
            situation::ResourceNeed item;
            item.id = QStringLiteral("plan/%1/%2/%3").arg(plan->id, need.kind, code);
            item.incident = incident.id;
            item.kind = need.kind;
            item.quantity = qint64(std::ceil(need.quantity));
            item.area = AreaRef{code, areas.nameOf(code)};
            item.position = areaPoint(areas, code);
            item.plan = plan->id;
            item.level = need.level;
            item.exercise = incident.exercise || plan->exercise;
            needs.append(item);
        }
    }
    for (const incidents::ResourceRequest &request : record.requests.requests()) {
        const incidents::Incident *incident = record.incidents.find(request.incident);
        if (!request.isOpen() || !incident || incident->state == incidents::IncidentState::Closed)
            continue;
        situation::ResourceNeed item;
        item.id = request.id();
        item.incident = request.incident;
        item.kind = request.kind;
        item.quantity = request.quantity;
        item.area = request.area;
        item.position = request.position;
        item.neededBy = request.neededBy;
        item.request = request.number;
        item.requestedBy = request.requestedBy;
        item.exercise = incident->exercise;
        needs.append(item);
    }
    // What open dispatches already send to each need.
    QHash<std::pair<QString, QString>, qint64> sent;
    for (const incidents::Dispatch &dispatch : record.inventory.dispatches())
        if (dispatch.isOpen())
            sent[{dispatch.incident, dispatch.need}] += dispatch.quantity;
    for (situation::ResourceNeed &need : needs)
        need.dispatched = sent.value({need.incident, need.id});
    return needs;
}

situation::ResourcesPart matchResources(const situation::Situation &situation, const QList<Plan> &plans, const PlanAreas &areas,
                                        const ResourceTravel &travel)
{
    const incidents::InventoryBook &inventory = situation.incidents.record.inventory;
    situation::ResourcesPart part;
    part.positions = situation.resources.positions;
    part.travel = travel.description;
    part.estimate = travel.estimate;
    part.speedKmh = travel.speedKmh;
    part.detour = travel.detour;
    part.roads = travel.roads;
    part.needs = resourceNeeds(situation, plans, areas);
    for (const incidents::InventoryItem &item : inventory.items())
        part.exerciseItems += item.exercise ? 1 : 0;

    QMap<QString, situation::KindBalance> kinds;
    QList<Need> needs;
    QHash<QString, const situation::ResourceNeed *> byId;
    for (const situation::ResourceNeed &need : part.needs) {
        byId.insert(need.id, &need);
        if (need.remaining() <= 0)
            continue;
        // An area without a boundary in this workspace gives the need no place to travel to: it
        // is listed as a gap of its own rather than matched against a made-up point.
        if (need.position == GeoPoint{}) {
            part.gaps.append({need.id, need.incident, need.kind, need.remaining(), 0, QStringLiteral("no-place")});
            kinds[need.kind].needed += need.remaining();
            kinds[need.kind].shortfall += need.remaining();
            continue;
        }
        std::optional<double> within;
        if (need.neededBy.isValid())
            within = std::max<double>(0, double(situation.at.secsTo(need.neededBy)) / 60.0);
        needs.append({need.id, need.kind, need.remaining(), need.position, within});
    }
    const QList<Resource> resources = matchableResources(inventory.items());
    for (const Resource &resource : resources)
        if (resource.available && resource.quantity > 0)
            kinds[resource.kind].available += resource.quantity;
    for (const Need &need : needs)
        kinds[need.kind].needed += need.quantity;

    if (!needs.isEmpty()) {
        auto matched = matchNeeds(needs, resources, travel.travel);
        if (!matched) {
            part.problem = matched.error().toString();
        } else {
            part.matched = true;
            part.covered = matched->covered;
            part.total = matched->total;
            part.objective = matched->objective;
            for (const Assignment &assignment : matched->assignments) {
                const situation::ResourceNeed *need = byId.value(assignment.need);
                part.proposals.append({assignment.need, need->incident, assignment.resource, itemName(inventory, assignment.resource),
                                       assignment.quantity, assignment.minutes, itemPosition(inventory, assignment.resource), need->position});
            }
            for (const Gap &gap : matched->gaps) {
                part.gaps.append({gap.need, byId.value(gap.need)->incident, gap.kind, gap.needed, gap.covered, toString(gap.reason)});
                kinds[gap.kind].shortfall += gap.short_();
            }
        }
    }
    for (const incidents::Dispatch &dispatch : inventory.dispatches()) {
        if (!dispatch.isOpen())
            continue;
        kinds[matchedKindOf(inventory, dispatch.resource)].committed += dispatch.quantity;
        situation::DispatchLine line{dispatch.number, dispatch.resource, dispatch.need, itemPosition(inventory, dispatch.resource), {},
                                     dispatch.eta, dispatch.arrivedAt.isValid(), false};
        line.late = !line.arrived && dispatch.eta.isValid() && dispatch.eta < situation.at;
        if (const situation::ResourceNeed *need = byId.value(dispatch.need); need && need->incident == dispatch.incident)
            line.to = need->position;
        // A team's latest fix is where it is now.
        for (const situation::TeamPosition &position : part.positions)
            if (position.team == dispatch.resource)
                line.from = position.position;
        part.dispatches.append(line);
    }
    kinds.remove(QString());
    for (auto it = kinds.begin(); it != kinds.end(); ++it) {
        it->kind = it.key();
        part.kinds.append(*it);
    }
    return part;
}

} // namespace lookout::plans

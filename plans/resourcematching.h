// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "plans/matching.h"
#include "plans/plan.h"
#include "plans/planareas.h"
#include "situation/resourcesituation.h"
#include "situation/situation.h"

#include <QList>
#include <QString>

namespace lookout::plans {

// How a workspace measures travel: over the roads of an OpenStreetMap extract, or the straight-line
// estimate, with the words every view shows beside the minutes.
struct ResourceTravel {
    Travel travel;
    QString description;  // "estimate, no road data: geodesic × 1.3 at 40 km/h" / "roads of FILE (OpenStreetMap)"
    bool estimate = true;
    double speedKmh = 0;  // the estimate's
    double detour = 0;
    QString roads;        // the extract's file name (the estimate still measures beyond it)
    static ResourceTravel straightLine(double speedKmh = 40, double detour = 1.3);
};

// What is needed at the situation's time, less what open dispatches already send:
// - each active incident whose response runs under a loaded plan needs, per kind and area, what
//   the plan's `resources` list for the highest level it has reached (a Ⅱ's 20,000 shelter places
//   replace the Ⅲ's 5,000; they do not add up), placed at the area's label point;
// - each open request from the desk, at its point, within the minutes left until its time.
QList<situation::ResourceNeed> resourceNeeds(const situation::Situation &situation, const QList<Plan> &plans, const PlanAreas &areas);

// The resources part: the needs, the optimal matching of what remains of them to the inventory's
// available resources as known at T (matchNeeds), the gap list, the balance per kind and the open
// dispatches as lines. Positions are the situation builder's. Pure function.
situation::ResourcesPart matchResources(const situation::Situation &situation, const QList<Plan> &plans, const PlanAreas &areas,
                                        const ResourceTravel &travel);

// Where an area's need is met on the map and by the matching: the mean of the label points of the
// districts that make up (or, for a town, hold) the area; (0, 0) when none has a boundary.
GeoPoint areaPoint(const PlanAreas &areas, const QString &code);

// The kind a resource of the matching is (what `matchableResources` offers it as): "rescue-team",
// a depot's item, "shelter-places", equipment's type. Empty for an id the inventory lacks.
QString matchedKindOf(const incidents::InventoryBook &inventory, const QString &resource);

} // namespace lookout::plans

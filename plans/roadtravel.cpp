// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "plans/roadtravel.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace lookout::plans {

Travel roadTravel(std::shared_ptr<const gis::RoadGraph> graph, double accessKmh, std::optional<Travel> outside, double coverKm)
{
    struct Trees {
        std::shared_ptr<const gis::RoadGraph> graph;
        double accessKmh;
        std::optional<Travel> outside;
        double coverKm;
        QHash<std::uint32_t, std::shared_ptr<const std::vector<double>>> fromNode;
    };
    auto trees = std::make_shared<Trees>(Trees{std::move(graph), accessKmh, std::move(outside), coverKm, {}});
    TravelMinutes minutes = [trees](const Resource &resource, const Need &need) -> std::optional<double> {
        const auto [from, fromKm] = trees->graph->nearest(resource.position);
        const auto [to, toKm] = trees->graph->nearest(need.position);
        if (trees->outside && (fromKm > trees->coverKm || toKm > trees->coverKm))
            return trees->outside->minutes(resource, need);
        auto tree = trees->fromNode.value(from);
        if (!tree) {
            tree = std::make_shared<const std::vector<double>>(trees->graph->secondsFrom(from));
            trees->fromNode.insert(from, tree);
        }
        const double roadSeconds = (*tree)[to];
        if (!std::isfinite(roadSeconds))
            return std::nullopt;
        return roadSeconds / 60.0 + (fromKm + toKm) / trees->accessKmh * 60.0;
    };
    // The bound holds for both ways of measuring: the smaller of their minutes per kilometre.
    double perKm = 60.0 / std::max(trees->graph->fastestKmh(), accessKmh);
    if (trees->outside)
        perKm = trees->outside->minutesPerKmAtLeast > 0 ? std::min(perKm, trees->outside->minutesPerKmAtLeast) : 0;
    return Travel{minutes, perKm};
}

} // namespace lookout::plans

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "plans/matching.h"

#include <geodesic.h>
#include <lemon/list_graph.h>
#include <lemon/network_simplex.h>

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace lookout::plans {

namespace {

constexpr double kCostScale = 1000.0;     // costs are whole thousandths of a minute
constexpr qsizetype kAddedPerNeed = 8;    // pairs a need may gain per round

// A resource–need pair of the same kind that can be used at all.
struct Pair {
    int resource = 0;
    int need = 0;
    double minutes = 0;
    qint64 cost = 0;
};

qint64 costOf(double minutes)
{
    return qint64(std::llround(minutes * kCostScale));
}

// The flow over a set of pairs: assignments, coverage per need, and the potentials of the
// resource and need nodes (for the reduced costs of pairs left out).
struct Solved {
    QList<qint64> flow;  // per pair
    QList<qint64> resourcePotential;
    QList<qint64> needPotential;
};

Result<Solved> solve(const QList<Need> &needs, const QList<Resource> &resources, const QList<Pair> &pairs)
{
    using Graph = lemon::ListDigraph;
    Graph graph;
    const Graph::Node source = graph.addNode();
    const Graph::Node sink = graph.addNode();
    QList<Graph::Node> resourceNodes, needNodes;
    for (qsizetype i = 0; i < resources.size(); ++i)
        resourceNodes.append(graph.addNode());
    for (qsizetype i = 0; i < needs.size(); ++i)
        needNodes.append(graph.addNode());
    Graph::ArcMap<qint64> capacity(graph), cost(graph);
    Graph::NodeMap<qint64> supply(graph, 0);
    qint64 demand = 0, maxCost = 0;
    for (const Need &need : needs)
        demand += need.quantity;
    for (qsizetype i = 0; i < resources.size(); ++i) {
        const Graph::Arc arc = graph.addArc(source, resourceNodes[i]);
        capacity[arc] = resources[i].available ? resources[i].quantity : 0;
        cost[arc] = 0;
    }
    for (qsizetype i = 0; i < needs.size(); ++i) {
        const Graph::Arc arc = graph.addArc(needNodes[i], sink);
        capacity[arc] = needs[i].quantity;
        cost[arc] = 0;
    }
    QList<Graph::Arc> pairArcs;
    for (const Pair &pair : pairs) {
        const Graph::Arc arc = graph.addArc(resourceNodes[pair.resource], needNodes[pair.need]);
        capacity[arc] = std::min(resources[pair.resource].quantity, needs[pair.need].quantity);
        cost[arc] = pair.cost;
        maxCost = std::max(maxCost, pair.cost);
        pairArcs.append(arc);
    }
    // A unit left uncovered costs more than any rerouting a covered unit could save: an
    // augmenting path crosses at most one pair arc forward per need.
    const Graph::Arc bypass = graph.addArc(source, sink);
    capacity[bypass] = demand;
    cost[bypass] = (qint64(needs.size()) + 1) * (maxCost + 1);
    supply[source] = demand;
    supply[sink] = -demand;

    lemon::NetworkSimplex<Graph, qint64, qint64> simplex(graph);
    simplex.upperMap(capacity).costMap(cost).supplyMap(supply);
    if (simplex.run() != lemon::NetworkSimplex<Graph, qint64, qint64>::OPTIMAL)
        return makeError(Error::Code::Internal, QStringLiteral("the min-cost flow found no optimal solution"));
    Solved solved;
    for (const Graph::Arc &arc : pairArcs)
        solved.flow.append(simplex.flow(arc));
    for (const Graph::Node &node : resourceNodes)
        solved.resourcePotential.append(simplex.potential(node));
    for (const Graph::Node &node : needNodes)
        solved.needPotential.append(simplex.potential(node));
    return solved;
}

} // namespace

double ellipsoidKm(GeoPoint a, GeoPoint b)
{
    static const geod_geodesic wgs84 = [] {
        geod_geodesic g{};
        geod_init(&g, 6378137.0, 1.0 / 298.257223563);
        return g;
    }();
    double metres = 0;
    geod_inverse(&wgs84, a.lat, a.lon, b.lat, b.lon, &metres, nullptr, nullptr);
    return metres / 1000.0;
}

std::optional<double> StraightLineTravel::operator()(const Resource &resource, const Need &need) const
{
    return ellipsoidKm(resource.position, need.position) * detour / speedKmh * 60.0;
}

Travel StraightLineTravel::travel() const
{
    return Travel{*this, detour / speedKmh * 60.0};
}

QString toString(Gap::Reason reason)
{
    switch (reason) {
    case Gap::Reason::NoneOfThisKind: return QStringLiteral("none-of-this-kind");
    case Gap::Reason::NotEnough: return QStringLiteral("not-enough");
    case Gap::Reason::NotInTime: return QStringLiteral("not-in-time");
    }
    return {};
}

namespace {

// A point on the unit sphere: the straight chord between two of them is never longer than the arc.
struct UnitVector {
    double x = 0, y = 0, z = 0;
    static UnitVector of(GeoPoint point)
    {
        const double lat = point.lat * M_PI / 180.0, lon = point.lon * M_PI / 180.0;
        return {std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat)};
    }
};

// The resources of one kind sorted by longitude, for the ones within a distance of a point.
struct KindIndex {
    QList<int> byLon;  // resource indices
    QList<double> lons;
    QList<UnitVector> vectors;

    // Resources whose straight-line lower bound from `at` is within `km` (all when km is infinite),
    // with that bound: the chord on the sphere of mean radius (never longer than its arc, which is
    // within 0.6 % of the ellipsoid's geodesic: 0.99 keeps it below).
    template <typename Visit>
    void within(const QList<Resource> &resources, GeoPoint at, double km, const Visit &visit) const
    {
        constexpr double kMeanRadiusKm = 6371.0088;
        const UnitVector here = UnitVector::of(at);
        auto lowerKm = [&](qsizetype i) {
            const UnitVector &v = vectors[i];
            const double dx = v.x - here.x, dy = v.y - here.y, dz = v.z - here.z;
            return std::sqrt(dx * dx + dy * dy + dz * dz) * kMeanRadiusKm * 0.99;
        };
        if (!std::isfinite(km)) {
            for (qsizetype i = 0; i < byLon.size(); ++i)
                visit(byLon[i], lowerKm(i));
            return;
        }
        const double dLat = km / 110.0 + 1e-9;
        const double dLon = km / (110.0 * std::max(0.05, std::cos(at.lat * M_PI / 180.0))) + 1e-9;
        const auto first = std::lower_bound(lons.begin(), lons.end(), at.lon - dLon) - lons.begin();
        for (qsizetype i = first; i < lons.size() && lons[i] <= at.lon + dLon; ++i) {
            if (std::abs(resources[byLon[i]].position.lat - at.lat) > dLat)
                continue;
            const double lower = lowerKm(i);
            if (lower <= km)
                visit(byLon[i], lower);
        }
    }
};

} // namespace

Result<Matching> matchNeeds(const QList<Need> &needs, const QList<Resource> &resources, const Travel &travel, bool everyPairFirst)
{
    QHash<QString, KindIndex> kinds;
    {
        QHash<QString, QList<int>> byKind;
        for (qsizetype r = 0; r < resources.size(); ++r)
            if (resources[r].available && resources[r].quantity > 0)
                byKind[resources[r].kind].append(int(r));
        for (auto it = byKind.begin(); it != byKind.end(); ++it) {
            QList<int> list = it.value();
            std::sort(list.begin(), list.end(), [&](int a, int b) { return resources[a].position.lon < resources[b].position.lon; });
            KindIndex index;
            index.byLon = list;
            for (int r : list) {
                index.lons.append(resources[r].position.lon);
                index.vectors.append(UnitVector::of(resources[r].position));
            }
            kinds.insert(it.key(), index);
        }
    }
    const double perKm = travel.minutesPerKmAtLeast > 0 ? travel.minutesPerKmAtLeast : 0;
    // The pairs in the flow, and whether a pair was measured already.
    QList<Pair> chosen;
    QSet<qint64> known;
    const qint64 stride = qint64(needs.size()) + 1;
    auto measure = [&](int r, int n) -> std::optional<Pair> {
        if (known.contains(qint64(r) * stride + n))
            return std::nullopt;
        known.insert(qint64(r) * stride + n);
        const auto minutes = travel.minutes(resources[r], needs[n]);
        if (!minutes || !std::isfinite(*minutes) || (needs[n].withinMinutes && *minutes > *needs[n].withinMinutes))
            return std::nullopt;
        return Pair{r, n, *minutes, costOf(*minutes)};
    };
    auto horizonKm = [&](const Need &need, double minutes) {
        if (perKm <= 0 || everyPairFirst)
            return std::numeric_limits<double>::infinity();
        return (need.withinMinutes ? std::min(minutes, *need.withinMinutes) : minutes) / perKm;
    };

    // Start: each need's nearest resources, widening the search until they could cover it twice.
    for (qsizetype n = 0; n < needs.size(); ++n) {
        const Need &need = needs[n];
        const auto index = kinds.constFind(need.kind);
        if (need.quantity <= 0 || index == kinds.constEnd())
            continue;
        double km = perKm > 0 && !everyPairFirst ? 2.0 : std::numeric_limits<double>::infinity();
        QList<std::pair<double, int>> found;
        for (;;) {
            found.clear();
            qint64 quantity = 0;
            index->within(resources, need.position, km, [&](int r, double lower) {
                found.append({lower, r});
                quantity += resources[r].quantity;
            });
            const bool enough = quantity >= 2 * need.quantity && found.size() >= 4;
            if (enough || found.size() == index->byLon.size() || !std::isfinite(km) || km > 40000)
                break;
            km *= 2;
        }
        std::sort(found.begin(), found.end());
        qint64 quantity = 0;
        int taken = 0;
        for (const auto &[lower, r] : found) {
            if (!everyPairFirst && quantity >= 2 * need.quantity && taken >= 4)
                break;
            if (const auto pair = measure(r, int(n))) {
                chosen.append(*pair);
                quantity += resources[r].quantity;
                ++taken;
            }
        }
    }

    Matching matching;
    Solved solved;
    for (;;) {
        ++matching.rounds;
        auto result = solve(needs, resources, chosen);
        if (!result)
            return result.error();
        solved = std::move(result).value();
        // Price the pairs left out: a pair improves the flow when its reduced cost
        // cost + π(resource) − π(need) is negative, which needs cost < π(need) − min π(resource).
        int added = 0;
        QHash<QString, qint64> lowestOfKind;
        for (auto it = kinds.cbegin(); it != kinds.cend(); ++it) {
            qint64 lowest = std::numeric_limits<qint64>::max();
            for (int r : it->byLon)
                lowest = std::min(lowest, solved.resourcePotential[r]);
            lowestOfKind.insert(it.key(), lowest);
        }
        for (qsizetype n = 0; n < needs.size(); ++n) {
            const Need &need = needs[n];
            const auto index = kinds.constFind(need.kind);
            if (need.quantity <= 0 || index == kinds.constEnd())
                continue;
            const qint64 room = solved.needPotential[n] - lowestOfKind.value(need.kind);
            if (room <= 0)
                continue;
            // Best first by the lower bound of the reduced cost; the most negative few are added.
            QList<std::pair<qint64, int>> candidates;
            index->within(resources, need.position, horizonKm(need, double(room) / kCostScale), [&](int r, double lowerKm) {
                const qint64 reducedAtLeast = costOf(lowerKm * perKm) + solved.resourcePotential[r] - solved.needPotential[n];
                if (reducedAtLeast < 0 && !known.contains(qint64(r) * stride + n))
                    candidates.append({reducedAtLeast, r});
            });
            std::sort(candidates.begin(), candidates.end());
            QList<std::pair<qint64, Pair>> best;  // exact reduced cost, pair
            for (const auto &[reducedAtLeast, r] : candidates) {
                if (best.size() >= kAddedPerNeed && reducedAtLeast >= best.back().first)
                    break;
                const auto pair = measure(r, int(n));
                if (!pair)
                    continue;
                const qint64 reduced = pair->cost + solved.resourcePotential[r] - solved.needPotential[n];
                if (reduced >= 0)
                    continue;
                best.append({reduced, *pair});
                std::sort(best.begin(), best.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
            }
            for (const auto &[reduced, pair] : best) {
                chosen.append(pair);
                ++added;
            }
        }
        if (added == 0)
            break;
    }

    QList<qint64> covered(needs.size(), 0);
    QList<qint64> used(resources.size(), 0);
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        if (solved.flow[i] <= 0)
            continue;
        const Pair &pair = chosen[i];
        matching.assignments.append({needs[pair.need].id, resources[pair.resource].id, solved.flow[i], pair.minutes});
        covered[pair.need] += solved.flow[i];
        used[pair.resource] += solved.flow[i];
        matching.objective += double(solved.flow[i]) * pair.minutes;
    }
    QHash<QString, int> needOrder;
    for (qsizetype n = 0; n < needs.size(); ++n)
        needOrder.insert(needs[n].id, int(n));
    std::stable_sort(matching.assignments.begin(), matching.assignments.end(), [&](const Assignment &a, const Assignment &b) {
        const int na = needOrder.value(a.need), nb = needOrder.value(b.need);
        return na != nb ? na < nb : a.minutes < b.minutes;
    });
    for (qsizetype n = 0; n < needs.size(); ++n) {
        matching.total += needs[n].quantity;
        matching.covered += covered[n];
        if (covered[n] >= needs[n].quantity)
            continue;
        Gap gap{needs[n].id, needs[n].kind, needs[n].quantity, covered[n], Gap::Reason::NotEnough};
        const auto index = kinds.constFind(needs[n].kind);
        if (index == kinds.constEnd()) {
            gap.reason = Gap::Reason::NoneOfThisKind;
        } else if (needs[n].withinMinutes) {
            // Some of the kind is left over, yet not sent: it cannot arrive in time.
            for (int r : index->byLon)
                if (used[r] < resources[r].quantity)
                    gap.reason = Gap::Reason::NotInTime;
        }
        matching.gaps.append(gap);
    }
    return matching;
}

} // namespace lookout::plans

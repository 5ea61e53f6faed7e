// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "gis/roadgraph.h"

#include "gis/osmpbfreading.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <queue>
#include <utility>

namespace lookout::gis {

namespace {

// Speeds a car is assumed to keep on each class, km/h (urban defaults; `maxspeed` lowers them).
const std::array<std::pair<const char *, double>, 19> kClassSpeeds{{
    {"motorway", 90},     {"motorway_link", 50}, {"trunk", 70},         {"trunk_link", 40},     {"primary", 60},
    {"primary_link", 40}, {"secondary", 50},     {"secondary_link", 30}, {"tertiary", 40},      {"tertiary_link", 25},
    {"unclassified", 30}, {"residential", 25},   {"living_street", 10},  {"service", 15},       {"road", 25},
    {"track", 15},        {"busway", 30},        {"bus_guideway", 30},   {"escape", 10},
}};

struct Edge {
    std::uint32_t from;
    std::uint32_t to;
    float seconds;
};

// Collects the drivable ways' segments, numbering the nodes they use.
class WayCollector : public osmium::handler::Handler {
public:
    std::vector<GeoPoint> points;
    std::vector<Edge> edges;
    QHash<qint64, std::uint32_t> numbers;
    double fastest = 0;
    int ways = 0;

    void way(const osmium::Way &way)
    {
        const char *highway = way.tags()["highway"];
        if (!highway)
            return;
        const auto classSpeed = RoadGraph::classSpeedKmh(QString::fromUtf8(highway));
        if (!classSpeed)
            return;
        const char *access = way.tags()["access"];
        if (access && (std::string_view(access) == "no" || std::string_view(access) == "private"))
            return;
        double speed = *classSpeed;
        if (const char *maxspeed = way.tags()["maxspeed"]) {
            bool ok = false;
            const double given = QString::fromUtf8(maxspeed).trimmed().toDouble(&ok);  // km/h; "30 mph" and words do not parse
            if (ok && given > 0)
                speed = std::min(speed, given);
        }
        const std::string_view oneway = way.tags()["oneway"] ? way.tags()["oneway"] : "";
        const std::string_view junction = way.tags()["junction"] ? way.tags()["junction"] : "";
        const bool forwardOnly = oneway == "yes" || oneway == "1" || oneway == "true"
                                 || ((std::string_view(highway) == "motorway" || junction == "roundabout") && oneway != "no");
        const bool backwardOnly = oneway == "-1" || oneway == "reverse";
        const osmium::WayNodeList &nodes = way.nodes();
        std::uint32_t previous = 0;
        GeoPoint previousPoint;
        bool first = true;
        for (const osmium::NodeRef &ref : nodes) {
            if (!ref.location().valid())
                continue;  // a node outside the extract
            const GeoPoint here{ref.location().lon(), ref.location().lat()};
            const qint64 id = qint64(ref.positive_ref());
            auto it = numbers.constFind(id);
            if (it == numbers.constEnd()) {
                it = numbers.insert(id, std::uint32_t(points.size()));
                points.push_back(here);
            }
            const std::uint32_t number = it.value();
            if (!first && number != previous) {
                const float seconds = float(haversineMetres(previousPoint, here) / 1000.0 / speed * 3600.0);
                if (!backwardOnly)
                    edges.push_back({previous, number, seconds});
                if (!forwardOnly)
                    edges.push_back({number, previous, seconds});
            }
            previous = number;
            previousPoint = here;
            first = false;
        }
        fastest = std::max(fastest, speed);
        ++ways;
    }
};

// The nodes of the largest strongly connected component (Kosaraju, iterative).
std::vector<char> largestStronglyConnected(const std::vector<std::uint32_t> &offsets, const std::vector<std::uint32_t> &targets)
{
    const std::size_t n = offsets.size() - 1;
    // Finishing order of a depth-first search on the graph.
    std::vector<std::uint32_t> order;
    order.reserve(n);
    std::vector<char> seen(n, 0);
    std::vector<std::pair<std::uint32_t, std::uint32_t>> stack;  // node, next arc
    for (std::uint32_t start = 0; start < n; ++start) {
        if (seen[start])
            continue;
        seen[start] = 1;
        stack.push_back({start, offsets[start]});
        while (!stack.empty()) {
            auto &[node, arc] = stack.back();
            if (arc < offsets[node + 1]) {
                const std::uint32_t next = targets[arc++];
                if (!seen[next]) {
                    seen[next] = 1;
                    stack.push_back({next, offsets[next]});
                }
            } else {
                order.push_back(node);
                stack.pop_back();
            }
        }
    }
    // The reversed graph, searched in reverse finishing order: each search is one component.
    std::vector<std::uint32_t> reverseOffsets(n + 1, 0), reverseTargets(targets.size());
    for (std::size_t node = 0; node < n; ++node)
        for (std::uint32_t arc = offsets[node]; arc < offsets[node + 1]; ++arc)
            ++reverseOffsets[targets[arc] + 1];
    for (std::size_t i = 1; i <= n; ++i)
        reverseOffsets[i] += reverseOffsets[i - 1];
    std::vector<std::uint32_t> fill(reverseOffsets.begin(), reverseOffsets.end() - 1);
    for (std::size_t node = 0; node < n; ++node)
        for (std::uint32_t arc = offsets[node]; arc < offsets[node + 1]; ++arc)
            reverseTargets[fill[targets[arc]]++] = std::uint32_t(node);
    std::vector<std::int32_t> component(n, -1);
    std::vector<std::size_t> sizes;
    std::vector<std::uint32_t> pending;
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        if (component[*it] >= 0)
            continue;
        const std::int32_t id = std::int32_t(sizes.size());
        sizes.push_back(0);
        component[*it] = id;
        pending.push_back(*it);
        while (!pending.empty()) {
            const std::uint32_t node = pending.back();
            pending.pop_back();
            ++sizes.back();
            for (std::uint32_t arc = reverseOffsets[node]; arc < reverseOffsets[node + 1]; ++arc)
                if (component[reverseTargets[arc]] < 0) {
                    component[reverseTargets[arc]] = id;
                    pending.push_back(reverseTargets[arc]);
                }
        }
    }
    const auto largest = std::int32_t(std::max_element(sizes.begin(), sizes.end()) - sizes.begin());
    std::vector<char> inLargest(n, 0);
    for (std::size_t node = 0; node < n; ++node)
        inLargest[node] = component[node] == largest;
    return inLargest;
}

} // namespace

std::optional<double> RoadGraph::classSpeedKmh(const QString &highway)
{
    for (const auto &[name, speed] : kClassSpeeds)
        if (highway == QLatin1String(name))
            return speed;
    return std::nullopt;
}

Result<RoadGraph> RoadGraph::fromOsmPbf(const QString &path)
{
    WayCollector collector;
    if (auto read = readOsmPbf(path, collector); !read)
        return read.error();
    if (collector.edges.empty())
        return makeError(Error::Code::Empty, QStringLiteral("no drivable road (highway=*) in the extract"), {path});
    RoadGraph graph;
    graph.m_points = std::move(collector.points);
    graph.m_fastestKmh = collector.fastest;
    graph.m_ways = collector.ways;
    std::sort(collector.edges.begin(), collector.edges.end(), [](const Edge &a, const Edge &b) { return a.from < b.from; });
    graph.m_offsets.assign(graph.m_points.size() + 1, 0);
    for (const Edge &edge : collector.edges)
        ++graph.m_offsets[edge.from + 1];
    for (std::size_t i = 1; i < graph.m_offsets.size(); ++i)
        graph.m_offsets[i] += graph.m_offsets[i - 1];
    graph.m_targets.reserve(collector.edges.size());
    graph.m_seconds.reserve(collector.edges.size());
    for (const Edge &edge : collector.edges) {
        graph.m_targets.push_back(edge.to);
        graph.m_seconds.push_back(edge.seconds);
    }
    // Snap only to the largest strongly connected part: an island of service roads or a one-way
    // dead end at the extract's edge would leave a place unreachable that is not.
    const std::vector<char> main = largestStronglyConnected(graph.m_offsets, graph.m_targets);
    for (std::uint32_t i = 0; i < graph.m_points.size(); ++i)
        if (main[i])
            graph.m_byLon.push_back(i);
    std::sort(graph.m_byLon.begin(), graph.m_byLon.end(),
              [&](std::uint32_t a, std::uint32_t b) { return graph.m_points[a].lon < graph.m_points[b].lon; });
    return graph;
}

std::pair<std::uint32_t, double> RoadGraph::nearest(GeoPoint point) const
{
    // Outward from the point's longitude in both directions, stopping once the longitude gap alone
    // is farther than the best found.
    const auto start = std::lower_bound(m_byLon.begin(), m_byLon.end(), point.lon,
                                        [&](std::uint32_t node, double lon) { return m_points[node].lon < lon; })
                       - m_byLon.begin();
    const double kmPerLonDegree = 111.32 * std::cos(point.lat * M_PI / 180.0);
    double best = std::numeric_limits<double>::infinity();
    std::uint32_t bestNode = 0;
    auto consider = [&](std::ptrdiff_t i) {
        const std::uint32_t node = m_byLon[std::size_t(i)];
        if (std::abs(m_points[node].lon - point.lon) * kmPerLonDegree * 0.99 > best)
            return false;
        const double km = haversineMetres(m_points[node], point) / 1000.0;
        if (km < best) {
            best = km;
            bestNode = node;
        }
        return true;
    };
    for (std::ptrdiff_t i = start; i < std::ptrdiff_t(m_byLon.size()) && consider(i); ++i) {
    }
    for (std::ptrdiff_t i = start - 1; i >= 0 && consider(i); --i) {
    }
    return {bestNode, best};
}

std::vector<double> RoadGraph::secondsFrom(std::uint32_t source) const
{
    std::vector<double> seconds(m_points.size(), std::numeric_limits<double>::infinity());
    using Item = std::pair<double, std::uint32_t>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
    seconds[source] = 0;
    queue.push({0, source});
    while (!queue.empty()) {
        const auto [at, node] = queue.top();
        queue.pop();
        if (at > seconds[node])
            continue;
        for (std::uint32_t arc = m_offsets[node]; arc < m_offsets[node + 1]; ++arc) {
            const double next = at + m_seconds[arc];
            if (next < seconds[m_targets[arc]]) {
                seconds[m_targets[arc]] = next;
                queue.push({next, m_targets[arc]});
            }
        }
    }
    return seconds;
}

} // namespace lookout::gis

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The road graph of the real Monaco OpenStreetMap extract (shared/data/resources): its size, its
// shortest paths against an independent Bellman-Ford, and bad files.
#include "gis/roadgraph.h"
#include "tests/support/testdata.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace lookout;

namespace {

const QString kMonaco = QStringLiteral("resources/monaco.osm.pbf");

// Seconds from `source` by relaxing every arc until nothing changes (no heap, no early exit).
std::vector<double> bellmanFord(const gis::RoadGraph &graph, std::uint32_t source)
{
    std::vector<double> seconds(graph.nodeCount(), std::numeric_limits<double>::infinity());
    seconds[source] = 0;
    for (bool changed = true; changed;) {
        changed = false;
        for (std::uint32_t node = 0; node < graph.nodeCount(); ++node) {
            if (!std::isfinite(seconds[node]))
                continue;
            for (std::uint32_t arc = graph.firstArc(node); arc < graph.lastArc(node); ++arc)
                if (seconds[node] + graph.seconds(arc) < seconds[graph.target(arc)] - 1e-9) {
                    seconds[graph.target(arc)] = seconds[node] + graph.seconds(arc);
                    changed = true;
                }
        }
    }
    return seconds;
}

} // namespace

TEST(RoadGraph, MonacosDrivableRoadsBecomeAConnectedGraph)
{
    auto graph = gis::RoadGraph::fromOsmPbf(test::sharedData(kMonaco));
    ASSERT_TRUE(graph.ok()) << graph.error().toString().toStdString();
    // 2,903 `highway` lines in the extract (SOURCES.md); footways, paths and steps are not driven.
    EXPECT_GT(graph->ways(), 1000);
    EXPECT_LT(graph->ways(), 2903);
    EXPECT_GT(graph->nodeCount(), 10000u);
    EXPECT_GT(graph->arcCount(), graph->nodeCount());
    EXPECT_GT(graph->connectedNodeCount(), graph->nodeCount() / 2) << "most of it is one strongly connected part";
    EXPECT_LE(graph->fastestKmh(), 90.0);
    // Every node within Monaco's extent.
    for (std::uint32_t node = 0; node < graph->nodeCount(); node += 97) {
        EXPECT_GT(graph->point(node).lon, 7.3);
        EXPECT_LT(graph->point(node).lon, 7.6);
    }
    EXPECT_EQ(gis::RoadGraph::classSpeedKmh(QStringLiteral("residential")).value_or(0), 25);
    EXPECT_FALSE(gis::RoadGraph::classSpeedKmh(QStringLiteral("footway")).has_value());
}

TEST(RoadGraph, DijkstraEqualsBellmanFordOnMonaco)
{
    auto graph = gis::RoadGraph::fromOsmPbf(test::sharedData(kMonaco));
    ASSERT_TRUE(graph.ok());
    for (const GeoPoint place : {GeoPoint{7.4276, 43.7390}, GeoPoint{7.4190, 43.7310}, GeoPoint{7.4400, 43.7480}}) {
        const auto [source, km] = graph->nearest(place);
        EXPECT_LT(km, 0.2) << "a road within 200 m";
        const std::vector<double> fast = graph->secondsFrom(source);
        const std::vector<double> slow = bellmanFord(*graph, source);
        int reached = 0;
        for (std::size_t node = 0; node < fast.size(); ++node) {
            ASSERT_EQ(std::isfinite(fast[node]), std::isfinite(slow[node])) << node;
            if (std::isfinite(fast[node])) {
                EXPECT_NEAR(fast[node], slow[node], 1e-6) << node;
                ++reached;
            }
        }
        EXPECT_GE(reached, int(graph->connectedNodeCount()));
    }
}

TEST(RoadGraph, ABadExtractIsAnErrorNamingIt)
{
    QTemporaryDir dir;
    const QString notPbf = test::writeFile(dir, QStringLiteral("roads.osm.pbf"), "id,kind\n1,2\n");
    auto graph = gis::RoadGraph::fromOsmPbf(notPbf);
    ASSERT_FALSE(graph.ok());
    EXPECT_TRUE(graph.error().context.contains(notPbf)) << graph.error().toString().toStdString();
    const QByteArray real = test::readBytes(test::sharedData(kMonaco));
    const QString cut = test::writeFile(dir, QStringLiteral("cut.osm.pbf"), real.left(real.size() / 2));
    graph = gis::RoadGraph::fromOsmPbf(cut);
    ASSERT_FALSE(graph.ok()) << "a truncated download";
    EXPECT_TRUE(graph.error().toString().contains(QStringLiteral("cut.osm.pbf")));
    EXPECT_FALSE(gis::RoadGraph::fromOsmPbf(dir.filePath(QStringLiteral("missing.osm.pbf"))).ok());
}

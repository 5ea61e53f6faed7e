// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The optimal resource matching at the size: 1,000 needs × 10,000 resources over the delta
// (a 1.2° square), quantities 1–50, travel by ellipsoidal distance × 1.3 at 40 km/h; `kinds`
// resource kinds share them (1: every resource can serve every need, 10,000,000 pairs).
#include "gis/roadgraph.h"
#include "plans/matching.h"

#include <benchmark/benchmark.h>

#include <QFileInfo>

#include <random>

using namespace lookout;
using namespace lookout::plans;

namespace {

void BM_Match1000Needs10000Resources(benchmark::State &state)
{
    const int kinds = int(state.range(0));
    std::mt19937 random(42);
    std::uniform_real_distribution<double> lon(112.6, 113.8), lat(21.7, 22.9);
    std::uniform_int_distribution<int> quantity(1, 50), kind(0, kinds - 1);
    QList<Need> needs;
    QList<Resource> resources;
    for (int n = 0; n < 1000; ++n)
        needs.append({QStringLiteral("n%1").arg(n), QStringLiteral("k%1").arg(kind(random)), quantity(random), GeoPoint{lon(random), lat(random)}, std::nullopt});
    for (int r = 0; r < 10000; ++r)
        resources.append({QStringLiteral("r%1").arg(r), QStringLiteral("k%1").arg(kind(random)), quantity(random) / 5 + 1, GeoPoint{lon(random), lat(random)}, true});
    const Travel travel = StraightLineTravel{40, 1.3}.travel();
    int rounds = 0;
    qint64 covered = 0, total = 0;
    for (auto _ : state) {
        auto matched = matchNeeds(needs, resources, travel);
        if (!matched)
            std::abort();
        rounds = matched->rounds;
        covered = matched->covered;
        total = matched->total;
    }
    state.counters["rounds"] = rounds;
    state.counters["covered"] = double(covered);
    state.counters["total"] = double(total);
}

// The largest OpenStreetMap extract here is Monaco (no PRD extract can be retrieved): its drivable
// roads read with libosmium, and one-to-many travel times (Dijkstra over the whole graph) from
// 10,000 sources on it.
QString g_monaco;

void BM_RoadGraphFromMonacoPbf(benchmark::State &state)
{
    std::size_t nodes = 0;
    for (auto _ : state) {
        auto graph = gis::RoadGraph::fromOsmPbf(g_monaco);
        if (!graph)
            std::abort();
        nodes = graph->nodeCount();
    }
    state.counters["nodes"] = double(nodes);
    state.SetBytesProcessed(qint64(state.iterations()) * QFileInfo(g_monaco).size());
}

void BM_OneToManyFrom10000SourcesMonaco(benchmark::State &state)
{
    auto graph = gis::RoadGraph::fromOsmPbf(g_monaco);
    if (!graph)
        std::abort();
    std::mt19937 random(10000);
    std::uniform_int_distribution<std::uint32_t> node(0, std::uint32_t(graph->nodeCount() - 1));
    double reached = 0;
    for (auto _ : state)
        for (int source = 0; source < 10000; ++source)
            reached += graph->secondsFrom(node(random)).back();
    benchmark::DoNotOptimize(reached);
    state.counters["nodes"] = double(graph->nodeCount());
    state.counters["arcs"] = double(graph->arcCount());
}

} // namespace

BENCHMARK(BM_RoadGraphFromMonacoPbf)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OneToManyFrom10000SourcesMonaco)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_Match1000Needs10000Resources)->Arg(1)->Arg(5)->Unit(benchmark::kMillisecond);
int main(int argc, char **argv)
{
    g_monaco = QStringLiteral(LOOKOUT_SHARED_DATA_DIR "/resources/monaco.osm.pbf");
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

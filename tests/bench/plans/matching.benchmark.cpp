// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The optimal resource matching at the size: 1,000 needs × 10,000 resources over the delta
// (a 1.2° square), quantities 1–50, travel by ellipsoidal distance × 1.3 at 40 km/h; `kinds`
// resource kinds share them (1: every resource can serve every need, 10,000,000 pairs).
#include "plans/matching.h"

#include <benchmark/benchmark.h>

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

} // namespace

BENCHMARK(BM_Match1000Needs10000Resources)->Arg(1)->Arg(5)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();

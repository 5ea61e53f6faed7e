// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The FWI system over 10 years of daily weather at 1,000 stations (3,652,500 station-days). The
// weather repeats the 24 real days of shared/data/fireweather, shifted per station so that no
// two stations see the same sequence.
#include "analysis/fwi.h"
#include "tests/support/testdata.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

using namespace lookout;

namespace {

QList<analysis::FwiWeather> realDays()
{
    QList<analysis::FwiWeather> days;
    const QList<QByteArray> lines =
        test::readBytes(test::sharedData(QStringLiteral("fireweather/cffdrs_fwi_01_daily-1985_rows0001-0024.csv"))).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].trimmed().split(',');
        if (f.size() < 9)
            continue;
        days.append({f[2].toInt(), f[3].toInt(), f[4].toInt(), f[5].toDouble(), f[6].toDouble(), f[7].toDouble(), f[8].toDouble()});
    }
    return days;
}

} // namespace

static void BM_Fwi10YearsThousandStations(benchmark::State &state)
{
    const QList<analysis::FwiWeather> real = realDays();
    constexpr int kStations = 1000;
    constexpr int kDays = 3652;
    QList<analysis::FwiWeather> year;
    year.reserve(kDays);
    for (int day = 0; day < kDays; ++day) {
        analysis::FwiWeather weather = real[day % real.size()];
        weather.month = 1 + (day / 30) % 12;  // walk through the seasons' day-length factors
        year.append(weather);
    }
    for (auto _ : state) {
        double sum = 0;
        for (int station = 0; station < kStations; ++station) {
            const double latitude = 18.0 + (station % 100) * 0.1;  // 18-28°N: South China
            const QList<analysis::FwiCodes> codes = analysis::fwiSequence(year.mid(station % 24) + year.first(station % 24), latitude);
            sum += codes.back().fwi;
        }
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations() * qint64(kStations) * kDays);
    state.SetLabel("station-days");
}
BENCHMARK(BM_Fwi10YearsThousandStations)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// Renders every boundary layer of shared/data/boundaries (China provinces, Guangdong cities,
// Hong Kong districts, Jiangmen and Zhuhai districts: fills, strokes and labels) at 3840x2160,
// the wall's size, over the demo's Pearl River Delta extent. scripts/bench prints it beside QGIS
// 3.22's QgsMapRendererParallelJob on the same files, extent, size and styling.
#include "gis/maprenderjob.h"
#include "gis/maptheme.h"
#include "tests/support/boundarylayers.h"

#include <QGuiApplication>

#include <benchmark/benchmark.h>

using namespace lookout;

namespace {

gis::MapSettings wallSettings(bool labels)
{
    gis::MapSettings settings;
    settings.extent = test::prdExtentWebMercator();
    settings.outputSize = QSize(3840, 2160);
    settings.background = gis::mapBackground();
    settings.drawLabels = labels;
    settings.layers = test::boundaryLayers().value();
    return settings;
}

void renderWall(benchmark::State &state, bool labels)
{
    const gis::MapSettings settings = wallSettings(labels);
    {
        // Warm the per-layer projection cache, as the app has after its first frame.
        gis::MapRenderJob warm(settings);
        warm.start();
        warm.waitForFinished();
    }
    for (auto _ : state) {
        gis::MapRenderJob job(settings);
        job.start();
        job.waitForFinished();
        benchmark::DoNotOptimize(job.image());
        if (!job.errors().isEmpty())
            state.SkipWithError(job.errors().first().toString().toUtf8().constData());
    }
}

void BM_RenderBoundaries4K(benchmark::State &state) { renderWall(state, true); }
void BM_RenderBoundaries4KNoLabels(benchmark::State &state) { renderWall(state, false); }

} // namespace

BENCHMARK(BM_RenderBoundaries4K)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_RenderBoundaries4KNoLabels)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

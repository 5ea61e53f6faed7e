// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// Renders every boundary layer of shared/data/boundaries (China provinces, Guangdong cities,
// Hong Kong districts, Jiangmen and Zhuhai districts: fills, strokes and labels) at 3840x2160,
// the wall's size, over the demo's Pearl River Delta extent. scripts/bench prints it beside QGIS
// 3.22's QgsMapRendererParallelJob on the same files, extent, size and styling.
#include "gis/maprenderjob.h"
#include "gis/viewcomposer.h"
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

// A pan of 10 % of a 3840x2160 view with the map rendered over a 25 % margin (as the desk map
// does): each frame of the drag cut from the labelled image with scale bar and north arrow drawn
// (Arg 0), and the view at rest with its labels placed again for it (Arg 1).
void BM_Pan4KFromMargin(benchmark::State &state)
{
    const gis::MapSettings view = wallSettings(true);
    gis::MapRenderJob job(gis::overscanSettings(view, 0.25));
    job.start();
    job.waitForFinished();
    const gis::RenderedBase base{job.image(), job.settings().visibleExtent(), job.labelCandidates(), job.labelledImage()};
    const double unitsPerPixel = view.visibleExtent().width() / view.outputSize.width();
    int step = 0;
    for (auto _ : state) {
        // Back and forth by 384 px (10 % of the width), as a drag goes.
        const double dx = (step++ % 2 == 0 ? 384 : 0) * unitsPerPixel;
        gis::MapSettings moved = view;
        const GeoBox visible = view.visibleExtent();
        moved.extent = GeoBox::fromCorners(visible.xMin + dx, visible.yMin, visible.xMax + dx, visible.yMax);
        const auto offset = gis::viewOffsetIn(base, moved);
        if (!offset)
            std::abort();
        benchmark::DoNotOptimize(state.range(0) == 0 ? gis::dragFrame(base, moved, *offset) : gis::composeView(base, moved, *offset));
    }
}

} // namespace

BENCHMARK(BM_RenderBoundaries4K)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_RenderBoundaries4KNoLabels)->Unit(benchmark::kMillisecond)->UseRealTime();
// 0: a frame of the drag; 1: the view at rest, its labels placed for it.
BENCHMARK(BM_Pan4KFromMargin)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

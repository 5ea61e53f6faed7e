// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "gis/maprenderjob.h"
#include "gis/maptheme.h"
#include "gis/vectorlayer.h"
#include "gis/viewcomposer.h"
#include "tests/support/boundarylayers.h"
#include "tests/support/testdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace lookout;
using namespace lookout::gis;

namespace {

MapSettings prdSettings(QSize size)
{
    auto layers = test::boundaryLayers();
    EXPECT_TRUE(layers.ok()) << (layers.ok() ? "" : layers.error().toString().toStdString());
    MapSettings settings;
    settings.extent = test::prdExtentWebMercator();
    settings.outputSize = size;
    settings.background = mapBackground();
    if (layers)
        settings.layers = *layers;
    return settings;
}

// Share of pixels whose colour differs by more than `threshold` in any channel.
double differingShare(const QImage &a, const QImage &b, int threshold)
{
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    qint64 differing = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int column = 0; column < x.width(); ++column)
            if (std::abs(qRed(p[column]) - qRed(q[column])) > threshold
                || std::abs(qGreen(p[column]) - qGreen(q[column])) > threshold
                || std::abs(qBlue(p[column]) - qBlue(q[column])) > threshold)
                ++differing;
    }
    return double(differing) / double(qint64(x.width()) * x.height());
}

} // namespace

TEST(MapRenderJob, MatchesTheControlImage)
{
    MapRenderJob job(prdSettings(QSize(1280, 720)));
    QSignalSpy finished(&job, &MapRenderJob::finished);
    job.start();
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_FALSE(job.wasCancelled());
    for (const Error &error : job.errors())
        ADD_FAILURE() << error.toString().toStdString();
    const QImage image = job.image();
    ASSERT_EQ(image.size(), QSize(1280, 720));

    // Saved for a person to look at, whatever the outcome.
    QDir().mkpath(QStringLiteral("render-output"));
    image.save(QStringLiteral("render-output/prd_boundaries.png"));

    const QString control = test::testData(QStringLiteral("render/prd_boundaries.png"));
    const QString failed = test::testData(QStringLiteral("render/prd_boundaries.fail.png"));
    QImage expected(control);
    if (expected.isNull() || expected.size() != image.size()) {
        image.save(failed);
        FAIL() << "no usable control image at " << control.toStdString() << "; rendered one saved as "
               << failed.toStdString() << " (check it, then rename it)";
    }
    const double share = differingShare(image, expected, 48);
    if (share > 0.005) {
        image.save(failed);
        FAIL() << share * 100 << " % of pixels differ from " << control.toStdString() << "; see " << failed.toStdString();
    }
    QFile::remove(failed);
}

TEST(MapRenderJob, DrawsEveryDistrictAndLabelsInChinese)
{
    MapRenderJob job(prdSettings(QSize(1600, 900)));
    job.start();
    job.waitForFinished();
    EXPECT_TRUE(job.errors().isEmpty());
    // 7 Jiangmen + 3 Zhuhai districts at least, and some neighbouring cities.
    EXPECT_GE(job.renderedFeatureCount(), 20u);
    const QImage image = job.image();
    ASSERT_FALSE(image.isNull());
    // The focus label colour (white) must appear: labels were drawn.
    qint64 white = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) == qRgb(255, 255, 255))
                ++white;
    EXPECT_GT(white, 500);
}

TEST(MapRenderJob, CancelReturnsPromptlyWithoutAnImage)
{
    // A heavy job: the whole set five times over at 4K.
    MapSettings settings = prdSettings(QSize(3840, 2160));
    const auto once = settings.layers;
    for (int i = 0; i < 4; ++i)
        settings.layers.append(once);
    std::size_t total = 0;
    {
        MapRenderJob full(settings);
        full.start();
        full.waitForFinished();
        total = full.renderedFeatureCount();
    }
    MapRenderJob job(settings);
    QSignalSpy finished(&job, &MapRenderJob::finished);
    job.start();
    job.cancelWithoutBlocking();  // only raises a flag: must not wait for the pool
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_TRUE(job.wasCancelled());
    EXPECT_TRUE(job.image().isNull());
    EXPECT_LT(job.renderedFeatureCount(), total);  // the renderers stopped early
}

TEST(MapRenderJob, DestroyingARunningJobDoesNotWait)
{
    auto job = std::make_unique<MapRenderJob>(prdSettings(QSize(3840, 2160)));
    job->start();
    job.reset();  // cancels; the pool work owns its state and finishes on its own
    SUCCEED();
}

TEST(MapRenderJob, ReportsALayerThatCannotRenderAndDrawsTheRest)
{
    MapSettings settings = prdSettings(QSize(640, 360));
    VectorData bogus;
    bogus.crs = QStringLiteral("EPSG:999999");
    VectorFeature point;
    point.kind = GeometryKind::Point;
    point.parts = {{GeoPoint{113.0, 22.0}}};
    bogus.features.push_back(point);
    bogus.recomputeBounds();
    settings.layers.append(std::make_shared<VectorLayer>(QStringLiteral("broken_layer"), QStringLiteral("broken"),
                                                         std::make_shared<const VectorData>(bogus), LayerStyle()));
    MapRenderJob job(settings);
    job.start();
    job.waitForFinished();
    ASSERT_EQ(job.errors().size(), 1);
    EXPECT_EQ(job.errors().first().context.value(0), QStringLiteral("broken_layer"));
    EXPECT_FALSE(job.image().isNull());
    EXPECT_GE(job.renderedFeatureCount(), 20u);

    MapSettings empty;
    empty.outputSize = QSize(100, 100);
    MapRenderJob invalid(empty);
    invalid.start();
    invalid.waitForFinished();
    ASSERT_EQ(invalid.errors().size(), 1);
    EXPECT_EQ(invalid.errors().first().code, Error::Code::InvalidArgument);
}

namespace {

// Renders `settings` and waits.
MapRenderJob &rendered(MapRenderJob &job)
{
    job.start();
    job.waitForFinished();
    QCoreApplication::processEvents();
    return job;
}

RenderedBase baseFor(const MapSettings &view, double overscan)
{
    MapRenderJob job(overscanSettings(view, overscan));
    rendered(job);
    return RenderedBase{job.image(), job.settings().visibleExtent(), job.labelCandidates()};
}

// `view` moved by whole pixels (positive dx: east, positive dy: north).
MapSettings panned(MapSettings view, int dx, int dy)
{
    const GeoBox visible = view.visibleExtent();
    const double unitsPerPixel = visible.width() / view.outputSize.width();
    view.extent = GeoBox::fromCorners(visible.xMin + dx * unitsPerPixel, visible.yMin + dy * unitsPerPixel, visible.xMax + dx * unitsPerPixel,
                                      visible.yMax + dy * unitsPerPixel);
    return view;
}

} // namespace

// A view inside the rendered margin is cut from it: the same map as rendering that view, and a
// pan of 10 % needs no render at all.
TEST(ViewComposer, APanWithinTheMarginIsCutFromTheBaseAsARenderWouldDrawIt)
{
    MapSettings view = prdSettings(QSize(960, 540));
    view.drawLabels = false;  // labels are placed per view: compared on their own below
    const RenderedBase base = baseFor(view, 0.25);
    ASSERT_FALSE(base.isNull());
    EXPECT_EQ(base.image.size(), QSize(1440, 810));
    for (const auto &[dx, dy] : {std::pair{0, 0}, std::pair{96, 0}, std::pair{-96, 54}, std::pair{0, -130}}) {
        const MapSettings moved = panned(view, dx, dy);
        const auto offset = viewOffsetIn(base, moved);
        ASSERT_TRUE(offset.has_value()) << dx << "," << dy;
        GeoBox extent;
        const QImage cut = composeView(base, moved, *offset, &extent);
        MapRenderJob direct(moved);
        rendered(direct);
        EXPECT_LT(differingShare(cut, direct.image(), 40), 0.005) << dx << "," << dy;
        EXPECT_NEAR(extent.xMin, moved.visibleExtent().xMin, moved.visibleExtent().width() / 960.0);
    }
    // Beyond the margin, or at another scale: not from this base.
    EXPECT_FALSE(viewOffsetIn(base, panned(view, 300, 0)).has_value());
    MapSettings zoomed = view;
    zoomed.extent = view.visibleExtent().scaled(0.5);
    EXPECT_FALSE(viewOffsetIn(base, zoomed).has_value());
}

TEST(ViewComposer, LabelsArePlacedAgainForTheView)
{
    const MapSettings view = prdSettings(QSize(960, 540));
    const RenderedBase base = baseFor(view, 0.25);
    ASSERT_FALSE(base.labels.empty()) << "the districts offer their names";
    const MapSettings moved = panned(view, 120, 0);
    const QImage cut = composeView(base, moved, *viewOffsetIn(base, moved));
    MapSettings bare = moved;
    bare.drawLabels = false;
    bare.drawScaleBar = false;
    bare.drawNorthArrow = false;
    const QImage unlabelled = composeView(base, bare, *viewOffsetIn(base, bare));
    EXPECT_GT(differingShare(cut, unlabelled, 40), 0.002) << "labels, scale bar and north arrow drawn on the cut";
}

// The workspace's boundaries under the situation's layers are drawn once: a later render of the
// same frame starts from their image and draws only the layers above, and looks the same.
TEST(MapRenderJob, AKeptUnderlayIsReusedForTheSameFrameAndPrefixOnly)
{
    MapSettings settings = prdSettings(QSize(960, 540));
    const int all = int(settings.layers.size());
    ASSERT_GE(all, 3);
    settings.cacheablePrefix = all - 1;  // the top boundary layer plays the part of a situation layer
    MapRenderJob first(settings);
    rendered(first);
    const auto underlay = first.underlay();
    ASSERT_TRUE(underlay);
    EXPECT_EQ(first.renderedLayerCount(), std::size_t(all));

    MapRenderJob again(settings, underlay);
    rendered(again);
    EXPECT_EQ(again.renderedLayerCount(), 1u) << "only the layer above the kept boundaries";
    EXPECT_LT(differingShare(again.image(), first.image(), 8), 0.001);
    EXPECT_EQ(again.underlay(), underlay) << "still the same boundaries";

    // Another frame, or another layer among the boundaries: drawn from nothing.
    MapSettings moved = settings;
    moved.extent = settings.visibleExtent().scaled(0.8);
    MapRenderJob elsewhere(moved, underlay);
    rendered(elsewhere);
    EXPECT_EQ(elsewhere.renderedLayerCount(), std::size_t(all));
    MapSettings replaced = settings;
    auto fresh = test::boundaryLayers();
    ASSERT_TRUE(fresh.ok());
    replaced.layers[0] = fresh->front();
    MapRenderJob changed(replaced, underlay);
    rendered(changed);
    EXPECT_EQ(changed.renderedLayerCount(), std::size_t(all));
    EXPECT_LT(differingShare(changed.image(), first.image(), 8), 0.001);
}

// Within the budget, each layer above the boundaries is kept alone: a render in which only one
// of them is a new object draws that one only; over the budget they are drawn together again.
TEST(MapRenderJob, OnlyTheLayerThatChangedIsDrawnAgain)
{
    MapSettings settings = prdSettings(QSize(960, 540));
    const int all = int(settings.layers.size());
    settings.cacheablePrefix = all - 2;  // two boundary layers play the part of situation layers
    settings.layerImageBudget = 64LL << 20;
    MapRenderJob first(settings);
    rendered(first);
    ASSERT_TRUE(first.underlay());
    EXPECT_EQ(first.underlay()->above.size(), 2u);

    MapRenderJob same(settings, first.underlay());
    rendered(same);
    EXPECT_EQ(same.renderedLayerCount(), 0u) << "nothing new: every image kept";
    EXPECT_LT(differingShare(same.image(), first.image(), 8), 0.001);

    auto fresh = test::boundaryLayers();
    ASSERT_TRUE(fresh.ok());
    MapSettings oneNew = settings;
    oneNew.layers[all - 1] = fresh->back();  // a new object for the top layer
    MapRenderJob changed(oneNew, same.underlay());
    rendered(changed);
    EXPECT_EQ(changed.renderedLayerCount(), 1u) << "only the layer that is a new object";
    EXPECT_LT(differingShare(changed.image(), first.image(), 8), 0.001);

    MapSettings tight = oneNew;
    tight.layerImageBudget = 1;
    MapRenderJob overBudget(tight, changed.underlay());
    rendered(overBudget);
    EXPECT_EQ(overBudget.renderedLayerCount(), 2u) << "over the budget: the layers above drawn together";
}

// A presenter's new object of the same content draws the same: the map keeps the old one.
TEST(VectorLayer, ANewObjectOfTheSameContentIsTheSameContent)
{
    auto a = test::boundaryLayers();
    auto b = test::boundaryLayers();
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_TRUE(a->front()->sameContentAs(*b->front()));
    EXPECT_FALSE(a->front()->sameContentAs(*b->back()));
}

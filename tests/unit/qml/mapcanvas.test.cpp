// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The desk map keeps its work: a pan within the rendered margin is cut from the last render at
// once (no render job), a pan beyond it or a layer change renders again.
#include "mapcanvas.h"
#include "maplayermodel.h"

#include "tests/support/boundarylayers.h"

#include <QElapsedTimer>
#include <QQuickWindow>

#include <gtest/gtest.h>

using namespace lookout;

namespace {

bool settle(qml::MapCanvas &canvas)
{
    QElapsedTimer clock;
    clock.start();
    while (!canvas.isSettled() && clock.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return canvas.isSettled();
}

} // namespace

TEST(MapCanvas, APanWithinTheMarginRendersNothingAndALayerChangeRendersAgain)
{
    auto layers = test::boundaryLayers();
    ASSERT_TRUE(layers.ok());
    qml::MapLayerModel model;
    for (const auto &layer : *layers)
        model.appendLayer(layer, qml::MapLayerInfo{});
    QQuickWindow window;
    window.resize(960, 540);
    qml::MapCanvas canvas(window.contentItem());
    canvas.setSize(QSizeF(960, 540));
    canvas.setInteractive(true);
    canvas.setLayers(&model);
    canvas.setHomeExtent(QRectF(111.85, 21.45, 2.1, 1.5));
    ASSERT_TRUE(settle(canvas));
    const int renders = canvas.property("renderCount").toInt();

    // 10 % of the width: inside the 25 % margin. Shown at once, cut from the base; once it rests
    // the labels are placed for the view, still without a render.
    canvas.panByPixels(96, 0);
    EXPECT_FALSE(canvas.isRendering());
    ASSERT_TRUE(settle(canvas));
    EXPECT_EQ(canvas.property("renderCount").toInt(), renders);

    // Beyond the margin: a render.
    canvas.panByPixels(600, 0);
    EXPECT_FALSE(canvas.isSettled());
    ASSERT_TRUE(settle(canvas));
    EXPECT_EQ(canvas.property("renderCount").toInt(), renders + 1);

    // A layer change: the base is no base any more.
    model.appendLayer((*layers).front(), qml::MapLayerInfo{});
    EXPECT_FALSE(canvas.isSettled());
    ASSERT_TRUE(settle(canvas));
    EXPECT_EQ(canvas.property("renderCount").toInt(), renders + 2);
    canvas.panByPixels(-50, 30);
    EXPECT_FALSE(canvas.isRendering());
    ASSERT_TRUE(settle(canvas));
    EXPECT_EQ(canvas.property("renderCount").toInt(), renders + 2);
}

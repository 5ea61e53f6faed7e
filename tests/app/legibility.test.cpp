// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The wall's legibility rule (qml/Lookout/App/legibility.h): the item-tree walk finds a text drawn
// below a fortieth of the height, counting scale, and only texts a person could see.
#include "legibility.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>

#include <gtest/gtest.h>

#include <memory>

using namespace lookout;

TEST(Legibility, FindsOnlyTheVisibleTextsDrawnBelowAFortiethOfTheWall)
{
    QQmlEngine engine;
    QQmlComponent component(&engine);
    component.setData(R"(import QtQuick
Window {
    width: 3840; height: 2160; visible: true
    Text { text: "readable from 10 m"; font.pixelSize: 60 }
    Text { y: 100; text: "too small"; font.pixelSize: 30 }
    Text { y: 200; text: "hidden"; font.pixelSize: 10; visible: false }
    Item { y: 300; opacity: 0; Text { text: "transparent"; font.pixelSize: 10 } }
    Text { x: 5000; text: "off the wall"; font.pixelSize: 10 }
    Text { y: 400; text: "   "; font.pixelSize: 10 }
    Item { y: 500; scale: 2; transformOrigin: Item.TopLeft; Text { text: "scaled up"; font.pixelSize: 30 } }
    Item { y: 700; scale: 0.5; transformOrigin: Item.TopLeft; Text { text: "scaled down"; font.pixelSize: 80 } }
})",
                      QUrl());
    std::unique_ptr<QObject> object(component.create());
    auto *window = qobject_cast<QQuickWindow *>(object.get());
    ASSERT_NE(window, nullptr) << component.errorString().toStdString();
    const QList<qml::ShownText> small = qml::textsSmallerThan(window->contentItem(), 2160 * qml::kWallLegibleFraction);
    ASSERT_EQ(small.size(), 2);
    EXPECT_EQ(small[0].text, QStringLiteral("too small"));
    EXPECT_DOUBLE_EQ(small[0].pixelSize, 30);
    EXPECT_EQ(small[1].text, QStringLiteral("scaled down"));
    EXPECT_DOUBLE_EQ(small[1].pixelSize, 40);
}

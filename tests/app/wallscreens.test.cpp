// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The wall on several screens, as the real executable opens its windows: Qt's offscreen platform
// is given the screens in a file (offscreen:configfile=…), the wall runs as on a display, and
// `--snapshot` captures each window once its maps are drawn and says where it is.
#include "lookoutprocess.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using lookout::test::ProcessRun;
using lookout::test::runLookout;
using lookout::test::suiteHome;

namespace {

struct Screen {
    QString name;
    QRect geometry;
};

struct Window {
    QString screen;
    QRect geometry;
    QString part;  // "wall map", "wall board", "wall all"
    QImage image;
};

// Runs the Mangkhut wall on these screens and returns its windows, in the order printed.
QList<Window> openWall(const QList<Screen> &screens, const QString &mode)
{
    QJsonArray list;
    for (const Screen &screen : screens)
        list.append(QJsonObject{{QStringLiteral("name"), screen.name},
                                {QStringLiteral("x"), screen.geometry.x()},
                                {QStringLiteral("y"), screen.geometry.y()},
                                {QStringLiteral("width"), screen.geometry.width()},
                                {QStringLiteral("height"), screen.geometry.height()}});
    const QString config = suiteHome().filePath(QStringLiteral("screens-%1.json").arg(mode));
    QFile file(config);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("screens"), list}}).toJson());
    file.close();
    const QString directory = suiteHome().filePath(QStringLiteral("snapshot-%1-%2").arg(mode).arg(screens.size()));
    const ProcessRun run = runLookout({QStringLiteral("--view"), QStringLiteral("wall"), QStringLiteral("--screens"), mode, QStringLiteral("--at"),
                                       QStringLiteral("2018-09-16T00:00Z"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--snapshot"),
                                       directory, QStringLiteral("--legibility")},
                                      suiteHome(), {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen:configfile=") + config}});
    EXPECT_EQ(run.exitCode, 0) << "every window's text is readable from 10 m\n" << run.out.toStdString() << run.err.toStdString();
    static const QRegularExpression pattern(QStringLiteral("^window \\d+: screen (\\S+), (\\d+)x(\\d+)\\+(\\d+)\\+(\\d+), (wall \\w+) -> (.+\\.png)$"));
    QList<Window> windows;
    for (const QString &line : run.out.split(QLatin1Char('\n'))) {
        const auto match = pattern.match(line);
        if (match.hasMatch())
            windows.append({match.captured(1),
                            QRect(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(2).toInt(), match.captured(3).toInt()),
                            match.captured(6), QImage(match.captured(7))});
    }
    return windows;
}

const Screen kLeft{QStringLiteral("left-4k"), QRect(0, 0, 3840, 2160)};
const Screen kRight{QStringLiteral("right-4k"), QRect(3840, 0, 3840, 2160)};

} // namespace

// Two 4K screens side by side, one window each: the map and its header on the first screen, the
// key figures and the focus on the second, each filling its screen.
TEST(WallScreens, EachScreenHasItsOwnWindowAndPart)
{
    const QList<Window> windows = openWall({kLeft, kRight}, QStringLiteral("each"));
    ASSERT_EQ(windows.size(), 2);
    EXPECT_EQ(windows[0].screen, kLeft.name);
    EXPECT_EQ(windows[0].geometry, kLeft.geometry);
    EXPECT_EQ(windows[0].part, QStringLiteral("wall map"));
    EXPECT_EQ(windows[1].screen, kRight.name);
    EXPECT_EQ(windows[1].geometry, kRight.geometry);
    EXPECT_EQ(windows[1].part, QStringLiteral("wall board"));
    for (const Window &window : windows)
        EXPECT_EQ(window.image.size(), QSize(3840, 2160)) << window.part.toStdString();
    EXPECT_NE(windows[0].image, windows[1].image);
}

// The first screen need not be the leftmost, and screens differ: a 4K map screen in the middle,
// an HD screen to its left and lower down, a 4K screen to its right. The map goes to the first
// screen where it is; each other screen gets the key figures at its own size.
TEST(WallScreens, TheFirstScreenIsFoundWhereverItIs)
{
    const Screen map{QStringLiteral("map-4k"), QRect(1920, 0, 3840, 2160)};
    const Screen side{QStringLiteral("side-hd"), QRect(0, 540, 1920, 1080)};
    const Screen right{QStringLiteral("right-4k"), QRect(5760, 0, 3840, 2160)};
    const QList<Window> windows = openWall({map, side, right}, QStringLiteral("each"));
    ASSERT_EQ(windows.size(), 3);
    QHash<QString, Window> byScreen;
    for (const Window &window : windows)
        byScreen.insert(window.screen, window);
    EXPECT_EQ(byScreen.value(map.name).part, QStringLiteral("wall map"));
    EXPECT_EQ(byScreen.value(map.name).geometry, map.geometry);
    EXPECT_EQ(byScreen.value(side.name).part, QStringLiteral("wall board"));
    EXPECT_EQ(byScreen.value(side.name).geometry, side.geometry);
    EXPECT_EQ(byScreen.value(side.name).image.size(), QSize(1920, 1080));
    EXPECT_EQ(byScreen.value(right.name).part, QStringLiteral("wall board"));
    EXPECT_EQ(byScreen.value(right.name).geometry, right.geometry);
}

// One frameless window over all the screens, its layout chosen for the whole (7680×2160: three
// columns of tiles); and the default, one window on the first screen.
TEST(WallScreens, OneWindowSpansAllScreensOrSitsOnTheFirst)
{
    QList<Window> windows = openWall({kLeft, kRight}, QStringLiteral("span"));
    ASSERT_EQ(windows.size(), 1);
    EXPECT_EQ(windows[0].geometry, QRect(0, 0, 7680, 2160));
    EXPECT_EQ(windows[0].part, QStringLiteral("wall all"));
    EXPECT_EQ(windows[0].image.size(), QSize(7680, 2160));
    windows = openWall({kLeft, kRight}, QStringLiteral("one"));
    ASSERT_EQ(windows.size(), 1);
    EXPECT_EQ(windows[0].screen, kLeft.name);
    EXPECT_EQ(windows[0].geometry.size(), QSize(3840, 2160));
    EXPECT_EQ(windows[0].part, QStringLiteral("wall all"));
}

// --snapshot is for views on a display; a render has --out.
TEST(WallScreens, SnapshotBelongsToTheViewsOnADisplay)
{
    const ProcessRun run = runLookout({QStringLiteral("render"), QStringLiteral("--view"), QStringLiteral("wall"), QStringLiteral("--out"),
                                       suiteHome().filePath(QStringLiteral("x.png")), QStringLiteral("--snapshot"), suiteHome().path()},
                                      suiteHome());
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--snapshot belongs to"))) << run.err.toStdString();
}

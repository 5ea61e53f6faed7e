// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The wall read from 10 m, as the real executable renders it: every demo replay, each focus of
// the Mangkhut tour and the common wall sizes and screen parts, with nothing a person could see
// drawn below a fortieth of the height (`render --legibility` walks the item tree and exits 3).
#include "lookoutprocess.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using lookout::test::ProcessRun;
using lookout::test::runLookout;
using lookout::test::suiteHome;

namespace {

// Renders the wall (with --focus each: one image per focus with content) and expects every
// image written at its size, with no text below the rule. Returns the images' names.
QStringList expectLegible(const QStringList &extra, const QString &size = QStringLiteral("3840x2160"), const QString &lang = QStringLiteral("en"))
{
    const QString out = suiteHome().filePath(QStringLiteral("wall.png"));
    const ProcessRun run = runLookout(QStringList{QStringLiteral("render"), QStringLiteral("--view"), QStringLiteral("wall"), QStringLiteral("--legibility"),
                                                  QStringLiteral("--size"), size, QStringLiteral("--lang"), lang, QStringLiteral("--out"), out}
                                          + extra,
                                      suiteHome());
    // A moment whose tour has no stop (only the tiles: the live demo, the Macao signal) is said so.
    if (extra.contains(QStringLiteral("each")) && run.exitCode == 1 && run.err.contains(QStringLiteral("no focus has anything to show")))
        return {};
    EXPECT_EQ(run.exitCode, 0) << extra.join(QLatin1Char(' ')).toStdString() << " " << size.toStdString() << " " << lang.toStdString() << "\n"
                               << run.out.toStdString() << run.err.toStdString();
    const QStringList wh = size.split(QLatin1Char('x'));
    QStringList images;
    for (const QString &line : run.out.split(QLatin1Char('\n')))
        if (line.endsWith(QLatin1String(".png"))) {
            EXPECT_EQ(QImage(line).size(), QSize(wh[0].toInt(), wh[1].toInt())) << line.toStdString();
            QFile::remove(line);
            images << QFileInfo(line).fileName();
        }
    EXPECT_FALSE(images.isEmpty()) << run.out.toStdString();
    return images;
}

} // namespace

// The replays scripts/demo shows on the wall, and the live picture: as each opens (a takeover,
// else the tour's first stop) and at every stop of its tour.
TEST(WallLegibility, EveryDemoReplayAndFocusIsReadableFromTenMetres)
{
    expectLegible({});
    int toured = expectLegible({QStringLiteral("--focus"), QStringLiteral("each")}).isEmpty() ? 0 : 1;
    for (const char *at : {"2018-09-16T00:00Z", "2018-09-16T03:00Z", "2023-09-03T06:00Z", "2025-04-12T22:30Z", "2019-01-23T06:00Z",
                           "2011-01-15T12:00Z", "2020-06-30T15:00Z"}) {
        expectLegible({QStringLiteral("--at"), QString::fromLatin1(at)});
        toured += expectLegible({QStringLiteral("--at"), QString::fromLatin1(at), QStringLiteral("--focus"), QStringLiteral("each")}).isEmpty() ? 0 : 1;
    }
    EXPECT_EQ(toured, 6) << "all but the live demo and the Macao signal (warnings only) have a tour";
    expectLegible({QStringLiteral("--at"), QStringLiteral("2018-09-16T00:00Z"), QStringLiteral("--focus"), QStringLiteral("each")},
                  QStringLiteral("3840x2160"), QStringLiteral("zh_CN"));
}

TEST(WallLegibility, EachFocusIsItsOwnImageAndAnEmptyOneIsRefused)
{
    EXPECT_EQ(expectLegible({QStringLiteral("--at"), QStringLiteral("2018-09-16T00:00Z"), QStringLiteral("--focus"), QStringLiteral("each")}),
              (QStringList{QStringLiteral("wall-typhoon.png"), QStringLiteral("wall-incidents.png"), QStringLiteral("wall-resources.png")}));
    // A focus with nothing to show then is refused, not rendered empty.
    const ProcessRun run = runLookout({QStringLiteral("render"), QStringLiteral("--view"), QStringLiteral("wall"), QStringLiteral("--at"),
                                       QStringLiteral("2018-09-16T00:00Z"), QStringLiteral("--focus"), QStringLiteral("water"), QStringLiteral("--out"),
                                       suiteHome().filePath(QStringLiteral("water.png"))},
                                      suiteHome());
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--focus water: nothing to show"))) << run.err.toStdString();
}

TEST(WallLegibility, CommonWallSizesAndOneScreensPartAreReadable)
{
    const QStringList mangkhut{QStringLiteral("--at"), QStringLiteral("2018-09-16T00:00Z")};
    expectLegible(mangkhut, QStringLiteral("7680x2160"));
    expectLegible(mangkhut, QStringLiteral("5760x3240"));
    expectLegible(mangkhut + QStringList{QStringLiteral("--wall-part"), QStringLiteral("map")});
    expectLegible(mangkhut + QStringList{QStringLiteral("--wall-part"), QStringLiteral("board")});
}

// The map's labels are drawn into its image, not as items: the map reports them and the rule
// counts them (the district names of the Mangkhut view are labels of the map alone).
TEST(WallLegibility, TheMapsOwnLabelsAreCounted)
{
    const ProcessRun run = runLookout({QStringLiteral("render"), QStringLiteral("--view"), QStringLiteral("wall"), QStringLiteral("--texts"),
                                       QStringLiteral("--legibility"), QStringLiteral("--at"), QStringLiteral("2018-09-16T00:00Z"),
                                       QStringLiteral("--out"), suiteHome().filePath(QStringLiteral("labels.png"))},
                                      suiteHome());
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    const QStringList lines = run.out.split(QLatin1Char('\n'));
    EXPECT_TRUE(lines.contains(QStringLiteral("text: 台山市"))) << run.out.toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral("text: 金湾区"))) << run.out.toStdString();
}

// A keyboard or presenter remote steers the tour of the real window: arrows step, space holds,
// a number chooses (the Mangkhut tour: 1 typhoon, 2 incidents, 3 resources).
TEST(WallLegibility, TheOperatorSteersTheTourWithKeys)
{
    const auto press = [](const QString &keys) {
        return runLookout({QStringLiteral("render"), QStringLiteral("--view"), QStringLiteral("wall"), QStringLiteral("--size"), QStringLiteral("1920x1080"),
                           QStringLiteral("--at"), QStringLiteral("2018-09-16T00:00Z"), QStringLiteral("--press"), keys, QStringLiteral("--out"),
                           suiteHome().filePath(QStringLiteral("keys.png"))},
                          suiteHome());
    };
    ProcessRun run = press(QStringLiteral("Right,Right,Space"));
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("wall focus: resources (paused)"))) << run.out.toStdString();
    run = press(QStringLiteral("3,PageDown"));
    EXPECT_TRUE(run.out.contains(QStringLiteral("wall focus: typhoon\n"))) << run.out.toStdString();
    run = press(QStringLiteral("2,Left,Left"));
    EXPECT_TRUE(run.out.contains(QStringLiteral("wall focus: resources\n"))) << run.out.toStdString();
    run = press(QStringLiteral("Escape"));
    EXPECT_EQ(run.exitCode, 2) << "an unknown key is refused";
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// Runs the real `lookout` executable the way the README, scripts/demo and a user do.
#include "tests/support/testdata.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct ProcessRun {
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessRun runLookout(const QStringList &arguments, const QTemporaryDir &home)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path());  // the demo workspace goes here
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());  // else Qt warns on stderr
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LOOKOUT_EXECUTABLE), arguments);
    EXPECT_TRUE(process.waitForFinished(240000)) << arguments.join(QLatin1Char(' ')).toStdString();
    ProcessRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;  // -2: crashed
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// Share of pixels that differ from the most common colour (the background).
double nonBackgroundShare(const QImage &image)
{
    QHash<QRgb, qint64> counts;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            ++counts[image.pixel(x, y)];
    qint64 most = 0;
    qint64 total = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        most = std::max(most, it.value());
        total += it.value();
    }
    return 1.0 - double(most) / double(total);
}

} // namespace

TEST(LookoutCli, RendersTheWallAndDeskFromTheDemoWorkspace)
{
    QTemporaryDir home;
    const QString wall = home.filePath(QStringLiteral("out/wall.png"));
    ProcessRun run = runLookout({QStringLiteral("render"), QStringLiteral("--view"), QStringLiteral("wall"), QStringLiteral("--size"),
                          QStringLiteral("1920x1080"), QStringLiteral("--out"), wall},
                         home);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out.trimmed(), wall);
    QImage image(wall);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1920, 1080));
    EXPECT_GT(nonBackgroundShare(image), 0.5);  // the map and panels, not an empty window
    // The demo workspace was created on first run, in the user's data folder.
    EXPECT_TRUE(QFileInfo::exists(home.filePath(QStringLiteral("Lookout/demo.gpkg"))));

    const QString desk = home.filePath(QStringLiteral("desk.png"));
    run = runLookout({QStringLiteral("render"), QStringLiteral("--view"), QStringLiteral("desk"), QStringLiteral("--size"),
                      QStringLiteral("1280x720"), QStringLiteral("--out"), desk,
                      QStringLiteral("--workspace"), home.filePath(QStringLiteral("Lookout/demo.gpkg"))},
                     home);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    image = QImage(desk);
    EXPECT_EQ(image.size(), QSize(1280, 720));
    EXPECT_GT(nonBackgroundShare(image), 0.5);
}

TEST(LookoutCli, WrongArgumentsGetOneLineAndNonZeroExit)
{
    QTemporaryDir home;
    const QList<QStringList> wrong = {
        {QStringLiteral("--frobnicate")},
        {QStringLiteral("render"), QStringLiteral("--view"), QStringLiteral("ceiling"), QStringLiteral("--out"), QStringLiteral("x.png")},
        {QStringLiteral("render"), QStringLiteral("--size"), QStringLiteral("big"), QStringLiteral("--out"), QStringLiteral("x.png")},
        {QStringLiteral("render"), QStringLiteral("--view"), QStringLiteral("wall")},
        {QStringLiteral("render"), QStringLiteral("--out"), QStringLiteral("wall.jpg")},
        {QStringLiteral("--at"), QStringLiteral("2018-09-16 00:00")},
    };
    for (const QStringList &arguments : wrong) {
        const ProcessRun run = runLookout(arguments, home);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(run.err.trimmed().count(QLatin1Char('\n')), 0) << run.err.toStdString();
        EXPECT_TRUE(run.err.startsWith(QStringLiteral("lookout: "))) << run.err.toStdString();
    }
}

TEST(LookoutCli, UnreadableWorkspaceIsAnErrorNotACrash)
{
    QTemporaryDir home;
    const QStringList paths = {
        home.filePath(QStringLiteral("missing.gpkg")),
        lookout::test::writeFile(home, QStringLiteral("garbage.gpkg"), QByteArray(10000, 'g')),
        lookout::test::writeFile(home, QStringLiteral("empty.gpkg"), {}),
    };
    for (const QString &path : paths) {
        const ProcessRun run = runLookout({QStringLiteral("render"), QStringLiteral("--out"), home.filePath(QStringLiteral("x.png")),
                                    QStringLiteral("--workspace"), path},
                                   home);
        EXPECT_EQ(run.exitCode, 1) << path.toStdString() << run.err.toStdString();
        EXPECT_TRUE(run.err.startsWith(QStringLiteral("lookout: cannot open workspace"))) << run.err.toStdString();
        EXPECT_EQ(run.err.trimmed().count(QLatin1Char('\n')), 0) << run.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(home.filePath(QStringLiteral("x.png"))));
    }
}

TEST(LookoutCli, VersionAndHelp)
{
    QTemporaryDir home;
    ProcessRun run = runLookout({QStringLiteral("--version")}, home);
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("lookout 0."))) << run.out.toStdString();
    run = runLookout({QStringLiteral("--help")}, home);
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("lookout render --view wall|desk")));
}

TEST(LookoutCli, InterfaceInChineseAndEnglish)
{
    QTemporaryDir home;
    ProcessRun run = runLookout({QStringLiteral("--self-test"), QStringLiteral("--lang"), QStringLiteral("zh_CN")}, home);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("self-test wall: ok (瞭望 — ")))  << run.out.toStdString();
    run = runLookout({QStringLiteral("--self-test"), QStringLiteral("--lang"), QStringLiteral("en")}, home);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("self-test desk: ok (Lookout — "))) << run.out.toStdString();
}

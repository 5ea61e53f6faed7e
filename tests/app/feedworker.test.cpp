// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// A live seat's feeds on their own thread: real files served on loopback are stored in the
// workspace by the feed thread's own connection, the health files record what was kept and
// refused, and the owner hears of each change on its own thread.
#include "feedworker.h"

#include "feeds/feedscheduler.h"
#include "situation/situationbuilder.h"
#include "situation/warningsituation.h"
#include "store/teampositionstore.h"
#include "store/workspace.h"
#include "tests/support/faulthttpserver.h"
#include "tests/support/testdata.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace lookout;

namespace {

feeds::FeedSource capSource(const char *id, const QString &url)
{
    feeds::FeedSource source;
    source.id = QString::fromLatin1(id);
    source.title = source.id;
    source.kind = feeds::FeedKind::Cap;
    source.url = url;
    source.intervalSeconds = 600;
    source.timeoutSeconds = 5;
    return source;
}

const feeds::SourceHealth *healthOf(const QList<feeds::SourceHealth> &health, const char *id)
{
    for (const feeds::SourceHealth &entry : health)
        if (entry.sourceId == QLatin1String(id))
            return &entry;
    return nullptr;
}

} // namespace

TEST(FeedWorker, StoresDeliveriesOnItsOwnThreadAndRefusesBadOnesWithTheReason)
{
    test::FaultHttpServer server;
    ASSERT_TRUE(server.isListening());
    server.route("/warning.xml", test::FaultResponse{.body = test::readBytes(test::sharedData(QStringLiteral("warnings/au-bom_warning.xml")))});
    const QByteArray whole = test::readBytes(test::sharedData(QStringLiteral("warnings/au-bom_warning.xml")));
    server.route("/cut.xml", test::FaultResponse{.body = whole.left(whole.size() / 2)});
    server.route("/page.xml", test::FaultResponse{.body = "<html><body>Service unavailable</body></html>", .contentType = "application/xml"});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("seat.gpkg"));
    const QDateTime created(QDate(2026, 11, 30), QTime(0, 0), QTimeZone::utc());
    auto workspace = store::Workspace::create(path, created);
    ASSERT_TRUE(workspace.ok()) << workspace.error().toString().toStdString();

    feeds::FeedConfig config;
    config.cacheDirectory = dir.filePath(QStringLiteral("feed-cache"));
    config.sources = {capSource("bom", server.url(QStringLiteral("/warning.xml"))), capSource("broken", server.url(QStringLiteral("/page.xml"))),
                      capSource("cut", server.url(QStringLiteral("/cut.xml")))};
    {
        app::FeedWorker worker(path, config);
        QSignalSpy changed(&worker, &app::FeedWorker::changed);
        QSignalSpy failed(&worker, &app::FeedWorker::ingestFailed);
        worker.start();
        // Every source answered, and the cut message was refused by the ingest.
        for (int i = 0; i < 100 && failed.isEmpty(); ++i)
            failed.wait(100);
        for (int i = 0; i < 20 && changed.size() < 4; ++i)
            changed.wait(100);
        EXPECT_GE(changed.size(), 3);
        ASSERT_EQ(failed.size(), 1);
        EXPECT_EQ(failed.front().at(0).toString(), QStringLiteral("cut"));
        EXPECT_TRUE(failed.front().at(1).toString().contains(QStringLiteral("line"))) << failed.front().at(1).toString().toStdString();
    }
    // The feed thread's connection stored the message; this thread's own connection reads it.
    auto registry = situation::buildWarningsPart(workspace->database(), QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(registry.ok()) << registry.error().toString().toStdString();
    EXPECT_EQ(registry->messagesKept, 1);
    const QList<feeds::SourceHealth> health = feeds::FeedScheduler::readHealth(config.cacheDirectory);
    const feeds::SourceHealth *bom = healthOf(health, "bom");
    ASSERT_NE(bom, nullptr);
    EXPECT_EQ(bom->accepted, 1);
    EXPECT_TRUE(bom->lastSuccess.isValid());
    const feeds::SourceHealth *broken = healthOf(health, "broken");
    ASSERT_NE(broken, nullptr);
    EXPECT_FALSE(broken->lastSuccess.isValid()) << "an HTML page is not a CAP message";
    EXPECT_FALSE(broken->lastError.isEmpty());
    const feeds::SourceHealth *cut = healthOf(health, "cut");
    ASSERT_NE(cut, nullptr);
    EXPECT_EQ(cut->rejected, 1);
    EXPECT_FALSE(cut->lastRejection.isEmpty());
}

TEST(FeedWorker, KeepsTheTeamsFixesFromAReplayedRealNmeaLogAndTheSituationShowsThemLiveThenStale)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("seat.gpkg"));
    auto workspace = store::Workspace::create(path, QDateTime(QDate(2026, 11, 30), QTime(0, 0), QTimeZone::utc()));
    ASSERT_TRUE(workspace.ok()) << workspace.error().toString().toStdString();
    feeds::FeedConfig config;
    config.cacheDirectory = dir.filePath(QStringLiteral("feed-cache"));
    config.positions = {{QStringLiteral("gps-1"), QStringLiteral("team-1"), test::testData(QStringLiteral("positions/qtpositioning-satelliteinfo-nmealog.txt")), 5}};
    {
        app::FeedWorker worker(path, config);
        QSignalSpy changed(&worker, &app::FeedWorker::changed);
        worker.start();
        // Replayed at its recorded pace, one fix a second: three fixes stored and heard of.
        for (int i = 0; i < 150 && changed.size() < 3; ++i)
            changed.wait(100);
        ASSERT_GE(changed.size(), 3);
    }
    // The log's fixes are of 3 March 2008 from 22:24:37 UTC, south of Brisbane.
    const QDateTime first(QDate(2008, 3, 3), QTime(22, 24, 37), QTimeZone::utc());
    auto track = store::TeamPositionStore(workspace->database()).track(QStringLiteral("team-1"), first, first.addSecs(3600));
    ASSERT_TRUE(track.ok()) << track.error().toString().toStdString();
    ASSERT_GE(track->size(), 3);
    EXPECT_EQ(track->front().at, first);
    EXPECT_NEAR(track->front().position.lat, -(27 + 34.33926 / 60), 1e-6);
    EXPECT_EQ(track->front().source, QStringLiteral("gps-1"));
    EXPECT_LT(track->back().position.lat, track->front().position.lat) << "the team moves south as fixes arrive";

    auto live = situation::buildSituation(workspace->database(), track->back().at.addSecs(60));
    ASSERT_TRUE(live.ok()) << live.error().toString().toStdString();
    ASSERT_EQ(live->resources.positions.size(), 1);
    EXPECT_EQ(live->resources.positions.front().team, QStringLiteral("team-1"));
    EXPECT_EQ(live->resources.positions.front().position, track->back().position) << "the latest fix is where it is";
    EXPECT_FALSE(live->resources.positions.front().stale);
    auto later = situation::buildSituation(workspace->database(), track->back().at.addSecs(6 * 60));
    ASSERT_TRUE(later.ok());
    EXPECT_TRUE(later->resources.positions.front().stale) << "no fix for 6 minutes of a 5-minute source: stale, never live";
    auto before = situation::buildSituation(workspace->database(), first.addSecs(-1));
    ASSERT_TRUE(before.ok());
    EXPECT_TRUE(before->resources.positions.isEmpty()) << "not known before its first fix";
}

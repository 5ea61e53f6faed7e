// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The feed scheduler against the loopback fault server, feeding a real workspace: every fault
// gets the right health entry, and what was stored before is intact afterwards.
#include "feeds/feedscheduler.h"
#include "incidents/warningregistry.h"
#include "store/ingest.h"
#include "store/hotspotstore.h"
#include "store/hydrologystore.h"
#include "store/rainfallstore.h"
#include "store/warningstore.h"
#include "tests/support/faulthttpserver.h"
#include "tests/support/testdata.h"

#include <QSignalSpy>
#include <QTest>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUrl>

#include <gtest/gtest.h>

using namespace lookout;
using namespace lookout::feeds;
using lookout::test::FaultHttpServer;
using lookout::test::FaultResponse;

namespace {

QByteArray warning(const char *file)
{
    return test::readBytes(test::sharedData(QStringLiteral("warnings/") + QString::fromLatin1(file)));
}

FeedSource source(const char *id, FeedKind kind, const QString &url, int timeoutSeconds = 2)
{
    FeedSource source;
    source.id = QString::fromLatin1(id);
    source.title = source.id;
    source.kind = kind;
    source.url = url;
    source.intervalSeconds = 60;
    source.timeoutSeconds = timeoutSeconds;
    source.maxBytes = 64 * 1024;
    return source;
}

const SourceHealth *healthOf(const QList<SourceHealth> &all, const char *id)
{
    for (const SourceHealth &health : all)
        if (health.sourceId == QLatin1String(id))
            return &health;
    return nullptr;
}

// An index in the NWS Atom shape that links two messages on the same server.
QByteArray atomIndex(const FaultHttpServer &server)
{
    return QStringLiteral(
               "<?xml version='1.0' encoding='UTF-8'?>\n"
               "<feed xmlns='http://www.w3.org/2005/Atom' xmlns:cap='urn:oasis:names:tc:emergency:cap:1.1'>\n"
               "<id>test-index</id><updated>2026-11-23T00:00:00Z</updated><title>index</title>\n"
               "<entry><id>a</id><updated>2025-04-13T05:52:12+08:00</updated><title>Macao</title><link href='%1'/></entry>\n"
               "<entry><id>b</id><updated>2003-06-11T20:56:00-07:00</updated><title>quake</title><link href='%2'/></entry>\n"
               "<entry><id>c</id><updated>2003-06-11T20:56:00-07:00</updated><title>gone</title><link href='%3'/></entry>\n"
               "</feed>\n")
        .arg(server.url(QStringLiteral("/msg/macao.xml")), server.url(QStringLiteral("/msg/quake.xml")),
             server.url(QStringLiteral("/msg/missing.xml")))
        .toUtf8();
}

} // namespace

class FeedSchedulerTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.isListening());
        ASSERT_TRUE(cache.isValid());
        auto created = store::Workspace::create(cache.filePath(QStringLiteral("w.gpkg")),
                                                QDateTime(QDate(2026, 11, 23), QTime(0, 0), QTimeZone::utc()));
        ASSERT_TRUE(created.ok());
        workspace = std::make_unique<store::Workspace>(std::move(created).value());
        // A warning already kept before the faults.
        ASSERT_TRUE(store::ingestPayload(*workspace, warning("de-dwd_update.xml"), QStringLiteral("earlier"),
                                         QDateTime::currentDateTimeUtc())
                        .ok());

        server.route("/ok.xml", FaultResponse{.body = warning("au-bom_warning.xml")});
        server.route("/500.xml", FaultResponse{.status = 500, .body = "boom", .contentType = "text/plain"});
        server.route("/hang.xml", FaultResponse{.body = warning("au-bom_warning.xml"), .hangMs = 5000});
        server.route("/drip.xml", FaultResponse{.body = warning("au-bom_warning.xml"), .dripBytesPerSecond = 300});
        server.route("/cut.xml", FaultResponse{.body = warning("au-bom_warning.xml"), .truncateAt = 500});
        server.route("/big.xml", FaultResponse{.body = warning("de-bbk-mowas_cancel_9lang.xml")});
        server.route("/html.xml", FaultResponse{.body = "<html><body>Service temporarily unavailable</body></html>",
                                                .contentType = "text/html"});
        server.route("/loop.xml", FaultResponse{.redirectTo = "/loop.xml"});
        server.route("/etag.xml", FaultResponse{.body = warning("is-imo_alert_en-is_polygon.xml"), .etag = "\"imo-1\""});
        server.route("/index.atom", FaultResponse{.body = atomIndex(server), .contentType = "application/atom+xml"});
        server.route("/msg/macao.xml", FaultResponse{.body = warning("mo-smg_monsoon_update_allclear_zh-pt-en.xml")});
        server.route("/msg/quake.xml", FaultResponse{.body = warning("chain2_oasis-cap12-appxA3_earthquake_update.xml")});

        config.cacheDirectory = cache.filePath(QStringLiteral("feed-cache"));
        config.sources = {
            source("ok", FeedKind::Cap, server.url(QStringLiteral("/ok.xml"))),
            source("error500", FeedKind::Cap, server.url(QStringLiteral("/500.xml"))),
            source("missing404", FeedKind::Cap, server.url(QStringLiteral("/nowhere.xml"))),
            source("hang", FeedKind::Cap, server.url(QStringLiteral("/hang.xml")), 1),
            source("drip", FeedKind::Cap, server.url(QStringLiteral("/drip.xml")), 1),
            source("truncated", FeedKind::Cap, server.url(QStringLiteral("/cut.xml"))),
            source("oversize", FeedKind::Cap, server.url(QStringLiteral("/big.xml"))),
            source("html", FeedKind::Cap, server.url(QStringLiteral("/html.xml"))),
            source("redirects", FeedKind::Cap, server.url(QStringLiteral("/loop.xml"))),
            source("etag", FeedKind::Cap, server.url(QStringLiteral("/etag.xml"))),
            source("index", FeedKind::CapIndex, server.url(QStringLiteral("/index.atom"))),
            source("track", FeedKind::TyphoonTrack,
                   QUrl::fromLocalFile(test::sharedData(QStringLiteral("typhoon/bwp262018.dat"))).toString()),
        };
    }

    // One round, each payload ingested into the workspace as the app does.
    QList<SourceHealth> runRound()
    {
        FeedScheduler scheduler(config);
        QObject::connect(&scheduler, &FeedScheduler::payloadReady,
                         [&](const QString &id, const QString &name, const QByteArray &bytes, const QDateTime &at) {
                             auto kept = store::ingestPayload(*workspace, bytes, name, at);
                             scheduler.recordOutcome(id, kept ? 1 : 0, kept ? 0 : 1, kept ? QString() : kept.error().toString());
                             ++payloads;
                         });
        QSignalSpy finished(&scheduler, &FeedScheduler::roundFinished);
        scheduler.runOnce();
        EXPECT_TRUE(finished.wait(20000));
        return scheduler.health();
    }

    FaultHttpServer server;
    QTemporaryDir cache;
    std::unique_ptr<store::Workspace> workspace;
    FeedConfig config;
    int payloads = 0;
};

TEST_F(FeedSchedulerTest, EveryFaultGetsItsHealthEntryAndStoredDataStays)
{
    const QList<SourceHealth> health = runRound();
    const std::pair<const char *, const char *> failures[] = {
        {"error500", "HTTP 500"}, {"missing404", "HTTP 404"}, {"hang", "timed out after 1 s"}, {"drip", "timed out after 1 s"},
        {"truncated", "truncated: 500 of"}, {"oversize", "body over the 64 KB limit"},
        {"html", "wrong content: text/html (unrecognised) is not a CAP message"}, {"redirects", "more than 5 redirects"}};
    for (const auto &[id, text] : failures) {
        const SourceHealth *entry = healthOf(health, id);
        ASSERT_NE(entry, nullptr) << id;
        EXPECT_EQ(entry->consecutiveFailures, 1) << id;
        EXPECT_TRUE(entry->lastError.contains(QString::fromUtf8(text))) << id << ": " << entry->lastError.toStdString();
        EXPECT_FALSE(entry->lastSuccess.isValid()) << id;
        EXPECT_EQ(entry->state(QDateTime::currentDateTimeUtc()), SourceHealth::State::Failing) << id;
        EXPECT_TRUE(entry->nextAttempt.isValid()) << id;
    }
    for (const char *id : {"ok", "etag", "index", "track"}) {
        const SourceHealth *entry = healthOf(health, id);
        ASSERT_NE(entry, nullptr) << id;
        EXPECT_EQ(entry->consecutiveFailures, 0) << id << entry->lastError.toStdString();
        EXPECT_TRUE(entry->lastSuccess.isValid()) << id;
        EXPECT_EQ(entry->state(QDateTime::currentDateTimeUtc()), SourceHealth::State::Fresh) << id;
    }
    // The index: two messages fetched and kept, the missing one counted as rejected.
    const SourceHealth *index = healthOf(health, "index");
    EXPECT_EQ(index->accepted, 2);
    EXPECT_EQ(index->rejected, 1);
    EXPECT_TRUE(index->lastRejection.contains(QStringLiteral("missing.xml"))) << index->lastRejection.toStdString();
    EXPECT_EQ(healthOf(health, "track")->accepted, 1);
    EXPECT_EQ(payloads, 5);  // ok, etag, 2 index messages, track

    // The workspace: the earlier warning and the new ones, nothing from the faulty sources.
    store::WarningStore warnings(workspace->database());
    EXPECT_EQ(warnings.count(), 5);  // dwd (earlier) + bom + imo + macao + quake
    auto messages = warnings.messages();
    ASSERT_TRUE(messages.ok());
    EXPECT_EQ(messages->front().alert.sender, QStringLiteral("opendata@dwd.de"));
}

TEST_F(FeedSchedulerTest, RestartKeepsTrueAgesAndUsesConditionalGet)
{
    runRound();
    const int etagRequests = server.requestCount("/etag.xml");
    const QList<SourceHealth> before = FeedScheduler::readHealth(config.cacheDirectory);
    const SourceHealth *etagBefore = healthOf(before, "etag");
    ASSERT_NE(etagBefore, nullptr);
    ASSERT_TRUE(etagBefore->lastChange.isValid());
    EXPECT_FALSE(FeedScheduler::lastGoodPayload(config.cacheDirectory, QStringLiteral("etag")).isEmpty());
    // The failing source kept no payload: the last good one is what stays.
    EXPECT_TRUE(FeedScheduler::lastGoodPayload(config.cacheDirectory, QStringLiteral("html")).isEmpty());

    // A new scheduler (a restart) on the same cache: the health it starts from is the one on
    // disk, and the second fetch of the ETag source is a 304 that changes nothing.
    payloads = 0;
    const QList<SourceHealth> after = runRound();
    EXPECT_EQ(server.requestCount("/etag.xml"), etagRequests + 1);
    const SourceHealth *etagAfter = healthOf(after, "etag");
    EXPECT_EQ(etagAfter->lastChange, etagBefore->lastChange);  // 304: not a new payload
    EXPECT_GT(etagAfter->lastSuccess, etagBefore->lastSuccess);
    // The index's messages were seen: only the one that failed is asked for again.
    EXPECT_EQ(server.requestCount("/msg/macao.xml"), 1);
    EXPECT_EQ(server.requestCount("/msg/missing.xml"), 2);
    // Failures accumulate across the restart.
    EXPECT_EQ(healthOf(after, "error500")->consecutiveFailures, 2);
    store::WarningStore warnings(workspace->database());
    EXPECT_EQ(warnings.count(), 5);  // the same messages again are not kept twice
}

TEST(FeedHealth, BackOffDoublesUpToTheIntervalWithJitter)
{
    EXPECT_DOUBLE_EQ(retryDelaySeconds(300, 1, 1.0), 30.0);
    EXPECT_DOUBLE_EQ(retryDelaySeconds(300, 2, 1.0), 60.0);
    EXPECT_DOUBLE_EQ(retryDelaySeconds(300, 4, 1.0), 240.0);
    EXPECT_DOUBLE_EQ(retryDelaySeconds(300, 5, 1.0), 300.0);
    EXPECT_DOUBLE_EQ(retryDelaySeconds(300, 50, 1.0), 300.0);
    EXPECT_DOUBLE_EQ(retryDelaySeconds(10, 1, 1.0), 10.0);
    EXPECT_DOUBLE_EQ(retryDelaySeconds(300, 1, 1.2), 36.0);
    EXPECT_DOUBLE_EQ(retryDelaySeconds(300, 1, 5.0), 36.0);  // jitter is bounded
    EXPECT_DOUBLE_EQ(retryDelaySeconds(300, 0, 1.0), 300.0);
}

TEST(FeedHealth, StatesAndJsonRoundTrip)
{
    const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::utc());
    SourceHealth health;
    health.sourceId = QStringLiteral("smg");
    health.intervalSeconds = 300;
    EXPECT_EQ(health.state(now), SourceHealth::State::NoData);
    health.lastSuccess = now.addSecs(-600);
    EXPECT_EQ(health.state(now), SourceHealth::State::Fresh);
    health.lastSuccess = now.addSecs(-1000);
    EXPECT_EQ(health.state(now), SourceHealth::State::Stale);
    health.consecutiveFailures = 2;
    health.lastError = QStringLiteral("HTTP 500 (http://x)");
    EXPECT_EQ(health.state(now), SourceHealth::State::Failing);
    const SourceHealth copy = SourceHealth::fromJson(health.toJson());
    EXPECT_EQ(copy.lastSuccess, health.lastSuccess);
    EXPECT_EQ(copy.consecutiveFailures, 2);
    EXPECT_EQ(copy.lastError, health.lastError);
}

TEST(FeedConfig, ReadsSourcesAndRefusesWrongFields)
{
    const QByteArray good = R"({"cacheDirectory": "cache", "sources": [
        {"id": "smg", "title": "澳门地球物理气象局", "kind": "cap-index", "url": "https://rss.smg.gov.mo/cap.xml", "interval": 120},
        {"id": "cma-bst", "kind": "track", "path": "data/CH2018BST.txt", "interval": 86400, "maxBytes": 5000000}]})";
    auto config = parseFeedConfig(good, QStringLiteral("/etc/lookout/feeds.json"));
    ASSERT_TRUE(config.ok()) << config.error().toString().toStdString();
    EXPECT_EQ(config->cacheDirectory, QStringLiteral("/etc/lookout/cache"));
    ASSERT_EQ(config->sources.size(), 2);
    EXPECT_EQ(config->sources[0].kind, FeedKind::CapIndex);
    EXPECT_EQ(config->sources[0].intervalSeconds, 120);
    EXPECT_EQ(config->sources[0].timeoutSeconds, 30);
    EXPECT_EQ(config->sources[1].url, QStringLiteral("file:///etc/lookout/data/CH2018BST.txt"));
    EXPECT_EQ(config->sources[1].maxBytes, 5000000);
    EXPECT_TRUE(config->positions.isEmpty());

    // Team position sources alone make a configuration too, configured like feeds.
    auto positions = parseFeedConfig(R"({"positions": [{"id": "gps-1", "team": "team-xz-1", "address": "tcp://10.0.0.5:10110"},
        {"id": "gps-2", "team": "team-dm-1", "path": "logs/dm1.nmea", "staleMinutes": 10}]})",
                                     QStringLiteral("/etc/lookout/feeds.json"));
    ASSERT_TRUE(positions.ok()) << positions.error().toString().toStdString();
    ASSERT_EQ(positions->positions.size(), 2);
    EXPECT_EQ(positions->positions[0].team, QStringLiteral("team-xz-1"));
    EXPECT_EQ(positions->positions[0].staleMinutes, 5);
    EXPECT_EQ(positions->positions[1].address, QStringLiteral("/etc/lookout/logs/dm1.nmea"));
    EXPECT_EQ(positions->positions[1].staleMinutes, 10);

    const std::pair<const char *, const char *> bad[] = {
        {R"({"sources": []})", "non-empty list"},
        {R"({"sources": [{"id": "A B", "kind": "cap", "url": "http://x"}]})", "\"id\" must be"},
        {R"({"sources": [{"id": "a", "kind": "rss", "url": "http://x"}]})", "\"kind\" must be"},
        {R"({"sources": [{"id": "a", "kind": "cap"}]})", "either \"url\" or \"path\""},
        {R"({"sources": [{"id": "a", "kind": "cap", "url": "ftp://x/y"}]})", "http, https or file"},
        {R"({"sources": [{"id": "a", "kind": "cap", "url": "http://x", "interval": 0}]})", "\"interval\""},
        {R"({"sources": [{"id": "a", "kind": "cap", "url": "http://x"}, {"id": "a", "kind": "cap", "url": "http://y"}]})", "used twice"},
        {R"({"sources": [{"id": "a", "kind": "cap", "url": "http://x"})", "feeds.json"},
        {R"({"positions": [{"id": "g", "address": "tcp://h:1"}]})", "\"team\" names"},
        {R"({"positions": [{"id": "g", "team": "t", "address": "udp://h:1"}]})", "tcp://host:port"},
        {R"({"positions": [{"id": "g", "team": "t"}]})", "either \"address\""},
        {R"({"positions": [{"id": "g", "team": "t", "path": "x.nmea", "staleMinutes": 0}]})", "staleMinutes"},
        {R"({"positions": {"id": "g"}})", "\"positions\" must be a list"},
    };
    for (const auto &[json, text] : bad) {
        auto refused = parseFeedConfig(QByteArray(json), QStringLiteral("feeds.json"));
        ASSERT_FALSE(refused.ok()) << json;
        EXPECT_NE(refused.error().toString().toStdString().find(text), std::string::npos) << refused.error().toString().toStdString();
    }
}

TEST(FeedSchedulerLifetime, ClosingWithFetchesUnderWayRecordsNoFailure)
{
    FaultHttpServer server;
    server.route("/feed.xml", FaultResponse{.body = warning("au-bom_warning.xml")});
    QTemporaryDir cache;
    FeedConfig config;
    config.cacheDirectory = cache.filePath(QStringLiteral("feed-cache"));
    config.sources = {source("slow", FeedKind::Cap, server.url(QStringLiteral("/feed.xml")), 30)};
    {
        FeedScheduler scheduler(config);
        QSignalSpy finished(&scheduler, &FeedScheduler::roundFinished);
        scheduler.runOnce();
        ASSERT_TRUE(finished.wait(10000));
    }
    // Now the server hangs, and the seat closes while the fetch is under way.
    server.route("/feed.xml", FaultResponse{.body = warning("au-bom_warning.xml"), .hangMs = 10000});
    {
        FeedScheduler scheduler(config);
        scheduler.start();
        QTest::qWait(150);
    }
    QCoreApplication::processEvents();
    const QList<SourceHealth> health = FeedScheduler::readHealth(config.cacheDirectory);
    ASSERT_EQ(health.size(), 1);
    EXPECT_TRUE(health.front().lastSuccess.isValid());
    EXPECT_EQ(health.front().consecutiveFailures, 0);
    EXPECT_TRUE(health.front().lastError.isEmpty()) << health.front().lastError.toStdString();
}

// Hotspots, water levels and rainfall grids through the same fetch path: real files served on
// loopback, one of each kind cut short or of the wrong kind.
TEST_F(FeedSchedulerTest, MonitoringFeedsKeepWhatArrivesWholeAndRefuseTheRest)
{
    auto shared = [](const char *path) { return test::readBytes(test::sharedData(QString::fromLatin1(path))); };
    const QByteArray levels = shared("water/cjh_yangtze_waterlevel_2020-06_gb18030.csv");
    server.route("/firms.csv", FaultResponse{.body = shared("fire/MODIS_C6_SouthEast_Asia_24h.csv"), .contentType = "text/csv"});
    server.route("/levels.csv", FaultResponse{.body = levels, .contentType = "text/csv"});
    server.route("/levels-cut.csv", FaultResponse{.body = levels, .contentType = "text/csv", .truncateAt = 4000});
    server.route("/gfs.grib2", FaultResponse{.body = shared("grids/gfs.t12z.pgrbf120.2p5deg.grib2"),
                                             .contentType = "application/octet-stream"});
    server.route("/not-water.xml", FaultResponse{.body = warning("au-bom_warning.xml")});
    auto big = [](FeedSource s) {
        s.maxBytes = 8 << 20;
        return s;
    };
    config.sources = {big(source("firms", FeedKind::Hotspots, server.url(QStringLiteral("/firms.csv")))),
                      big(source("levels", FeedKind::Water, server.url(QStringLiteral("/levels.csv")))),
                      big(source("levels-cut", FeedKind::Water, server.url(QStringLiteral("/levels-cut.csv")))),
                      big(source("gfs", FeedKind::RainfallGrid, server.url(QStringLiteral("/gfs.grib2")), 10)),
                      big(source("not-water", FeedKind::Water, server.url(QStringLiteral("/not-water.xml"))))};
    const QList<SourceHealth> health = runRound();
    for (const char *id : {"firms", "levels", "gfs"}) {
        const SourceHealth *entry = healthOf(health, id);
        ASSERT_NE(entry, nullptr) << id;
        EXPECT_EQ(entry->consecutiveFailures, 0) << id << ": " << entry->lastError.toStdString();
        EXPECT_EQ(entry->accepted, 1) << id << ": " << entry->lastRejection.toStdString();
    }
    EXPECT_TRUE(healthOf(health, "levels-cut")->lastError.contains(QStringLiteral("truncated")))
        << healthOf(health, "levels-cut")->lastError.toStdString();
    EXPECT_TRUE(healthOf(health, "not-water")->lastError.contains(QStringLiteral("is not a water-level file")))
        << healthOf(health, "not-water")->lastError.toStdString();
    // What arrived whole is in the workspace.
    const QDateTime day(QDate(2019, 1, 22), QTime(0, 0), QTimeZone::utc());
    EXPECT_EQ(store::HotspotStore(workspace->database()).between(day, day.addDays(2))->size(), 1661);
    auto water = store::HydrologyStore(workspace->database()).between(QDateTime(QDate(2020, 6, 1), QTime(), QTimeZone::utc()),
                                                                       QDateTime(QDate(2020, 7, 1), QTime(), QTimeZone::utc()));
    ASSERT_TRUE(water.ok());
    EXPECT_GT(water->river.size(), 1000);
    auto grids = store::RainfallStore(workspace->database()).between(QDateTime(QDate(2011, 1, 1), QTime(), QTimeZone::utc()),
                                                                      QDateTime(QDate(2011, 2, 1), QTime(), QTimeZone::utc()));
    ASSERT_TRUE(grids.ok());
    EXPECT_EQ(grids->size(), 1);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The warning and track tables of the workspace, with the real CAP messages and typhoon tracks.
#include "feeds/capparser.h"
#include "feeds/trackparsers.h"
#include "feeds/firmscsv.h"
#include "store/hotspotchunk.h"
#include "store/hotspotstore.h"
#include "store/sqlitejournal.h"
#include "store/trackstore.h"
#include "store/warningstore.h"
#include "store/workspace.h"
#include "tests/support/testdata.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace lookout;
using namespace lookout::store;

namespace {

const QDateTime kNow(QDate(2026, 11, 23), QTime(5, 0), QTimeZone::utc());

IncomingWarning incoming(const QString &file, const QDateTime &receivedAt = kNow)
{
    const QByteArray xml = test::readBytes(test::sharedData(QStringLiteral("warnings/") + file));
    auto alert = feeds::parseCapAlert(xml, file);
    EXPECT_TRUE(alert.ok()) << file.toStdString();
    return IncomingWarning{xml, alert ? *alert : feeds::CapAlert(), file, receivedAt};
}

Workspace newWorkspace(const QTemporaryDir &dir)
{
    auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.gpkg")), kNow);
    EXPECT_TRUE(workspace.ok()) << (workspace ? "" : workspace.error().toString().toStdString());
    return std::move(workspace).value();
}

} // namespace

TEST(WarningStore, KeepsEveryMessageOnceAndReadsItBack)
{
    QTemporaryDir dir;
    Workspace workspace = newWorkspace(dir);
    WarningStore store(workspace.database());
    QList<IncomingWarning> all;
    for (const QString &file : QDir(test::sharedData(QStringLiteral("warnings"))).entryList({QStringLiteral("*.xml")}))
        if (!file.startsWith(QLatin1String("feed_")))
            all.append(incoming(file));
    auto added = store.add(all);
    ASSERT_TRUE(added.ok()) << added.error().toString().toStdString();
    EXPECT_EQ(added->added, 18);
    EXPECT_EQ(added->alreadyKept, 0);
    // Fetching the same feed again stores nothing new.
    auto again = store.add(all);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->added, 0);
    EXPECT_EQ(again->alreadyKept, 18);
    EXPECT_EQ(store.count(), 18);

    auto messages = store.messages();
    ASSERT_TRUE(messages.ok());
    ASSERT_EQ(messages->size(), 18);
    for (const StoredWarning &message : *messages) {
        EXPECT_FALSE(message.xml.isEmpty());
        EXPECT_EQ(message.receivedAt, kNow);
    }
    // The original bytes are kept exactly (the Taiwan file's BOM included).
    bool sawBom = false;
    for (const StoredWarning &message : *messages)
        sawBom = sawBom || message.xml.startsWith("\xEF\xBB\xBF");
    EXPECT_TRUE(sawBom);
}

TEST(WarningStore, KnownAtAndAcknowledgements)
{
    QTemporaryDir dir;
    Workspace workspace = newWorkspace(dir);
    WarningStore store(workspace.database());
    const QDateTime early = kNow.addDays(-2);
    ASSERT_TRUE(store.add({incoming(QStringLiteral("chain1_oasis-cap11-appxA3_earthquake_alert.xml"), early),
                           incoming(QStringLiteral("chain2_oasis-cap12-appxA3_earthquake_update.xml"), kNow)})
                    .ok());
    EXPECT_EQ(store.messages(early)->size(), 1);
    EXPECT_EQ(store.messages(kNow)->size(), 2);
    EXPECT_EQ(store.messages(early.addSecs(-1))->size(), 0);

    const feeds::CapAlert first = store.messages()->front().alert;
    EXPECT_FALSE(store.acknowledge({first.sender, first.identifier, QString(), QStringLiteral("desk 1"), kNow, {}}).ok());
    EXPECT_EQ(store.acknowledge({QStringLiteral("nobody"), QStringLiteral("x"), QStringLiteral("王"), {}, kNow, {}}).error().code,
              Error::Code::NotFound);
    ASSERT_TRUE(store.acknowledge({first.sender, first.identifier, QStringLiteral("王值班"), QStringLiteral("desk 1"), kNow, {}}).ok());
    EXPECT_EQ(store.acknowledgements()->size(), 1);
    EXPECT_EQ(store.acknowledgements(early)->size(), 0);
    EXPECT_EQ(store.acknowledgements()->front().acknowledgedBy, QStringLiteral("王值班"));

    // Both messages and the acknowledgement are in the record, at their own times, and nothing
    // for the refused acknowledgements.
    SqliteJournal journal(workspace.database());
    auto entries = entriesKnownAt(journal, {});
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 3);
    EXPECT_EQ(entries->at(0).kind, kWarningReceivedKind);
    EXPECT_EQ(entries->at(0).at(), early);
    EXPECT_EQ(entries->at(0).user, kFeedsUser);
    EXPECT_EQ(entries->at(0).payloadObject().value(QStringLiteral("identifier")).toString(), first.identifier);
    EXPECT_EQ(entries->at(2).kind, kWarningAcknowledgedKind);
    EXPECT_EQ(entries->at(2).user, QStringLiteral("王值班"));
    EXPECT_EQ(entries->at(2).seat, QStringLiteral("desk 1"));
    EXPECT_TRUE(verifyJournal(journal)->ok());
}

TEST(WarningStore, ABatchIsAllOrNothing)
{
    QTemporaryDir dir;
    Workspace workspace = newWorkspace(dir);
    WarningStore store(workspace.database());
    ASSERT_TRUE(store.add({incoming(QStringLiteral("de-dwd_update.xml"))}).ok());
    // The second message of the batch cannot be stored (no receive time): the first must not stay.
    IncomingWarning good = incoming(QStringLiteral("mo-smg_monsoon_update_allclear_zh-pt-en.xml"));
    IncomingWarning bad = incoming(QStringLiteral("ch-alertswiss_status-Test.xml"));
    bad.receivedAt = QDateTime();  // NOT NULL received_at: the insert fails
    EXPECT_FALSE(store.add({good, bad}).ok());
    EXPECT_EQ(store.count(), 1);
    SqliteJournal journal(workspace.database());
    EXPECT_EQ(*journal.count(), 1) << "the record keeps only what the store kept";
}

TEST(WorkspaceSchema, AnOlderWorkspaceIsMigratedOnOpen)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.gpkg"));
    { (void)newWorkspace(dir); }
    QFile::rename(dir.filePath(QStringLiteral("w.gpkg")), path);
    // Turn it back into a schema-1 file with sqlite3, as an older Lookout wrote it.
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {path, test::beforeSpatialLayersSql(false) + QStringLiteral(
        "DROP TABLE lookout_cap_messages; DROP TABLE lookout_warning_acks; DROP TABLE lookout_typhoon_points; "
        "DROP TABLE lookout_typhoon_tracks; DROP TABLE lookout_hotspot_chunks; DROP TABLE lookout_hotspot_files; "
        "DROP TABLE lookout_st_stbprp_b; DROP TABLE lookout_st_river_r; DROP TABLE lookout_st_rsvr_r; DROP TABLE lookout_st_pptn_r; "
        "DROP TABLE lookout_st_rvfcch_b; DROP TABLE lookout_st_rsvrfsr_b; DROP TABLE lookout_rainfall_grids; DROP TABLE lookout_fire_weather; DROP TABLE lookout_journal; DROP TABLE lookout_divisions; "
        "DELETE FROM gpkg_contents WHERE table_name LIKE 'lookout_typhoon%' OR table_name = 'lookout_divisions' "
        "OR table_name LIKE 'lookout_cap%' OR table_name = 'lookout_warning_acks' OR table_name LIKE 'lookout_hotspot%' OR table_name LIKE 'lookout_st_%' OR table_name = 'lookout_rainfall_grids' OR table_name = 'lookout_fire_weather' OR table_name = 'lookout_journal'; "
        "UPDATE lookout_workspace SET value = '1' WHERE key = 'schema_version';")});
    ASSERT_TRUE(sqlite.waitForFinished());
    ASSERT_EQ(sqlite.exitCode(), 0) << sqlite.readAllStandardError().toStdString();

    auto reopened = Workspace::open(path);
    ASSERT_TRUE(reopened.ok()) << reopened.error().toString().toStdString();
    EXPECT_TRUE(reopened->database().hasTable(QStringLiteral("lookout_cap_messages")));
    EXPECT_TRUE(reopened->database().hasTable(QStringLiteral("lookout_journal")));
    EXPECT_EQ(reopened->setting(QStringLiteral("schema_version")), QString::number(kCurrentSchemaVersion));
    WarningStore store(reopened->database());
    EXPECT_TRUE(store.add({incoming(QStringLiteral("de-dwd_update.xml"))}).ok());
}

TEST(TrackStore, RoundTripAndKnownAt)
{
    QTemporaryDir dir;
    Workspace workspace = newWorkspace(dir);
    TrackStore store(workspace.database());
    auto wztf = feeds::parseWztfJson(test::readBytes(test::sharedData(QStringLiteral("typhoon/wztf_202309_Saola.json"))),
                                     QStringLiteral("saola.json"));
    auto atcf = feeds::parseAtcfBDeck(test::readBytes(test::sharedData(QStringLiteral("typhoon/bwp262018.dat"))),
                                      QStringLiteral("bwp262018.dat"));
    ASSERT_TRUE(wztf.ok());
    ASSERT_TRUE(atcf.ok());
    qint64 reported = 0;
    auto written = store.add(*wztf, QStringLiteral("saola.json"), kNow, [&](qint64 points) { reported = points; });
    ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();
    EXPECT_EQ(*written, 153);
    EXPECT_EQ(reported, 153);
    ASSERT_TRUE(store.add(*atcf, QStringLiteral("bwp262018.dat"), kNow).ok());
    // Importing again replaces rather than duplicates.
    ASSERT_TRUE(store.add(*atcf, QStringLiteral("bwp262018.dat"), kNow).ok());

    auto tracks = store.tracks();
    ASSERT_TRUE(tracks.ok()) << tracks.error().toString().toStdString();
    ASSERT_EQ(tracks->size(), 2);
    const feeds::TyphoonTrack &mangkhut = tracks->at(0).track;  // 2018 first
    const feeds::TyphoonTrack &original = atcf->front();
    ASSERT_EQ(mangkhut.points.size(), original.points.size());
    for (std::size_t i = 0; i < original.points.size(); ++i) {
        EXPECT_EQ(mangkhut.points[i].time, original.points[i].time);
        EXPECT_EQ(mangkhut.points[i].position, original.points[i].position);
        ASSERT_EQ(mangkhut.points[i].radii.size(), original.points[i].radii.size());
        for (std::size_t r = 0; r < original.points[i].radii.size(); ++r) {
            EXPECT_EQ(mangkhut.points[i].radii[r].label, original.points[i].radii[r].label);
            for (int q = 0; q < 4; ++q) {
                const double a = mangkhut.points[i].radii[r].quadrants[std::size_t(q)];
                const double b = original.points[i].radii[r].quadrants[std::size_t(q)];
                EXPECT_TRUE(a == b || (std::isnan(a) && std::isnan(b)));
            }
        }
    }
    const feeds::TyphoonTrack &saola = tracks->at(1).track;
    EXPECT_EQ(saola.localName, QStringLiteral("苏拉"));
    EXPECT_EQ(saola.forecasts.size(), 2u);
    EXPECT_EQ(saola.landfalls.size(), wztf->front().landfalls.size());

    // As known on 2018-09-16 00 UTC: Mangkhut up to then, Saola not yet.
    const QDateTime at(QDate(2018, 9, 16), QTime(0, 0), QTimeZone::utc());
    auto then = store.tracks(at);
    ASSERT_TRUE(then.ok());
    ASSERT_EQ(then->size(), 1);
    EXPECT_EQ(then->front().track.points.back().time, at);
    // Saola's forecasts were issued at its last point: not known a day before.
    auto beforeForecast = store.tracks(saola.points.back().time.addDays(-1));
    ASSERT_TRUE(beforeForecast.ok());
    EXPECT_TRUE(beforeForecast->back().track.forecasts.empty());
}

TEST(Statement, TimesAreBoundAsIsoUtcText)
{
    QTemporaryDir dir;
    Workspace workspace = newWorkspace(dir);
    auto statement = workspace.database().prepare(QStringLiteral("SELECT ?1"));
    ASSERT_TRUE(statement.ok());
    for (const QDateTime &time : {QDateTime(QDate(2018, 9, 16), QTime(9, 0), QTimeZone::utc()),
                                  QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59), QTimeZone::utc()),
                                  QDateTime(QDate(2000, 2, 29), QTime(12, 34, 56), QTimeZone::utc()),
                                  QDateTime(QDate(2017, 8, 23), QTime(12, 50), QTimeZone(8 * 3600)),
                                  QDateTime(QDate(1900, 3, 1), QTime(0, 0), QTimeZone::utc())}) {
        statement->bind(1, time);
        auto row = statement->step();
        ASSERT_TRUE(row.ok() && *row);
        EXPECT_EQ(statement->text(0), time.toUTC().toString(Qt::ISODate)) << time.toString(Qt::ISODate).toStdString();
        statement->reset();
    }
}

TEST(HotspotStore, KeepsEachDetectionOnceAndAnswersByTime)
{
    QTemporaryDir dir;
    Workspace workspace = newWorkspace(dir);
    HotspotStore store(workspace.database());
    auto viirs = feeds::parseFirmsCsv(test::readBytes(test::sharedData(QStringLiteral("fire/VNP14IMGTDL_NRT_SouthEast_Asia_24h.csv"))),
                                      QStringLiteral("viirs"));
    auto modis = feeds::parseFirmsCsv(test::readBytes(test::sharedData(QStringLiteral("fire/MODIS_C6_SouthEast_Asia_24h.csv"))),
                                      QStringLiteral("modis"));
    ASSERT_TRUE(viirs.ok() && modis.ok());
    auto first = store.add(viirs->hotspots, QStringLiteral("viirs"), kNow);
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    EXPECT_EQ(first->added, 5870);
    auto again = store.add(viirs->hotspots, QStringLiteral("viirs"), kNow);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->added, 0);
    EXPECT_EQ(again->alreadyKept, 5870);
    ASSERT_TRUE(store.add(modis->hotspots, QStringLiteral("modis"), kNow).ok());

    // The 24 h window of 2019-01-22 (UTC): what both files saw that day.
    const QDateTime day(QDate(2019, 1, 22), QTime(0, 0), QTimeZone::utc());
    auto known = store.between(day, day.addSecs(24 * 3600 - 1));
    ASSERT_TRUE(known.ok());
    int expected = 0;
    for (const auto *file : {&*viirs, &*modis})
        for (const feeds::Hotspot &h : file->hotspots)
            expected += h.time.date() == day.date() ? 1 : 0;
    EXPECT_EQ(known->size(), expected);
    EXPECT_TRUE(std::is_sorted(known->begin(), known->end(), [](const auto &a, const auto &b) { return a.time < b.time; }));
    const feeds::Hotspot &round = known->front();
    EXPECT_FALSE(round.instrument.isEmpty());
}

TEST(HotspotStore, ChunksKeepEveryFieldAndRefuseDamagedBytes)
{
    auto modis = feeds::parseFirmsCsv(test::readBytes(test::sharedData(QStringLiteral("fire/fire_archive_M6_96619.csv"))),
                                      QStringLiteral("archive"));
    ASSERT_TRUE(modis.ok());
    const QList<feeds::Hotspot> some = modis->hotspots.mid(0, 500);
    auto back = unpackHotspots(packHotspots(some));
    ASSERT_TRUE(back.ok()) << back.error().toString().toStdString();
    ASSERT_EQ(back->size(), some.size());
    for (qsizetype i = 0; i < some.size(); ++i) {
        const feeds::Hotspot &a = some.at(i), &b = back->at(i);
        ASSERT_EQ(a.time, b.time);
        ASSERT_EQ(a.position, b.position);
        ASSERT_EQ(a.instrument, b.instrument);
        ASSERT_EQ(a.satellite, b.satellite);
        ASSERT_EQ(a.version, b.version);
        ASSERT_EQ(a.confidence, b.confidence);
        ASSERT_EQ(a.confidencePercent, b.confidencePercent);
        ASSERT_EQ(a.brightness, b.brightness);
        ASSERT_EQ(a.brightness2, b.brightness2);
        ASSERT_EQ(a.frp, b.frp);
        ASSERT_EQ(a.scanKm, b.scanKm);
        ASSERT_EQ(a.trackKm, b.trackKm);
        ASSERT_EQ(a.day, b.day);
        ASSERT_EQ(a.type, b.type);
    }
    const QByteArray packed = packHotspots(some);
    EXPECT_EQ(unpackHotspots(packed.left(packed.size() - 7)).error().code, Error::Code::Corrupt);
    EXPECT_EQ(unpackHotspots(QByteArray("LHS2") + packed.mid(4)).error().code, Error::Code::Corrupt);
    // More than 255 distinct strings (say, versions) start a new chunk.
    QList<feeds::Hotspot> many = some.mid(0, 300);
    for (qsizetype i = 0; i < many.size(); ++i)
        many[i].version = QString::number(i);
    QList<const feeds::Hotspot *> pointers;
    for (const feeds::Hotspot &h : many)
        pointers.append(&h);
    const auto ranges = chunkRanges(pointers);
    ASSERT_EQ(ranges.size(), 2u);
    EXPECT_EQ(ranges.at(0).second, ranges.at(1).first);
    EXPECT_EQ(ranges.at(1).second, 300);
    EXPECT_TRUE(unpackHotspots(packHotspots(pointers.constData(), ranges.at(0).second)).ok());
}

TEST(HotspotStore, RowsOfAnOlderWorkspaceMoveIntoChunks)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.gpkg"));
    { (void)newWorkspace(dir); }
    // A schema-6 workspace with two detections in the old one-row-each table, as sqlite3 sees it.
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {path, test::beforeSpatialLayersSql(true) + QStringLiteral(
        "DROP TABLE lookout_hotspot_chunks; DROP TABLE lookout_divisions; "
        "DELETE FROM gpkg_contents WHERE table_name IN ('lookout_hotspot_chunks', 'lookout_divisions'); "
        "CREATE TABLE lookout_hotspots (id INTEGER PRIMARY KEY AUTOINCREMENT, time INTEGER NOT NULL, lon REAL NOT NULL, "
        "lat REAL NOT NULL, instrument TEXT NOT NULL, satellite TEXT, confidence INTEGER NOT NULL, confidence_percent INTEGER, "
        "brightness REAL, brightness2 REAL, frp REAL, scan_km REAL, track_km REAL, day INTEGER, type INTEGER, version TEXT, "
        "file_id INTEGER NOT NULL); "
        "INSERT INTO lookout_hotspot_files (id, source, received_at, rows) VALUES (1, 'old.csv', '2019-01-23T00:00:00Z', 2); "
        "INSERT INTO lookout_hotspots (time, lon, lat, instrument, satellite, confidence, confidence_percent, brightness, brightness2, "
        "frp, scan_km, track_km, day, type, version, file_id) VALUES "
        "(1548165600, 113.0681, 22.6342, 'VIIRS', 'N', 1, NULL, 330.5, 290.1, 5.6, 0.39, 0.36, 1, NULL, '1.0NRT', 1), "
        "(1548122400, 112.9, 22.7, 'MODIS', 'T', 2, 85, 320.0, 295.0, 12.5, 1.1, 1.0, 0, 0, '6.0NRT', 1); "
        "UPDATE lookout_workspace SET value = '6' WHERE key = 'schema_version';")});
    ASSERT_TRUE(sqlite.waitForFinished());
    ASSERT_EQ(sqlite.exitCode(), 0) << sqlite.readAllStandardError().toStdString();

    auto reopened = Workspace::open(path);
    ASSERT_TRUE(reopened.ok()) << reopened.error().toString().toStdString();
    EXPECT_FALSE(reopened->database().hasTable(QStringLiteral("lookout_hotspots")));
    auto moved = HotspotStore(reopened->database()).between(QDateTime::fromSecsSinceEpoch(1548000000, QTimeZone::utc()),
                                                             QDateTime::fromSecsSinceEpoch(1548200000, QTimeZone::utc()));
    ASSERT_TRUE(moved.ok()) << moved.error().toString().toStdString();
    ASSERT_EQ(moved->size(), 2);
    EXPECT_EQ(moved->at(0).instrument, QStringLiteral("MODIS")) << "oldest first";
    EXPECT_EQ(moved->at(0).confidencePercent, 85);
    EXPECT_EQ(moved->at(1).frp, 5.6);
    EXPECT_EQ(moved->at(1).confidencePercent, -1);
    EXPECT_EQ(moved->at(1).type, -1);
    // Schema 9 gave them a point layer too, with their attributes.
    auto points = reopened->database().prepare(QStringLiteral(
        "SELECT count(*), sum(confidence_percent), group_concat(confidence) FROM lookout_hotspot_points WHERE geom IS NOT NULL"));
    ASSERT_TRUE(points.ok());
    ASSERT_TRUE(points->step().value());
    EXPECT_EQ(points->integer(0), 2);
    EXPECT_EQ(points->integer(1), 85);
}

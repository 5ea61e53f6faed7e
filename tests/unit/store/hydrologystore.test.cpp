// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "analysis/waterlevels.h"
#include "store/hydrologystore.h"
#include "store/ingest.h"
#include "store/workspace.h"
#include "tests/support/testdata.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace lookout;
using namespace lookout::store;

namespace {

const QDateTime kNow(QDate(2026, 11, 23), QTime(5, 0), QTimeZone::utc());
// The end of the Changjiang table: 2020-06-30 23:00 Beijing time.
const QDateTime kTableEnd(QDate(2020, 6, 30), QTime(15, 0), QTimeZone::utc());

Workspace newWorkspace(const QTemporaryDir &dir)
{
    auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.gpkg")), kNow);
    EXPECT_TRUE(workspace.ok()) << (workspace ? "" : workspace.error().toString().toStdString());
    return std::move(workspace).value();
}

Result<IngestSummary> ingestShared(Workspace &workspace, const QString &file)
{
    return ingestPayload(workspace, test::readBytes(test::sharedData(QStringLiteral("water/") + file)), file, kNow);
}

template <typename Reading>
QList<Reading> of(const QList<Reading> &readings, const QString &stcd)
{
    QList<Reading> picked;
    for (const Reading &r : readings)
        if (r.stcd == stcd)
            picked.append(r);
    return picked;
}

} // namespace

TEST(HydrologyStore, ChangjiangLevelsAndThresholdsAnswerAsKnownAtATime)
{
    QTemporaryDir dir;
    Workspace workspace = newWorkspace(dir);
    auto levels = ingestShared(workspace, QStringLiteral("cjh_yangtze_waterlevel_2020-06_gb18030.csv"));
    ASSERT_TRUE(levels.ok()) << levels.error().toString().toStdString();
    EXPECT_EQ(levels->format, feeds::DataFormat::ChangjiangLevels);
    EXPECT_GT(levels->waterReadings, 1000);
    // The demo's copy gives the Three Gorges flood limit its period (0610..0910).
    const QString demoThresholds = test::packagingData(QStringLiteral("events/yangtze_thresholds.csv"));
    auto thresholds = ingestPayload(workspace, test::readBytes(demoThresholds), demoThresholds, kNow);
    ASSERT_TRUE(thresholds.ok()) << thresholds.error().toString().toStdString();
    EXPECT_EQ(thresholds->format, feeds::DataFormat::WaterThresholds);
    EXPECT_EQ(thresholds->thresholds, 6);

    HydrologyStore store(workspace.database());
    auto all = store.between(kTableEnd.addDays(-30), kTableEnd);
    ASSERT_TRUE(all.ok()) << all.error().toString().toStdString();
    EXPECT_EQ(all->riverThresholds.size(), 5);
    ASSERT_EQ(all->floodLimits.size(), 1);
    // The same reading as the reader gives, through the store: Three Gorges over its flood limit.
    const analysis::LevelState sanxia = analysis::evaluateReservoir(of(all->reservoirs, QStringLiteral("三峡水库")), all->floodLimits, kTableEnd);
    EXPECT_EQ(sanxia.status, analysis::LevelState::Status::OverFloodLimit);
    ASSERT_TRUE(sanxia.overFloodLimit);
    EXPECT_NEAR(*sanxia.overFloodLimit, 2.02, 0.005);

    // A replay a day earlier sees no reading after its clock.
    const QDateTime dayBefore = kTableEnd.addDays(-1);
    auto earlier = store.between(dayBefore.addDays(-1), dayBefore);
    ASSERT_TRUE(earlier.ok());
    EXPECT_FALSE(earlier->river.isEmpty());
    for (const feeds::RiverReading &r : earlier->river)
        EXPECT_LE(r.tm, dayBefore);
    EXPECT_LT(earlier->river.size(), all->river.size());

    // Ingesting the same file again replaces, it does not double.
    ASSERT_TRUE(ingestShared(workspace, QStringLiteral("cjh_yangtze_waterlevel_2020-06_gb18030.csv")).ok());
    auto again = store.between(kTableEnd.addDays(-30), kTableEnd);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->river.size(), all->river.size());
    EXPECT_EQ(again->reservoirs.size(), all->reservoirs.size());
}

TEST(HydrologyStore, UsgsFilesKeepTheirStationsAndPositions)
{
    QTemporaryDir dir;
    Workspace workspace = newWorkspace(dir);
    for (const char *file : {"usgs_01646500_dv_discharge.waterml2.xml", "usgs_02177000_dv_discharge.rdb",
                             "usgs_07335390_iv_reservoir_elevation.waterml1.xml"}) {
        auto kept = ingestShared(workspace, QString::fromLatin1(file));
        ASSERT_TRUE(kept.ok()) << file << ": " << kept.error().toString().toStdString();
        EXPECT_EQ(kept->stations, 1) << file;
        EXPECT_GT(kept->waterReadings, 0) << file;
    }
    auto all = HydrologyStore(workspace.database()).between(QDateTime(QDate(1900, 1, 1), QTime(), QTimeZone::utc()), kNow);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->stations.size(), 3);
    int positioned = 0;
    for (const feeds::StationInfo &station : all->stations)
        positioned += station.position ? 1 : 0;
    EXPECT_GE(positioned, 1);
}

// A multi-series USGS response never ends as "all readings flagged and dropped": its gage
// height is kept as the station's level.
TEST(HydrologyStore, MultiSeriesWaterMlKeepsTheGageHeight)
{
    QTemporaryDir dir;
    Workspace workspace = newWorkspace(dir);
    const QString file = test::testData(QStringLiteral("water/usgs_07335390_iv_multiseries.waterml1.xml"));
    auto kept = ingestPayload(workspace, test::readBytes(file), file, kNow);
    ASSERT_TRUE(kept.ok()) << kept.error().toString().toStdString();
    EXPECT_EQ(kept->readingsFlagged, 0);
    EXPECT_EQ(kept->seriesSkipped, 1);
    EXPECT_EQ(kept->waterReadings, 200);
    auto all = HydrologyStore(workspace.database()).between(QDateTime(QDate(2012, 10, 1), QTime(), QTimeZone::utc()), kNow);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->river.size(), 200);
    EXPECT_NEAR(*all->river.front().z, 448.08 * 0.3048, 1e-9);
}

TEST(HydrologyStore, BadRowsAndWrongFilesLeaveStoredReadingsIntact)
{
    QTemporaryDir dir;
    Workspace workspace = newWorkspace(dir);
    ASSERT_TRUE(ingestShared(workspace, QStringLiteral("yangtze_thresholds.csv")).ok());
    HydrologyStore store(workspace.database());
    const QDateTime from(QDate(2020, 1, 1), QTime(), QTimeZone::utc());
    auto before = store.between(from, kNow);
    ASSERT_TRUE(before.ok());

    // An SL 323 river table with a bad time on its third row: refused whole.
    const QByteArray bad = "STCD,TM,Z,Q\n60105400,2020-06-29 08:00:00,27.10,\n60105400,2020-06-29 09:00:00,27.12,\n"
                           "60105400,29/06/2020 10h,27.13,\n";
    auto refused = ingestPayload(workspace, bad, QStringLiteral("bad.csv"), kNow);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().toString().contains(QStringLiteral("bad.csv")));
    // A spike, a duplicate and negative rain are flagged, counted and dropped; the rest is kept.
    const QByteArray river = "STCD,TM,Z,Q\n60105400,2020-06-29 08:00:00,27.10,\n60105400,2020-06-29 09:00:00,27.12,\n"
                             "60105400,2020-06-29 09:00:00,27.12,\n60105400,2020-06-29 10:00:00,35.60,\n"
                             "60105400,2020-06-29 11:00:00,27.15,\n";
    auto kept = ingestPayload(workspace, river, QStringLiteral("river.csv"), kNow);
    ASSERT_TRUE(kept.ok()) << kept.error().toString().toStdString();
    EXPECT_EQ(kept->format, feeds::DataFormat::Sl323Csv);
    EXPECT_EQ(kept->waterReadings, 3);
    EXPECT_EQ(kept->readingsFlagged, 2);
    // Wrong columns: not taken for a water file at all.
    auto wrong = ingestPayload(workspace, "station,when,level\nA,2020-06-29,1\n", QStringLiteral("wrong.csv"), kNow);
    ASSERT_FALSE(wrong.ok());
    auto after = store.between(from, kNow);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->riverThresholds.size(), before->riverThresholds.size());
    EXPECT_EQ(after->river.size(), 3);
}

// Schema 7 and before wrote an undated flood limit as 0101..1231, a whole year; opened by this
// build, that row's period becomes unknown, and a dated one stays as it was.
TEST(HydrologyStore, UndatedFloodLimitsOfAnOlderWorkspaceLoseTheirWholeYear)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.gpkg"));
    { (void)newWorkspace(dir); }
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {path, test::beforeSpatialLayersSql(true) + QStringLiteral(
        "DROP TABLE lookout_divisions; DELETE FROM gpkg_contents WHERE table_name = 'lookout_divisions'; "
        "INSERT INTO lookout_st_rsvrfsr_b (stcd, bgmd, edmd, fsltdz, source) VALUES ('三峡水库', '0101', '1231', 145, 'old'), "
        "('R2', '0601', '0831', 20.5, 'old'); "
        "UPDATE lookout_workspace SET value = '7' WHERE key = 'schema_version';")});
    ASSERT_TRUE(sqlite.waitForFinished());
    ASSERT_EQ(sqlite.exitCode(), 0) << sqlite.readAllStandardError().toStdString();
    auto reopened = Workspace::open(path);
    ASSERT_TRUE(reopened.ok()) << reopened.error().toString().toStdString();
    auto all = HydrologyStore(reopened->database()).between(kTableEnd.addDays(-1), kTableEnd);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->floodLimits.size(), 2);
    for (const feeds::FloodLimitPeriod &period : all->floodLimits)
        EXPECT_EQ(period.periodKnown(), period.stcd == QStringLiteral("R2")) << period.stcd.toStdString();
}

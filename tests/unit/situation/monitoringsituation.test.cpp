// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The monitoring parts of the situation (a second typhoon, hotspots with a check, a rainfall
// grid) from real files, against committed golden JSON.
#include "situationfixture.h"

#include "incidents/incidentledger.h"
#include "situation/firesituation.h"
#include "store/divisionstore.h"
#include "feeds/divisionscsv.h"
#include "store/sqlitejournal.h"

using namespace lookout;
using test::SituationTest;
using test::utc;

// Typhoon Saola on 3 September 2023, 14:00 Beijing (the demo's second typhoon replay): landed
// near Zhuhai the night before; the 温州台风网 record only.
TEST_F(SituationTest, SaolaMatchesTheGoldenFile)
{
    importDistricts();
    ingest(test::sharedData(QStringLiteral("typhoon/wztf_202309_Saola.json")), QStringLiteral("wztf_202309_Saola.json"));
    const situation::Situation situation = situationAt(utc(2023, 9, 3, 6));
    ASSERT_EQ(situation.cyclones.storms.size(), 1);
    EXPECT_EQ(situation.cyclones.storms.front().view.name.toUpper(), QStringLiteral("SAOLA"));
    EXPECT_LE(situation.cyclones.storms.front().lastFix().time, utc(2023, 9, 3, 6));
    const QString difference = goldenDifference(situation, QStringLiteral("saola-2023-09-03.json"));
    EXPECT_TRUE(difference.isEmpty()) << difference.toStdString();
}

// FIRMS MODIS and VIIRS 24 h files of 23 January 2019 at 14:00 Beijing (the demo's fire replay):
// the detections on this map clustered into events in their districts; the event in 蓬江区 sent
// to 棠下镇 and found burning is that event's check in the situation, and only from when it was
// sent.
TEST_F(SituationTest, HotspotsWithTheirChecksMatchTheGoldenFile)
{
    importDistricts();
    for (const char *file : {"districts_4404_4407.csv", "towns_4404_4407.csv"}) {
        auto divisions = feeds::parseDivisionsCsv(test::readBytes(test::sharedData(QStringLiteral("divisions/") + QString::fromLatin1(file))),
                                                  QString::fromLatin1(file));
        ASSERT_TRUE(divisions.ok());
        ASSERT_TRUE(store::DivisionStore(m_workspace->database()).add(*divisions, QString::fromLatin1(file)).ok());
    }
    for (const char *file : {"MODIS_C6_SouthEast_Asia_24h.csv", "VNP14IMGTDL_NRT_SouthEast_Asia_24h.csv"})
        ingest(test::sharedData(QStringLiteral("fire/") + QString::fromLatin1(file)), QString::fromLatin1(file));
    const QDateTime at = utc(2019, 1, 23, 6);
    const situation::Situation before = situationAt(at);
    ASSERT_EQ(before.fire.state, situation::DataState::Reported);
    EXPECT_GT(before.fire.inFeed, before.fire.hotspots.size()) << "the feed covers South-East Asia; the map the bureau's area";
    const situation::FireEventSituation *penjiang = nullptr;
    for (const situation::FireEventSituation &fire : before.fire.events)
        if (fire.event.district == QStringLiteral("蓬江区"))
            penjiang = &fire;
    ASSERT_NE(penjiang, nullptr);
    EXPECT_EQ(penjiang->districtCode, QStringLiteral("440703"));
    EXPECT_FALSE(penjiang->towns.isEmpty()) << "the desk offers the district's towns";
    EXPECT_FALSE(penjiang->check.has_value());

    store::SqliteJournal journal(m_workspace->database());
    incidents::IncidentLedger ledger(journal);
    const analysis::FireEvent &event = penjiang->event;
    const incidents::CheckedEvent checked{event.centre, event.district, penjiang->districtCode, event.first, event.last,
                                          int(event.hotspots.size()), event.maxFrp};
    const AreaRef town = penjiang->towns.front();
    auto sent = ledger.act([&](const incidents::RecordState &state) {
        return state.followUps.sendCheck(checked, town, QString(), incidents::Actor{QStringLiteral("li.duty"), QStringLiteral("desk-2"), utc(2019, 1, 23, 3)});
    });
    ASSERT_TRUE(sent.ok()) << sent.error().toString().toStdString();
    ASSERT_TRUE(ledger.act([&](const incidents::RecordState &state) {
        return state.followUps.reportFinding(sent->sequence, incidents::CheckFinding::Burning, QStringLiteral("演练回报 (exercise)"),
                                             incidents::Actor{QStringLiteral("town (exercise role)"), QStringLiteral("town"), utc(2019, 1, 23, 4, 30)});
    }).ok());

    const situation::Situation earlier = situationAt(utc(2019, 1, 23, 2, 59));
    for (const situation::FireEventSituation &fire : earlier.fire.events)
        EXPECT_FALSE(fire.check.has_value()) << "not sent yet at 10:59 Beijing";
    const situation::Situation situation = situationAt(at);
    int checked_ = 0;
    for (const situation::FireEventSituation &fire : situation.fire.events)
        if (fire.check) {
            ++checked_;
            EXPECT_EQ(fire.event.district, QStringLiteral("蓬江区"));
            EXPECT_EQ(fire.town(), town.name);
            EXPECT_EQ(fire.check->finding, incidents::CheckFinding::Burning);
        }
    EXPECT_EQ(checked_, 1);
    const QString difference = goldenDifference(situation, QStringLiteral("hotspots-2019-01-23.json"));
    EXPECT_TRUE(difference.isEmpty()) << difference.toStdString();
}

// A check belongs to the event it was sent for: near its centre and overlapping its detections.
TEST(FireSituation, ACheckBelongsToTheEventNearItInSpaceAndTime)
{
    analysis::FireEvent event;
    event.centre = GeoPoint{113.07, 22.63};
    event.first = utc(2019, 1, 22, 14);
    event.last = utc(2019, 1, 23, 2);
    incidents::HotspotCheck near;
    near.position = GeoPoint{113.08, 22.64};  // about 1.5 km
    near.firstDetection = event.first;
    near.lastDetection = event.first;
    near.sentAt = utc(2019, 1, 22, 15);
    incidents::HotspotCheck later = near;
    later.sentAt = utc(2019, 1, 23, 3);
    incidents::HotspotCheck far = near;
    far.position = GeoPoint{113.2, 22.63};  // about 13 km
    far.sentAt = utc(2019, 1, 23, 4);
    incidents::HotspotCheck lastYear = near;
    lastYear.firstDetection = event.first.addDays(-365);
    lastYear.lastDetection = event.first.addDays(-365);
    lastYear.sentAt = utc(2019, 1, 23, 5);
    const auto found = situation::checkOf(event, {near, far, later, lastYear});
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->sentAt, later.sentAt) << "the latest of those near it in space and time";
    EXPECT_FALSE(situation::checkOf(event, {far, lastYear}).has_value());
}

// NCEP GFS 2.5° 6 h precipitation valid 15 January 2011, 20:00 Beijing (the demo's rain replay):
// only the 6 h window is covered; the 1, 3, 12 and 24 h windows say why not; the rainstorm signal
// is judged on the 6 h amount alone.
TEST_F(SituationTest, GfsRainfallMatchesTheGoldenFile)
{
    importDistricts();
    ingest(test::sharedData(QStringLiteral("grids/gfs.t12z.pgrbf120.2p5deg.grib2")), QStringLiteral("gfs.t12z.pgrbf120.2p5deg.grib2"));
    const situation::Situation situation = situationAt(utc(2011, 1, 15, 12));
    ASSERT_NE(situation.rainfall.state, situation::DataState::NoData);
    ASSERT_NE(situation.rainfall.shown(), nullptr);
    EXPECT_EQ(situation.rainfall.shown()->hours, 6);
    EXPECT_EQ(situation.rainfall.shown()->districts.size(), 10) << "Jiangmen's seven districts and Zhuhai's three";
    for (const situation::RainWindow &window : situation.rainfall.windows)
        EXPECT_EQ(bool(window.grid), window.hours == 6) << window.hours << " h: " << window.missing.toStdString();
    EXPECT_TRUE(situation.rainfall.signal.has_value());
    const situation::Situation before = situationAt(utc(2011, 1, 13, 11));
    EXPECT_EQ(before.rainfall.state, situation::DataState::NoData) << "a grid valid later is not known yet";
    const QString difference = goldenDifference(situation, QStringLiteral("gfs-rain-2011-01-15.json"));
    EXPECT_TRUE(difference.isEmpty()) << difference.toStdString();
}

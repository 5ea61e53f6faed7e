// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// Every trigger kind on the situation built from real files, at a time it holds and one it does not.
#include "incidents/incidentledger.h"
#include "store/sqlitejournal.h"
#include "tests/unit/plans/planfixture.h"

using namespace lookout;
using namespace lookout::test;

namespace {
const QString kZhuhaiPoint = QStringLiteral("[113.5767, 22.2707]");
} // namespace

TEST_F(PlanTest, StormDistanceFromTheLatestCmaFixAgainstAHandComputedDistance)
{
    importDivisions();
    ingest(test::sharedData(QStringLiteral("typhoon/CH2018BST.txt")), QStringLiteral("CH2018BST.txt"));
    // CMA best track, MANGKHUT 2018091600: 20.6N 115.4E, grade 5 (强台风 STY).
    const double km = handKm(115.4, 20.6, 113.5767, 22.2707);
    const QDateTime at = utc(2018, 9, 16, 0);
    auto [held, value] = holds(QStringLiteral("{storm-distance: {within_km: %1, of: {point: %2}}}").arg(km + 1).arg(kZhuhaiPoint), at);
    ASSERT_TRUE(held);
    EXPECT_NEAR(value.measured, km, 0.5);
    EXPECT_TRUE(value.subject.startsWith(QStringLiteral("MANGKHUT")));
    EXPECT_FALSE(holds(QStringLiteral("{storm-distance: {within_km: %1, of: {point: %2}}}").arg(km - 1).arg(kZhuhaiPoint), at).first);
    // The grade condition: STY holds, SuperTY does not.
    EXPECT_TRUE(holds(QStringLiteral("{storm-distance: {within_km: 400, of: {point: %1}, min_grade: STY}}").arg(kZhuhaiPoint), at).first);
    EXPECT_FALSE(holds(QStringLiteral("{storm-distance: {within_km: 400, of: {point: %1}, min_grade: SuperTY}}").arg(kZhuhaiPoint), at).first);
    // To an area: its nearest boundary, so nearer than to the city's centre; 0 once inside.
    auto [toArea, areaValue] = holds(QStringLiteral("{storm-distance: {within_km: 400, of: {area: \"4404\"}}}"), at);
    ASSERT_TRUE(toArea);
    EXPECT_LT(areaValue.measured, km);
    EXPECT_GT(areaValue.measured, km - 80);
    // 2018091609: 21.9N 112.5E, inland over Jiangmen (台山市): inside 4407.
    auto [inside, insideValue] = holds(QStringLiteral("{storm-distance: {within_km: 1, of: {area: \"4407\"}}}"), utc(2018, 9, 16, 9));
    EXPECT_TRUE(inside);
    EXPECT_EQ(insideValue.measured, 0.0);
}

TEST_F(PlanTest, StormForecastDistanceAlongTheAgenciesForecasts)
{
    importDivisions();
    ingest(test::sharedData(QStringLiteral("typhoon/wztf_202309_Saola.json")), QStringLiteral("wztf_202309_Saola.json"));
    const QDateTime at = utc(2023, 9, 3, 6);
    // JTWC and HKO forecast Saola at 19.5N 107.9E / 107.7E for 2023-09-04 06Z, 24 h ahead.
    auto [held, value] = holds(QStringLiteral("{storm-forecast-distance: {within_km: 30, within_hours: 24, of: {point: [107.9, 19.5]}}}"), at);
    ASSERT_TRUE(held);
    EXPECT_LT(value.measured, 30.0);
    EXPECT_TRUE(value.text.contains(QStringLiteral("forecast"))) << value.text.toStdString();
    EXPECT_FALSE(holds(QStringLiteral("{storm-forecast-distance: {within_km: 30, within_hours: 12, of: {point: [107.9, 19.5]}}}"), at).first);
}

TEST_F(PlanTest, WindCircleOverTheAreaNowAndNotTheStrongerCircle)
{
    importDivisions();
    for (const char *file : {"CH2018BST.txt", "wztf_201822_Mangkhut.json", "bwp262018.dat"})
        ingest(test::sharedData(QStringLiteral("typhoon/") + QString::fromLatin1(file)), QString::fromLatin1(file));
    const QDateTime at = utc(2018, 9, 16, 0);
    // 温州台风网's fix at 00Z: 7级 radii 500/450/400/350 km, 12级 60–80 km, 283 km from 香洲区.
    auto [held, value] = holds(QStringLiteral("{wind-circle: {threshold: force7, area: \"4404\"}}"), at);
    EXPECT_TRUE(held);
    EXPECT_TRUE(value.text.contains(QStringLiteral("7级"))) << value.text.toStdString();
    EXPECT_FALSE(holds(QStringLiteral("{wind-circle: {threshold: force12, area: \"4404\"}}"), at).first);
    // JTWC's own circles (the b-deck's R34), from a track other than the main one.
    EXPECT_TRUE(holds(QStringLiteral("{wind-circle: {threshold: r34, area: \"4404\"}}"), at).first);
    EXPECT_FALSE(holds(QStringLiteral("{wind-circle: {threshold: r64, area: \"4404\"}}"), at).first);
    EXPECT_FALSE(holds(QStringLiteral("{wind-circle: {threshold: force7, area: \"4404\"}}"), utc(2018, 9, 14, 0)).first);
}

TEST_F(PlanTest, WarningCountsOnlyActualMessagesInForceForTheArea)
{
    importDivisions();
    ingest(test::testData(QStringLiteral("plans/zhuhai-typhoon-yellow-test.xml")), QStringLiteral("yellow.xml"), true);
    ingest(test::testData(QStringLiteral("plans/zhuhai-typhoon-yellow-exercise-test.xml")), QStringLiteral("exercise.xml"), true);
    const QDateTime at = utc(2018, 9, 15, 12);
    auto [held, value] = holds(QStringLiteral("{warning: {event_contains: 台风, min_level: yellow, area: \"440402\"}}"), at);
    EXPECT_TRUE(held) << "a city-wide warning covers its district";
    EXPECT_EQ(value.subject, QStringLiteral("台风黄色预警信号"));
    EXPECT_FALSE(holds(QStringLiteral("{warning: {event_contains: 台风, min_level: orange, area: \"4404\"}}"), at).first);
    EXPECT_FALSE(holds(QStringLiteral("{warning: {event_contains: 暴雨, area: \"4404\"}}"), at).first);
    EXPECT_FALSE(holds(QStringLiteral("{warning: {area: \"4407\"}}"), at).first) << "江门 is not in 珠海's warning";
    EXPECT_FALSE(holds(QStringLiteral("{warning: {area: \"4404\"}}"), utc(2018, 9, 16, 10)).first) << "expired";
    EXPECT_FALSE(holds(QStringLiteral("{warning: {area: \"4404\"}}"), utc(2018, 9, 15, 8)).first) << "not yet sent";
}

TEST_F(PlanTest, StationOverItsThresholdsOnTheRealYangtzeLevels)
{
    importDivisions();
    ingest(test::sharedData(QStringLiteral("water/cjh_yangtze_waterlevel_2020-06_gb18030.csv")), QStringLiteral("cjh_yangtze_waterlevel_2020-06_gb18030.csv"));
    ingest(test::packagingData(QStringLiteral("events/yangtze_thresholds.csv")), QStringLiteral("yangtze_thresholds.csv"));
    const QDateTime at = utc(2020, 6, 30, 15);
    // 三峡水库 147.02 m against its 145 m flood limit; 城陵矶 31.32 m, 1.18 m under its 32.5 m warning level.
    auto [held, value] = holds(QStringLiteral("{station: {station: 三峡水库, over: flood-limit, by_m: 2.0}}"), at);
    ASSERT_TRUE(held);
    EXPECT_NEAR(value.measured, 2.02, 0.005);
    EXPECT_FALSE(holds(QStringLiteral("{station: {station: 三峡水库, over: flood-limit, by_m: 2.5}}"), at).first);
    EXPECT_FALSE(holds(QStringLiteral("{station: {station: 城陵矶(七), over: warning}}"), at).first);
    EXPECT_TRUE(holds(QStringLiteral("{station: {station: 城陵矶(七), over: warning, by_m: -1.5}}"), at).first) << "within 1.5 m of it";
    EXPECT_FALSE(holds(QStringLiteral("{station: {area: \"4404\", over: warning}}"), at).first) << "no station in 珠海";
}

TEST_F(PlanTest, RainfallAndTheRainstormSignalOverAnArea)
{
    importDivisions();
    ingest(test::sharedData(QStringLiteral("grids/gfs.t12z.pgrbf120.2p5deg.grib2")), QStringLiteral("gfs.t12z.pgrbf120.2p5deg.grib2"));
    const QDateTime at = utc(2011, 1, 15, 12);
    // A dry January 6 h over Jiangmen in GFS: 0 mm, read from the nearest 2.5° cell.
    auto [held, value] = holds(QStringLiteral("{rainfall: {hours: 6, stat: max, at_least_mm: 0, area: \"4407\"}}"), at);
    ASSERT_TRUE(held) << "the 6 h window is covered";
    EXPECT_EQ(value.measured, 0.0);
    EXPECT_FALSE(holds(QStringLiteral("{rainfall: {hours: 6, stat: mean, at_least_mm: 0.1, area: \"4407\"}}"), at).first);
    EXPECT_FALSE(holds(QStringLiteral("{rainfall: {hours: 3, at_least_mm: 0, area: \"4407\"}}"), at).first) << "3 h not covered by 6-h grids";
    EXPECT_FALSE(holds(QStringLiteral("{rainstorm-signal: {min_level: blue, area: \"4407\"}}"), at).first);
}

TEST_F(PlanTest, FireEventsInTheAreaAndThoseStillUnchecked)
{
    importDivisions();
    for (const char *file : {"MODIS_C6_SouthEast_Asia_24h.csv", "VNP14IMGTDL_NRT_SouthEast_Asia_24h.csv"})
        ingest(test::sharedData(QStringLiteral("fire/") + QString::fromLatin1(file)), QString::fromLatin1(file));
    const QDateTime at = utc(2019, 1, 23, 6);
    const situation::Situation before = situationAt(at);
    int inJiangmen = 0;
    const situation::FireEventSituation *penjiang = nullptr;
    for (const situation::FireEventSituation &event : before.fire.events) {
        inJiangmen += event.districtCode.startsWith(QStringLiteral("4407")) ? 1 : 0;
        if (event.districtCode == QStringLiteral("440703"))
            penjiang = &event;
    }
    ASSERT_GT(inJiangmen, 1);
    ASSERT_NE(penjiang, nullptr);
    auto [held, value] = holds(QStringLiteral("{fire-events: {at_least: %1, area: \"4407\"}}").arg(inJiangmen), at);
    ASSERT_TRUE(held);
    EXPECT_EQ(int(value.measured), inJiangmen);
    EXPECT_FALSE(holds(QStringLiteral("{fire-events: {at_least: %1, area: \"4407\"}}").arg(inJiangmen + 1), at).first);

    // 蓬江区's event checked and found: one fewer unchecked.
    store::SqliteJournal journal(m_workspace->database());
    incidents::IncidentLedger ledger(journal);
    const analysis::FireEvent &event = penjiang->event;
    const incidents::CheckedEvent checked{event.centre, event.district, penjiang->districtCode, event.first, event.last,
                                          int(event.hotspots.size()), event.maxFrp};
    auto sent = ledger.act([&](const incidents::RecordState &state) {
        return state.followUps.sendCheck(checked, penjiang->towns.front(), QString(), incidents::Actor{QStringLiteral("li.duty"), QStringLiteral("desk"), utc(2019, 1, 23, 3)});
    });
    ASSERT_TRUE(sent.ok());
    ASSERT_TRUE(ledger.act([&](const incidents::RecordState &state) {
        return state.followUps.reportFinding(sent->sequence, incidents::CheckFinding::Burning, QStringLiteral("演练 exercise"),
                                             incidents::Actor{QStringLiteral("town"), QStringLiteral("town"), utc(2019, 1, 23, 4)});
    }).ok());
    EXPECT_TRUE(holds(QStringLiteral("{fire-events: {at_least: %1, area: \"4407\", unchecked_only: true}}").arg(inJiangmen - 1), at).first);
    EXPECT_FALSE(holds(QStringLiteral("{fire-events: {at_least: %1, area: \"4407\", unchecked_only: true}}").arg(inJiangmen), at).first);
}

TEST_F(PlanTest, FireDangerClassInTheAreaFromStationWeather)
{
    importDivisions();
    // A dry, windy month at a station in 蓬江区 and a wet one at 恩平市 (weather written for the
    // test through the real fire-weather reader and FWI system; no Chinese station data is here).
    QByteArray csv = "long,lat,yr,mon,day,temp,rh,ws,prec\n";
    const QDate last(2019, 1, 23);
    for (QDate day = last.addDays(-29); day <= last; day = day.addDays(1)) {
        csv += QStringLiteral("113.08,22.60,%1,%2,%3,27,20,30,0\n").arg(day.year()).arg(day.month()).arg(day.day()).toUtf8();
        csv += QStringLiteral("112.30,22.19,%1,%2,%3,18,95,5,12\n").arg(day.year()).arg(day.month()).arg(day.day()).toUtf8();
    }
    ASSERT_TRUE(store::ingestPayload(*m_workspace, csv, QStringLiteral("weather.csv"), kNow).ok());
    const QDateTime at(last, QTime(6, 0), QTimeZone::utc());
    auto [held, value] = holds(QStringLiteral("{fire-danger: {min_class: 4, area: \"440703\"}}"), at);
    ASSERT_TRUE(held);
    EXPECT_EQ(value.subject, QStringLiteral("蓬江区"));
    EXPECT_FALSE(holds(QStringLiteral("{fire-danger: {min_class: 2, area: \"440785\"}}"), at).first) << "恩平市: wet";
    EXPECT_FALSE(holds(QStringLiteral("{fire-danger: {min_class: 1, area: \"4404\"}}"), at).first) << "珠海: no station within reach";
}

TEST_F(PlanTest, AnyAndAllCombineAndTheSuggestionIsTheHighestLevelThatHolds)
{
    importDivisions();
    ingest(test::sharedData(QStringLiteral("typhoon/CH2018BST.txt")), QStringLiteral("CH2018BST.txt"));
    const plans::PlanReading reading = plans::readPlanFile(test::packagingData(QStringLiteral("plans/zhuhai-typhoon.yaml")));
    ASSERT_TRUE(reading.ok());
    const situation::Situation situation = situationAt(utc(2018, 9, 16, 0));
    const situation::PlanSuggestion suggestion = plans::suggest(*reading.plan, situation, areas());
    // 20.6N 115.4E, STY: within 300 km of 珠海's boundary (Ⅱ), not 150 km (Ⅰ).
    EXPECT_EQ(suggestion.suggested, 2);
    ASSERT_FALSE(suggestion.holding.isEmpty());
    EXPECT_EQ(suggestion.holding.front().trigger, QStringLiteral("storm-distance"));
    EXPECT_TRUE(suggestion.isTemplate);
    EXPECT_EQ(suggestion.current, 0);
    EXPECT_TRUE(suggestion.differs());

    const plans::Plan all = planWith(QStringLiteral("{all: [{storm-distance: {within_km: 400, of: {area: \"4404\"}}}, "
                                                    "{wind-circle: {threshold: force12, area: \"4404\"}}]}"));
    EXPECT_FALSE(plans::evaluateTrigger(all.levels.front().when, situation, areas()).holds);
    const plans::Plan any = planWith(QStringLiteral("{any: [{storm-distance: {within_km: 400, of: {area: \"4404\"}}}, "
                                                    "{wind-circle: {threshold: force12, area: \"4404\"}}]}"));
    const plans::TriggerOutcome outcome = plans::evaluateTrigger(any.levels.front().when, situation, areas());
    EXPECT_TRUE(outcome.holds);
    EXPECT_EQ(outcome.holding.size(), 1);
}

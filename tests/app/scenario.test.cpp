// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The monitoring panels and layers as the wall shows them, filled from a workspace holding the
// real files: the January 2019 FIRMS day near Jiangmen, GFS rainfall, the Yangtze in June 2020.
#include "scenariofixture.h"
#include "appcontroller.h"
#include "demoexercises.h"
#include "demoresources.h"
#include "scenarioactions.h"
#include "situation/mapstyles.h"
#include "workspacelayers.h"

#include "core/timeformat.h"
#include "gis/coordinatetransform.h"
#include "gis/rainfalllayer.h"
#include "gis/vectorlayer.h"
#include "incidents/incidentledger.h"
#include "plans/planreader.h"
#include "store/ingest.h"
#include "store/sqlitejournal.h"
#include "tests/support/testdata.h"

#include "feeds/divisionscsv.h"
#include "store/divisionstore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <cmath>

using namespace lookout;

namespace {

using test::ScenarioTest;
using test::kNow;

bool hasLayer(qml::MapLayerModel &model, const QString &role)
{
    return !model.layersWithRole(role).isEmpty();
}

} // namespace

TEST_F(ScenarioTest, HotspotsNearJiangmenBecomeFireEventsInTheirDistricts)
{
    ingest(QStringLiteral("fire/VNP14IMGTDL_NRT_SouthEast_Asia_24h.csv"));
    ingest(QStringLiteral("fire/MODIS_C6_SouthEast_Asia_24h.csv"));
    auto controller = load(QDateTime(QDate(2019, 1, 23), QTime(6, 0), QTimeZone::utc()));
    const qml::MonitorList &fire = *controller->fire();
    ASSERT_GT(fire.rowCount(), 0);
    // The bureau's own fires come first, each named by its district.
    QStringList districts;
    for (const qml::MonitorRow &row : fire.rows())
        if (!row.muted)
            districts.append(row.title.section(QStringLiteral(" · "), 1));
    EXPECT_TRUE(districts.contains(QStringLiteral("蓬江区"))) << districts.join(',').toStdString();
    EXPECT_TRUE(districts.contains(QStringLiteral("鹤山市"))) << districts.join(',').toStdString();
    EXPECT_FALSE(fire.rows().front().muted);
    EXPECT_EQ(fire.attention(), int(districts.size())) << "the desk's rail counts the bureau's own fire events";
    EXPECT_EQ(fire.sourceState(), QStringLiteral("replay"));
    EXPECT_TRUE(hasLayer(*controller->layers(), QStringLiteral("hotspots")));
    EXPECT_TRUE(hasLayer(*controller->layers(), QStringLiteral("fire_events")));
    // The next picture of the same moment draws the same: its layers keep their objects, so the
    // map keeps their images and draws nothing again.
    const auto hotspots = controller->layers()->layersWithRole(QStringLiteral("hotspots"));
    app::ScenarioOptions again;
    again.at = QDateTime(QDate(2019, 1, 23), QTime(6, 0), QTimeZone::utc());
    again.replay = true;
    again.language = QStringLiteral("zh-CN");
    ASSERT_TRUE(app::loadScenario(*m_workspace, again, *controller).ok());
    EXPECT_EQ(controller->layers()->layersWithRole(QStringLiteral("hotspots")), hotspots);
    // No fire-weather station: the danger panel says no data, it does not say "low".
    EXPECT_EQ(controller->fireDanger()->rowCount(), 0);
    EXPECT_EQ(controller->fireDanger()->sourceState(), QStringLiteral("nodata"));

    // A day later the same detections are older than 24 h: nothing on the map, not an error.
    auto later = load(QDateTime(QDate(2019, 1, 24), QTime(12, 0), QTimeZone::utc()));
    EXPECT_EQ(later->fire()->rowCount(), 0);
    EXPECT_EQ(later->fire()->attention(), 0);
    EXPECT_FALSE(hasLayer(*later->layers(), QStringLiteral("hotspots")));
}

TEST_F(ScenarioTest, YangtzeStationsAgainstTheirThresholds)
{
    ingest(QStringLiteral("water/cjh_yangtze_waterlevel_2020-06_gb18030.csv"));
    // The demo's copy, which gives the flood limit's period (the shared file does not).
    ingestFile(test::packagingData(QStringLiteral("events/yangtze_thresholds.csv")));
    auto controller = load(QDateTime(QDate(2020, 6, 30), QTime(15, 0), QTimeZone::utc()));
    const qml::MonitorList &water = *controller->water();
    ASSERT_EQ(water.rowCount(), 11);
    // Worst first: the Three Gorges reservoir over its flood limit by 2.02 m.
    const qml::MonitorRow &first = water.rows().front();
    EXPECT_TRUE(first.title.startsWith(QStringLiteral("三峡水库"))) << first.title.toStdString();
    EXPECT_TRUE(first.value.contains(QStringLiteral("+2.02 m"))) << first.value.toStdString();
    // Stations without thresholds say so and come last; none reads "normal".
    const qml::MonitorRow &last = water.rows().back();
    EXPECT_TRUE(last.muted);
    EXPECT_EQ(last.value, QCoreApplication::translate("Scenario", "no threshold"));
    // No station has coordinates: all listed, none drawn; the one over its flood limit counted.
    EXPECT_EQ(water.attention(), 1);
    for (const qml::MonitorRow &row : water.rows())
        EXPECT_TRUE(std::isnan(row.focus.x())) << row.title.toStdString();
    EXPECT_FALSE(hasLayer(*controller->layers(), QStringLiteral("stations")));
    // Before the table starts there is nothing, and the panel does not invent a reading.
    auto before = load(QDateTime(QDate(2020, 6, 1), QTime(0, 0), QTimeZone::utc()));
    EXPECT_EQ(before->water()->rowCount(), 0);
}

TEST_F(ScenarioTest, GfsRainfallOverTheDeltaPerDistrict)
{
    ingest(QStringLiteral("grids/gfs.t12z.pgrbf120.2p5deg.grib2"));
    auto controller = load(QDateTime(QDate(2011, 1, 15), QTime(12, 0), QTimeZone::utc()));
    const qml::MonitorList &rain = *controller->rainfall();
    ASSERT_EQ(rain.rowCount(), 10);  // the ten districts of Jiangmen and Zhuhai
    // One 6-h grid: its own window is shown; 1, 3 and 24 h cannot be made from it and say so.
    EXPECT_TRUE(rain.summary().contains(QStringLiteral("APCP06"))) << rain.summary().toStdString();
    for (const qml::MonitorRow &row : rain.rows())
        EXPECT_EQ(row.cells.mid(row.cells.size() - 3), (QStringList{QStringLiteral("—"), QStringLiteral("—"), QStringLiteral("—")}))
            << row.title.toStdString() << ": no 1, 3 or 24 h amount from one 6-h grid";
    EXPECT_TRUE(hasLayer(*controller->layers(), QStringLiteral("rainfall")));
    EXPECT_FALSE(controller->rainLegend().isEmpty());
    // A replay before the grid was valid has no grid.
    auto before = load(QDateTime(QDate(2011, 1, 15), QTime(11, 0), QTimeZone::utc()));
    EXPECT_EQ(before->rainfall()->rowCount(), 0);
    EXPECT_FALSE(hasLayer(*before->layers(), QStringLiteral("rainfall")));
}

TEST_F(ScenarioTest, AStationWithCoordinatesIsDrawnByItsState)
{
    // USGS 07335390 (Pat Mayse Lake, Texas): a position and reservoir elevations, no flood limit.
    ingest(QStringLiteral("water/usgs_07335390_iv_reservoir_elevation.waterml1.xml"));
    auto controller = load(QDateTime(QDate(2013, 2, 22), QTime(23, 30), QTimeZone::utc()));
    ASSERT_EQ(controller->water()->rowCount(), 1);
    const qml::MonitorRow &row = controller->water()->rows().front();
    EXPECT_EQ(row.value, QCoreApplication::translate("Scenario", "no threshold"));
    EXPECT_FALSE(std::isnan(row.focus.x()));
    EXPECT_FALSE(row.chart.value(QStringLiteral("points")).toList().isEmpty());
    const auto layers = controller->layers()->layersWithRole(QStringLiteral("stations"));
    ASSERT_EQ(layers.size(), 1);
    const auto *stations = dynamic_cast<const gis::VectorLayer *>(layers.front().get());
    ASSERT_NE(stations, nullptr);
    ASSERT_EQ(stations->data().features.size(), 1u);
    EXPECT_EQ(stations->data().features.front().text(QStringLiteral("state")), QStringLiteral("nothreshold"));
    EXPECT_NEAR(stations->data().features.front().labelPoint.lon, -95.545, 0.001);
    EXPECT_NEAR(stations->data().features.front().labelPoint.lat, 33.853, 0.001);
}

TEST_F(ScenarioTest, TodaysFireDangerByDistrictFromStationWeather)
{
    // A dry, windy January month at two stations (蓬江区, 台山市) and a wet one at 恩平市.
    QByteArray csv = "long,lat,yr,mon,day,temp,rh,ws,prec\n";
    const QDate last(2019, 1, 23);
    for (QDate day = last.addDays(-29); day <= last; day = day.addDays(1)) {
        for (const char *dry : {"113.08,22.60", "112.79,22.25"})
            csv += QStringLiteral("%1,%2,%3,%4,27,20,30,0\n").arg(QLatin1String(dry)).arg(day.year()).arg(day.month()).arg(day.day()).toUtf8();
        csv += QStringLiteral("112.30,22.19,%1,%2,%3,18,95,5,12\n").arg(day.year()).arg(day.month()).arg(day.day()).toUtf8();
    }
    auto kept = store::ingestPayload(*m_workspace, csv, QStringLiteral("weather.csv"), kNow);
    ASSERT_TRUE(kept.ok()) << kept.error().toString().toStdString();
    EXPECT_EQ(kept->format, feeds::DataFormat::FireWeatherCsv);
    EXPECT_EQ(kept->weatherDays, 90);

    auto controller = load(QDateTime(last, QTime(6, 0), QTimeZone::utc()));
    const qml::MonitorList &danger = *controller->fireDanger();
    ASSERT_EQ(danger.rowCount(), 10);
    EXPECT_EQ(danger.sourceState(), QStringLiteral("replay"));
    // Worst first: a dry district at class 4 or 5 with its signal; the wet one low.
    const qml::MonitorRow &first = danger.rows().front();
    EXPECT_TRUE(first.title == QStringLiteral("蓬江区") || first.title == QStringLiteral("台山市")) << first.title.toStdString();
    EXPECT_GE(danger.attention(), 1) << "a district at a fire-danger signal";
    EXPECT_TRUE(first.color == situation::fireDangerColor(4) || first.color == situation::fireDangerColor(5));
    bool wetIsLow = false, someUnknown = false;
    for (const qml::MonitorRow &row : danger.rows()) {
        wetIsLow |= row.title == QStringLiteral("恩平市") && row.color == situation::fireDangerColor(1);
        someUnknown |= row.value == QCoreApplication::translate("Scenario", "no station") && row.muted;
    }
    EXPECT_TRUE(wetIsLow);
    EXPECT_TRUE(someUnknown);  // Zhuhai's districts: no station within 30 km
    EXPECT_TRUE(hasLayer(*controller->layers(), QStringLiteral("fire_danger")));

    // A week later the weather is stale: listed as such, not shaded on the map.
    auto later = load(QDateTime(last.addDays(7), QTime(6, 0), QTimeZone::utc()));
    for (const qml::MonitorRow &row : later->fireDanger()->rows())
        EXPECT_TRUE(row.muted) << row.title.toStdString() << " is stale";
    EXPECT_EQ(later->fireDanger()->attention(), 0) << "stale weather raises no signal";
    EXPECT_FALSE(hasLayer(*later->layers(), QStringLiteral("fire_danger")));
}

TEST_F(ScenarioTest, TheExercisesInTheRecordOnTheWallDeskAndMap)
{
    ingest(QStringLiteral("fire/VNP14IMGTDL_NRT_SouthEast_Asia_24h.csv"));
    importDivisions();
    const plans::PlanReading plan = plans::readPlanFile(test::packagingData(QStringLiteral("plans/zhuhai-typhoon.yaml")));
    ASSERT_TRUE(plan.ok());
    const QByteArray inventory = test::readBytes(test::packagingData(app::kExerciseInventory));
    const Result<void> recorded = app::recordDemoExercises(*m_workspace, *plan.plan, inventory);
    ASSERT_TRUE(recorded.ok()) << recorded.error().toString().toStdString();
    ASSERT_TRUE(app::recordDemoExercises(*m_workspace, *plan.plan, inventory).ok()) << "written once";
    // The demo's plans, as the demo workspace has them beside it: the resources part needs them.
    ASSERT_TRUE(m_workspace->setSetting(QStringLiteral("plans_folder"), test::packagingData(QStringLiteral("plans"))).ok());

    // Mangkhut, 08:00 Beijing time on the 16th: one exercise incident at level Ⅱ.
    auto mangkhut = load(QDateTime(QDate(2018, 9, 16), QTime(0, 0), QTimeZone::utc()));
    const qml::MonitorList &active = *mangkhut->incidents();
    ASSERT_EQ(active.rowCount(), 1);
    EXPECT_TRUE(active.rows().front().title.startsWith(QCoreApplication::translate("Scenario", "[EXERCISE] ")))
        << active.rows().front().title.toStdString();
    EXPECT_TRUE(active.rows().front().value.startsWith(QStringLiteral("Ⅱ"))) << active.rows().front().value.toStdString();
    EXPECT_EQ(active.sourceState(), QStringLiteral("replay"));
    EXPECT_TRUE(hasLayer(*mangkhut->layers(), QStringLiteral("incidents")));
    qml::IncidentDesk &desk = *mangkhut->incidentDesk();
    EXPECT_EQ(desk.selected().value(QStringLiteral("level")).toInt(), 2);
    EXPECT_TRUE(desk.selected().value(QStringLiteral("exercise")).toBool());
    EXPECT_TRUE(desk.handover().value(QStringLiteral("complete")).toBool());
    ASSERT_EQ(desk.instructions()->rowCount(), 1);
    EXPECT_FALSE(desk.instructions()->get(0).value(QStringLiteral("open")).toBool());
    EXPECT_FALSE(desk.canAct()) << "a replay is read-only";
    EXPECT_FALSE(desk.changeLevel(QStringLiteral("raise"), 1, QStringLiteral("c"), QStringLiteral("r")).message.isEmpty());
    // The response runs under the Zhuhai plan: its Ⅳ, Ⅲ and Ⅱ checklists are tasks, four reported
    // by then, the others overdue at 08:00 on the 16th.
    qml::PlanDesk &plans = *mangkhut->planDesk();
    EXPECT_EQ(plans.tasks()->rowCount(), 18) << "18 actions up to Ⅱ, none closed";
    EXPECT_GT(plans.overdue(), 0);
    EXPECT_EQ(plans.openTasks() + 4, 18);
    // The handover at 20:00 on the 15th lists the plan tasks not closed then: Ⅳ's and Ⅲ's twelve.
    int planLines = 0, overdueLines = 0;
    for (const QString &line : desk.handover().value(QStringLiteral("lines")).toStringList()) {
        planLines += line.startsWith(QCoreApplication::translate("IncidentDesk", "Plan task %1: %2 (%3)").section(QLatin1Char(' '), 0, 1)) ? 1 : 0;
        overdueLines += line.contains(QStringLiteral("OVERDUE")) ? 1 : 0;
    }
    EXPECT_EQ(planLines, 12);
    EXPECT_GT(overdueLines, 0) << "duty-reporting was due at 18:00 and not reported";

    // Resources at 08:00 on the 16th: the exercise inventory, Ⅱ's needs matched, the shelter places
    // short, and the two dispatches the commander confirmed from the matching's proposals.
    qml::ResourceDesk &resources = *mangkhut->resourceDesk();
    EXPECT_EQ(resources.inventoryCount(), 28);
    EXPECT_EQ(resources.exerciseItems(), 28);
    EXPECT_FALSE(resources.canAct()) << "a replay is read-only";
    EXPECT_TRUE(resources.estimate());
    ASSERT_EQ(resources.dispatches()->rowCount(), 2);
    EXPECT_TRUE(resources.dispatches()->get(0).value(QStringLiteral("arrived")).toBool());
    ASSERT_GE(resources.gaps()->rowCount(), 1);
    EXPECT_EQ(resources.gaps()->get(0).value(QStringLiteral("kind")).toString(), qml::needKindText(QStringLiteral("shelter-places")));
    EXPECT_EQ(resources.gaps()->get(0).value(QStringLiteral("shortfall")).toInt(), 19200 - 14000);
    EXPECT_GT(resources.shortfall(), 0);
    EXPECT_GT(resources.proposals()->rowCount(), 10);
    EXPECT_EQ(resources.focus().size(), 3);
    resources.setFilter(QStringLiteral("team"), QStringLiteral("assigned"), QString());
    ASSERT_EQ(resources.items()->rowCount(), 1) << "team-xz-1 is out";
    EXPECT_EQ(resources.items()->get(0).value(QStringLiteral("id")).toString(), QStringLiteral("team-xz-1"));
    resources.setFilter(QStringLiteral("shelter"), QString(), QStringLiteral("440403"));
    EXPECT_EQ(resources.items()->rowCount(), 3) << "斗门区's three shelters";
    EXPECT_TRUE(hasLayer(*mangkhut->layers(), QStringLiteral("resources")));
    EXPECT_TRUE(hasLayer(*mangkhut->layers(), QStringLiteral("dispatches")));

    // Known a day earlier: level Ⅲ, the instruction still open and no handover yet.
    auto earlier = load(QDateTime(QDate(2018, 9, 15), QTime(10, 0), QTimeZone::utc()));
    EXPECT_TRUE(earlier->incidents()->rows().front().value.startsWith(QStringLiteral("Ⅲ")));
    EXPECT_TRUE(earlier->incidentDesk()->instructions()->get(0).value(QStringLiteral("open")).toBool());
    EXPECT_TRUE(earlier->incidentDesk()->handover().isEmpty());

    // January 2019: the check of the real fire event in 蓬江区 and its finding, on the map. The
    // Mangkhut exercise is closed: its unfinished tasks are no longer on the checklist.
    auto fire = load(QDateTime(QDate(2019, 1, 23), QTime(6, 0), QTimeZone::utc()));
    EXPECT_EQ(fire->planDesk()->tasks()->rowCount(), 0);
    EXPECT_EQ(fire->planDesk()->overdue(), 0);
    ASSERT_EQ(fire->incidentDesk()->checks()->rowCount(), 1);
    const QVariantMap check = fire->incidentDesk()->checks()->get(0);
    EXPECT_EQ(check.value(QStringLiteral("district")).toString(), QStringLiteral("蓬江区"));
    EXPECT_FALSE(check.value(QStringLiteral("open")).toBool());
    EXPECT_TRUE(hasLayer(*fire->layers(), QStringLiteral("checks")));
}

TEST_F(ScenarioTest, TheLiveResourcesPageRecordsRequestsDispatchesStatusAndStock)
{
    importDivisions();
    store::SqliteJournal journal(m_workspace->database());
    incidents::IncidentLedger ledger(journal);
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
    ASSERT_TRUE(app::importExerciseInventory(*m_workspace, ledger, test::readBytes(test::packagingData(app::kExerciseInventory)), start,
                                             QStringLiteral("admin")).ok());
    ASSERT_TRUE(ledger.record([&](const incidents::IncidentBook &book) {
        return book.open(QStringLiteral("内涝 exercise"), incidents::Hazard::Flood, true, {AreaRef{QStringLiteral("440403"), QStringLiteral("斗门区")}}, {}, {},
                         incidents::Actor{QStringLiteral("li.duty"), QStringLiteral("desk"), start.addSecs(60)});
    }).ok());
    const QString incident = ledger.book().incidents().last().id;
    auto controller = std::make_unique<qml::AppController>(nullptr);
    ASSERT_TRUE(app::loadWorkspaceLayers(*m_workspace, *controller->layers()).ok());
    app::ScenarioOptions options;
    options.at = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(app::loadScenario(*m_workspace, options, *controller).ok());
    qml::ResourceDesk &resources = *controller->resourceDesk();
    ASSERT_TRUE(resources.canAct());
    controller->incidentDesk()->setUser(QString());
    EXPECT_FALSE(resources.setStatus(QStringLiteral("team-xz-1"), QStringLiteral("resting"), QString()).isEmpty()) << "nobody signed in";
    ASSERT_EQ(controller->incidentDesk()->signIn(QStringLiteral("li.duty")).message, QString());

    // A request for 3 pumps at 井岸镇 within 2 hours: a need, and the matching proposes the pumps.
    EXPECT_FALSE(resources.request(incident, QStringLiteral("pumps"), QStringLiteral("3"), QStringLiteral("宜昌"), QString(), QString()).isEmpty())
        << "宜昌 is no division of this workspace";
    EXPECT_FALSE(resources.request(QString(), QStringLiteral("pumps"), QStringLiteral("3"), QStringLiteral("井岸镇"), QString(), QString()).isEmpty());
    ASSERT_EQ(resources.request(incident, QStringLiteral("pumps"), QStringLiteral("3"), QStringLiteral("井岸镇"), QStringLiteral("2"), QString()), QString());
    ASSERT_EQ(resources.needs()->rowCount(), 1) << "reloaded after the action";
    ASSERT_GE(resources.proposals()->rowCount(), 1);
    const QVariantMap proposal = resources.proposals()->get(0);
    EXPECT_EQ(proposal.value(QStringLiteral("resource")).toString(), QStringLiteral("equip-jw-1")) << "三灶's pump trucks are nearest";
    EXPECT_EQ(resources.confirm(0), QString());
    ASSERT_EQ(resources.dispatches()->rowCount(), 1);
    EXPECT_FALSE(resources.dispatches()->get(0).value(QStringLiteral("arrived")).toBool());
    EXPECT_EQ(resources.needs()->get(0).value(QStringLiteral("dispatched")).toInt(), 3);
    EXPECT_EQ(resources.arrived(1), QString());
    EXPECT_TRUE(resources.dispatches()->get(0).value(QStringLiteral("arrived")).toBool());
    EXPECT_FALSE(resources.arrived(1).isEmpty()) << "arrived already";
    EXPECT_EQ(resources.release(1), QString());
    EXPECT_EQ(resources.dispatches()->rowCount(), 0);
    // A point as the place.
    EXPECT_EQ(resources.request(incident, QStringLiteral("boats"), QStringLiteral("1"), QStringLiteral("113.29,22.21"), QString(), QString()), QString());
    EXPECT_EQ(resources.needs()->rowCount(), 2);
    EXPECT_EQ(resources.cancelRequest(2, QStringLiteral("水已退")), QString());
    EXPECT_EQ(resources.needs()->rowCount(), 1);

    // Status and stock, with the record's refusals in its own words.
    EXPECT_EQ(resources.setStatus(QStringLiteral("team-xz-1"), QStringLiteral("resting"), QStringLiteral("轮休")), QString());
    EXPECT_FALSE(resources.setStatus(QStringLiteral("team-xz-1"), QStringLiteral("open"), QString()).isEmpty()) << "a team is never open";
    EXPECT_EQ(resources.setStock(QStringLiteral("depot-zh-1"), QStringLiteral("sandbags"), QStringLiteral("15000"), QStringLiteral("bags")), QString());
    EXPECT_FALSE(resources.setStock(QStringLiteral("team-xz-1"), QStringLiteral("sandbags"), QStringLiteral("5"), QString()).isEmpty());
    resources.setFilter(QStringLiteral("team"), QStringLiteral("resting"), QString());
    QStringList resting;
    for (int row = 0; row < resources.items()->rowCount(); ++row)
        resting.append(resources.items()->get(row).value(QStringLiteral("id")).toString());
    EXPECT_TRUE(resting.contains(QStringLiteral("team-xz-1"))) << resting.join(QLatin1Char(' ')).toStdString();
    auto state = incidents::RecordState::knownAt(journal, QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(state.ok());
    EXPECT_EQ(state->inventory.find(QStringLiteral("depot-zh-1"))->stock.front().quantity, 15000);
    EXPECT_EQ(state->inventory.find(QStringLiteral("team-xz-1"))->changedBy, QStringLiteral("li.duty"));
}

TEST_F(ScenarioTest, ALiveDeskRecordsALevelChangeAndRefusesASenselessOne)
{
    // The real divisions of Zhuhai and Jiangmen: what the officer types must be one of them.
    importDivisions();
    auto controller = std::make_unique<qml::AppController>(nullptr);
    ASSERT_TRUE(app::loadWorkspaceLayers(*m_workspace, *controller->layers()).ok());
    app::ScenarioOptions options;
    options.at = QDateTime::currentDateTimeUtc();
    options.language = QStringLiteral("zh-CN");
    ASSERT_TRUE(app::loadScenario(*m_workspace, options, *controller).ok());
    qml::IncidentDesk &desk = *controller->incidentDesk();
    ASSERT_TRUE(desk.canAct());
    // Nobody signed in: an action is refused, pointing at the sign-in the desk's header has.
    desk.setUser(QString());
    const qml::CommandResult anonymous = desk.addLog(QStringLiteral("x"));
    EXPECT_FALSE(anonymous.ok);
    EXPECT_EQ(anonymous.message, qml::IncidentDesk::tr("Sign in first (Officer, at the top left of the desk): the record says who did it"));
    EXPECT_EQ(desk.log()->rowCount(), 0) << "nothing written";
    EXPECT_FALSE(desk.signIn(QStringLiteral("  ")).message.isEmpty());
    EXPECT_EQ(desk.signIn(QStringLiteral("li.duty")).message, QString());
    EXPECT_EQ(desk.user(), QStringLiteral("li.duty"));
    store::SqliteJournal journal(m_workspace->database());
    incidents::IncidentLedger ledger(journal);
    ASSERT_TRUE(ledger.record([](const incidents::IncidentBook &book) {
        return book.open(QStringLiteral("暴雨"), incidents::Hazard::Rainstorm, false, {AreaRef{QStringLiteral("440781"), QStringLiteral("台山市")}}, {}, {},
                         incidents::Actor{QStringLiteral("li.duty"), QStringLiteral("desk"), QDateTime::currentDateTimeUtc()});
    }).ok());
    options.at = QDateTime::currentDateTimeUtc();  // the clock has moved past the opening
    ASSERT_TRUE(app::loadScenario(*m_workspace, options, *controller).ok());
    ASSERT_EQ(desk.incidents()->rowCount(), 1);
    EXPECT_EQ(desk.changeLevel(QStringLiteral("start"), 4, QStringLiteral("张"), QStringLiteral("red rainstorm signal")).message, QString());
    EXPECT_EQ(desk.selected().value(QStringLiteral("level")).toInt(), 4) << "reloaded after the action";
    EXPECT_EQ(controller->incidents()->rowCount(), 1);
    const qml::CommandResult refused = desk.changeLevel(QStringLiteral("lower"), 5, QStringLiteral("张"), QStringLiteral("x"));
    EXPECT_FALSE(refused.ok);
    EXPECT_FALSE(refused.message.isEmpty()) << "the library's reason";
    EXPECT_EQ(desk.selected().value(QStringLiteral("level")).toInt(), 4) << "still Ⅳ";
    EXPECT_EQ(desk.addLog(QStringLiteral("台山站 1 小时雨量 62 mm")).message, QString());
    EXPECT_EQ(desk.log()->rowCount(), 1);
    // From a warning: the hazard read from its event, the warning linked, the new one selected.
    const qml::CommandResult elsewhere = desk.openIncident(QStringLiteral("暴雨"), QStringLiteral("rainstorm"), QStringLiteral("宜昌"), false);
    EXPECT_FALSE(elsewhere.ok) << "宜昌 is no division of this workspace";
    EXPECT_FALSE(elsewhere.message.isEmpty());
    EXPECT_EQ(desk.incidents()->rowCount(), 1);
    EXPECT_EQ(desk.openIncident(QStringLiteral("台风黄色预警"), QString(), QStringLiteral("香洲区、金湾区"), false, QStringLiteral("gd"),
                                QStringLiteral("44000041600000_1")).message,
              QString());
    EXPECT_EQ(desk.incidents()->rowCount(), 2);
    EXPECT_EQ(desk.selected().value(QStringLiteral("hazard")).value<incidents::Hazard>(), incidents::Hazard::Typhoon);
    EXPECT_EQ(desk.selected().value(QStringLiteral("hazardText")).toString(), QStringLiteral("typhoon"));
    EXPECT_EQ(desk.selected().value(QStringLiteral("districts")).toString(), QStringLiteral("香洲区、金湾区"));
    // A warning's own area description is no division: it is kept as the issuer wrote it.
    EXPECT_EQ(desk.openIncident(QStringLiteral("强季候风信号"), QStringLiteral("other"), QStringLiteral("澳门"), false, QStringLiteral("smg"),
                                QStringLiteral("smg-1")).message,
              QString());
    EXPECT_EQ(desk.selected().value(QStringLiteral("districts")).toString(), QStringLiteral("澳门"));

    // A leader's instruction and its report; a fire event sent for checking and its finding.
    EXPECT_EQ(desk.giveInstruction(QStringLiteral("市领导"), QStringLiteral("香洲区三防办"), QStringLiteral("加强巡查"),
                                   QStringLiteral("report by 18:00")).message,
              QString());
    ASSERT_EQ(desk.instructions()->rowCount(), 1);
    EXPECT_TRUE(desk.instructions()->get(0).value(QStringLiteral("open")).toBool());
    EXPECT_EQ(desk.reportInstruction(0, QStringLiteral("巡查完毕")).message, QString());
    EXPECT_FALSE(desk.instructions()->get(0).value(QStringLiteral("open")).toBool());
    desk.setFireEvents({incidents::CheckedEvent{GeoPoint{113.0681, 22.6342}, QStringLiteral("蓬江区"), QStringLiteral("440703"),
                                                options.at.addSecs(-7200), options.at.addSecs(-3600), 2, 5.6}},
                       {QStringLiteral("Fire 1 · 蓬江区")},
                       {{AreaRef{QStringLiteral("440703101"), QStringLiteral("棠下镇")}, AreaRef{QStringLiteral("440703102"), QStringLiteral("荷塘镇")}}});
    EXPECT_EQ(desk.fireEvents()->get(0).value(QStringLiteral("towns")).toList().size(), 2);
    EXPECT_FALSE(desk.sendCheck(0, QString()).message.isEmpty()) << "a check goes to a named town";
    EXPECT_FALSE(desk.sendCheck(0, QStringLiteral("鹤城镇")).message.isEmpty()) << "only a town of the event's district";
    EXPECT_EQ(desk.sendCheck(0, QStringLiteral("440703101")).message, QString());
    EXPECT_EQ(desk.checks()->get(0).value(QStringLiteral("town")).toString(), QStringLiteral("棠下镇"));
    // The desk then shows the next situation: this workspace holds no detection, so its fire list
    // follows the situation, not the event given by hand (the hotspot golden file shows a checked
    // event's check as the situation holds it).
    EXPECT_EQ(desk.fireEvents()->rowCount(), 0);
    EXPECT_EQ(desk.reportFinding(0, QStringLiteral("nothing-found"), QStringLiteral("到场未发现火点")).message, QString());
    EXPECT_FALSE(desk.checks()->get(0).value(QStringLiteral("open")).toBool());
    EXPECT_FALSE(desk.reportFinding(0, QStringLiteral("fire"), QString()).message.isEmpty()) << "one finding per check";
    // The handover reads the monitoring picture when it is generated, and lists both incidents.
    EXPECT_EQ(desk.startHandover(QStringLiteral("li.duty"), QStringLiteral("wang.duty")).message, QString());
    const QStringList lines = desk.handover().value(QStringLiteral("lines")).toStringList();
    EXPECT_EQ(lines.filter(QStringLiteral("Incident 20")).size(), 3) << lines.join('\n').toStdString();
    EXPECT_EQ(desk.confirmHandover(QStringLiteral("outgoing")).message, QString());
    // The incoming officer takes the seat by confirming: the desk is theirs from then on.
    EXPECT_EQ(desk.confirmHandover(QStringLiteral("incoming")).message, QString());
    EXPECT_EQ(desk.user(), QStringLiteral("wang.duty"));
    EXPECT_TRUE(desk.handover().value(QStringLiteral("complete")).toBool());
    EXPECT_FALSE(desk.confirmHandover(QStringLiteral("outgoing")).message.isEmpty()) << "wang.duty is not the outgoing officer";
    EXPECT_TRUE(store::verifyJournal(journal)->ok());
}

TEST_F(ScenarioTest, ALiveDeskActivatesAPlanAtTheCommandersWordAndReportsATask)
{
    // The workspace's plans folder holds the demo's Zhuhai typhoon plan.
    const QString plansFolder = QFileInfo(m_workspace->path()).dir().filePath(QStringLiteral("plans"));
    ASSERT_TRUE(QDir().mkpath(plansFolder));
    ASSERT_TRUE(QFile::copy(test::packagingData(QStringLiteral("plans/zhuhai-typhoon.yaml")), plansFolder + QStringLiteral("/zhuhai-typhoon.yaml")));
    auto controller = std::make_unique<qml::AppController>(nullptr);
    ASSERT_TRUE(app::loadWorkspaceLayers(*m_workspace, *controller->layers()).ok());
    app::ScenarioOptions options;
    options.at = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(app::loadScenario(*m_workspace, options, *controller).ok());
    qml::PlanDesk &plans = *controller->planDesk();
    ASSERT_EQ(plans.suggestions()->rowCount(), 1);
    EXPECT_EQ(plans.suggestions()->get(0).value(QStringLiteral("planId")).toString(), QStringLiteral("zhuhai-typhoon"));

    qml::IncidentDesk &desk = *controller->incidentDesk();
    desk.setUser(QString());
    EXPECT_FALSE(plans.activate(QStringLiteral("zhuhai-typhoon"), QStringLiteral("x"), 3, QStringLiteral("张"), QStringLiteral("r")).isEmpty())
        << "nobody signed in";
    ASSERT_EQ(desk.signIn(QStringLiteral("li.duty")).message, QString());
    EXPECT_FALSE(plans.activate(QStringLiteral("zhuhai-typhoon"), QString(), 3, QStringLiteral("张"), QStringLiteral("r")).isEmpty())
        << "no incident selected";
    EXPECT_FALSE(plans.activate(QStringLiteral("zhuhai-typhoon"), QStringLiteral("x"), 3, QStringLiteral("张"), QString()).isEmpty())
        << "a reason is given";

    store::SqliteJournal journal(m_workspace->database());
    incidents::IncidentLedger ledger(journal);
    auto opened = ledger.record([](const incidents::IncidentBook &book) {
        return book.open(QStringLiteral("台风 exercise"), incidents::Hazard::Typhoon, true, {AreaRef{QStringLiteral("4404"), QStringLiteral("珠海市")}}, {}, {},
                         incidents::Actor{QStringLiteral("li.duty"), QStringLiteral("desk"), QDateTime::currentDateTimeUtc()});
    });
    ASSERT_TRUE(opened.ok());
    const QString id = opened->payloadObject().value(QStringLiteral("id")).toString();
    EXPECT_EQ(plans.activate(QStringLiteral("zhuhai-typhoon"), id, 3, QStringLiteral("张"), QStringLiteral("typhoon yellow signal")), QString());
    EXPECT_EQ(plans.tasks()->rowCount(), 12) << "Ⅳ's two and Ⅲ's ten actions";
    EXPECT_EQ(plans.openTasks(), 12);
    const QVariantMap suggestion = plans.suggestions()->get(0);
    EXPECT_TRUE(suggestion.value(QStringLiteral("current")).toString().contains(id)) << "the level in force is this incident's, under the plan";
    EXPECT_TRUE(plans.reportTask(1, QStringLiteral("   ")).contains(QCoreApplication::translate("PlanDesk", "Say in one line what was done.")));
    EXPECT_EQ(plans.reportTask(1, QStringLiteral("值班已加强")), QString());
    EXPECT_EQ(plans.openTasks(), 11);
    EXPECT_FALSE(plans.reportTask(99, QStringLiteral("x")).isEmpty()) << "no such task";
    ledger.refresh().ok();
    ASSERT_EQ(ledger.state().responses.tasks().size(), 12);
    EXPECT_EQ(ledger.state().responses.task(1)->reportedBy, QStringLiteral("li.duty"));
    EXPECT_EQ(ledger.book().find(id)->level, 3);
}

// Runs the event loop until the plans page's rehearsal has arrived (a minute at most).
bool finishes(const qml::PlanDesk &plans)
{
    QDeadlineTimer deadline(60000);
    while (plans.rehearsing() && !deadline.hasExpired()) {
        QThreadPool::globalInstance()->waitForDone(50);
        QCoreApplication::processEvents();
    }
    return !plans.rehearsing();
}

TEST_F(ScenarioTest, TheDeskRehearsesAPlanOffTheGuiThread)
{
    importDivisions();
    ingest(QStringLiteral("typhoon/CH2018BST.txt"));
    const QString plansFolder = QFileInfo(m_workspace->path()).dir().filePath(QStringLiteral("plans"));
    ASSERT_TRUE(QDir().mkpath(plansFolder));
    ASSERT_TRUE(QFile::copy(test::packagingData(QStringLiteral("plans/zhuhai-typhoon.yaml")), plansFolder + QStringLiteral("/zhuhai-typhoon.yaml")));
    auto controller = load(QDateTime(QDate(2018, 9, 16), QTime(12, 0), QTimeZone::utc()));
    qml::PlanDesk &plans = *controller->planDesk();
    EXPECT_FALSE(plans.canRehearse());
    app::ScenarioOptions options;
    auto inputs = app::scenarioInputs(*m_workspace, options);
    ASSERT_TRUE(inputs.ok());
    app::connectRehearsals(*m_workspace, *inputs, *controller);
    ASSERT_TRUE(plans.canRehearse());
    plans.rehearse(QStringLiteral("zhuhai-typhoon"));
    EXPECT_TRUE(plans.rehearsing());
    EXPECT_TRUE(finishes(plans));
    const QVariantList steps = plans.rehearsal();
    ASSERT_EQ(steps.size(), 72) << plans.rehearsalTitle().toStdString();
    // 72 h back from 20:00 Beijing on the 16th: up to Ⅰ as Mangkhut (STY) passed within 150 km,
    // Ⅲ at the end (12Z: 22.0N 111.5E, weakened to TY: within 500 km, no longer STY).
    int highest = 5;
    for (const QVariant &step : steps)
        if (const int level = step.toMap().value(QStringLiteral("suggested")).toInt(); level > 0)
            highest = std::min(highest, level);
    EXPECT_EQ(highest, 1) << plans.rehearsalTitle().toStdString();
    EXPECT_EQ(steps.back().toMap().value(QStringLiteral("suggested")).toInt(), 3);

    plans.rehearse(QStringLiteral("no-such-plan"));
    EXPECT_TRUE(finishes(plans));
    EXPECT_TRUE(plans.rehearsal().isEmpty());
    EXPECT_TRUE(plans.rehearsalTitle().contains(QStringLiteral("no-such-plan"))) << plans.rehearsalTitle().toStdString();
}

TEST_F(ScenarioTest, ASeatReadsItsPlansAgainWhenAPlanFileChanges)
{
    importDivisions();
    const QString plansFolder = QFileInfo(m_workspace->path()).dir().filePath(QStringLiteral("plans"));
    ASSERT_TRUE(QDir().mkpath(plansFolder));
    ASSERT_TRUE(QFile::copy(test::packagingData(QStringLiteral("plans/zhuhai-typhoon.yaml")), plansFolder + QStringLiteral("/zhuhai-typhoon.yaml")));
    auto inputs = app::scenarioInputs(*m_workspace, app::ScenarioOptions{});
    ASSERT_TRUE(inputs.ok());
    const auto evaluate = app::planEvaluation(*m_workspace, *inputs);
    situation::Situation situation;
    situation.at = QDateTime(QDate(2018, 9, 16), QTime(0, 0), QTimeZone::utc());
    evaluate(situation);
    EXPECT_EQ(situation.plans.suggestions.size(), 1);
    EXPECT_EQ(situation.plans.folder, plansFolder);

    ASSERT_TRUE(QFile::copy(test::packagingData(QStringLiteral("plans/jiangmen-forest-fire.yaml")), plansFolder + QStringLiteral("/jiangmen-forest-fire.yaml")));
    evaluate(situation);
    EXPECT_EQ(situation.plans.suggestions.size(), 2) << "a plan added";
    test::writeFile(m_dir, QStringLiteral("plans/jiangmen-forest-fire.yaml"), "plan: x\nid: [\n");
    evaluate(situation);
    EXPECT_EQ(situation.plans.suggestions.size(), 1);
    ASSERT_EQ(situation.plans.broken.size(), 1) << "a plan broken by an edit is listed, the other still evaluated";
    EXPECT_TRUE(situation.plans.broken.front().file.endsWith(QStringLiteral("jiangmen-forest-fire.yaml")));
}

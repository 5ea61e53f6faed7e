// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The wall's board filled the way the app fills it: the key-figure tiles and the tour of the
// Mangkhut exercise replay (real tracks, the demo's record and plans), and on a live desk a level
// change that takes the wall over until the desk's acknowledgement is in the record.
#include "scenariofixture.h"

#include "demoexercises.h"
#include "demoresources.h"
#include "resourcedesk.h"

#include "incidents/incidentledger.h"
#include "plans/planreader.h"
#include "store/sqlitejournal.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

using namespace lookout;
using test::ScenarioTest;

namespace {

QVariantMap tile(const qml::WallBoard &board, const QString &kind)
{
    for (const QVariant &row : board.tiles())
        if (row.toMap().value(QStringLiteral("kind")).toString() == kind)
            return row.toMap();
    ADD_FAILURE() << "no tile " << kind.toStdString();
    return {};
}

QStringList fociOf(const qml::WallBoard &board)
{
    QStringList ids;
    for (const qml::WallFocus &focus : board.focusList())
        ids << focus.id;
    return ids;
}

QStringList chipTexts(const QVariantMap &tile)
{
    QStringList texts;
    for (const QVariant &chip : tile.value(QStringLiteral("chips")).toList())
        texts << chip.toMap().value(QStringLiteral("text")).toString();
    return texts;
}

} // namespace

TEST_F(ScenarioTest, TheWallShowsTheMangkhutExerciseAsTilesAndATour)
{
    for (const char *file : {"CH2018BST.txt", "wztf_201822_Mangkhut.json", "bwp262018.dat"})
        ingest(QStringLiteral("typhoon/") + QString::fromLatin1(file));
    ingest(QStringLiteral("fire/VNP14IMGTDL_NRT_SouthEast_Asia_24h.csv"));  // the exercise's fire check names a real event
    importDivisions();
    ASSERT_TRUE(m_workspace->setSetting(QStringLiteral("reference_districts"), QStringLiteral("香洲区,蓬江区")).ok());
    const plans::PlanReading plan = plans::readPlanFile(test::packagingData(QStringLiteral("plans/zhuhai-typhoon.yaml")));
    ASSERT_TRUE(plan.ok());
    const Result<void> recorded = app::recordDemoExercises(*m_workspace, *plan.plan, test::readBytes(test::packagingData(app::kExerciseInventory)));
    ASSERT_TRUE(recorded.ok()) << recorded.error().toString().toStdString();
    ASSERT_TRUE(m_workspace->setSetting(QStringLiteral("plans_folder"), test::packagingData(QStringLiteral("plans"))).ok());

    auto wall = load(QDateTime(QDate(2018, 9, 16), QTime(0, 0), QTimeZone::utc()));
    wall->setClock(Clock::replayFrom(QDateTime(QDate(2018, 9, 16), QTime(0, 0), QTimeZone::utc())));
    const qml::WallBoard &board = *wall->wall();
    ASSERT_EQ(board.tiles().size(), 10);
    const QVariantMap storm = tile(board, QStringLiteral("storm"));
    EXPECT_EQ(storm.value(QStringLiteral("state")).toString(), QStringLiteral("reported"));
    EXPECT_TRUE(storm.value(QStringLiteral("caption")).toString().startsWith(QStringLiteral("MANGKHUT")));
    EXPECT_TRUE(storm.value(QStringLiteral("value")).toString().endsWith(QStringLiteral(" km"))) << storm.value(QStringLiteral("value")).toString().toStdString();
    EXPECT_FALSE(storm.value(QStringLiteral("age")).toString().isEmpty()) << "every figure says how old its data is";
    // The exercise at Ⅱ, its overdue tasks and its resource gap, as the desk's pages count them.
    EXPECT_EQ(chipTexts(tile(board, QStringLiteral("incidents"))), QStringList{QStringLiteral("Ⅱ 1")});
    const QVariantMap tasks = tile(board, QStringLiteral("tasks"));
    EXPECT_EQ(tasks.value(QStringLiteral("value")).toString(), QString::number(wall->planDesk()->overdue()));
    EXPECT_EQ(tasks.value(QStringLiteral("state")).toString(), QStringLiteral("reported"));
    const QVariantMap resources = tile(board, QStringLiteral("resources"));
    EXPECT_EQ(resources.value(QStringLiteral("state")).toString(), QStringLiteral("reported"));
    EXPECT_EQ(resources.value(QStringLiteral("value")).toString(), QString::number(wall->resourceDesk()->shortfall()));
    // The report the exercise owes is said to be an exercise's, as everything of it is.
    const QVariantMap reports = tile(board, QStringLiteral("reports"));
    EXPECT_TRUE(reports.value(QStringLiteral("note")).toString().startsWith(QCoreApplication::translate("Wall", "EXERCISE")))
        << reports.value(QStringLiteral("note")).toString().toStdString();
    // No water in this workspace: no data, never zero.
    const QVariantMap stations = tile(board, QStringLiteral("stations"));
    EXPECT_EQ(stations.value(QStringLiteral("state")).toString(), QStringLiteral("nodata"));
    EXPECT_EQ(stations.value(QStringLiteral("value")).toString(), QStringLiteral("—"));

    // The tour skips what has nothing to show; the typhoon's view holds the storm's last fix.
    EXPECT_EQ(fociOf(board), (QStringList{QStringLiteral("typhoon"), QStringLiteral("incidents"), QStringLiteral("resources")}));
    const QRectF typhoon = board.focusList().front().extent;
    EXPECT_TRUE(typhoon.contains(QPointF(113.5, 22.2))) << "Zhuhai in the picture";
    EXPECT_GT(typhoon.right(), 116.5) << "and the storm over the sea to the south-east";
    EXPECT_FALSE(board.focusList().at(1).lines.isEmpty()) << "the incidents focus lists the exercise";
    qml::WallBoard &steer = *wall->wall();
    EXPECT_FALSE(steer.holdFocus(QStringLiteral("water")));
    EXPECT_TRUE(steer.holdFocus(QStringLiteral("resources")));
    EXPECT_EQ(steer.focus().value(QStringLiteral("id")).toString(), QStringLiteral("resources"));
    EXPECT_TRUE(steer.paused());
    steer.next();
    EXPECT_EQ(steer.focus().value(QStringLiteral("id")).toString(), QStringLiteral("typhoon")) << "the tour wraps round";
    steer.select(2);
    EXPECT_EQ(steer.focus().value(QStringLiteral("id")).toString(), QStringLiteral("incidents"));
    steer.select(9);
    EXPECT_EQ(steer.focus().value(QStringLiteral("id")).toString(), QStringLiteral("incidents")) << "no ninth focus: nothing changes";
    steer.previous();
    EXPECT_EQ(steer.focus().value(QStringLiteral("id")).toString(), QStringLiteral("typhoon"));
}

TEST_F(ScenarioTest, ALevelChangeHoldsTheWallUntilTheDeskAcknowledgesIt)
{
    importDivisions();
    auto controller = std::make_unique<qml::AppController>(nullptr);
    ASSERT_TRUE(app::loadWorkspaceLayers(*m_workspace, *controller->layers()).ok());
    controller->setHomeExtent(QRectF(111.85, 21.45, 113.95 - 111.85, 22.95 - 21.45));
    app::ScenarioOptions options;
    options.at = QDateTime::currentDateTimeUtc();
    options.language = QStringLiteral("zh-CN");
    ASSERT_TRUE(app::loadScenario(*m_workspace, options, *controller).ok());
    qml::IncidentDesk &desk = *controller->incidentDesk();
    ASSERT_EQ(desk.signIn(QStringLiteral("li.duty")).message, QString());
    store::SqliteJournal journal(m_workspace->database());
    incidents::IncidentLedger ledger(journal);
    ASSERT_TRUE(ledger.record([](const incidents::IncidentBook &book) {
        return book.open(QStringLiteral("rainstorm"), incidents::Hazard::Rainstorm, false, {AreaRef{QStringLiteral("440781"), QStringLiteral("台山市")}}, {}, {},
                         incidents::Actor{QStringLiteral("li.duty"), QStringLiteral("desk"), QDateTime::currentDateTimeUtc()});
    }).ok());
    options.at = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(app::loadScenario(*m_workspace, options, *controller).ok());
    const qml::WallBoard &board = *controller->wall();
    EXPECT_EQ(board.takeoverCount(), 0) << "an incident opened in the warning phase is no level change";
    ASSERT_EQ(desk.changeLevel(QStringLiteral("start"), 4, QStringLiteral("张"), QStringLiteral("red rainstorm signal")).message, QString());

    ASSERT_EQ(board.takeoverCount(), 1);
    const QVariantMap takeover = board.takeover();
    EXPECT_EQ(takeover.value(QStringLiteral("kind")).toString(), QStringLiteral("level"));
    EXPECT_TRUE(takeover.value(QStringLiteral("headline")).toString().contains(QStringLiteral("Ⅳ")));
    EXPECT_TRUE(takeover.value(QStringLiteral("key")).toString().startsWith(QStringLiteral("level:")));
    const QRectF area = takeover.value(QStringLiteral("extent")).toRectF();
    EXPECT_TRUE(area.contains(QPointF(112.79, 22.25))) << "the map goes to 台山市";
    EXPECT_EQ(chipTexts(tile(board, QStringLiteral("incidents"))), QStringList{QStringLiteral("Ⅳ 1")});
    EXPECT_TRUE(fociOf(board).contains(QStringLiteral("incidents")));

    // The desk acknowledges: a record entry, and the wall is released.
    const QString key = takeover.value(QStringLiteral("key")).toString();
    const QString incident = takeover.value(QStringLiteral("incident")).toString();
    EXPECT_FALSE(incident.isEmpty());
    ASSERT_EQ(desk.acknowledgeTakeover(key, takeover.value(QStringLiteral("headline")).toString(), incident).message, QString());
    EXPECT_EQ(board.takeoverCount(), 0);
    ASSERT_TRUE(ledger.refresh().ok());
    ASSERT_EQ(ledger.duty().takeoverAcknowledgements().size(), 1);
    EXPECT_EQ(ledger.duty().takeoverAcknowledgements().front().key, key);
    EXPECT_EQ(ledger.duty().takeoverAcknowledgements().front().user, QStringLiteral("li.duty"));
    EXPECT_EQ(ledger.duty().takeoverAcknowledgements().front().incident, incident);
    const incidents::Incident *acknowledged = ledger.book().find(incident);
    ASSERT_NE(acknowledged, nullptr);
    EXPECT_EQ(acknowledged->timeline.back().kind, incidents::kinds::kTakeoverAcknowledged) << "in the incident's timeline, for its review";
    EXPECT_FALSE(desk.acknowledgeTakeover(key, QString()).ok) << "acknowledged once";
    EXPECT_FALSE(desk.acknowledgeTakeover(QStringLiteral(" "), QString()).ok);
}

// The tour moves on its own after each dwell, holds while a takeover waits, and resumes after.
TEST(WallTour, AdvancesAfterItsDwellAndHoldsForATakeover)
{
    qml::WallBoard board;
    board.setFoci({{QStringLiteral("typhoon"), QStringLiteral("T"), QStringLiteral("Typhoon"), {}, {}, {}},
                   {QStringLiteral("water"), QStringLiteral("W"), QStringLiteral("Water"), {}, {}, {}}});
    board.setDwellSeconds(1);
    const auto waitFor = [](int ms) {
        QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    };
    EXPECT_EQ(board.focusIndex(), 0);
    const QList<qml::WallFocus> same = board.focusList();
    waitFor(600);
    board.setFoci(same);  // a new picture mid-dwell (seats refresh often) keeps the dwell
    EXPECT_EQ(board.focusIndex(), 0);
    waitFor(800);
    EXPECT_EQ(board.focusIndex(), 1) << "one dwell after the start, not after the refresh";
    board.setTakeovers({qml::WallTakeover{QStringLiteral("level:x:1"), QStringLiteral("level"), QStringLiteral("Ⅳ"), {}, Qt::blue, {}, {}, {}}});
    waitFor(1400);
    EXPECT_EQ(board.focusIndex(), 1) << "held by the takeover";
    EXPECT_EQ(board.takeover().value(QStringLiteral("key")).toString(), QStringLiteral("level:x:1"));
    board.setTakeovers({});
    waitFor(1400);
    EXPECT_EQ(board.focusIndex(), 0) << "resumed once acknowledged";
    board.togglePause();
    waitFor(1400);
    EXPECT_EQ(board.focusIndex(), 0) << "paused by the operator";
}

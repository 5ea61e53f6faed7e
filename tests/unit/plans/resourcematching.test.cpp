// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The resources part of a workspace's situation: the needs of the level a plan has reached and of
// the desk's requests, less what open dispatches send; the optimal matching over the inventory as
// known at T; the gap list and the balance per kind; against a golden file.
#include "incidents/incidentledger.h"
#include "plans/planactivation.h"
#include "plans/resourcematching.h"
#include "situation/situationjson.h"
#include "store/sqlitejournal.h"
#include "tests/support/golden.h"
#include "tests/unit/plans/planfixture.h"

#include <QJsonDocument>

using namespace lookout;
using namespace lookout::test;

namespace {

incidents::InventoryItem item(const QString &id, incidents::ResourceKind kind, GeoPoint at, incidents::ResourceStatus status)
{
    incidents::InventoryItem made;
    made.id = id;
    made.kind = kind;
    made.name = id;
    made.position = at;
    made.status = status;
    made.exercise = true;
    return made;
}

} // namespace

class ResourceMatchingTest : public PlanTest {
protected:
    void SetUp() override
    {
        PlanTest::SetUp();
        importDivisions();
        const plans::PlanReading reading = plans::readPlanFile(test::packagingData(QStringLiteral("plans/zhuhai-typhoon.yaml")));
        ASSERT_TRUE(reading.ok());
        m_plan = *reading.plan;
        m_journal = std::make_unique<store::SqliteJournal>(m_workspace->database());
        m_ledger = std::make_unique<incidents::IncidentLedger>(*m_journal);

        using incidents::ResourceKind;
        using incidents::ResourceStatus;
        QList<incidents::InventoryItem> items;
        auto shelter = item(QStringLiteral("shelter-a"), ResourceKind::Shelter, {113.56, 22.27}, ResourceStatus::Open);
        shelter.capacityNight = 1500;
        items << shelter;
        auto closed = item(QStringLiteral("shelter-b"), ResourceKind::Shelter, {113.30, 22.21}, ResourceStatus::Closed);
        closed.capacityNight = 1000;
        items << closed;
        items << item(QStringLiteral("team-1"), ResourceKind::Team, {113.55, 22.27}, ResourceStatus::Available)
              << item(QStringLiteral("team-2"), ResourceKind::Team, {113.29, 22.21}, ResourceStatus::Available)
              << item(QStringLiteral("team-3"), ResourceKind::Team, {113.36, 22.05}, ResourceStatus::Resting);
        auto pumps = item(QStringLiteral("pumps-near"), ResourceKind::Equipment, {113.36, 22.05}, ResourceStatus::Available);
        pumps.equipmentType = QStringLiteral("pumps");
        pumps.quantity = 2;
        items << pumps;
        // 恩平: about 100 km from 井岸, over two hours at 40 km/h × 1.3.
        auto depot = item(QStringLiteral("depot-far"), ResourceKind::Depot, {112.305, 22.183}, ResourceStatus::Available);
        depot.stock = {{QStringLiteral("pumps"), 5, QStringLiteral("pumps")}};
        items << depot;
        act([&](const incidents::RecordState &state) { return state.inventory.import(items, QStringLiteral("test"), as(utc(2018, 9, 14, 8))); });
        act([&](const incidents::RecordState &state) {
            return state.incidents.open(QStringLiteral("山竹 exercise"), incidents::Hazard::Typhoon, true,
                                        {AreaRef{QStringLiteral("4404"), QStringLiteral("珠海市")}}, {}, {}, as(utc(2018, 9, 15, 2)));
        });
        m_incident = m_ledger->book().incidents().last().id;
        level(incidents::LevelAction::Start, 3, utc(2018, 9, 15, 9));
    }

    void act(const incidents::IncidentLedger::Command &command)
    {
        auto entry = m_ledger->act(command);
        ASSERT_TRUE(entry.ok()) << entry.error().toString().toStdString();
    }
    void level(incidents::LevelAction action, int to, const QDateTime &at)
    {
        act([&](const incidents::RecordState &state) {
            return state.responses.activate(state.incidents, m_incident, action, to, QStringLiteral("陈"), QStringLiteral("演练"), plans::planRef(m_plan),
                                            plans::tasksUpTo(m_plan, to), as(at));
        });
    }
    static incidents::Actor as(const QDateTime &at) { return {QStringLiteral("li.duty"), QStringLiteral("desk-1"), at}; }

    situation::Situation matchedAt(const QDateTime &at)
    {
        situation::Situation situation = situationAt(at);
        situation.resources = plans::matchResources(situation, {m_plan}, areas(), plans::ResourceTravel::straightLine(40, 1.3));
        return situation;
    }
    static const situation::ResourceGap *gapOf(const situation::ResourcesPart &part, const QString &need)
    {
        for (const situation::ResourceGap &gap : part.gaps)
            if (gap.need == need)
                return &gap;
        return nullptr;
    }
    static const situation::KindBalance *balanceOf(const situation::ResourcesPart &part, const QString &kind)
    {
        for (const situation::KindBalance &balance : part.kinds)
            if (balance.kind == kind)
                return &balance;
        return nullptr;
    }

    plans::Plan m_plan;
    std::unique_ptr<store::SqliteJournal> m_journal;
    std::unique_ptr<incidents::IncidentLedger> m_ledger;
    QString m_incident;
};

TEST_F(ResourceMatchingTest, ALevelNeedsWhatThePlanListsForItAndOnlyOpenSheltersGivePlaces)
{
    // At Ⅲ the plan needs 5,000 shelter places in 珠海市 and no teams (those are Ⅱ's).
    const situation::Situation atThree = matchedAt(utc(2018, 9, 15, 10));
    const situation::ResourcesPart &part = atThree.resources;
    ASSERT_EQ(part.needs.size(), 1);
    EXPECT_EQ(part.needs.front().id, QStringLiteral("plan/zhuhai-typhoon/shelter-places/4404"));
    EXPECT_EQ(part.needs.front().quantity, 5000);
    EXPECT_EQ(part.needs.front().level, 3);
    EXPECT_EQ(part.needs.front().area.name, QStringLiteral("珠海市"));
    EXPECT_TRUE(part.needs.front().exercise);
    EXPECT_TRUE(part.matched);
    EXPECT_TRUE(part.estimate);
    EXPECT_TRUE(part.travel.startsWith(QStringLiteral("estimate, no road data")));
    // Only the open shelter's 1,500 places: the closed one is not offered.
    ASSERT_EQ(part.proposals.size(), 1);
    EXPECT_EQ(part.proposals.front().resource, QStringLiteral("shelter-a"));
    EXPECT_EQ(part.proposals.front().quantity, 1500);
    const situation::ResourceGap *gap = gapOf(part, part.needs.front().id);
    ASSERT_NE(gap, nullptr);
    EXPECT_EQ(gap->shortfall(), 3500);
    EXPECT_EQ(gap->reason, QStringLiteral("not-enough"));
    const situation::KindBalance *places = balanceOf(part, QStringLiteral("shelter-places"));
    ASSERT_NE(places, nullptr);
    EXPECT_EQ(places->available, 1500);
    EXPECT_EQ(places->needed, 5000);
    EXPECT_EQ(places->shortfall, 3500);
}

TEST_F(ResourceMatchingTest, AHigherLevelReplacesTheNeedRequestsAndDispatchesCountAndTheGoldenFileHolds)
{
    level(incidents::LevelAction::Raise, 2, utc(2018, 9, 15, 22));
    // A request for 3 pumps at 井岸镇 within an hour; only the 2 near ones can be there in time.
    act([&](const incidents::RecordState &state) {
        incidents::ResourceRequest request;
        request.incident = m_incident;
        request.kind = QStringLiteral("pumps");
        request.quantity = 3;
        request.area = AreaRef{QStringLiteral("440403107"), QStringLiteral("井岸镇")};
        request.position = GeoPoint{113.296, 22.206};
        request.neededBy = utc(2018, 9, 15, 23, 30);
        return state.requests.make(state.incidents, request, as(utc(2018, 9, 15, 22, 20)));
    });
    const QString teamNeed = QStringLiteral("plan/zhuhai-typhoon/rescue-team/4404");
    act([&](const incidents::RecordState &state) {
        return state.inventory.orderDispatch(QStringLiteral("team-1"), m_incident, teamNeed, 1, 25, as(utc(2018, 9, 15, 22, 25)));
    });
    const situation::Situation situation = matchedAt(utc(2018, 9, 15, 22, 30));
    const situation::ResourcesPart &part = situation.resources;
    ASSERT_EQ(part.needs.size(), 3);
    for (const situation::ResourceNeed &need : part.needs) {
        if (need.kind == QStringLiteral("shelter-places")) {
            EXPECT_EQ(need.quantity, 20000) << "Ⅱ's 20,000 replace Ⅲ's 5,000";
        }
    }
    const situation::ResourceGap *teams = gapOf(part, teamNeed);
    ASSERT_NE(teams, nullptr);
    EXPECT_EQ(teams->needed, 9) << "10 needed, 1 dispatched";
    EXPECT_EQ(teams->covered, 1) << "team-2; team-1 is out, team-3 resting";
    const situation::ResourceGap *pumps = gapOf(part, QStringLiteral("request-1"));
    ASSERT_NE(pumps, nullptr);
    EXPECT_EQ(pumps->covered, 2);
    EXPECT_EQ(pumps->reason, QStringLiteral("not-in-time")) << "the far depot's pumps cannot arrive within the hour";
    const situation::KindBalance *team = balanceOf(part, QStringLiteral("rescue-team"));
    ASSERT_NE(team, nullptr);
    EXPECT_EQ(team->committed, 1);
    EXPECT_EQ(team->available, 1);
    ASSERT_EQ(part.dispatches.size(), 1);
    EXPECT_EQ(part.dispatches.front().resource, QStringLiteral("team-1"));
    EXPECT_EQ(part.dispatches.front().to, part.needs.front().position) << "drawn to the need it serves";
    EXPECT_FALSE(part.dispatches.front().late);
    EXPECT_TRUE(matchedAt(utc(2018, 9, 15, 23)).resources.dispatches.front().late) << "ETA 22:50, not arrived at 23:00";

    const QByteArray json = QJsonDocument(situation::resourcesJson(part)).toJson(QJsonDocument::Indented);
    const QString difference = test::goldenDifference(QStringLiteral("situation/resources-exercise-2018-09-15.json"), json);
    EXPECT_TRUE(difference.isEmpty()) << difference.toStdString();

    // Cancelled, the request is no longer a need; released, the team is free again.
    act([&](const incidents::RecordState &state) { return state.requests.cancel(1, QStringLiteral("积水已退"), as(utc(2018, 9, 15, 23, 10))); });
    act([&](const incidents::RecordState &state) { return state.inventory.release(1, as(utc(2018, 9, 15, 23, 20))); });
    const situation::ResourcesPart later = matchedAt(utc(2018, 9, 15, 23, 30)).resources;
    EXPECT_EQ(later.needs.size(), 2);
    EXPECT_EQ(gapOf(later, QStringLiteral("request-1")), nullptr);
    EXPECT_EQ(gapOf(later, teamNeed)->needed, 10);
    EXPECT_EQ(gapOf(later, teamNeed)->covered, 2);
    EXPECT_TRUE(later.dispatches.isEmpty());
}

TEST_F(ResourceMatchingTest, NoResponseUnderAPlanAndNoRequestNeedsNothing)
{
    level(incidents::LevelAction::End, 0, utc(2018, 9, 15, 12));
    const situation::ResourcesPart part = matchedAt(utc(2018, 9, 15, 13)).resources;
    EXPECT_TRUE(part.needs.isEmpty());
    EXPECT_FALSE(part.matched);
    EXPECT_TRUE(part.gaps.isEmpty());
    const situation::KindBalance *places = balanceOf(part, QStringLiteral("shelter-places"));
    ASSERT_NE(places, nullptr) << "the balance still shows what is available";
    EXPECT_EQ(places->available, 1500);
}

TEST_F(ResourceMatchingTest, ARequestIsRefusedWithoutAnIncidentAQuantityAPlaceOrWithAPastTime)
{
    auto make = [&](auto change) {
        incidents::ResourceRequest request;
        request.incident = m_incident;
        request.kind = QStringLiteral("boats");
        request.quantity = 2;
        request.position = GeoPoint{113.3, 22.2};
        change(request);
        const incidents::RecordState &state = m_ledger->state();
        return state.requests.make(state.incidents, request, as(utc(2018, 9, 15, 12)));
    };
    EXPECT_TRUE(make([](incidents::ResourceRequest &) {}).ok());
    EXPECT_EQ(make([](incidents::ResourceRequest &r) { r.incident = QStringLiteral("2099-001"); }).error().code, Error::Code::NotFound);
    EXPECT_EQ(make([](incidents::ResourceRequest &r) { r.quantity = 0; }).error().context.value(0), QStringLiteral("quantity"));
    EXPECT_EQ(make([](incidents::ResourceRequest &r) { r.kind.clear(); }).error().context.value(0), QStringLiteral("kind"));
    EXPECT_EQ(make([](incidents::ResourceRequest &r) { r.position = GeoPoint{}; }).error().context.value(0), QStringLiteral("where"));
    EXPECT_EQ(make([](incidents::ResourceRequest &r) { r.neededBy = utc(2018, 9, 15, 11); }).error().context.value(0), QStringLiteral("needed by"));
    EXPECT_FALSE(m_ledger->state().requests.cancel(1, {}, as(utc(2018, 9, 15, 12))).ok()) << "no request 1 yet";
}

TEST_F(ResourceMatchingTest, ANeedWhoseAreaHasNoBoundaryHereIsAGapNotAGuess)
{
    // The Yangtze plan's needs are for Hubei (42): no boundary of it in this workspace.
    const plans::PlanReading reading = plans::readPlanFile(test::packagingData(QStringLiteral("plans/yangtze-hubei-flood.yaml")));
    ASSERT_TRUE(reading.ok());
    m_plan = *reading.plan;
    level(incidents::LevelAction::End, 0, utc(2018, 9, 15, 10));
    act([&](const incidents::RecordState &state) {
        return state.incidents.open(QStringLiteral("flood exercise"), incidents::Hazard::Flood, true, {AreaRef{QStringLiteral("42"), QStringLiteral("湖北省")}},
                                    {}, {}, as(utc(2018, 9, 15, 11)));
    });
    m_incident = m_ledger->book().incidents().last().id;
    level(incidents::LevelAction::Start, 3, utc(2018, 9, 15, 12));
    const situation::ResourcesPart part = matchedAt(utc(2018, 9, 15, 13)).resources;
    ASSERT_EQ(part.needs.size(), 1);
    EXPECT_EQ(part.needs.front().position, GeoPoint{});
    ASSERT_EQ(part.gaps.size(), 1);
    EXPECT_EQ(part.gaps.front().reason, QStringLiteral("no-place"));
    EXPECT_EQ(part.gaps.front().shortfall(), 200000);
    EXPECT_TRUE(part.proposals.isEmpty());
}

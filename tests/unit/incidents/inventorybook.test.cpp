// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The inventory as a fold of the record: an import in one entry, status, stock and occupancy
// changes each an entry, and the inventory as known at earlier times.
#include "incidents/incidentledger.h"
#include "store/sqlitejournal.h"
#include "store/workspace.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace lookout;
using namespace lookout::incidents;

namespace {

const QDateTime kT0(QDate(2018, 9, 15), QTime(3, 0), QTimeZone::utc());

Actor as(int minutes)
{
    return Actor{QStringLiteral("li.duty"), QStringLiteral("desk-1"), kT0.addSecs(minutes * 60)};
}

QList<InventoryItem> exerciseItems()
{
    InventoryItem team;
    team.id = QStringLiteral("team-1");
    team.kind = ResourceKind::Team;
    team.people = 30;
    team.exercise = true;
    team.area = {QStringLiteral("440402"), QStringLiteral("香洲区")};
    InventoryItem depot;
    depot.id = QStringLiteral("depot-1");
    depot.kind = ResourceKind::Depot;
    depot.stock = {{QStringLiteral("sandbags"), 20000, QStringLiteral("bags")}};
    depot.exercise = true;
    InventoryItem shelter;
    shelter.id = QStringLiteral("shelter-1");
    shelter.kind = ResourceKind::Shelter;
    shelter.status = ResourceStatus::Open;
    shelter.capacityNight = 400;
    shelter.exercise = true;
    return {team, depot, shelter};
}

} // namespace

TEST(InventoryBook, ChangesAreEntriesAndTheInventoryIsAsKnownAtT)
{
    QTemporaryDir dir;
    store::Workspace workspace = std::move(store::Workspace::create(dir.filePath(QStringLiteral("w.gpkg")), kT0)).value();
    store::SqliteJournal journal(workspace.database());
    IncidentLedger ledger(journal);
    ASSERT_TRUE(ledger.act([](const RecordState &state) { return state.inventory.import(exerciseItems(), QStringLiteral("x.csv"), as(0)); }).ok());
    ASSERT_EQ(ledger.state().inventory.items().size(), 3);
    EXPECT_TRUE(ledger.state().inventory.find(QStringLiteral("team-1"))->exercise);
    EXPECT_EQ(ledger.state().inventory.find(QStringLiteral("team-1"))->area.code, QStringLiteral("440402"));

    ASSERT_TRUE(ledger.act([](const RecordState &state) { return state.inventory.setStatus(QStringLiteral("team-1"), ResourceStatus::Assigned, QStringLiteral("to 斗门"), as(60)); }).ok());
    ASSERT_TRUE(ledger.act([](const RecordState &state) { return state.inventory.setStock(QStringLiteral("depot-1"), QStringLiteral("sandbags"), 15000, QStringLiteral("bags"), as(90)); }).ok());
    ASSERT_TRUE(ledger.act([](const RecordState &state) { return state.inventory.setOccupancy(QStringLiteral("shelter-1"), 350, as(120)); }).ok());
    // Refused: a status that does not fit the kind, stock on a team, occupancy of a depot, no such item.
    EXPECT_FALSE(ledger.act([](const RecordState &state) { return state.inventory.setStatus(QStringLiteral("team-1"), ResourceStatus::Open, {}, as(130)); }).ok());
    EXPECT_FALSE(ledger.act([](const RecordState &state) { return state.inventory.setStock(QStringLiteral("team-1"), QStringLiteral("x"), 1, {}, as(130)); }).ok());
    EXPECT_FALSE(ledger.act([](const RecordState &state) { return state.inventory.setOccupancy(QStringLiteral("depot-1"), 1, as(130)); }).ok());
    EXPECT_FALSE(ledger.act([](const RecordState &state) { return state.inventory.setStatus(QStringLiteral("nope"), ResourceStatus::Resting, {}, as(130)); }).ok());

    const InventoryBook &now = ledger.state().inventory;
    EXPECT_EQ(now.find(QStringLiteral("team-1"))->status, ResourceStatus::Assigned);
    EXPECT_EQ(now.find(QStringLiteral("team-1"))->changedBy, QStringLiteral("li.duty"));
    EXPECT_EQ(now.find(QStringLiteral("depot-1"))->stock.front().quantity, 15000);
    EXPECT_EQ(now.find(QStringLiteral("shelter-1"))->occupancy, 350);

    auto earlier = store::entriesKnownAt(journal, kT0.addSecs(75 * 60));
    ASSERT_TRUE(earlier.ok());
    const RecordState then = RecordState::fromRecord(*earlier);
    EXPECT_EQ(then.inventory.find(QStringLiteral("team-1"))->status, ResourceStatus::Assigned);
    EXPECT_EQ(then.inventory.find(QStringLiteral("depot-1"))->stock.front().quantity, 20000) << "the stock change came later";
    EXPECT_EQ(then.inventory.find(QStringLiteral("shelter-1"))->occupancy, 0);

    // A re-import replaces an item wholly, in one entry.
    QList<InventoryItem> again = exerciseItems();
    again[0].people = 25;
    ASSERT_TRUE(ledger.act([&](const RecordState &state) { return state.inventory.import({again[0]}, QStringLiteral("y.csv"), as(200)); }).ok());
    EXPECT_EQ(ledger.state().inventory.find(QStringLiteral("team-1"))->people, 25);
    EXPECT_EQ(ledger.state().inventory.find(QStringLiteral("team-1"))->status, ResourceStatus::Available);
    EXPECT_EQ(ledger.state().inventory.items().size(), 3);
    // Nothing half-imported: one wrong item refuses the whole import.
    QList<InventoryItem> wrong = exerciseItems();
    wrong[2].status = ResourceStatus::Resting;
    EXPECT_FALSE(ledger.act([&](const RecordState &state) { return state.inventory.import(wrong, QStringLiteral("z.csv"), as(210)); }).ok());
}

TEST(InventoryBook, ADispatchAssignsTheResourceAndIsInTheIncidentsTimeline)
{
    QTemporaryDir dir;
    store::Workspace workspace = std::move(store::Workspace::create(dir.filePath(QStringLiteral("w.gpkg")), kT0)).value();
    store::SqliteJournal journal(workspace.database());
    IncidentLedger ledger(journal);
    ASSERT_TRUE(ledger.act([](const RecordState &state) { return state.inventory.import(exerciseItems(), QStringLiteral("x.csv"), as(0)); }).ok());
    auto opened = ledger.record([](const IncidentBook &book) {
        return book.open(QStringLiteral("山竹 exercise"), Hazard::Typhoon, true, {AreaRef{QStringLiteral("440402"), QStringLiteral("香洲区")}}, {}, {}, as(5));
    });
    ASSERT_TRUE(opened.ok());
    const QString id = opened->payloadObject().value(QStringLiteral("id")).toString();
    auto order = [&](const QString &resource, qint64 quantity, int minutes) {
        return ledger.act([&](const RecordState &state) {
            return state.inventory.orderDispatch(resource, id, QStringLiteral("dike-1"), quantity, 23, as(minutes));
        });
    };
    ASSERT_TRUE(order(QStringLiteral("team-1"), 1, 10).ok());
    EXPECT_FALSE(order(QStringLiteral("team-1"), 1, 11).ok()) << "assigned already";
    ASSERT_TRUE(order(QStringLiteral("depot-1/sandbags"), 5000, 12).ok());
    EXPECT_FALSE(order(QStringLiteral("depot-1/sandbags"), 20000, 13).ok()) << "15,000 left";
    ASSERT_TRUE(order(QStringLiteral("shelter-1"), 300, 14).ok());
    const InventoryBook &book = ledger.state().inventory;
    ASSERT_EQ(book.dispatches().size(), 3);
    EXPECT_EQ(book.find(QStringLiteral("team-1"))->status, ResourceStatus::Assigned);
    EXPECT_EQ(book.find(QStringLiteral("depot-1"))->stock.front().quantity, 15000);
    EXPECT_EQ(book.find(QStringLiteral("shelter-1"))->occupancy, 300);
    EXPECT_EQ(book.dispatch(1)->eta, kT0.addSecs((10 + 23) * 60));

    ASSERT_TRUE(ledger.act([](const RecordState &state) { return state.inventory.reportArrival(1, as(30)); }).ok());
    EXPECT_FALSE(ledger.act([](const RecordState &state) { return state.inventory.reportArrival(1, as(31)); }).ok());
    ASSERT_TRUE(ledger.act([](const RecordState &state) { return state.inventory.release(1, as(120)); }).ok());
    ASSERT_TRUE(ledger.act([](const RecordState &state) { return state.inventory.release(3, as(121)); }).ok());
    EXPECT_FALSE(ledger.act([](const RecordState &state) { return state.inventory.release(1, as(122)); }).ok());
    EXPECT_EQ(book.find(QStringLiteral("team-1"))->status, ResourceStatus::Available) << "back once released";
    EXPECT_EQ(book.find(QStringLiteral("shelter-1"))->occupancy, 0);
    EXPECT_EQ(book.dispatch(1)->arrivedAt, kT0.addSecs(30 * 60));

    int inTimeline = 0;
    for (const TimelineItem &item : ledger.book().find(id)->timeline)
        inTimeline += item.kind.startsWith(QLatin1String("dispatch.")) ? 1 : 0;
    EXPECT_EQ(inTimeline, 6) << "three orders, an arrival, two releases";
}

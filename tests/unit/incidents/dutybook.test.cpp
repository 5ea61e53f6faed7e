// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "incidents/incidentledger.h"
#include "store/sqlitejournal.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace lookout;
using namespace lookout::incidents;

namespace {

const QDateTime kT0(QDate(2018, 9, 16), QTime(0, 0), QTimeZone::utc());

Actor as(const QString &user, int minutes)
{
    return Actor{user, QStringLiteral("desk-1"), kT0.addSecs(minutes * 60)};
}

struct Desk {
    QTemporaryDir dir;
    store::Workspace workspace;
    store::SqliteJournal journal;
    IncidentLedger ledger;
    Desk()
        : workspace(std::move(store::Workspace::create(dir.filePath(QStringLiteral("w.gpkg")), kT0)).value()),
          journal(workspace.database()), ledger(journal)
    {
    }
    Result<store::JournalEntry> duty(const std::function<Result<store::JournalDraft>(const DutyBook &, const IncidentBook &)> &command)
    {
        return ledger.act([&](const RecordState &state) { return command(state.duty, state.incidents); });
    }
};

} // namespace

TEST(DutyBook, RosterLogTasksAndAHandoverConfirmedByBothOfficers)
{
    Desk desk;
    ASSERT_TRUE(desk.duty([](const DutyBook &book, const IncidentBook &) {
        return book.addShift(kT0, kT0.addSecs(12 * 3600), QStringLiteral("li.duty"), QStringLiteral("duty officer"), as(QStringLiteral("admin"), 0));
    }).ok());
    ASSERT_TRUE(desk.duty([](const DutyBook &book, const IncidentBook &) {
        return book.addShift(kT0.addSecs(12 * 3600), kT0.addSecs(24 * 3600), QStringLiteral("wang.duty"), QStringLiteral("duty officer"),
                             as(QStringLiteral("admin"), 0));
    }).ok());
    EXPECT_FALSE(desk.duty([](const DutyBook &book, const IncidentBook &) {
        return book.addShift(kT0, kT0, QStringLiteral("x"), QStringLiteral("duty officer"), as(QStringLiteral("admin"), 0));
    }).ok());

    auto opened = desk.ledger.record([](const IncidentBook &book) {
        return book.open(QStringLiteral("山竹 exercise"), Hazard::Typhoon, true, {AreaRef{QStringLiteral("440781"), QStringLiteral("台山市")}}, {}, {}, as(QStringLiteral("li.duty"), 5));
    });
    ASSERT_TRUE(opened.ok());
    ASSERT_TRUE(desk.ledger.record([](const IncidentBook &book) {
        return book.changeLevel(QStringLiteral("2018-001"), LevelAction::Start, 2, QStringLiteral("张"), QStringLiteral("orange"),
                                as(QStringLiteral("li.duty"), 10));
    }).ok());
    ASSERT_TRUE(desk.duty([](const DutyBook &book, const IncidentBook &) {
        return book.logEntry(QStringLiteral("市三防办电话：台山沿海转移"), QStringLiteral("2018-001"), {}, as(QStringLiteral("li.duty"), 20));
    }).ok());
    auto task = desk.duty([](const DutyBook &book, const IncidentBook &) {
        return book.openTask(QStringLiteral("核实广海镇转移人数"), QStringLiteral("广海镇"), QStringLiteral("2018-001"), as(QStringLiteral("li.duty"), 25));
    });
    ASSERT_TRUE(task.ok());
    EXPECT_EQ(desk.ledger.duty().onDutyAt(kT0.addSecs(3600)).value(0).officer, QStringLiteral("li.duty"));

    auto handover = desk.duty([](const DutyBook &book, const IncidentBook &incidents) {
        return book.handover(incidents, ResponseBook{}, InventoryBook{}, {QStringLiteral("台风橙色预警 (unacknowledged)")}, {QStringLiteral("三灶 tide +0.4 m over warning")},
                             QStringLiteral("li.duty"), QStringLiteral("wang.duty"), as(QStringLiteral("li.duty"), 720));
    });
    ASSERT_TRUE(handover.ok()) << handover.error().toString().toStdString();
    const QJsonObject summary = handover->payloadObject().value(QStringLiteral("summary")).toObject();
    ASSERT_EQ(summary.value(QStringLiteral("incidents")).toArray().size(), 1);
    EXPECT_EQ(summary.value(QStringLiteral("incidents")).toArray().at(0)[QStringLiteral("level")].toInt(), 2);
    EXPECT_EQ(summary.value(QStringLiteral("open_tasks")).toArray().size(), 1);
    EXPECT_EQ(summary.value(QStringLiteral("log")).toArray().size(), 1);
    EXPECT_EQ(summary.value(QStringLiteral("unacknowledged_warnings")).toArray().size(), 1);

    // A second handover cannot start while this one waits; only the named officers confirm.
    EXPECT_FALSE(desk.duty([](const DutyBook &book, const IncidentBook &incidents) {
        return book.handover(incidents, ResponseBook{}, InventoryBook{}, {}, {}, QStringLiteral("wang.duty"), QStringLiteral("li.duty"), as(QStringLiteral("wang.duty"), 721));
    }).ok());
    const qint64 id = handover->sequence;
    auto impostor = desk.duty([&](const DutyBook &book, const IncidentBook &) {
        return book.confirmHandover(id, QStringLiteral("incoming"), as(QStringLiteral("zhao"), 722));
    });
    ASSERT_FALSE(impostor.ok());
    EXPECT_TRUE(impostor.error().message.contains(QStringLiteral("only wang.duty")));
    ASSERT_TRUE(desk.duty([&](const DutyBook &book, const IncidentBook &) {
        return book.confirmHandover(id, QStringLiteral("outgoing"), as(QStringLiteral("li.duty"), 723));
    }).ok());
    EXPECT_FALSE(desk.ledger.duty().handovers().first().isComplete());
    ASSERT_TRUE(desk.duty([&](const DutyBook &book, const IncidentBook &) {
        return book.confirmHandover(id, QStringLiteral("incoming"), as(QStringLiteral("wang.duty"), 724));
    }).ok());
    EXPECT_FALSE(desk.duty([&](const DutyBook &book, const IncidentBook &) {
        return book.confirmHandover(id, QStringLiteral("incoming"), as(QStringLiteral("wang.duty"), 725));
    }).ok());

    // Rebuilt from the record: complete, and the log starts afresh after it.
    const DutyBook rebuilt = DutyBook::fromRecord(*store::entriesKnownAt(desk.journal, {}));
    ASSERT_EQ(rebuilt.handovers().size(), 1);
    EXPECT_TRUE(rebuilt.handovers().first().isComplete());
    EXPECT_TRUE(rebuilt.logSinceLastHandover().isEmpty());
    ASSERT_TRUE(desk.duty([&](const DutyBook &book, const IncidentBook &) {
        return book.finishTask(task->sequence, QStringLiteral("1,830 人已转移"), as(QStringLiteral("wang.duty"), 800));
    }).ok());
    EXPECT_FALSE(desk.ledger.duty().tasks().first().isOpen());
    // As known before the incoming officer confirmed, the handover was still pending.
    const DutyBook before = DutyBook::fromRecord(*store::entriesKnownAt(desk.journal, kT0.addSecs(723 * 60)));
    EXPECT_FALSE(before.handovers().first().isComplete());
}

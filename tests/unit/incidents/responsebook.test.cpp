// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// Activations under a plan and their tasks, through a real record: start, raise, lower, end,
// reports, closing, overdue, and the same as known at earlier times.
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

Actor as(const QString &user, int minutes)
{
    return Actor{user, QStringLiteral("desk-1"), kT0.addSecs(minutes * 60)};
}

const PlanRef kPlan{QStringLiteral("zhuhai-typhoon"), QStringLiteral("珠海市防风应急响应"), QStringLiteral("template"), true};

const QList<TaskDraft> kLevel4{{QStringLiteral("duty-watch"), 4, QStringLiteral("加强值班值守"), QStringLiteral("市三防办"), 1, true}};
const QList<TaskDraft> kUpTo3{kLevel4.front(),
                              {QStringLiteral("schools-closed"), 3, QStringLiteral("幼儿园、中小学停课"), QStringLiteral("市教育局"), 2, true},
                              {QStringLiteral("joint-duty"), 3, QStringLiteral("成员单位联合值守"), QStringLiteral("成员单位"), 2, false}};

struct Desk {
    QTemporaryDir dir;
    store::Workspace workspace;
    store::SqliteJournal journal;
    IncidentLedger ledger;
    QString incident;
    Desk()
        : workspace(std::move(store::Workspace::create(dir.filePath(QStringLiteral("w.gpkg")), kT0)).value()),
          journal(workspace.database()), ledger(journal)
    {
        auto opened = ledger.record([](const IncidentBook &book) {
            return book.open(QStringLiteral("山竹 exercise"), Hazard::Typhoon, true, {AreaRef{QStringLiteral("4404"), QStringLiteral("珠海市")}},
                             {}, {}, as(QStringLiteral("li.duty"), 0));
        });
        EXPECT_TRUE(opened.ok());
        incident = opened->payloadObject().value(QStringLiteral("id")).toString();
    }
    Result<store::JournalEntry> activate(LevelAction action, int level, const QList<TaskDraft> &tasks, int minutes,
                                         const QString &commander = QStringLiteral("陈指挥"))
    {
        return ledger.act([&](const RecordState &state) {
            return state.responses.activate(state.incidents, incident, action, level, commander, QStringLiteral("演练"), kPlan, tasks,
                                            as(QStringLiteral("li.duty"), minutes));
        });
    }
    RecordState knownAt(const QDateTime &at)
    {
        auto entries = store::entriesKnownAt(journal, at);
        EXPECT_TRUE(entries.ok());
        return RecordState::fromRecord(entries ? *entries : QList<store::JournalEntry>{});
    }
};

} // namespace

TEST(ResponseBook, ActivationCreatesTheLevelsTasksAndARaiseAddsOnlyNewOnes)
{
    Desk desk;
    auto started = desk.activate(LevelAction::Start, 4, kLevel4, 10);
    ASSERT_TRUE(started.ok()) << started.error().toString().toStdString();
    const ResponseBook &book = desk.ledger.state().responses;
    ASSERT_EQ(book.tasks().size(), 1);
    EXPECT_EQ(book.tasks()[0].number, 1);
    EXPECT_EQ(book.tasks()[0].dueAt, kT0.addSecs(70 * 60));
    EXPECT_EQ(desk.ledger.book().find(desk.incident)->level, 4);
    ASSERT_NE(book.activationOf(desk.incident), nullptr);
    EXPECT_EQ(book.activationOf(desk.incident)->plan.id, QStringLiteral("zhuhai-typhoon"));

    ASSERT_TRUE(desk.activate(LevelAction::Raise, 3, kUpTo3, 360).ok());
    ASSERT_EQ(book.tasks().size(), 3) << "duty-watch exists already";
    EXPECT_EQ(book.tasks()[1].action, QStringLiteral("schools-closed"));
    EXPECT_EQ(book.tasks()[1].dueAt, kT0.addSecs((360 + 120) * 60));
    EXPECT_EQ(desk.ledger.book().find(desk.incident)->level, 3);

    // Lowering and ending keep the open tasks.
    ASSERT_TRUE(desk.activate(LevelAction::Lower, 4, kLevel4, 600).ok());
    ASSERT_TRUE(desk.activate(LevelAction::End, 0, {}, 700).ok());
    EXPECT_EQ(book.tasks().size(), 3);
    EXPECT_EQ(book.activations().size(), 4);
    EXPECT_TRUE(book.tasks()[2].isOpen());
}

TEST(ResponseBook, ARefusedLevelStepCreatesNoTasks)
{
    Desk desk;
    EXPECT_FALSE(desk.activate(LevelAction::Start, 4, kLevel4, 10, QString()).ok()) << "a commander is named";
    EXPECT_FALSE(desk.activate(LevelAction::Raise, 3, kUpTo3, 10).ok()) << "nothing to raise before a start";
    EXPECT_TRUE(desk.ledger.state().responses.tasks().isEmpty());
    EXPECT_TRUE(desk.ledger.state().responses.activations().isEmpty());
}

TEST(ResponseBook, TasksRunOpenOverdueReportedClosedAsKnownAtEachTime)
{
    Desk desk;
    ASSERT_TRUE(desk.activate(LevelAction::Start, 3, kUpTo3, 0).ok());
    const ResponseTask *schools = desk.ledger.state().responses.task(2);
    ASSERT_NE(schools, nullptr);
    EXPECT_EQ(schools->stateAt(kT0.addSecs(60 * 60)), TaskState::Open);
    EXPECT_EQ(schools->stateAt(kT0.addSecs(121 * 60)), TaskState::Overdue);

    // Closing before the report it asks for is refused; an empty report too.
    auto refused = desk.ledger.act([](const RecordState &state) { return state.responses.closeTask(2, {}, as(QStringLiteral("li.duty"), 150)); });
    EXPECT_FALSE(refused.ok());
    EXPECT_FALSE(desk.ledger.act([](const RecordState &state) { return state.responses.reportTask(2, QStringLiteral("  "), as(QStringLiteral("li.duty"), 150)); }).ok());
    EXPECT_FALSE(desk.ledger.act([](const RecordState &state) { return state.responses.reportTask(9, QStringLiteral("x"), as(QStringLiteral("li.duty"), 150)); }).ok());

    ASSERT_TRUE(desk.ledger.act([](const RecordState &state) {
        return state.responses.reportTask(2, QStringLiteral("全市 412 所学校已停课"), as(QStringLiteral("edu.liaison"), 150));
    }).ok());
    ASSERT_TRUE(desk.ledger.act([](const RecordState &state) { return state.responses.closeTask(2, QStringLiteral("核实"), as(QStringLiteral("li.duty"), 170)); }).ok());
    EXPECT_FALSE(desk.ledger.act([](const RecordState &state) { return state.responses.closeTask(2, {}, as(QStringLiteral("li.duty"), 175)); }).ok());
    // joint-duty asks for no report: it closes directly.
    ASSERT_TRUE(desk.ledger.act([](const RecordState &state) { return state.responses.closeTask(3, {}, as(QStringLiteral("li.duty"), 180)); }).ok());

    const ResponseTask &now = *desk.ledger.state().responses.task(2);
    EXPECT_EQ(now.reportedBy, QStringLiteral("edu.liaison"));
    EXPECT_EQ(now.report, QStringLiteral("全市 412 所学校已停课"));
    EXPECT_EQ(now.stateAt(kT0.addSecs(160 * 60)), TaskState::Reported);
    EXPECT_EQ(now.stateAt(kT0.addSecs(200 * 60)), TaskState::Closed);

    // As known before the report: overdue, no report in the record yet.
    const RecordState before = desk.knownAt(kT0.addSecs(140 * 60));
    ASSERT_NE(before.responses.task(2), nullptr);
    EXPECT_TRUE(before.responses.task(2)->report.isEmpty());
    EXPECT_EQ(before.responses.task(2)->stateAt(kT0.addSecs(140 * 60)), TaskState::Overdue);
    EXPECT_TRUE(desk.knownAt(kT0.addSecs(-1)).responses.tasks().isEmpty());
}

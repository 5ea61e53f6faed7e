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

// Mangkhut's approach to Taishan, 2018-09-16 (UTC).
const QDateTime kT0(QDate(2018, 9, 15), QTime(8, 0), QTimeZone::utc());

Actor at(int hours, const QString &user = QStringLiteral("li.duty"))
{
    return Actor{user, QStringLiteral("desk-1"), kT0.addSecs(hours * 3600)};
}

struct Record {
    QTemporaryDir dir;
    store::Workspace workspace;
    store::SqliteJournal journal;
    IncidentLedger ledger;
    Record()
        : workspace(std::move(store::Workspace::create(dir.filePath(QStringLiteral("w.gpkg")), kT0)).value()),
          journal(workspace.database()), ledger(journal)
    {
    }
};

QString openTyphoon(IncidentLedger &ledger, bool exercise = true)
{
    auto entry = ledger.record([&](const IncidentBook &book) {
        return book.open(QStringLiteral("台风“山竹”防御 Typhoon Mangkhut"), Hazard::Typhoon, exercise,
                         {AreaRef{QStringLiteral("440781"), QStringLiteral("台山市")}, AreaRef{QStringLiteral("440704"), QStringLiteral("江海区")}},
                         {}, {{QStringLiteral("gd"), QStringLiteral("44000041600000_20180915")}},
                         at(0));
    });
    EXPECT_TRUE(entry.ok()) << (entry ? "" : entry.error().toString().toStdString());
    return entry ? entry->payloadObject().value(QStringLiteral("id")).toString() : QString();
}

Result<store::JournalEntry> level(IncidentLedger &ledger, const QString &id, LevelAction action, int to, int hours,
                                  const QString &reason = QStringLiteral("signal raised"))
{
    return ledger.record([&](const IncidentBook &book) {
        return book.changeLevel(id, action, to, QStringLiteral("张指挥 Zhang"), reason, at(hours));
    });
}

} // namespace

TEST(IncidentBook, ATyphoonResponseRaisedAndEndedIsRebuiltFromTheRecord)
{
    Record record;
    const QString id = openTyphoon(record.ledger);
    EXPECT_EQ(id, QStringLiteral("2018-001"));
    ASSERT_TRUE(level(record.ledger, id, LevelAction::Start, 4, 2).ok());
    ASSERT_TRUE(level(record.ledger, id, LevelAction::Raise, 3, 8).ok());
    ASSERT_TRUE(level(record.ledger, id, LevelAction::Raise, 2, 14).ok());
    ASSERT_TRUE(record.ledger.record([&](const IncidentBook &book) {
        return book.note(id, QStringLiteral("台山转移群众 12,000 人"), at(15));
    }).ok());

    const Incident *running = record.ledger.book().find(id);
    ASSERT_NE(running, nullptr);
    EXPECT_TRUE(running->exercise);
    EXPECT_EQ(running->state, IncidentState::Response);
    EXPECT_EQ(running->level, 2);
    EXPECT_EQ(running->responseStartedAt, kT0.addSecs(2 * 3600));
    EXPECT_EQ(running->levelSince, kT0.addSecs(14 * 3600));
    ASSERT_EQ(running->levels.size(), 3);
    EXPECT_EQ(running->levels.at(2).previousLevel, 3);
    EXPECT_EQ(running->levels.at(2).commander, QStringLiteral("张指挥 Zhang"));

    ASSERT_TRUE(level(record.ledger, id, LevelAction::Lower, 4, 30, QStringLiteral("typhoon weakened inland")).ok());
    ASSERT_TRUE(level(record.ledger, id, LevelAction::End, 0, 36, QStringLiteral("signals cancelled")).ok());
    EXPECT_EQ(record.ledger.book().find(id)->state, IncidentState::Review);
    ASSERT_TRUE(record.ledger.record([&](const IncidentBook &book) { return book.close(id, QStringLiteral("review done"), at(72)); }).ok());

    // Another seat, starting from nothing, rebuilds the same incident from the record.
    auto entries = store::entriesKnownAt(record.journal, {});
    ASSERT_TRUE(entries.ok());
    const IncidentBook rebuilt = IncidentBook::fromRecord(*entries);
    const Incident *closed = rebuilt.find(id);
    ASSERT_NE(closed, nullptr);
    EXPECT_EQ(closed->state, IncidentState::Closed);
    EXPECT_EQ(closed->level, 0);
    EXPECT_EQ(closed->levels.size(), 5);
    EXPECT_EQ(closed->timeline.size(), 8);
    EXPECT_EQ(closed->areas, (QList<AreaRef>{{QStringLiteral("440781"), QStringLiteral("台山市")}, {QStringLiteral("440704"), QStringLiteral("江海区")}}));
    EXPECT_TRUE(closed->anomalies.isEmpty());
    EXPECT_TRUE(rebuilt.active().isEmpty());
}

TEST(IncidentBook, AsKnownAtATimeGivesTheLevelThen)
{
    Record record;
    const QString id = openTyphoon(record.ledger);
    ASSERT_TRUE(level(record.ledger, id, LevelAction::Start, 4, 2).ok());
    ASSERT_TRUE(level(record.ledger, id, LevelAction::Raise, 2, 14).ok());
    auto levelAt = [&](int hours) {
        auto entries = store::entriesKnownAt(record.journal, kT0.addSecs(hours * 3600));
        const Incident *incident = IncidentBook::fromRecord(*entries).find(id);
        return incident ? incident->level : -1;
    };
    EXPECT_EQ(levelAt(1), 0);
    EXPECT_EQ(levelAt(2), 4);
    EXPECT_EQ(levelAt(13), 4);
    EXPECT_EQ(levelAt(14), 2);
    auto before = store::entriesKnownAt(record.journal, kT0.addSecs(-60));
    EXPECT_EQ(IncidentBook::fromRecord(*before).find(id), nullptr) << "not yet opened";
}

TEST(IncidentBook, SenselessTransitionsAreRefusedWithAReason)
{
    Record record;
    const QString id = openTyphoon(record.ledger, false);
    auto refusedWith = [&](Result<store::JournalEntry> result, const char *words) {
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().code, Error::Code::InvalidArgument);
        EXPECT_TRUE(result.error().message.contains(QString::fromUtf8(words))) << result.error().message.toStdString();
    };
    refusedWith(level(record.ledger, id, LevelAction::End, 0, 1), "no response was started");
    refusedWith(level(record.ledger, id, LevelAction::Raise, 2, 1), "start one first");
    refusedWith(level(record.ledger, id, LevelAction::Start, 5, 1), "Ⅳ, Ⅲ, Ⅱ or Ⅰ");
    refusedWith(level(record.ledger, id, LevelAction::Start, 4, 1, QString()), "named commander with a reason");
    ASSERT_TRUE(level(record.ledger, id, LevelAction::Start, 4, 2).ok());
    refusedWith(level(record.ledger, id, LevelAction::Lower, 5, 3), "lowest level");
    refusedWith(level(record.ledger, id, LevelAction::Raise, 4, 3), "needs a higher level");
    refusedWith(level(record.ledger, id, LevelAction::Start, 3, 3), "already running");
    refusedWith(record.ledger.record([&](const IncidentBook &book) { return book.close(id, QStringLiteral("x"), at(4)); }),
                "still running");
    ASSERT_TRUE(level(record.ledger, id, LevelAction::End, 0, 5).ok());
    ASSERT_TRUE(record.ledger.record([&](const IncidentBook &book) { return book.close(id, QStringLiteral("over"), at(6)); }).ok());
    refusedWith(level(record.ledger, id, LevelAction::Raise, 1, 7), "closed");
    refusedWith(level(record.ledger, id, LevelAction::Start, 1, 7), "closed");
    EXPECT_EQ(*record.journal.count(), 4) << "opened, started, ended, closed: refused commands leave no entry";

    auto missing = record.ledger.record([&](const IncidentBook &book) { return book.note(QStringLiteral("2018-404"), QStringLiteral("x"), at(8)); });
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, Error::Code::NotFound);
    auto noArea = record.ledger.record([&](const IncidentBook &book) {
        return book.open(QStringLiteral("flood"), Hazard::Flood, false, {}, {}, {}, at(8));
    });
    EXPECT_FALSE(noArea.ok());
}

TEST(IncidentBook, TwoSeatsActingAtOnceBothSeeTheOtherFirst)
{
    Record record;
    const QString id = openTyphoon(record.ledger);
    ASSERT_TRUE(level(record.ledger, id, LevelAction::Start, 4, 2).ok());
    // A second seat has read the record up to here ...
    store::SqliteJournal other(record.workspace.database());
    IncidentLedger secondSeat(other);
    ASSERT_TRUE(secondSeat.refresh().ok());
    // ... then the first seat raises to Ⅲ; the second seat's raise to Ⅲ, checked again after the
    // news, is refused rather than recorded blindly.
    ASSERT_TRUE(level(record.ledger, id, LevelAction::Raise, 3, 3).ok());
    auto late = level(secondSeat, id, LevelAction::Raise, 3, 3);
    ASSERT_FALSE(late.ok());
    EXPECT_TRUE(late.error().message.contains(QLatin1String("needs a higher level")));
    EXPECT_TRUE(level(secondSeat, id, LevelAction::Raise, 2, 4).ok());
    ASSERT_TRUE(record.ledger.refresh().ok());
    EXPECT_EQ(record.ledger.book().find(id)->level, 2);
}

TEST(IncidentBook, AnInvalidStepInTheRecordIsMarkedNotApplied)
{
    // An entry appended without the check (an older version, a bulk import): kept, marked refused.
    Record record;
    const QString id = openTyphoon(record.ledger);
    ASSERT_TRUE(record.journal.append({store::JournalDraft{at(1).at, QStringLiteral("x"), QStringLiteral("desk-9"), kinds::kIncidentLevel,
                                                           QJsonObject{{QStringLiteral("incident"), id}, {QStringLiteral("action"), QStringLiteral("raise")},
                                                                       {QStringLiteral("level"), 1}, {QStringLiteral("commander"), QStringLiteral("x")},
                                                                       {QStringLiteral("reason"), QStringLiteral("x")}},
                                                           0}}).ok());
    ASSERT_TRUE(record.ledger.refresh().ok());
    const Incident *incident = record.ledger.book().find(id);
    EXPECT_EQ(incident->level, 0);
    ASSERT_EQ(incident->anomalies.size(), 1);
    EXPECT_TRUE(incident->timeline.last().refused);
}

TEST(IncidentBook, ACorrectionPointsAtTheEntryItCorrects)
{
    Record record;
    const QString id = openTyphoon(record.ledger);
    auto wrong = record.ledger.record([&](const IncidentBook &book) { return book.note(id, QStringLiteral("转移 1,200 人"), at(3)); });
    ASSERT_TRUE(wrong.ok());
    auto fixed = record.ledger.record([&](const IncidentBook &book) {
        return book.correct(wrong->sequence, QStringLiteral("12,000 人, not 1,200"), at(4));
    });
    ASSERT_TRUE(fixed.ok());
    EXPECT_EQ(fixed->corrects, wrong->sequence);
    const Incident *incident = record.ledger.book().find(id);
    ASSERT_EQ(incident->timeline.size(), 3);
    EXPECT_EQ(incident->timeline.at(1).correctedBy, fixed->sequence);
    EXPECT_EQ(incident->timeline.at(1).text, QStringLiteral("转移 1,200 人")) << "the original stays as it was";
    EXPECT_FALSE(record.ledger.record([&](const IncidentBook &book) { return book.correct(99, QStringLiteral("x"), at(5)); }).ok());
}

TEST(IncidentBook, AnIncidentsRecordRunsForwardSoEveryPastViewIsConsistent)
{
    Record record;
    const QString id = openTyphoon(record.ledger);
    ASSERT_TRUE(level(record.ledger, id, LevelAction::Start, 4, 2).ok());
    ASSERT_TRUE(level(record.ledger, id, LevelAction::Raise, 3, 8).ok());
    // An end slipped in at hour 5 would make the hour-8 raise meaningless as known at hour 9.
    auto backdated = level(record.ledger, id, LevelAction::End, 0, 5);
    ASSERT_FALSE(backdated.ok());
    EXPECT_TRUE(backdated.error().message.contains(QStringLiteral("nothing can be recorded before that")));
    auto note = record.ledger.record([&](const IncidentBook &book) { return book.note(id, QStringLiteral("late"), at(7)); });
    EXPECT_FALSE(note.ok());
    // Appended behind the check's back, the fold refuses it the same way.
    ASSERT_TRUE(record.journal.append({store::JournalDraft{at(5).at, QStringLiteral("x"), QStringLiteral("desk-9"), kinds::kNote,
                                                           QJsonObject{{QStringLiteral("incident"), id}, {QStringLiteral("text"), QStringLiteral("x")}},
                                                           0}}).ok());
    ASSERT_TRUE(record.ledger.refresh().ok());
    EXPECT_EQ(record.ledger.book().find(id)->anomalies.size(), 1);
    EXPECT_EQ(record.ledger.book().find(id)->lastAt, at(8).at);
}

TEST(IncidentBook, AWarningsEventNamesTheIncidentsHazard)
{
    EXPECT_EQ(hazardOfWarningEvent(QStringLiteral("台风蓝色预警")), Hazard::Typhoon);
    EXPECT_EQ(hazardOfWarningEvent(QStringLiteral("Tropical Cyclone Warning")), Hazard::Typhoon);
    EXPECT_EQ(hazardOfWarningEvent(QStringLiteral("暴雨橙色预警")), Hazard::Rainstorm);
    EXPECT_EQ(hazardOfWarningEvent(QStringLiteral("森林火险")), Hazard::ForestFire);
    EXPECT_EQ(hazardOfWarningEvent(QStringLiteral("Flood Watch")), Hazard::Flood);
    EXPECT_EQ(hazardOfWarningEvent(QStringLiteral("Earthquake")), Hazard::Other);
}

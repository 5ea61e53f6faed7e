// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "store/journalwriter.h"
#include "store/sqlitejournal.h"
#include "store/workspace.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <thread>

using namespace lookout;
using namespace lookout::store;

namespace {

const QDateTime kStart(QDate(2018, 9, 15), QTime(0, 0), QTimeZone::utc());

JournalDraft draft(int n, const QString &kind = QStringLiteral("note"))
{
    return JournalDraft{kStart.addSecs(60 * n), QStringLiteral("chen.li"), QStringLiteral("desk-1"), kind,
                        QJsonObject{{QStringLiteral("text"), QStringLiteral("第%1条 entry %1").arg(n)}}, 0};
}

// A workspace whose record holds `entries` notes, one a minute from kStart.
QString recordWith(const QTemporaryDir &dir, int entries, const QString &name = QStringLiteral("w.gpkg"))
{
    const QString path = dir.filePath(name);
    auto workspace = Workspace::create(path, kStart);
    EXPECT_TRUE(workspace.ok());
    SqliteJournal journal(workspace->database());
    QList<JournalDraft> drafts;
    for (int n = 1; n <= entries; ++n)
        drafts.append(draft(n));
    EXPECT_TRUE(journal.append(drafts).ok());
    return path;
}

// sqlite3 at the console, behind Lookout's back.
QString sqlite(const QString &path, const QString &sql, int *exitCode = nullptr)
{
    QProcess process;
    process.start(QStringLiteral("sqlite3"), {path, sql});
    EXPECT_TRUE(process.waitForFinished());
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardError());
}

JournalVerification verifyFile(const QString &path, const QByteArray &anchor = {}, qint64 anchorSequence = 0)
{
    auto journal = openSqliteJournal(path);
    EXPECT_TRUE(journal.ok()) << (journal ? "" : journal.error().toString().toStdString());
    auto verified = verifyJournal(**journal, anchor, anchorSequence);
    EXPECT_TRUE(verified.ok());
    return *verified;
}

} // namespace

TEST(Journal, AppendsChainedEntriesThatVerify)
{
    QTemporaryDir dir;
    auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.gpkg")), kStart);
    ASSERT_TRUE(workspace.ok());
    SqliteJournal journal(workspace->database());
    auto first = journal.append({draft(1), draft(2)});
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    ASSERT_EQ(first->size(), 2);
    EXPECT_EQ(first->at(0).sequence, 1);
    EXPECT_EQ(first->at(0).previousHash, zeroHash());
    EXPECT_EQ(first->at(1).previousHash, first->at(0).hash);
    EXPECT_EQ(first->at(0).hash, chainHash(zeroHash(), canonicalBytes(first->at(0))));
    auto second = journal.append({draft(3)});
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->first().sequence, 3);
    EXPECT_EQ(second->first().previousHash, first->at(1).hash);

    auto stored = entriesKnownAt(journal, {});
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 3);
    EXPECT_EQ(stored->at(0).payloadObject().value(QStringLiteral("text")).toString(), QStringLiteral("第1条 entry 1"));
    EXPECT_EQ(stored->at(2).at(), kStart.addSecs(180));
    EXPECT_EQ(stored->at(2).hash, second->first().hash);
    auto known = entriesKnownAt(journal, kStart.addSecs(120));
    ASSERT_TRUE(known.ok());
    EXPECT_EQ(known->size(), 2);

    auto verified = verifyJournal(journal);
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok());
    EXPECT_EQ(verified->entries, 3);
    EXPECT_EQ(verified->headHash, second->first().hash);
}

TEST(Journal, RefusesDraftsWithoutWhoOrWhenAndCorrectionsOfNothing)
{
    QTemporaryDir dir;
    auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.gpkg")), kStart);
    ASSERT_TRUE(workspace.ok());
    SqliteJournal journal(workspace->database());
    JournalDraft anonymous = draft(1);
    anonymous.user.clear();
    auto refused = journal.append({draft(1), anonymous});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::InvalidArgument);
    EXPECT_EQ(*journal.count(), 0) << "all or nothing";
    JournalDraft correction = draft(2, QStringLiteral("correction"));
    correction.corrects = 5;
    EXPECT_FALSE(journal.append({correction}).ok());
    correction.corrects = 1;
    EXPECT_TRUE(journal.append({draft(1), correction}).ok());
}

TEST(Journal, AnAppendAfterAHeadThatMovedIsAConflict)
{
    QTemporaryDir dir;
    const QString path = recordWith(dir, 3);
    auto mine = openSqliteJournal(path);
    auto theirs = openSqliteJournal(path);
    ASSERT_TRUE(mine.ok() && theirs.ok());
    ASSERT_TRUE((*theirs)->append({draft(4)}).ok());
    auto stale = (*mine)->append({draft(5)}, 3);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, Error::Code::Conflict);
    EXPECT_TRUE((*mine)->append({draft(5)}, 4).ok());
}

TEST(JournalTamper, TheFileRefusesUpdatesAndDeletesFromAnyProgram)
{
    QTemporaryDir dir;
    const QString path = recordWith(dir, 5);
    int code = 0;
    const QString updateError = sqlite(path, QStringLiteral("UPDATE lookout_journal SET payload = '{}' WHERE seq = 3"), &code);
    EXPECT_NE(code, 0);
    EXPECT_TRUE(updateError.contains(QStringLiteral("append-only"))) << updateError.toStdString();
    const QString deleteError = sqlite(path, QStringLiteral("DELETE FROM lookout_journal WHERE seq = 5"), &code);
    EXPECT_NE(code, 0);
    EXPECT_TRUE(deleteError.contains(QStringLiteral("append-only"))) << deleteError.toStdString();
    EXPECT_TRUE(verifyFile(path).ok());
}

TEST(JournalTamper, AnEditedEntryIsNamed)
{
    QTemporaryDir dir;
    const QString path = recordWith(dir, 10);
    sqlite(path, QStringLiteral("DROP TRIGGER lookout_journal_no_update; "
                                "UPDATE lookout_journal SET payload = replace(payload, '第4条', '第9条') WHERE seq = 4"));
    const JournalVerification result = verifyFile(path);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.problem->kind, JournalProblem::Kind::Altered);
    EXPECT_EQ(result.problem->sequence, 4);
    EXPECT_TRUE(result.problem->message.contains(QStringLiteral("entry 4"))) << result.problem->message.toStdString();
    EXPECT_EQ(result.entries, 3);
}

TEST(JournalTamper, AnEditWithItsHashRecomputedIsNamed)
{
    QTemporaryDir dir;
    const QString path = recordWith(dir, 10);
    auto journal = openSqliteJournal(path);
    ASSERT_TRUE(journal.ok());
    JournalEntry forged = entryAt(**journal, 6)->value();
    journal->reset();
    forged.user = QStringLiteral("someone.else");
    const QByteArray hash = chainHash(forged.previousHash, canonicalBytes(forged));
    sqlite(path, QStringLiteral("DROP TRIGGER lookout_journal_no_update; "
                                "UPDATE lookout_journal SET user_name = 'someone.else', hash = X'%1' WHERE seq = 6")
                     .arg(QString::fromLatin1(hash.toHex())));
    const JournalVerification result = verifyFile(path);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.problem->kind, JournalProblem::Kind::Rehashed);
    EXPECT_EQ(result.problem->sequence, 6);
}

TEST(JournalTamper, ADeletedEntryIsNamed)
{
    QTemporaryDir dir;
    const QString path = recordWith(dir, 10);
    sqlite(path, QStringLiteral("DROP TRIGGER lookout_journal_no_delete; DELETE FROM lookout_journal WHERE seq = 7"));
    const JournalVerification result = verifyFile(path);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.problem->kind, JournalProblem::Kind::Removed);
    EXPECT_EQ(result.problem->sequence, 7);
    EXPECT_TRUE(result.problem->message.contains(QStringLiteral("entry 7 was removed"))) << result.problem->message.toStdString();
}

TEST(JournalTamper, SwappedEntriesAreNamed)
{
    QTemporaryDir dir;
    const QString path = recordWith(dir, 10);
    sqlite(path, QStringLiteral("DROP TRIGGER lookout_journal_no_update; "
                                "UPDATE lookout_journal SET seq = -seq WHERE seq IN (5, 6); "
                                "UPDATE lookout_journal SET seq = 6 WHERE seq = -5; UPDATE lookout_journal SET seq = 5 WHERE seq = -6;"));
    const JournalVerification result = verifyFile(path);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.problem->kind, JournalProblem::Kind::Moved);
    EXPECT_EQ(result.problem->sequence, 5);
    EXPECT_TRUE(result.problem->message.contains(QStringLiteral("holds entry 6"))) << result.problem->message.toStdString();
}

TEST(JournalTamper, ACutOrRewrittenTailIsCaughtByAPublishedHead)
{
    QTemporaryDir dir;
    const QString path = recordWith(dir, 10);
    const JournalVerification whole = verifyFile(path);
    ASSERT_TRUE(whole.ok());
    sqlite(path, QStringLiteral("DROP TRIGGER lookout_journal_no_delete; DELETE FROM lookout_journal WHERE seq >= 9"));
    EXPECT_TRUE(verifyFile(path).ok()) << "the chain alone cannot see a cut tail";
    const JournalVerification cut = verifyFile(path, whole.headHash, 10);
    ASSERT_FALSE(cut.ok());
    EXPECT_EQ(cut.problem->kind, JournalProblem::Kind::Removed);
    EXPECT_EQ(cut.problem->sequence, 9);

    // Rewriting entry 8 and every hash after it: only the anchor tells.
    QTemporaryDir other;
    const QString rewritten = recordWith(other, 10);
    const JournalVerification before = verifyFile(rewritten);
    auto journal = openSqliteJournal(rewritten);
    ASSERT_TRUE(journal.ok());
    auto entries = entriesKnownAt(**journal, {});
    journal->reset();
    QString sql = QStringLiteral("DROP TRIGGER lookout_journal_no_update; ");
    QByteArray previous = entries->at(6).hash;
    for (qsizetype i = 7; i < entries->size(); ++i) {
        JournalEntry entry = entries->at(i);
        if (entry.sequence == 8)
            entry.payload = R"({"text":"nothing happened"})";
        entry.previousHash = previous;
        entry.hash = chainHash(previous, canonicalBytes(entry));
        previous = entry.hash;
        sql += QStringLiteral("UPDATE lookout_journal SET payload = '%1', prev_hash = X'%2', hash = X'%3' WHERE seq = %4; ")
                   .arg(QString::fromUtf8(entry.payload), QString::fromLatin1(entry.previousHash.toHex()),
                        QString::fromLatin1(entry.hash.toHex()))
                   .arg(entry.sequence);
    }
    sqlite(rewritten, sql);
    EXPECT_TRUE(verifyFile(rewritten).ok());
    const JournalVerification anchored = verifyFile(rewritten, before.headHash, 10);
    ASSERT_FALSE(anchored.ok());
    EXPECT_EQ(anchored.problem->kind, JournalProblem::Kind::HeadMismatch);
}

TEST(JournalWriter, GroupsConcurrentAppendsIntoFewCommitsAndLosesNone)
{
    QTemporaryDir dir;
    const QString path = recordWith(dir, 0);
    constexpr int kThreads = 8;
    constexpr int kEach = 250;
    qint64 commits = 0;
    {
        JournalWriter writer([&] { return openSqliteJournal(path); });
        std::vector<std::thread> threads;
        std::atomic<int> failures = 0;
        for (int t = 0; t < kThreads; ++t)
            threads.emplace_back([&, t] {
                std::vector<std::future<Result<JournalEntry>>> futures;
                for (int n = 0; n < kEach; ++n)
                    futures.push_back(writer.submit(draft(t * kEach + n)));
                for (auto &future : futures)
                    if (!future.get().ok())
                        ++failures;
            });
        for (std::thread &thread : threads)
            thread.join();
        EXPECT_EQ(failures, 0);
        commits = writer.commits();
        auto invalid = writer.append(JournalDraft{});
        EXPECT_FALSE(invalid.ok());
    }
    EXPECT_LT(commits, kThreads * kEach / 4) << "group commit should batch";
    const JournalVerification result = verifyFile(path);
    EXPECT_TRUE(result.ok());
    EXPECT_EQ(result.entries, kThreads * kEach);
}

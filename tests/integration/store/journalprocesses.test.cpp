// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
//
// The record against real processes: children appending and killed with SIGKILL at random
// points (embedded GeoPackage and PostgreSQL), several children appending to one PostgreSQL
// record at once, and rows changed behind the store's back with psql.
#include "store/postgresjournal.h"
#include "store/sqlitejournal.h"
#include "store/workspace.h"
#include "tests/support/postgresserver.h"

#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <csignal>

using namespace lookout;
using namespace lookout::store;

namespace {

const QDateTime kStart(QDate(2018, 9, 15), QTime(0, 0), QTimeZone::utc());

// What the children said they committed: sequence -> "token-n".
using Committed = QHash<qint64, QString>;

void readCommitted(const QByteArray &output, Committed &committed)
{
    static const QRegularExpression line(QStringLiteral("^committed (\\d+) (\\S+)$"));
    const QList<QByteArray> lines = output.split('\n');
    // The last piece has no newline: killed mid-line, or empty. Only whole lines count.
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const auto match = line.match(QString::fromUtf8(lines.at(i)));
        if (match.hasMatch())
            committed.insert(match.captured(1).toLongLong(), match.captured(2));
    }
}

QProcess *startAppender(const QString &backend, const QString &where, int count, const QString &token, int threads)
{
    auto *process = new QProcess;
    process->start(QStringLiteral(LOOKOUT_JOURNAL_APPENDER),
                   {backend, where, QString::number(count), token, QString::number(threads)});
    EXPECT_TRUE(process->waitForStarted());
    return process;
}

// Starts a child, lets it append for a random 30-400 ms, kills it with SIGKILL, many times over.
Committed killRepeatedly(const QString &backend, const QString &where, int rounds)
{
    Committed committed;
    QRandomGenerator random(20180916);
    for (int round = 0; round < rounds; ++round) {
        std::unique_ptr<QProcess> child(startAppender(backend, where, 1000000, QStringLiteral("r%1").arg(round), round % 2 ? 4 : 0));
        QThread::msleep(30 + random.bounded(370));
        ::kill(pid_t(child->processId()), SIGKILL);
        EXPECT_TRUE(child->waitForFinished(30000));
        EXPECT_EQ(child->exitStatus(), QProcess::CrashExit) << "round " << round << ": "
                                                            << child->readAllStandardError().toStdString();
        readCommitted(child->readAllStandardOutput(), committed);
    }
    return committed;
}

void expectAllCommittedAndChained(Journal &journal, const Committed &committed)
{
    auto verified = verifyJournal(journal);
    ASSERT_TRUE(verified.ok()) << verified.error().toString().toStdString();
    EXPECT_TRUE(verified->ok()) << verified->problem->message.toStdString();
    QHash<qint64, QString> stored;
    auto scanned = journal.scan(1, [&](const JournalEntry &entry) {
        const QJsonObject payload = entry.payloadObject();
        stored.insert(entry.sequence, QStringLiteral("%1-%2").arg(payload.value(QStringLiteral("token")).toString())
                                          .arg(payload.value(QStringLiteral("n")).toInt()));
        return true;
    });
    ASSERT_TRUE(scanned.ok());
    int missing = 0;
    for (auto it = committed.cbegin(); it != committed.cend(); ++it)
        if (stored.value(it.key()) != it.value())
            ++missing;
    EXPECT_EQ(missing, 0) << "of " << committed.size() << " reported committed";
}

JournalDraft draft(int n)
{
    return JournalDraft{kStart.addSecs(n), QStringLiteral("wang.fang"), QStringLiteral("desk-2"), QStringLiteral("note"),
                        QJsonObject{{QStringLiteral("text"), QStringLiteral("entry %1").arg(n)}}, 0};
}

} // namespace

TEST(JournalCrash, GeoPackageKeepsEveryCommittedEntryThroughSigkill)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.gpkg"));
    ASSERT_TRUE(Workspace::create(path, kStart).ok());
    const Committed committed = killRepeatedly(QStringLiteral("sqlite"), path, 24);
    EXPECT_GT(committed.size(), 100) << "the children should have committed something before being killed";
    auto journal = openSqliteJournal(path);
    ASSERT_TRUE(journal.ok());
    expectAllCommittedAndChained(**journal, committed);
}

class PostgresJournalTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        QString why;
        s_server = test::PostgresServer::start(&why).release();
        s_why = why;
    }
    static void TearDownTestSuite()
    {
        delete s_server;
        s_server = nullptr;
    }
    void SetUp() override
    {
        ASSERT_NE(s_server, nullptr) << "PostgreSQL did not start: " << s_why.toStdString();
        // A database of its own for each test.
        m_database = QStringLiteral("t_%1").arg(QString::fromLatin1(::testing::UnitTest::GetInstance()->current_test_info()->name()).toLower());
        QString output;
        ASSERT_TRUE(s_server->psql(QStringLiteral("CREATE DATABASE %1").arg(m_database), &output)) << output.toStdString();
    }
    QString connection() const { return s_server->connection(m_database); }
    bool psql(const QString &sql, QString *output = nullptr) const
    {
        QProcess process;
        process.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                               QStringLiteral("-d"), connection(), QStringLiteral("-c"), sql});
        process.waitForFinished();
        if (output)
            *output = QString::fromUtf8(process.readAllStandardError());
        return process.exitCode() == 0;
    }
    std::unique_ptr<PostgresJournal> connected()
    {
        auto journal = PostgresJournal::connect(connection());
        EXPECT_TRUE(journal.ok()) << (journal ? "" : journal.error().toString().toStdString());
        return journal ? std::move(journal).value() : nullptr;
    }
    std::unique_ptr<PostgresJournal> withEntries(int count)
    {
        auto journal = connected();
        QList<JournalDraft> drafts;
        for (int n = 1; n <= count; ++n)
            drafts.append(draft(n));
        EXPECT_TRUE(journal && journal->append(drafts).ok());
        return journal;
    }

    static inline test::PostgresServer *s_server = nullptr;
    static inline QString s_why;
    QString m_database;
};

TEST_F(PostgresJournalTest, AppendsAndVerifiesLikeTheGeoPackage)
{
    auto journal = withEntries(3);
    ASSERT_TRUE(journal);
    auto more = journal->append({draft(4)}, 3);
    ASSERT_TRUE(more.ok()) << more.error().toString().toStdString();
    EXPECT_EQ(more->first().sequence, 4);
    auto stale = journal->append({draft(5)}, 3);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, Error::Code::Conflict);
    auto entries = entriesKnownAt(*journal, kStart.addSecs(2));
    ASSERT_TRUE(entries.ok());
    EXPECT_EQ(entries->size(), 2);
    EXPECT_EQ(entries->at(1).payloadObject().value(QStringLiteral("text")).toString(), QStringLiteral("entry 2"));
    // The same entries hash the same in either backend: the chain does not depend on the store.
    EXPECT_EQ(entries->at(0).hash, chainHash(zeroHash(), canonicalBytes(entries->at(0))));
    auto verified = verifyJournal(*journal);
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok());
    EXPECT_EQ(verified->entries, 4);
    EXPECT_TRUE(PostgresJournal::connect(connection()).ok()) << "a second seat connects to the existing schema";
}

TEST_F(PostgresJournalTest, TheServerRefusesUpdateDeleteAndTruncate)
{
    ASSERT_TRUE(withEntries(3));
    QString output;
    EXPECT_FALSE(psql(QStringLiteral("UPDATE lookout_journal SET payload = '{}' WHERE seq = 2"), &output));
    EXPECT_TRUE(output.contains(QStringLiteral("append-only"))) << output.toStdString();
    EXPECT_FALSE(psql(QStringLiteral("DELETE FROM lookout_journal WHERE seq = 3"), &output));
    EXPECT_TRUE(output.contains(QStringLiteral("append-only"))) << output.toStdString();
    EXPECT_FALSE(psql(QStringLiteral("TRUNCATE lookout_journal"), &output));
    EXPECT_TRUE(output.contains(QStringLiteral("append-only"))) << output.toStdString();
}

TEST_F(PostgresJournalTest, TamperingBehindTheStoreIsNamed)
{
    auto journal = withEntries(12);
    ASSERT_TRUE(journal);
    QString output;
    ASSERT_TRUE(psql(QStringLiteral("ALTER TABLE lookout_journal DISABLE TRIGGER USER; "
                                    "UPDATE lookout_journal SET payload = '{\"text\":\"entry 99\"}' WHERE seq = 9"), &output))
        << output.toStdString();
    auto verified = verifyJournal(*journal);
    ASSERT_TRUE(verified.ok());
    ASSERT_FALSE(verified->ok());
    EXPECT_EQ(verified->problem->kind, JournalProblem::Kind::Altered);
    EXPECT_EQ(verified->problem->sequence, 9);

    ASSERT_TRUE(psql(QStringLiteral("DELETE FROM lookout_journal WHERE seq = 4"), &output)) << output.toStdString();
    verified = verifyJournal(*journal);
    ASSERT_FALSE(verified->ok());
    EXPECT_EQ(verified->problem->kind, JournalProblem::Kind::Removed);
    EXPECT_EQ(verified->problem->sequence, 4);

    ASSERT_TRUE(psql(QStringLiteral("UPDATE lookout_journal SET seq = -seq WHERE seq IN (2, 3); "
                                    "UPDATE lookout_journal SET seq = 3 WHERE seq = -2; UPDATE lookout_journal SET seq = 2 WHERE seq = -3"),
                     &output)) << output.toStdString();
    verified = verifyJournal(*journal);
    ASSERT_FALSE(verified->ok());
    EXPECT_EQ(verified->problem->kind, JournalProblem::Kind::Moved);
    EXPECT_EQ(verified->problem->sequence, 2);
}

TEST_F(PostgresJournalTest, ConcurrentProcessesLoseNothingAndKeepOneChain)
{
    ASSERT_TRUE(connected());
    constexpr int kChildren = 6;
    constexpr int kEach = 300;
    std::vector<std::unique_ptr<QProcess>> children;
    for (int c = 0; c < kChildren; ++c)
        children.emplace_back(startAppender(QStringLiteral("postgres"), connection(), kEach, QStringLiteral("c%1").arg(c), c % 2 ? 4 : 0));
    Committed committed;
    for (auto &child : children) {
        ASSERT_TRUE(child->waitForFinished(300000));
        EXPECT_EQ(child->exitCode(), 0) << child->readAllStandardError().toStdString();
        readCommitted(child->readAllStandardOutput(), committed);
    }
    EXPECT_EQ(committed.size(), kChildren * kEach) << "every append reported with a sequence of its own";
    auto journal = connected();
    ASSERT_TRUE(journal);
    EXPECT_EQ(*journal->count(), kChildren * kEach);
    expectAllCommittedAndChained(*journal, committed);
    QSet<QString> tokens(committed.cbegin(), committed.cend());
    EXPECT_EQ(tokens.size(), kChildren * kEach) << "no event recorded twice";
}

TEST_F(PostgresJournalTest, KeepsEveryCommittedEntryThroughSigkill)
{
    ASSERT_TRUE(connected());
    const Committed committed = killRepeatedly(QStringLiteral("postgres"), connection(), 12);
    EXPECT_GT(committed.size(), 20);
    auto journal = connected();
    ASSERT_TRUE(journal);
    expectAllCommittedAndChained(*journal, committed);
}

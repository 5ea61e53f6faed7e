// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
//
// The record: durable appends per second (embedded GeoPackage and PostgreSQL, one commit per
// event and group commit), `journal verify` over 1,000,000 entries, and the incident list
// rebuilt as known at a time T over the same million.
#include "incidents/incidentbook.h"
#include "store/journalwriter.h"
#include "store/postgresjournal.h"
#include "store/sqlitejournal.h"
#include "store/workspace.h"
#include "tests/bench/store/millionrecord.h"
#include "tests/support/postgresserver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTimeZone>

#include <benchmark/benchmark.h>

#include <thread>

using namespace lookout;
using namespace lookout::store;

namespace {

const QDateTime kStart(QDate(2018, 9, 1), QTime(0, 0), QTimeZone::utc());
constexpr int kMillion = 1000000;

JournalDraft noteDraft(qint64 n)
{
    return JournalDraft{kStart.addSecs(n), QStringLiteral("li.duty"), QStringLiteral("desk-1"), QStringLiteral("note"),
                        QJsonObject{{QStringLiteral("incident"), QStringLiteral("2018-001")},
                                    {QStringLiteral("text"), QStringLiteral("台山转移群众 %1 人 evacuated").arg(n)}},
                        0};
}

QString freshWorkspace(QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    if (!Workspace::create(path, kStart).ok())
        std::abort();
    return path;
}

test::PostgresServer *postgres()
{
    static std::unique_ptr<test::PostgresServer> server = [] {
        QString why;
        auto started = test::PostgresServer::start(&why);
        if (!started)
            std::fprintf(stderr, "PostgreSQL did not start: %s\n", qPrintable(why));
        return started;
    }();
    return server.get();
}

Result<std::unique_ptr<Journal>> openPostgres()
{
    auto journal = PostgresJournal::connect(postgres()->connection());
    if (!journal)
        return journal.error();
    return std::unique_ptr<Journal>(std::move(journal).value());
}

// `seats` threads each appending and waiting for its commit, `events` in all, through one writer.
void appendThroughWriter(benchmark::State &state, const JournalWriter::Opener &opener)
{
    const int seats = int(state.range(0));
    constexpr int kEvents = 20000;
    for (auto _ : state) {
        JournalWriter writer(opener);
        std::vector<std::thread> threads;
        for (int s = 0; s < seats; ++s)
            threads.emplace_back([&, s] {
                for (int n = s; n < kEvents; n += seats)
                    if (!writer.append(noteDraft(n)).ok())
                        std::abort();
            });
        for (std::thread &thread : threads)
            thread.join();
        state.counters["events_per_commit"] = double(kEvents) / double(writer.commits());
    }
    state.SetItemsProcessed(state.iterations() * kEvents);
}

void BM_AppendEmbeddedGroupCommit(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = freshWorkspace(dir, QStringLiteral("append.gpkg"));
    appendThroughWriter(state, [&] { return openSqliteJournal(path); });
}

void BM_AppendPostgresGroupCommit(benchmark::State &state)
{
    if (!postgres()) {
        state.SkipWithError("no PostgreSQL server");
        return;
    }
    appendThroughWriter(state, openPostgres);
}

// One event, one transaction, one fsync: what group commit saves.
void BM_AppendEmbeddedOnePerCommit(benchmark::State &state)
{
    QTemporaryDir dir;
    auto journal = openSqliteJournal(freshWorkspace(dir, QStringLiteral("single.gpkg")));
    qint64 n = 0;
    for (auto _ : state)
        if (!(*journal)->append({noteDraft(n++)}).ok())
            std::abort();
    state.SetItemsProcessed(state.iterations());
}

const QString &millionEntryRecord()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString file = freshWorkspace(dir, QStringLiteral("million.gpkg"));
        test::appendMillionEntryRecord(file, kStart);
        return file;
    }();
    return path;
}

void BM_VerifyMillion(benchmark::State &state)
{
    auto journal = openSqliteJournal(millionEntryRecord());
    for (auto _ : state) {
        auto verified = verifyJournal(**journal);
        if (!verified || !verified->ok() || verified->entries != kMillion)
            std::abort();
    }
    state.SetItemsProcessed(state.iterations() * kMillion);
}

// Reading the rows alone: what verify spends in SQLite rather than hashing.
void BM_ReadMillion(benchmark::State &state)
{
    auto journal = openSqliteJournal(millionEntryRecord());
    for (auto _ : state) {
        qint64 bytes = 0;
        if (!(*journal)->scanRows(1, [&](const JournalRow &row) { bytes += row.payload.size(); return true; }).ok())
            std::abort();
        benchmark::DoNotOptimize(bytes);
    }
    state.SetItemsProcessed(state.iterations() * kMillion);
}

void BM_RebuildIncidentsAsOfMillion(benchmark::State &state)
{
    auto journal = openSqliteJournal(millionEntryRecord());
    // Three quarters through the record: 750 incidents closed, one running at level Ⅱ.
    const QDateTime asOf = kStart.addSecs(60LL * 750500);
    for (auto _ : state) {
        auto entries = entriesKnownAt(**journal, asOf);
        const incidents::IncidentBook book = incidents::IncidentBook::fromRecord(*entries);
        if (book.incidents().size() != 751 || book.active().size() != 1)
            std::abort();
        benchmark::DoNotOptimize(book);
    }
    state.SetItemsProcessed(state.iterations() * kMillion);
}

} // namespace

BENCHMARK(BM_AppendEmbeddedOnePerCommit)->Unit(benchmark::kMillisecond)->Iterations(300);
BENCHMARK(BM_AppendEmbeddedGroupCommit)->Arg(64)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();
BENCHMARK(BM_AppendPostgresGroupCommit)->Arg(64)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();
BENCHMARK(BM_VerifyMillion)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_ReadMillion)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_RebuildIncidentsAsOfMillion)->Unit(benchmark::kMillisecond)->Iterations(2);

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

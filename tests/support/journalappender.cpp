// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
//
// lookout_journal_appender: a child process for the record's crash and concurrency tests.
//   lookout_journal_appender sqlite FILE.gpkg|postgres CONNINFO COUNT TOKEN [THREADS]
// Appends COUNT entries of kind "test.event" ({"token": TOKEN, "n": i}) and prints
// "committed SEQUENCE TOKEN-i" on stdout, flushed, only after the append has returned (that is,
// after the commit): whatever it printed must be in the record, however it is killed. With
// THREADS > 0 the entries go through a JournalWriter (group commit) from that many threads.
#include "store/journalwriter.h"
#include "store/postgresjournal.h"
#include "store/sqlitejournal.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

using namespace lookout;

namespace {

Result<std::unique_ptr<store::Journal>> openJournal(const QString &backend, const QString &where)
{
    if (backend == QLatin1String("sqlite"))
        return store::openSqliteJournal(where);
    auto journal = store::PostgresJournal::connect(where);
    if (!journal)
        return journal.error();
    return std::unique_ptr<store::Journal>(std::move(journal).value());
}

store::JournalDraft draft(const QString &token, int n)
{
    return store::JournalDraft{QDateTime::currentDateTimeUtc(), QStringLiteral("appender"), QStringLiteral("test-seat"),
                               QStringLiteral("test.event"), QJsonObject{{QStringLiteral("token"), token}, {QStringLiteral("n"), n}}, 0};
}

std::mutex printing;
void report(qint64 sequence, const QString &token, int n)
{
    std::lock_guard lock(printing);
    std::printf("committed %lld %s-%d\n", static_cast<long long>(sequence), qPrintable(token), n);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    if (arguments.size() < 5) {
        std::fprintf(stderr, "usage: lookout_journal_appender sqlite FILE|postgres CONNINFO COUNT TOKEN [THREADS]\n");
        return 2;
    }
    const QString backend = arguments.at(1);
    const QString where = arguments.at(2);
    const int count = arguments.at(3).toInt();
    const QString token = arguments.at(4);
    const int threads = arguments.size() > 5 ? arguments.at(5).toInt() : 0;

    if (threads <= 0) {
        auto journal = openJournal(backend, where);
        if (!journal) {
            std::fprintf(stderr, "%s\n", qPrintable(journal.error().toString()));
            return 1;
        }
        for (int n = 0; n < count; ++n) {
            auto appended = (*journal)->append({draft(token, n)});
            if (!appended) {
                std::fprintf(stderr, "%s\n", qPrintable(appended.error().toString()));
                return 1;
            }
            report(appended->first().sequence, token, n);
        }
        return 0;
    }

    store::JournalWriter writer([&] { return openJournal(backend, where); });
    std::vector<std::thread> workers;
    std::atomic<int> failures = 0;
    for (int t = 0; t < threads; ++t)
        workers.emplace_back([&, t] {
            for (int n = t; n < count; n += threads) {
                auto appended = writer.append(draft(token, n));
                if (!appended) {
                    std::fprintf(stderr, "%s\n", qPrintable(appended.error().toString()));
                    ++failures;
                    return;
                }
                report(appended->sequence, token, n);
            }
        });
    for (std::thread &worker : workers)
        worker.join();
    return failures > 0 ? 1 : 0;
}

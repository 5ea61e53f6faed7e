// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
//
// The seats' shared record on PostgreSQL, on servers started here:
// - how soon a second seat has a rebuilt situation holding an entry another seat committed
//   (median and p95), beside a bare NOTIFY round trip on the same server;
// - appends per second with twenty seat processes acting unpaced through the checked, chained
//   append, beside pgbench's twenty clients inserting rows of the same size into a plain table.
//   seats_benchmark --workspace DEMO.gpkg [--seconds 10] [Google Benchmark flags]
#include "recordnotices.h"
#include "scenarioactions.h"
#include "workspacepush.h"

#include "incidents/incidentledger.h"
#include "situation/situationbuilder.h"
#include "situation/situationjob.h"
#include "store/postgresjournal.h"
#include "store/recordlistener.h"
#include "store/serveradmin.h"
#include "store/workspace.h"
#include "tests/support/postgresserver.h"
#include "tests/support/seatcrowd.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>

#include <benchmark/benchmark.h>
#include <libpq-fe.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <tuple>

using namespace lookout;

namespace {

QString g_workspace;
int g_seconds = 10;
std::unique_ptr<test::PostgresServer> g_exerciseServer;  // (a): the demo's record pushed, two seats
std::unique_ptr<test::PostgresServer> g_crowdServer;     // (b): what twenty seats wrote, pgbench's table beside it
double g_crowdRowBytes = 0;                              // the seats' rows, on average (pg_column_size)
bool g_failed = false;

// A case that cannot give a true figure stops with the reason, and the program exits non-zero.
void fail(benchmark::State &state, const QString &why)
{
    std::fprintf(stderr, "seats_benchmark: %s\n", qPrintable(why));
    state.SkipWithError(qPrintable(why));
    g_failed = true;
}

// The demo workspace (the Mangkhut exercise, its record, layers, data and plans) pushed to a seats'
// server, as `workspace push` does, with 香洲区's duty seat (B, which listens) and 拱北街道's liaison (A, which writes).
test::PostgresServer *exerciseServer(QString *why)
{
    if (g_exerciseServer)
        return g_exerciseServer.get();
    auto server = test::PostgresServer::start(why);
    if (!server)
        return nullptr;
    auto init = store::initServer(server->connection());
    Result<void> ready = init ? Result<void>() : Result<void>(init.error());
    if (ready)
        if (auto pushed = app::pushWorkspace(g_workspace, server->connection()); !pushed)
            ready = pushed.error();
    for (const auto &[user, kind, division] : {std::tuple{"xz", "district-duty", "440402"}, std::tuple{"gongbei", "town-liaison", "440402005"}})
        if (ready)
            ready = store::addSeatUser(server->connection(), {QString::fromLatin1(user), QString::fromLatin1(kind), QString::fromLatin1(division), {}}, {});
    if (!ready) {
        *why = ready.error().toString();
        return nullptr;
    }
    g_exerciseServer = std::move(server);
    return g_exerciseServer.get();
}

// The nearest-rank percentile `q` of `samples` (sorted here; 0 for none).
double percentile(std::vector<double> &samples, double q)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    return samples[std::size_t(std::max(0.0, std::ceil(q * double(samples.size())) - 1))];
}

// The samples' median, 95th percentile and longest, as counters.
void reportLatency(benchmark::State &state, std::vector<double> samplesMs)
{
    state.counters["median_ms"] = percentile(samplesMs, 0.5);
    state.counters["p95_ms"] = percentile(samplesMs, 0.95);
    state.counters["max_ms"] = percentile(samplesMs, 1.0);
}

// Runs the event loop until `done` (false after 20 s); a tick wakes it when nothing else does.
bool waitFor(const std::function<bool()> &done)
{
    QTimer tick;
    tick.start(100);
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return done();
}

bool holds(const situation::Situation &situation, qint64 sequence)
{
    const QList<incidents::LogEntry> &log = situation.incidents.record.duty.log();
    return std::any_of(log.crbegin(), log.crend(), [&](const incidents::LogEntry &entry) { return entry.sequence == sequence; });
}

// Seat A logs a line in 拱北街道 (B's district); B, a live seat wired as the app wires one (its
// RecordNotices, a SituationJob with the plans evaluated on each build), hears the NOTIFY, folds
// the news through its own policies and builds its situation. From just before A's checked append
// to B's situation holding the entry.
void BM_SeatCommitToSituation(benchmark::State &state)
{
    QString why;
    test::PostgresServer *server = exerciseServer(&why);
    if (!server) {
        fail(state, why);
        return;
    }
    // B is a seat of the server: its whole workspace is there.
    const QString seat = store::serverLocation(server->connectionAs(QStringLiteral("xz")));
    auto workspace = store::Workspace::open(seat);
    app::ScenarioOptions options;
    options.recordServer = server->connectionAs(QStringLiteral("xz"));
    auto inputs = workspace ? app::scenarioInputs(*workspace, options) : Result<situation::SituationInputs>(workspace.error());
    auto writer = store::PostgresJournal::connect(server->connectionAs(QStringLiteral("gongbei")));
    if (!inputs || !writer) {
        fail(state, (inputs ? writer.error() : inputs.error()).toString());
        return;
    }
    situation::SituationJob job(seat, *inputs);
    job.setCompletion(app::planEvaluation(*workspace, *inputs));
    app::RecordNotices notices(options.recordServer);
    QElapsedTimer clock;
    clock.start();
    qint64 awaited = -1, arrivedNs = -1, entries = 0;
    QString failure;
    QObject::connect(&notices, &app::RecordNotices::noticed, &job, [&] { job.request(QDateTime::currentDateTimeUtc()); });
    QObject::connect(&job, &situation::SituationJob::failed, [&](quint64, const QString &message) { failure = message; });
    QObject::connect(&job, &situation::SituationJob::ready, [&](quint64, const std::shared_ptr<const situation::Situation> &situation) {
        if (awaited == 0 || (awaited > 0 && holds(*situation, awaited))) {
            arrivedNs = clock.nsecsElapsed();
            entries = situation->incidents.entries;
        }
    });
    incidents::IncidentLedger ledger(**writer);
    // One round: A logs a line; the time until B's situation holds it, or why it never did.
    int lines = 0;
    std::vector<double> appendsMs;  // A's part: the checked append to its commit
    auto round = [&]() -> Result<double> {
        arrivedNs = -1;
        awaited = -1;
        const qint64 startNs = clock.nsecsElapsed();
        auto entry = ledger.act([n = ++lines](const incidents::RecordState &record) {
            return record.duty.logEntry(QStringLiteral("拱北巡查 %1").arg(n), QString(), {},
                                        {QStringLiteral("gongbei"), QStringLiteral("desk"), QDateTime::currentDateTimeUtc()},
                                        AreaRef{QStringLiteral("440402005"), QStringLiteral("拱北街道")});
        });
        if (!entry)
            return entry.error();
        appendsMs.push_back(double(clock.nsecsElapsed() - startNs) / 1e6);
        awaited = entry->sequence;
        if (!waitFor([&] { return arrivedNs >= 0 || !failure.isEmpty(); }) || !failure.isEmpty())
            return makeError(Error::Code::Io, QStringLiteral("seat B did not show entry %1: %2").arg(awaited).arg(failure));
        return double(arrivedNs - startNs) / 1e6;
    };
    // B's first build (on connecting) folds the whole record and A's first act reads it: the
    // first two rounds are not timed.
    awaited = 0;
    notices.start();
    const bool built = waitFor([&] { return arrivedNs >= 0 || !failure.isEmpty(); }) && failure.isEmpty();
    Result<double> warm = built ? round() : makeError(Error::Code::Io, QStringLiteral("seat B never built its situation: ") + failure);
    if (warm)
        warm = round();
    if (!warm) {
        fail(state, warm.error().toString());
        return;
    }
    appendsMs.clear();
    std::vector<double> samples;
    for (auto _ : state) {
        auto took = round();
        if (!took) {
            fail(state, took.error().toString());
            break;
        }
        samples.push_back(*took);
        state.SetIterationTime(*took / 1000.0);
    }
    job.waitForIdle();
    reportLatency(state, samples);
    state.counters["append_median_ms"] = percentile(appendsMs, 0.5);
    state.counters["entries_seen_by_B"] = double(entries);
}

// The floor: NOTIFY on the record's channel from one plain libpq connection (PQexec, committed
// at once) to another connection's PQnotifies (RecordListener::wait: poll, PQconsumeInput,
// PQnotifies), on the same server.
void BM_LibpqNotifyRoundTrip(benchmark::State &state)
{
    QString why;
    test::PostgresServer *server = exerciseServer(&why);
    auto listener = server ? store::RecordListener::connect(server->connection()) : Result<std::unique_ptr<store::RecordListener>>(makeError(Error::Code::Io, why));
    if (!listener) {
        fail(state, listener.error().toString());
        return;
    }
    std::unique_ptr<pg_conn, decltype(&PQfinish)> sender(PQconnectdb(server->connection().toUtf8().constData()), &PQfinish);
    std::vector<double> samples;
    for (auto _ : state) {
        QElapsedTimer clock;
        clock.start();
        PQclear(PQexec(sender.get(), "NOTIFY lookout_record, '0 44'"));
        auto heard = (*listener)->wait(5000);
        if (!heard || heard->isEmpty()) {
            fail(state, QStringLiteral("the NOTIFY was not heard within 5 s"));
            break;
        }
        samples.push_back(double(clock.nsecsElapsed()) / 1e6);
        state.SetIterationTime(samples.back() / 1000.0);
    }
    reportLatency(state, samples);
}

// Twenty seat processes (lookout_seat_actor --unpaced: the load test's seats, without pauses),
// each acting through IncidentLedger, that is PostgresJournal::appendChecked: the server's append
// lock, the news read through the seat's policies, the command checked, the entry chained after
// the true head and committed. Then the chain must verify and hold exactly what the seats saw
// committed. Appends per second of wall time, from starting the first process to the last's end.
void BM_TwentySeatsAppendUnpaced(benchmark::State &state)
{
    qint64 appended = 0;
    for (auto _ : state) {
        QString why;
        g_crowdServer = test::PostgresServer::start(&why);
        const QList<test::CrowdSeat> seats = g_crowdServer && store::initServer(g_crowdServer->connection()) ? test::addTwentySeats(*g_crowdServer, &why)
                                                                                                              : QList<test::CrowdSeat>();
        if (seats.isEmpty()) {
            fail(state, QStringLiteral("no seats' server: ") + why);
            break;
        }
        const test::CrowdRun run = test::runSeatActors(QStringLiteral(LOOKOUT_SEAT_ACTOR), *g_crowdServer, seats, g_seconds, false);
        auto verifier = store::PostgresJournal::connect(g_crowdServer->connectionAs(QStringLiteral("auditor")));
        auto verified = verifier ? store::verifyJournal(**verifier) : Result<store::JournalVerification>(verifier.error());
        QString wrong = run.problems.value(0);
        if (!verified)
            wrong = verified.error().toString();
        else if (!verified->ok())
            wrong = verified->problem->message;
        else if (verified->entries != run.committed.size())
            wrong = QStringLiteral("%1 entries verified, %2 seen committed").arg(verified->entries).arg(run.committed.size());
        if (!wrong.isEmpty()) {
            fail(state, QStringLiteral("the seats' record is wrong: ") + wrong);
            break;
        }
        QString bytes;
        g_crowdServer->psql(QStringLiteral("SELECT avg(pg_column_size(j.*)) FROM lookout_journal j"), &bytes);
        g_crowdRowBytes = bytes.trimmed().toDouble();
        appended += run.committed.size();
        state.SetIterationTime(run.seconds);
    }
    state.SetItemsProcessed(appended);
    state.counters["seats"] = 20;
    state.counters["row_bytes"] = g_crowdRowBytes;
}

// The peer, on the same server after the seats' run: pgbench, 20 clients on 2 threads, each
// INSERTing one row at a time (autocommit) into plain_journal (lookout_journal's columns and
// indexes, no trigger, no row-level security, no lock, no chain) for as long, the rows padded to
// the seats' average size. Rows per second of wall time, from starting pgbench to its end.
void BM_PgbenchPlainInsert20Clients(benchmark::State &state)
{
    if (!g_crowdServer || g_crowdRowBytes <= 0) {
        fail(state, QStringLiteral("run with BM_TwentySeatsAppendUnpaced: it writes the rows pgbench's are sized on"));
        return;
    }
    test::PostgresServer &server = *g_crowdServer;
    const QString values = QStringLiteral("(0, 't440402001-1', 'load', 'duty.logged', '%1', '\\x%2', '\\x%3', '440402001')");
    // The row with an empty payload, measured, then the payload that brings it to the seats' size
    // (past 126 bytes a text takes a 4-byte length header instead of 1).
    QString probe;
    if (!server.psql(QStringLiteral("DROP TABLE IF EXISTS plain_journal; CREATE TABLE plain_journal (LIKE lookout_journal INCLUDING DEFAULTS INCLUDING INDEXES);"
                                    "ALTER TABLE plain_journal ALTER seq ADD GENERATED BY DEFAULT AS IDENTITY;"
                                    "INSERT INTO plain_journal (at_ms, user_name, seat, kind, payload, prev_hash, hash, division) VALUES %1")
                         .arg(values.arg(QString(), QString(64, QLatin1Char('a')), QString(64, QLatin1Char('b')))),
                     &probe)
        || !server.psql(QStringLiteral("SELECT pg_column_size(p.*) FROM plain_journal p"), &probe) || !server.psql(QStringLiteral("TRUNCATE plain_journal"))) {
        fail(state, QStringLiteral("cannot make plain_journal: ") + probe);
        return;
    }
    const int padding = int(std::lround(g_crowdRowBytes)) - probe.trimmed().toInt();
    const int payload = std::max(0, padding > 126 ? padding - 3 : padding);
    QTemporaryDir dir;
    QFile script(dir.filePath(QStringLiteral("insert.sql")));
    if (!script.open(QIODevice::WriteOnly)
        || script.write(QStringLiteral("INSERT INTO plain_journal (at_ms, user_name, seat, kind, payload, prev_hash, hash, division) VALUES %1;\n")
                            .arg(values.arg(QString(payload, QLatin1Char('x')), QString(64, QLatin1Char('a')), QString(64, QLatin1Char('b'))))
                            .toUtf8())
               < 0) {
        fail(state, QStringLiteral("cannot write the pgbench script"));
        return;
    }
    script.close();
    qint64 inserted = 0;
    for (auto _ : state) {
        QProcess pgbench;
        pgbench.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer clock;
        clock.start();
        pgbench.start(server.program(QStringLiteral("pgbench")),
                      {QStringLiteral("-n"), QStringLiteral("-c"), QStringLiteral("20"), QStringLiteral("-j"), QStringLiteral("2"), QStringLiteral("-T"),
                       QString::number(g_seconds), QStringLiteral("-f"), script.fileName(), server.connection()});
        const bool finished = pgbench.waitForFinished((g_seconds + 60) * 1000);
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        const QString output = QString::fromLocal8Bit(pgbench.readAll());
        static const QRegularExpression processed(QStringLiteral("number of transactions actually processed: (\\d+)"));
        const auto match = processed.match(output);
        if (!finished || pgbench.exitCode() != 0 || !match.hasMatch()) {
            fail(state, QStringLiteral("pgbench failed: ") + output.right(400));
            break;
        }
        inserted += match.captured(1).toLongLong();
        state.SetIterationTime(seconds);
    }
    QString bytes;
    server.psql(QStringLiteral("SELECT avg(pg_column_size(p.*)) FROM plain_journal p"), &bytes);
    state.SetItemsProcessed(inserted);
    state.counters["clients"] = 20;
    state.counters["row_bytes"] = bytes.trimmed().toDouble();
}

} // namespace

// The Mangkhut situation at 2018-09-16 03:00 UTC built cold (the record folded, every part read)
// from the demo's GeoPackage, and from the same workspace pushed to a server (read as its
// administrator, who sees every row, so both sides read the same data).
void buildSituationFrom(benchmark::State &state, const QString &location, const QString &recordServer)
{
    const QDateTime at(QDate(2018, 9, 16), QTime(3, 0), QTimeZone::utc());
    auto workspace = store::Workspace::open(location);
    app::ScenarioOptions options;
    options.at = at;
    options.replay = true;
    options.recordServer = recordServer;
    auto inputs = workspace ? app::scenarioInputs(*workspace, options) : Result<situation::SituationInputs>(workspace.error());
    if (!inputs) {
        fail(state, inputs.error().toString());
        return;
    }
    for (auto _ : state) {
        auto situation = situation::buildSituation(workspace->database(), at, *inputs);
        if (!situation || situation->cyclones.storms.isEmpty()) {
            fail(state, situation ? QStringLiteral("no storm in the situation") : situation.error().toString());
            return;
        }
        state.counters["record_entries"] = double(situation->incidents.entries);
        benchmark::DoNotOptimize(situation);
    }
}

void BM_SituationFromGeoPackage(benchmark::State &state)
{
    buildSituationFrom(state, g_workspace, {});
}

void BM_SituationFromServer(benchmark::State &state)
{
    QString why;
    test::PostgresServer *server = exerciseServer(&why);
    if (!server) {
        fail(state, why);
        return;
    }
    buildSituationFrom(state, store::serverLocation(server->connection()), server->connection());
}

BENCHMARK(BM_SituationFromGeoPackage)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SituationFromServer)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SeatCommitToSituation)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(200);
BENCHMARK(BM_LibpqNotifyRoundTrip)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(2000);
BENCHMARK(BM_TwentySeatsAppendUnpaced)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(1);
BENCHMARK(BM_PgbenchPlainInsert20Clients)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(1);

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    std::vector<char *> rest;
    for (int i = 0; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--workspace" && i + 1 < argc)
            g_workspace = QString::fromLocal8Bit(argv[++i]);
        else if (argument == "--seconds" && i + 1 < argc)
            g_seconds = std::max(1, QByteArray(argv[++i]).toInt());
        else
            rest.push_back(argv[i]);
    }
    if (g_workspace.isEmpty()) {
        std::fprintf(stderr, "usage: seats_benchmark --workspace DEMO.gpkg [--seconds 10] [benchmark flags]\n");
        return 2;
    }
    int count = int(rest.size());
    benchmark::Initialize(&count, rest.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_exerciseServer.reset();  // stopped here, while Qt is still up
    g_crowdServer.reset();
    return g_failed ? 1 : 0;
}

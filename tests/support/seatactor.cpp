// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
//
// lookout_seat_actor: one seat of the multi-seat load test.
//   lookout_seat_actor CONNINFO SECONDS TOWNCODE TOWNNAME [--unpaced]
// Logs in as the connection's role, opens an (exercise) incident in its town and, for SECONDS,
// acts as a busy duty officer would (an action every 50 to 150 ms; with --unpaced, one after
// another as fast as the server takes them, for the throughput benchmark): log lines, notes, duty
// tasks opened and finished, and the incident's level started, raised, lowered and ended in turn.
// Each action goes through the ledger (checked against the record as the seat sees it, retried
// when another seat got there first). Prints "committed SEQUENCE KIND" after each commit and
// "failed KIND: ERROR" otherwise.
#include "incidents/incidentledger.h"
#include "store/postgresjournal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>

#include <cstdio>

using namespace lookout;

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    if (arguments.size() < 5) {
        std::fprintf(stderr, "usage: lookout_seat_actor CONNINFO SECONDS TOWNCODE TOWNNAME [--unpaced]\n");
        return 2;
    }
    auto journal = store::PostgresJournal::connect(arguments.at(1));
    if (!journal) {
        std::fprintf(stderr, "%s\n", qPrintable(journal.error().toString()));
        return 1;
    }
    const qint64 seconds = arguments.at(2).toLongLong();
    const AreaRef town{arguments.at(3), arguments.at(4)};
    const bool paced = arguments.value(5) != QStringLiteral("--unpaced");
    incidents::IncidentLedger ledger(**journal);
    auto actor = [] { return incidents::Actor{QStringLiteral("seat"), QStringLiteral("load"), QDateTime::currentDateTimeUtc()}; };
    auto act = [&](const incidents::IncidentLedger::Command &command) -> std::optional<store::JournalEntry> {
        auto entry = ledger.act(command);
        if (entry) {
            std::printf("committed %lld %s\n", static_cast<long long>(entry->sequence), qPrintable(entry->kind));
        } else {
            std::printf("failed %s\n", qPrintable(entry.error().toString()));
        }
        std::fflush(stdout);
        return entry ? std::optional(*entry) : std::nullopt;
    };
    auto opened = act([&](const incidents::RecordState &state) {
        return state.incidents.open(QStringLiteral("load test %1").arg(town.name), incidents::Hazard::Flood, true, {town}, {}, {}, actor());
    });
    if (!opened)
        return 1;
    const QString incident = opened->payloadObject().value(QStringLiteral("id")).toString();
    QElapsedTimer timer;
    timer.start();
    // The level cycle: start Ⅳ, raise Ⅲ, lower Ⅳ, end; then start again.
    const QList<std::pair<incidents::LevelAction, int>> cycle{
        {incidents::LevelAction::Start, 4}, {incidents::LevelAction::Raise, 3}, {incidents::LevelAction::Lower, 4}, {incidents::LevelAction::End, 0}};
    for (int step = 0; timer.elapsed() < seconds * 1000; ++step) {
        if (paced)
            QThread::msleep(QRandomGenerator::global()->bounded(50, 150));
        switch (step % 5) {
        case 0:
            act([&](const incidents::RecordState &state) { return state.duty.logEntry(QStringLiteral("巡查 %1").arg(step), incident, {}, actor(), town); });
            break;
        case 1:
            act([&](const incidents::RecordState &state) { return state.incidents.note(incident, QStringLiteral("水位 %1").arg(step), actor()); });
            break;
        case 2:
            act([&](const incidents::RecordState &state) {
                const auto &[action, level] = cycle[(step / 5) % cycle.size()];
                return state.incidents.changeLevel(incident, action, level, QStringLiteral("指挥（演练）"), QStringLiteral("load"), actor());
            });
            break;
        case 3:
            act([&](const incidents::RecordState &state) { return state.duty.openTask(QStringLiteral("核查 %1").arg(step), QStringLiteral("巡查组"), incident, actor()); });
            break;
        default:
            act([&](const incidents::RecordState &state) -> Result<store::JournalDraft> {
                for (const incidents::Task &task : state.duty.tasks())
                    if (task.incident == incident && task.isOpen())
                        return state.duty.finishTask(task.sequence, QStringLiteral("done"), actor());
                return state.duty.logEntry(QStringLiteral("无待办"), incident, {}, actor(), town);
            });
        }
    }
    return 0;
}

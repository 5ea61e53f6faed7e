// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "situation/incidentsituation.h"

#include "store/postgresjournal.h"
#include "store/sqlitejournal.h"

namespace lookout::situation {

namespace {

// Reads the entries after `fold.lastSequence`, folding those known at `atMs`.
Result<void> foldForward(store::Journal &journal, qint64 atMs, RecordFold &fold)
{
    auto scanned = journal.scan(fold.lastSequence + 1, [&](const store::JournalEntry &entry) {
        fold.lastSequence = entry.sequence;
        if (entry.atMs > atMs) {
            fold.earliestSkippedMs = std::min(fold.earliestSkippedMs, entry.atMs);
            return true;
        }
        fold.state.apply(entry);
        ++fold.entries;
        if (!fold.newest.isValid() || entry.atMs > fold.newest.toMSecsSinceEpoch())
            fold.newest = entry.at();
        return true;
    });
    if (!scanned)
        return scanned.error();
    fold.atMs = atMs;
    return {};
}

} // namespace

Result<IncidentsPart> buildIncidentsPart(store::Database &database, const QDateTime &at, RecordFold *fold, const QString &recordServer)
{
    const qint64 atMs = at.isValid() ? at.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    RecordFold local;
    RecordFold &current = fold ? *fold : local;
    std::shared_ptr<store::Journal> server = current.server;
    if (!current.reaches(atMs))
        current = RecordFold{};
    if (!recordServer.isEmpty() && !server) {
        auto connected = store::PostgresJournal::connect(recordServer);
        if (!connected)
            return Error(connected.error()).withContext(QStringLiteral("the shared record"));
        server = std::shared_ptr<store::Journal>(std::move(connected).value());
    }
    current.server = server;
    store::SqliteJournal own(database);
    store::Journal &journal = server ? *server : static_cast<store::Journal &>(own);
    if (auto folded = foldForward(journal, atMs, current); !folded) {
        current = RecordFold{};  // half-read (or the server went away): start over, and connect again, next time
        return folded.error();
    }
    IncidentsPart part;
    part.record = current.state;
    part.entries = current.entries;
    if (current.entries > 0) {
        part.source.sources = {server ? QStringLiteral("the shared record (%1)").arg(server->location()) : QStringLiteral("the record (lookout_journal)")};
        part.source.newest = current.newest;
    }
    for (const incidents::Incident *incident : part.record.incidents.active())
        part.active.append(*incident);
    for (const incidents::Instruction &instruction : part.record.followUps.instructions())
        part.openInstructions += instruction.isOpen() ? 1 : 0;
    for (const incidents::HotspotCheck &check : part.record.followUps.checks())
        part.openChecks += check.isOpen() ? 1 : 0;
    for (const incidents::Task &task : part.record.duty.tasks())
        part.openTasks += task.isOpen() ? 1 : 0;
    part.state = part.entries == 0 ? DataState::NoData
                 : part.active.isEmpty() && part.openInstructions + part.openChecks + part.openTasks == 0 ? DataState::NothingToReport
                                                                                                         : DataState::Reported;
    return part;
}

} // namespace lookout::situation

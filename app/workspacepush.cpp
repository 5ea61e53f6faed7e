// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "workspacepush.h"

#include "incidents/entrydivision.h"
#include "store/postgresjournal.h"
#include "store/sqlitejournal.h"

#include <QTimeZone>

namespace lookout::app {

Result<PushedRecord> pushRecord(const QString &workspacePath, const QString &connection)
{
    auto source = store::openSqliteJournal(workspacePath);
    if (!source)
        return source.error();
    auto checked = store::verifyJournal(**source);
    if (!checked)
        return checked.error();
    if (checked->problem)
        return makeError(Error::Code::Corrupt, QStringLiteral("the workspace's record does not verify (%1): mend it before pushing").arg(checked->problem->message),
                         {workspacePath});
    // Each entry's division, from the record as it was before it.
    QList<store::JournalEntry> entries;
    QStringList divisions;
    incidents::RecordState state;
    auto scanned = (*source)->scan(1, [&](const store::JournalEntry &entry) {
        const store::JournalDraft draft{QDateTime::fromMSecsSinceEpoch(entry.atMs, QTimeZone::utc()), entry.user, entry.seat, entry.kind,
                                        entry.payloadObject(), entry.corrects, {}};
        divisions << incidents::entryDivision(state, draft);
        state.apply(entry);
        entries.append(entry);
        return true;
    });
    if (!scanned)
        return scanned.error();
    auto target = store::PostgresJournal::connect(connection);
    if (!target)
        return target.error();
    if (auto imported = (*target)->importEntries(entries, divisions); !imported)
        return imported.error();
    auto verified = store::verifyJournal(**target);
    if (!verified)
        return verified.error();
    if (verified->problem || verified->entries != checked->entries || verified->headHash != checked->headHash)
        return makeError(Error::Code::Corrupt,
                         QStringLiteral("the server's record does not match the workspace's after the push (%1 of %2 entries%3)")
                             .arg(verified->entries).arg(checked->entries).arg(verified->problem ? QStringLiteral("; ") + verified->problem->message : QString()),
                         {connection});
    return PushedRecord{verified->entries, verified->headHash};
}

} // namespace lookout::app

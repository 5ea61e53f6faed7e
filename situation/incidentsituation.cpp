// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "situation/incidentsituation.h"

#include "store/sqlitejournal.h"

namespace lookout::situation {

Result<IncidentsPart> buildIncidentsPart(store::SqliteDatabase &database, const QDateTime &at)
{
    store::SqliteJournal journal(database);
    auto entries = store::entriesKnownAt(journal, at);
    if (!entries)
        return entries.error();
    IncidentsPart part;
    part.record = incidents::RecordState::fromRecord(*entries);
    part.entries = entries->size();
    if (!entries->isEmpty()) {
        part.source.sources = {QStringLiteral("the record (lookout_journal)")};
        part.source.newest = entries->last().at();
    }
    for (const incidents::Incident *incident : part.record.incidents.active())
        part.active.append(*incident);
    for (const incidents::Instruction &instruction : part.record.followUps.instructions())
        part.openInstructions += instruction.isOpen() ? 1 : 0;
    for (const incidents::HotspotCheck &check : part.record.followUps.checks())
        part.openChecks += check.isOpen() ? 1 : 0;
    for (const incidents::Task &task : part.record.duty.tasks())
        part.openTasks += task.isOpen() ? 1 : 0;
    part.state = entries->isEmpty() ? DataState::NoData
                 : part.active.isEmpty() && part.openInstructions + part.openChecks + part.openTasks == 0 ? DataState::NothingToReport
                                                                                                           : DataState::Reported;
    return part;
}

} // namespace lookout::situation

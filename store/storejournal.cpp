// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "store/storejournal.h"

#include "store/postgresjournal.h"
#include "store/sqlitejournal.h"

namespace lookout::store {

Result<QList<JournalEntry>> appendWithin(Database &database, const QList<JournalDraft> &drafts)
{
    if (drafts.isEmpty())
        return QList<JournalEntry>();
    if (database.kind() == Database::Kind::Sqlite)
        return SqliteJournal(database).appendWithin(drafts);
    auto journal = PostgresJournal::borrow(database.postgresConnection(), database.path());
    if (!journal)
        return journal.error();
    return (*journal)->appendWithin(drafts);
}

} // namespace lookout::store

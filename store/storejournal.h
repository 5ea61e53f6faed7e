// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "store/database.h"
#include "store/journal.h"

namespace lookout::store {

// Record entries appended inside the transaction the caller has open on `database`, so that a
// store's own rows and their entries commit together (a warning kept and "warning received"):
// the GeoPackage's record, or the shared server's (under its append lock, as the login's role;
// on a seat an entry for everyone becomes the seat's own, store/postgresjournal.h).
Result<QList<JournalEntry>> appendWithin(Database &database, const QList<JournalDraft> &drafts);

} // namespace lookout::store

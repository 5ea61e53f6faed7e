// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "incidents/incidentledger.h"
#include "store/journal.h"

#include <QString>
#include <QStringList>

namespace lookout::incidents {

// The division an entry of the record concerns, by its 统计用区划代码: what a shared server's
// row-level security keys on (a town seat reads its town's entries and those of the levels above;
// a district its towns'; the city all). "" for what is public to every seat: warnings received,
// CAP messages issued, handovers, the daily report.
// - an incident's entries (opened, levels, notes, tasks, dispatches, reports, losses,
//   instructions, requests): the division holding all its areas (their common ancestor: two
//   towns of one district give the district; districts of two cities give the province);
// - an entry with an area of its own (a log line, a request, an inventory item): that area.
// Computed from the payload and the record before it; not covered by the hash (it is derived
// from what is, and can be recomputed by a verifier).
QString entryDivision(const RecordState &state, const store::JournalDraft &draft);

// The code of the smallest division holding every one of `codes` (2, 4, 6, 9 or 12 digits); ""
// when they share no province, or there are none.
QString commonDivision(const QStringList &codes);

} // namespace lookout::incidents

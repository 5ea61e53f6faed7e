// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <memory>

#include "core/result.h"
#include "situation/situation.h"
#include "store/database.h"

#include <limits>

namespace lookout::situation {

// The record folded as known at a time, kept between builds by whoever builds again and again
// (a SituationJob): a later time folds only the entries appended since, as long as no entry
// already read falls between the two times (the record normally runs forward; an exercise
// written with past times makes the next build fold from the start again).
struct RecordFold {
    incidents::RecordState state;
    qint64 lastSequence = 0;                                 // entries up to here were read
    qint64 atMs = std::numeric_limits<qint64>::min();        // known at this time
    qint64 earliestSkippedMs = std::numeric_limits<qint64>::max();  // the earliest entry read but later than atMs
    qsizetype entries = 0;
    QDateTime newest;
    std::shared_ptr<store::Journal> server;  // the seat's connection to a shared record, kept between builds

    // Whether the fold can be carried forward to `atMs`.
    bool reaches(qint64 to) const { return lastSequence > 0 && to >= atMs && to < earliestSkippedMs; }
};

// The incidents part at `at`: the workspace's record (its hash-chained journal) as known then,
// folded — from `fold` when it reaches `at` (and `fold` is left folded to `at`). Any thread,
// with that thread's own database connection.
// `recordServer`: the record of a shared server as this seat may read it, instead of the workspace's.
Result<IncidentsPart> buildIncidentsPart(store::Database &database, const QDateTime &at, RecordFold *fold = nullptr,
                                         const QString &recordServer = {});

} // namespace lookout::situation

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "incidents/dutybook.h"
#include "incidents/incidentbook.h"
#include "store/journal.h"

#include <functional>

namespace lookout::incidents {

// The incident book and the duty book kept in step with a record: refresh() folds the entries other seats
// appended since the last look, and record() appends a command only if the record still ends
// where the book had read it (otherwise it folds the news, checks the command again and retries),
// so a command is always checked against the state it will follow.
// Thread contract: the journal's (one thread at a time).
class IncidentLedger {
public:
    explicit IncidentLedger(store::Journal &journal) : m_journal(journal) {}

    Result<void> refresh();
    const IncidentBook &book() const { return m_book; }
    const DutyBook &duty() const { return m_duty; }

    using Command = std::function<Result<store::JournalDraft>(const IncidentBook &)>;
    using DutyCommand = std::function<Result<store::JournalDraft>(const DutyBook &, const IncidentBook &)>;
    // Checks and appends; returns the entry as recorded.
    Result<store::JournalEntry> record(const Command &command);
    Result<store::JournalEntry> recordDuty(const DutyCommand &command);

private:
    void apply(const store::JournalEntry &entry);

    store::Journal &m_journal;
    IncidentBook m_book;
    DutyBook m_duty;
};

} // namespace lookout::incidents

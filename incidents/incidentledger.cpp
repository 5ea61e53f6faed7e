// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "incidents/incidentledger.h"

namespace lookout::incidents {

namespace {
// Seats that keep colliding give up with the Conflict error rather than spin.
constexpr int kAttempts = 8;
} // namespace

void IncidentLedger::apply(const store::JournalEntry &entry)
{
    m_book.apply(entry);
    m_duty.apply(entry);
}

Result<void> IncidentLedger::refresh()
{
    return m_journal.scan(m_book.head() + 1, [&](const store::JournalEntry &entry) {
        apply(entry);
        return true;
    });
}

Result<store::JournalEntry> IncidentLedger::record(const Command &command)
{
    return recordDuty([&](const DutyBook &, const IncidentBook &book) { return command(book); });
}

Result<store::JournalEntry> IncidentLedger::recordDuty(const DutyCommand &command)
{
    for (int attempt = 0;; ++attempt) {
        if (auto refreshed = refresh(); !refreshed)
            return refreshed.error();
        auto draft = command(m_duty, m_book);
        if (!draft)
            return draft.error();
        auto appended = m_journal.append({*draft}, m_book.head());
        if (appended) {
            apply(appended->first());
            return appended->first();
        }
        if (appended.error().code != Error::Code::Conflict || attempt + 1 == kAttempts)
            return appended.error();
    }
}

} // namespace lookout::incidents

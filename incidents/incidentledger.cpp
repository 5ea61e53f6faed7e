// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "incidents/incidentledger.h"

#include "incidents/entrydivision.h"

#include <QRandomGenerator>
#include <QThread>

#include <algorithm>

namespace lookout::incidents {

namespace {
// Seats that keep colliding give up with the Conflict error rather than spin; between attempts a
// seat waits a random, growing while (up to 64 ms), so that one busy seat cannot starve another.
constexpr int kAttempts = 12;
} // namespace

RecordState RecordState::fromRecord(const QList<store::JournalEntry> &entries)
{
    RecordState state;
    for (const store::JournalEntry &entry : entries)
        state.apply(entry);
    return state;
}

Result<RecordState> RecordState::knownAt(store::Journal &journal, const QDateTime &at)
{
    // Folded as the rows stream by (in sequence order), without holding the record in memory:
    // the entries recorded by `at`, whatever their order in time (an exercise written later).
    const bool all = !at.isValid();
    const qint64 limit = all ? 0 : at.toMSecsSinceEpoch();
    RecordState state;
    auto scanned = journal.scan(1, [&](const store::JournalEntry &entry) {
        if (all || entry.atMs <= limit)
            state.apply(entry);
        return true;
    });
    if (!scanned)
        return Error(scanned.error()).withContext(QStringLiteral("reading the record"));
    return state;
}

void RecordState::apply(const store::JournalEntry &entry)
{
    incidents.apply(entry);
    duty.apply(entry);
    followUps.apply(entry);
    responses.apply(entry, incidents);
    inventory.apply(entry);
    requests.apply(entry);
    releases.apply(entry);
}

Result<void> IncidentLedger::refresh()
{
    return m_journal.scan(m_state.head() + 1, [&](const store::JournalEntry &entry) {
        m_state.apply(entry);
        return true;
    });
}

Result<store::JournalEntry> IncidentLedger::record(const std::function<Result<store::JournalDraft>(const IncidentBook &)> &command)
{
    return act([&](const RecordState &state) { return command(state.incidents); });
}

Result<store::JournalEntry> IncidentLedger::act(const Command &command)
{
    for (int attempt = 0;; ++attempt) {
        // What other seats wrote since the last look is folded in, the command checked against
        // the state it will follow, and appended: under the journal's lock where it can hold it.
        auto appended = m_journal.appendChecked(m_state.head(), [&](const QList<store::JournalEntry> &news) -> Result<store::JournalDraft> {
            for (const store::JournalEntry &entry : news)
                m_state.apply(entry);
            auto draft = command(m_state);
            if (!draft)
                return draft.error();
            draft->division = entryDivision(m_state, *draft);
            // A seat on a shared server sees only part of the record: its incidents' numbers are
            // its division's own, so two seats that cannot see each other never take the same id.
            if (draft->kind == kinds::kIncidentOpened && !m_journal.scope().isEmpty())
                draft->payload.insert(QStringLiteral("id"),
                                      QString(draft->payload.value(QStringLiteral("id")).toString() + QLatin1Char('-') + m_journal.scope()));
            return draft;
        });
        if (appended) {
            m_state.apply(*appended);
            return appended;
        }
        if (appended.error().code != Error::Code::Conflict || attempt + 1 == kAttempts)
            return appended.error();
        QThread::msleep(QRandomGenerator::global()->bounded(1u, 2u << std::min(attempt, 5)));
    }
}

} // namespace lookout::incidents

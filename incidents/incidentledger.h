// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "incidents/dutybook.h"
#include "incidents/followupbook.h"
#include "incidents/incidentbook.h"
#include "incidents/inventorybook.h"
#include "incidents/releasebook.h"
#include "incidents/requestbook.h"
#include "incidents/responsebook.h"
#include "store/journal.h"

#include <functional>

namespace lookout::incidents {

// Everything the record says, folded: incidents, the duty desk, instructions and checks, plan
// activations and their tasks, the inventory. A plain value; `fromRecord(entriesKnownAt(journal, T))` is the
// picture as known at T.
struct RecordState {
    IncidentBook incidents;
    DutyBook duty;
    FollowUpBook followUps;
    ResponseBook responses;  // plan activations and their tasks
    InventoryBook inventory; // resources: imports, status, stock, occupancy, dispatches
    RequestBook requests;    // the desk's requests for resources
    ReleaseBook releases;    // CAP messages and reports issued, loss figures

    static RecordState fromRecord(const QList<store::JournalEntry> &entries);
    // The fold of every entry of `journal` recorded by `at`.
    static Result<RecordState> knownAt(store::Journal &journal, const QDateTime &at);
    void apply(const store::JournalEntry &entry);
    qint64 head() const { return incidents.head(); }
};

// The record state kept in step with a record: refresh() folds the entries other seats
// appended since the last look, and record() appends a command only if the record still ends
// where the state had read it (otherwise it folds the news, checks the command again and
// retries), so a command is always checked against the state it will follow.
// Thread contract: the journal's (one thread at a time).
class IncidentLedger {
public:
    explicit IncidentLedger(store::Journal &journal) : m_journal(journal) {}

    Result<void> refresh();
    const RecordState &state() const { return m_state; }
    const IncidentBook &book() const { return m_state.incidents; }
    const DutyBook &duty() const { return m_state.duty; }

    using Command = std::function<Result<store::JournalDraft>(const RecordState &)>;
    // Checks and appends; returns the entry as recorded.
    Result<store::JournalEntry> act(const Command &command);
    // The same for a command that only needs the incidents.
    Result<store::JournalEntry> record(const std::function<Result<store::JournalDraft>(const IncidentBook &)> &command);

private:
    store::Journal &m_journal;
    RecordState m_state;
};

} // namespace lookout::incidents

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "incidents/vocabulary.h"
#include "store/warningstore.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace lookout::incidents {

WarningLevel levelFromSeverity(feeds::CapSeverity severity);
QString levelName(WarningLevel level);    // "blue" ... for styles and the CLI
QString levelNameZh(WarningLevel level);  // 蓝色 ... 红色 (the standard's terms)

QString stateName(WarningState state);

// One message of a chain, for the history the desk shows.
struct ChainMessage {
    qint64 id = 0;
    QString identifier;
    feeds::CapMsgType msgType = feeds::CapMsgType::Alert;
    QDateTime sent;
    QString headline;  // in the reader's language when the registry is asked for one
};

// One warning as the registry shows it: the live head of an Update/Cancel chain, with the
// chain's history and who acknowledged it.
struct WarningEntry {
    store::StoredWarning head;
    QList<qint64> chain;            // stored ids, oldest first, the head last
    QList<ChainMessage> history;    // the same messages, oldest first
    int unknownPredecessors = 0;    // references to messages never received
    WarningState state = WarningState::Live;
    WarningLevel level = WarningLevel::None;
    std::optional<store::WarningAcknowledgement> acknowledgement;  // the first one

    // Non-Actual messages (Test, Exercise, System, Draft) are kept and shown marked, and never
    // count as live warnings, whatever their state.
    bool isActual() const { return head.alert.status == feeds::CapStatus::Actual; }
    bool countsAsLive() const { return isActual() && state == WarningState::Live; }
};

struct RegistryOptions {
    // A message with no `expires` has no stated end; past this age (from its effective time) it
    // is shown expired rather than live for ever. CAP leaves this to the recipient.
    qint64 maxSecondsWithoutExpiry = 48 * 3600;
};

// Works out the registry as known at `at` from every message and acknowledgement kept by then:
// chains follow `references` on (sender, identifier) — the `sent` inside a reference does not
// always match — ignoring self-references and Ack/Error messages; each chain's head is its
// latest message not superseded by another. Sorted: live first, then by level (red first),
// then newest. Pure function, any thread.
QList<WarningEntry> resolveWarnings(const QList<store::StoredWarning> &messages,
                                    const QList<store::WarningAcknowledgement> &acknowledgements, const QDateTime &at,
                                    const RegistryOptions &options = {});

} // namespace lookout::incidents

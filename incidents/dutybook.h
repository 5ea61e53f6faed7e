// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "incidents/incident.h"
#include "store/journal.h"

#include <QJsonObject>

namespace lookout::incidents {

class IncidentBook;
class ResponseBook;
class InventoryBook;

namespace kinds {
inline const QString kRoster = QStringLiteral("duty.roster");
inline const QString kLog = QStringLiteral("duty.log");
inline const QString kTaskOpened = QStringLiteral("task.opened");
inline const QString kTaskDone = QStringLiteral("task.done");
inline const QString kHandover = QStringLiteral("handover.summary");
inline const QString kHandoverConfirmed = QStringLiteral("handover.confirmed");
inline const QString kTakeoverAcknowledged = QStringLiteral("duty.takeover.acknowledged");
} // namespace kinds

// Who is on which shift (值班表).
struct Shift {
    qint64 sequence = 0;
    QDateTime start;
    QDateTime end;
    QString officer;
    QString role;  // "duty officer" (值班员), "leader on duty" (带班领导)
};

// A line of the duty log (值班日志): what happened, linked to an incident or a warning.
struct LogEntry {
    qint64 sequence = 0;
    QDateTime at;
    QString user;
    QString seat;
    QString text;
    QString incident;
    WarningRef warning;
    AreaRef area;  // where it happened, when the entry names a place
};

struct Task {
    qint64 sequence = 0;  // the entry that opened it: its identity
    QDateTime openedAt;
    QString text;
    QString assignee;
    QString incident;
    QDateTime doneAt;
    QString result;
    bool isOpen() const { return !doneAt.isValid(); }
};

// What the outgoing officer hands over: generated from the record and the monitoring picture at
// the moment of handover, kept in the record as it was shown, then confirmed by both officers.
struct Handover {
    qint64 sequence = 0;
    QDateTime at;
    QString outgoing;
    QString incoming;
    QJsonObject summary;  // incidents, warnings, stations, tasks, log (see DutyBook::handover)
    QDateTime outgoingConfirmedAt;
    QDateTime incomingConfirmedAt;
    bool isComplete() const { return outgoingConfirmedAt.isValid() && incomingConfirmedAt.isValid(); }
};

// A takeover that comes back (a plan still suggesting another level) may be acknowledged again
// a day after the last acknowledgement.
inline constexpr qint64 kTakeoverReminderSeconds = 24 * 3600;

// The desk's acknowledgement of a wall takeover (a level change, a differing suggestion): the
// wall holds the takeover until it is recorded.
struct TakeoverAcknowledgement {
    qint64 sequence = 0;
    QDateTime at;
    QString user;
    QString key;      // the takeover's identity (situation/takeovers.h)
    QString summary;  // what the wall showed, for the record's reader
    QString incident; // the incident it concerns, if any
};

// The duty desk as the record says it is: roster, log, tasks and handovers, folded in sequence
// order like the IncidentBook (same thread contract: a plain value).
class DutyBook {
public:
    static DutyBook fromRecord(const QList<store::JournalEntry> &entries);
    void apply(const store::JournalEntry &entry);

    const QList<Shift> &roster() const { return m_roster; }
    const QList<LogEntry> &log() const { return m_log; }
    const QList<Task> &tasks() const { return m_tasks; }
    const QList<Handover> &handovers() const { return m_handovers; }
    const QList<TakeoverAcknowledgement> &takeoverAcknowledgements() const { return m_takeovers; }
    // Whether the takeover was acknowledged (at or after `since`, when given).
    bool isAcknowledged(const QString &takeover, const QDateTime &since = {}) const;
    // The shifts that cover `at` (a duty officer and a leader on duty, usually).
    QList<Shift> onDutyAt(const QDateTime &at) const;
    // The log since the last completed handover (all of it when there was none).
    QList<LogEntry> logSinceLastHandover() const;

    Result<store::JournalDraft> addShift(const QDateTime &start, const QDateTime &end, const QString &officer,
                                         const QString &role, const Actor &actor) const;
    Result<store::JournalDraft> logEntry(const QString &text, const QString &incident, const WarningRef &warning,
                                         const Actor &actor, const AreaRef &area = {}) const;
    Result<store::JournalDraft> openTask(const QString &text, const QString &assignee, const QString &incident,
                                         const Actor &actor) const;
    Result<store::JournalDraft> finishTask(qint64 task, const QString &result, const Actor &actor) const;
    // The handover summary: active incidents and their levels (from `incidents`), the warnings
    // not yet acknowledged and the stations over threshold (from the monitoring picture, one
    // line each), open duty tasks, the plan tasks not closed of incidents not closed (from
    // `responses`, with their state at the handover) and the log since the last handover. Refused while another handover waits
    // for its confirmations.
    Result<store::JournalDraft> handover(const IncidentBook &incidents, const ResponseBook &responses, const InventoryBook &inventory,
                                         const QStringList &unacknowledgedWarnings,
                                         const QStringList &stationsOverThreshold, const QString &outgoing,
                                         const QString &incoming, const Actor &actor) const;
    // The desk acknowledges a wall takeover; refused when it already was. With `incident` the
    // entry is that incident's (its division: seen where the incident is).
    Result<store::JournalDraft> acknowledgeTakeover(const QString &key, const QString &summary, const QString &incident,
                                                    const Actor &actor) const;
    // `role` is "outgoing" or "incoming"; the confirming user must be that officer.
    Result<store::JournalDraft> confirmHandover(qint64 handover, const QString &role, const Actor &actor) const;

private:
    QList<Shift> m_roster;
    QList<LogEntry> m_log;
    QList<Task> m_tasks;
    QList<Handover> m_handovers;
    QList<TakeoverAcknowledgement> m_takeovers;
};

} // namespace lookout::incidents

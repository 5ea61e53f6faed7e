// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "incidents/incident.h"
#include "store/journal.h"

#include <QHash>

namespace lookout::incidents {

// Record kinds this book reads and writes (payload fields in incidentbook.cpp).
namespace kinds {
inline const QString kIncidentOpened = QStringLiteral("incident.opened");
inline const QString kIncidentWarning = QStringLiteral("incident.warning");
inline const QString kIncidentLevel = QStringLiteral("incident.level");
inline const QString kIncidentClosed = QStringLiteral("incident.closed");
inline const QString kNote = QStringLiteral("note");
inline const QString kCorrection = QStringLiteral("correction");
} // namespace kinds

// The incidents as the record says they are: a fold over journal entries in sequence order. The
// same checks decide whether a command may be recorded (the command functions) and whether an
// entry already in the record was a valid step (apply): an entry that was not, say because two
// seats acted at once, stays in the timeline marked refused and is listed in the anomalies, but
// does not change the state. "As known at T" is this fold over the entries recorded by T.
// Thread contract: a plain value; copy it to hand it to another thread.
class IncidentBook {
public:
    static IncidentBook fromRecord(const QList<store::JournalEntry> &entries);

    // Folds one more entry (the next in sequence; entries of other concerns are skipped).
    void apply(const store::JournalEntry &entry);
    qint64 head() const { return m_head; }  // the last sequence folded

    const QList<Incident> &incidents() const { return m_incidents; }  // in the order opened
    const Incident *find(const QString &id) const;
    QList<const Incident *> active() const;

    // Commands: check against the current state and return the draft to append (with
    // expectedHead = head(), see IncidentLedger), or a clear error saying why not.
    // `areas`: the districts or towns it covers, by code and name.
    Result<store::JournalDraft> open(const QString &title, Hazard hazard, bool exercise, const QList<AreaRef> &areas,
                                     const QJsonObject &area, const QList<WarningRef> &warnings, const Actor &actor) const;
    Result<store::JournalDraft> changeLevel(const QString &id, LevelAction action, int level, const QString &commander,
                                            const QString &reason, const Actor &actor) const;
    Result<store::JournalDraft> linkWarning(const QString &id, const WarningRef &warning, const Actor &actor) const;
    Result<store::JournalDraft> note(const QString &id, const QString &text, const Actor &actor) const;
    Result<store::JournalDraft> close(const QString &id, const QString &reason, const Actor &actor) const;
    // A correction of any earlier entry: a new entry pointing at it, the original left as it was.
    Result<store::JournalDraft> correct(qint64 sequence, const QString &text, const Actor &actor) const;

private:
    Incident *findMutable(const QString &id);
    QString nextId(const QDateTime &at) const;

    QList<Incident> m_incidents;
    QHash<QString, qsizetype> m_index;
    QHash<qint64, QString> m_entryIncident;  // sequence -> incident, for corrections
    qint64 m_head = 0;
};

// Whether an entry at `at` may follow the incident's record (its entries run forward in time).
Result<void> checkTimeOrder(const Incident &incident, const QDateTime &at);
// Whether `action` to `level` is a valid step for `incident` now; the error says why not.
Result<void> checkLevelChange(const Incident &incident, LevelAction action, int level, const QString &commander,
                              const QString &reason);

} // namespace lookout::incidents

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "incidents/dutybook.h"

#include "incidents/recorddraft.h"
#include "incidents/inventorybook.h"
#include "incidents/responsebook.h"

#include "incidents/incidentbook.h"

#include <QJsonArray>

#include <algorithm>

namespace lookout::incidents {

namespace {

const QString kOutgoing = QStringLiteral("outgoing");
const QString kIncoming = QStringLiteral("incoming");

Error invalid(const QString &message)
{
    return makeError(Error::Code::InvalidArgument, message);
}

QDateTime timeOf(const QJsonObject &payload, const QString &key)
{
    return timeFromIso(payload.value(key));
}

} // namespace

DutyBook DutyBook::fromRecord(const QList<store::JournalEntry> &entries)
{
    DutyBook book;
    for (const store::JournalEntry &entry : entries)
        book.apply(entry);
    return book;
}

void DutyBook::apply(const store::JournalEntry &entry)
{
    const QString &kind = entry.kind;
    if (!kind.startsWith(QLatin1String("duty.")) && !kind.startsWith(QLatin1String("task.")) && !kind.startsWith(QLatin1String("handover.")))
        return;
    const QJsonObject payload = entry.payloadObject();
    if (kind == kinds::kRoster) {
        m_roster.append(Shift{entry.sequence, timeOf(payload, QStringLiteral("start")), timeOf(payload, QStringLiteral("end")),
                              payload.value(QStringLiteral("officer")).toString(), payload.value(QStringLiteral("role")).toString()});
    } else if (kind == kinds::kLog) {
        const QJsonObject warning = payload.value(QStringLiteral("warning")).toObject();
        m_log.append(LogEntry{entry.sequence, entry.at(), entry.user, entry.seat, payload.value(QStringLiteral("text")).toString(),
                              payload.value(QStringLiteral("incident")).toString(),
                              {warning.value(QStringLiteral("sender")).toString(), warning.value(QStringLiteral("identifier")).toString()},
                              areaFromJson(payload.value(QStringLiteral("area")))});
    } else if (kind == kinds::kTaskOpened) {
        m_tasks.append(Task{entry.sequence, entry.at(), payload.value(QStringLiteral("text")).toString(),
                            payload.value(QStringLiteral("assignee")).toString(), payload.value(QStringLiteral("incident")).toString(), {}, {}});
    } else if (kind == kinds::kTaskDone) {
        const qint64 task = payload.value(QStringLiteral("task")).toInteger();
        for (Task &open : m_tasks)
            if (open.sequence == task && open.isOpen()) {
                open.doneAt = entry.at();
                open.result = payload.value(QStringLiteral("result")).toString();
            }
    } else if (kind == kinds::kTakeoverAcknowledged) {
        const QString key = payload.value(QStringLiteral("key")).toString();
        if (!key.isEmpty())
            m_takeovers.append(TakeoverAcknowledgement{entry.sequence, entry.at(), entry.user, key,
                                                       payload.value(QStringLiteral("summary")).toString(),
                                                       payload.value(QStringLiteral("incident")).toString()});
    } else if (kind == kinds::kHandover) {
        m_handovers.append(Handover{entry.sequence, entry.at(), payload.value(QStringLiteral("outgoing")).toString(),
                                    payload.value(QStringLiteral("incoming")).toString(), payload.value(QStringLiteral("summary")).toObject(),
                                    {}, {}});
    } else if (kind == kinds::kHandoverConfirmed) {
        const qint64 handover = payload.value(QStringLiteral("handover")).toInteger();
        const QString role = payload.value(QStringLiteral("role")).toString();
        for (Handover &pending : m_handovers)
            if (pending.sequence == handover) {
                QDateTime &confirmed = role == kOutgoing ? pending.outgoingConfirmedAt : pending.incomingConfirmedAt;
                if (!confirmed.isValid() && entry.user == (role == kOutgoing ? pending.outgoing : pending.incoming))
                    confirmed = entry.at();
            }
    }
}

QList<Shift> DutyBook::onDutyAt(const QDateTime &at) const
{
    QList<Shift> shifts;
    for (const Shift &shift : m_roster)
        if (shift.start <= at && at < shift.end)
            shifts.append(shift);
    return shifts;
}

QList<LogEntry> DutyBook::logSinceLastHandover() const
{
    qint64 since = 0;
    for (const Handover &handover : m_handovers)
        if (handover.isComplete())
            since = handover.sequence;
    QList<LogEntry> entries;
    for (const LogEntry &entry : m_log)
        if (entry.sequence > since)
            entries.append(entry);
    return entries;
}

Result<store::JournalDraft> DutyBook::addShift(const QDateTime &start, const QDateTime &end, const QString &officer,
                                               const QString &role, const Actor &actor) const
{
    if (!start.isValid() || !end.isValid() || end <= start)
        return invalid(QStringLiteral("a shift needs a start before its end"));
    if (officer.trimmed().isEmpty() || role.trimmed().isEmpty())
        return invalid(QStringLiteral("a shift needs an officer and a role"));
    return draftOf(actor, kinds::kRoster,
                   {{QStringLiteral("start"), isoTime(start)}, {QStringLiteral("end"), isoTime(end)},
                    {QStringLiteral("officer"), officer.trimmed()}, {QStringLiteral("role"), role.trimmed()}});
}

Result<store::JournalDraft> DutyBook::logEntry(const QString &text, const QString &incident, const WarningRef &warning,
                                               const Actor &actor, const AreaRef &area) const
{
    if (text.trimmed().isEmpty())
        return invalid(QStringLiteral("a log entry needs some text"));
    QJsonObject payload{{QStringLiteral("text"), text.trimmed()}};
    if (!incident.isEmpty())
        payload.insert(QStringLiteral("incident"), incident);
    if (!warning.identifier.isEmpty())
        payload.insert(QStringLiteral("warning"), QJsonObject{{QStringLiteral("sender"), warning.sender},
                                                              {QStringLiteral("identifier"), warning.identifier}});
    if (!area.name.isEmpty())
        payload.insert(QStringLiteral("area"), areaToJson(area));
    return draftOf(actor, kinds::kLog, payload);
}

Result<store::JournalDraft> DutyBook::openTask(const QString &text, const QString &assignee, const QString &incident,
                                               const Actor &actor) const
{
    if (text.trimmed().isEmpty() || assignee.trimmed().isEmpty())
        return invalid(QStringLiteral("a task needs what to do and who does it"));
    QJsonObject payload{{QStringLiteral("text"), text.trimmed()}, {QStringLiteral("assignee"), assignee.trimmed()}};
    if (!incident.isEmpty())
        payload.insert(QStringLiteral("incident"), incident);
    return draftOf(actor, kinds::kTaskOpened, payload);
}

bool DutyBook::isAcknowledged(const QString &takeover, const QDateTime &since) const
{
    return std::any_of(m_takeovers.begin(), m_takeovers.end(),
                       [&](const TakeoverAcknowledgement &a) { return a.key == takeover && (!since.isValid() || a.at >= since); });
}

Result<store::JournalDraft> DutyBook::acknowledgeTakeover(const QString &key, const QString &summary, const QString &incident,
                                                          const Actor &actor) const
{
    if (key.trimmed().isEmpty())
        return invalid(QStringLiteral("a takeover is acknowledged by its key"));
    if (isAcknowledged(key, actor.at.addSecs(-kTakeoverReminderSeconds)))
        return invalid(QStringLiteral("the takeover %1 was already acknowledged").arg(key));
    QJsonObject payload{{QStringLiteral("key"), key}, {QStringLiteral("summary"), summary}};
    if (!incident.isEmpty())
        payload.insert(QStringLiteral("incident"), incident);
    return draftOf(actor, kinds::kTakeoverAcknowledged, payload);
}

Result<store::JournalDraft> DutyBook::finishTask(qint64 task, const QString &result, const Actor &actor) const
{
    const auto found = std::find_if(m_tasks.begin(), m_tasks.end(), [&](const Task &t) { return t.sequence == task; });
    if (found == m_tasks.end())
        return makeError(Error::Code::NotFound, QStringLiteral("no task #%1").arg(task));
    if (!found->isOpen())
        return invalid(QStringLiteral("task #%1 was already reported done").arg(task));
    if (result.trimmed().isEmpty())
        return invalid(QStringLiteral("a finished task says what came of it"));
    return draftOf(actor, kinds::kTaskDone, {{QStringLiteral("task"), task}, {QStringLiteral("result"), result.trimmed()}});
}

Result<store::JournalDraft> DutyBook::handover(const IncidentBook &incidents, const ResponseBook &responses, const InventoryBook &inventory,
                                               const QStringList &unacknowledgedWarnings,
                                               const QStringList &stationsOverThreshold, const QString &outgoing,
                                               const QString &incoming, const Actor &actor) const
{
    if (outgoing.trimmed().isEmpty() || incoming.trimmed().isEmpty() || outgoing.trimmed() == incoming.trimmed())
        return invalid(QStringLiteral("a handover is from one officer to another"));
    for (const Handover &pending : m_handovers)
        if (!pending.isComplete())
            return invalid(QStringLiteral("the handover of %1 (#%2) still waits for its confirmations")
                               .arg(pending.at.toString(Qt::ISODate)).arg(pending.sequence));
    QJsonArray active;
    for (const Incident *incident : incidents.active())
        active.append(QJsonObject{{QStringLiteral("id"), incident->id},
                                  {QStringLiteral("title"), incident->title},
                                  {QStringLiteral("state"), toString(incident->state)},
                                  {QStringLiteral("level"), incident->level},
                                  {QStringLiteral("exercise"), incident->exercise},
                                  {QStringLiteral("level_since"), isoTime(incident->levelSince.isValid() ? incident->levelSince : incident->openedAt)}});
    QJsonArray tasks;
    for (const Task &task : m_tasks)
        if (task.isOpen())
            tasks.append(QJsonObject{{QStringLiteral("task"), task.sequence}, {QStringLiteral("text"), task.text},
                                     {QStringLiteral("assignee"), task.assignee}});
    QJsonArray planTasks;
    for (const ResponseTask &task : responses.tasks())
        if (task.stateAt(actor.at) != TaskState::Closed && incidents.find(task.incident)
            && incidents.find(task.incident)->state != IncidentState::Closed)
            planTasks.append(QJsonObject{{QStringLiteral("task"), task.number}, {QStringLiteral("incident"), task.incident},
                                         {QStringLiteral("text"), task.text}, {QStringLiteral("owner"), task.owner},
                                         {QStringLiteral("due"), isoTime(task.dueAt)}, {QStringLiteral("state"), toString(task.stateAt(actor.at))}});
    // Dispatches still out (not released): what the incoming officer must see arrive or release.
    QJsonArray dispatches;
    for (const Dispatch &dispatch : inventory.dispatches())
        if (dispatch.isOpen())
            dispatches.append(QJsonObject{{QStringLiteral("dispatch"), dispatch.number}, {QStringLiteral("resource"), dispatch.resource},
                                          {QStringLiteral("incident"), dispatch.incident}, {QStringLiteral("need"), dispatch.need},
                                          {QStringLiteral("quantity"), dispatch.quantity}, {QStringLiteral("eta"), isoTime(dispatch.eta)},
                                          {QStringLiteral("arrived"), dispatch.arrivedAt.isValid() ? isoTime(dispatch.arrivedAt) : QString()}});
    QJsonArray log;
    for (const LogEntry &entry : logSinceLastHandover())
        log.append(QJsonObject{{QStringLiteral("seq"), entry.sequence}, {QStringLiteral("at"), isoTime(entry.at)},
                               {QStringLiteral("user"), entry.user}, {QStringLiteral("text"), entry.text}});
    const QJsonObject summary{{QStringLiteral("incidents"), active},
                              {QStringLiteral("unacknowledged_warnings"), QJsonArray::fromStringList(unacknowledgedWarnings)},
                              {QStringLiteral("stations_over_threshold"), QJsonArray::fromStringList(stationsOverThreshold)},
                              {QStringLiteral("open_tasks"), tasks},
                              {QStringLiteral("plan_tasks"), planTasks},
                              {QStringLiteral("dispatches"), dispatches},
                              {QStringLiteral("log"), log}};
    return draftOf(actor, kinds::kHandover,
                   {{QStringLiteral("outgoing"), outgoing.trimmed()}, {QStringLiteral("incoming"), incoming.trimmed()},
                    {QStringLiteral("summary"), summary}});
}

Result<store::JournalDraft> DutyBook::confirmHandover(qint64 handover, const QString &role, const Actor &actor) const
{
    const auto found = std::find_if(m_handovers.begin(), m_handovers.end(), [&](const Handover &h) { return h.sequence == handover; });
    if (found == m_handovers.end())
        return makeError(Error::Code::NotFound, QStringLiteral("no handover #%1").arg(handover));
    if (role != kOutgoing && role != kIncoming)
        return invalid(QStringLiteral("a handover is confirmed by the outgoing or the incoming officer"));
    const QString &officer = role == kOutgoing ? found->outgoing : found->incoming;
    if (actor.user != officer)
        return invalid(QStringLiteral("only %1, the %2 officer, can confirm this side of the handover").arg(officer, role));
    if ((role == kOutgoing ? found->outgoingConfirmedAt : found->incomingConfirmedAt).isValid())
        return invalid(QStringLiteral("the %1 officer has already confirmed handover #%2").arg(role).arg(handover));
    return draftOf(actor, kinds::kHandoverConfirmed, {{QStringLiteral("handover"), handover}, {QStringLiteral("role"), role}});
}

} // namespace lookout::incidents

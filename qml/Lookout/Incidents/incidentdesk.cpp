// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "incidentdesk.h"

#include "core/timeformat.h"
#include "situation/mapstyles.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace lookout::qml {

using incidents::Incident;

QString responseLevelText(int level)
{
    return incidents::isResponseLevel(level) ? IncidentDesk::tr("Level %1 response").arg(incidents::levelNumeral(level))
                                             : IncidentDesk::tr("no response");
}

QString incidentStateText(incidents::IncidentState state)
{
    switch (state) {
    case incidents::IncidentState::Warning: return IncidentDesk::tr("warning");
    case incidents::IncidentState::Response: return IncidentDesk::tr("response");
    case incidents::IncidentState::Review: return IncidentDesk::tr("review");
    case incidents::IncidentState::Closed: return IncidentDesk::tr("closed");
    }
    return {};
}

QString hazardText(incidents::Hazard hazard)
{
    switch (hazard) {
    case incidents::Hazard::Flood: return IncidentDesk::tr("flood");
    case incidents::Hazard::Typhoon: return IncidentDesk::tr("typhoon");
    case incidents::Hazard::Rainstorm: return IncidentDesk::tr("rainstorm");
    case incidents::Hazard::ForestFire: return IncidentDesk::tr("forest fire");
    case incidents::Hazard::Other: return IncidentDesk::tr("other");
    }
    return {};
}

QString checkFindingText(const std::optional<incidents::CheckFinding> &finding)
{
    if (!finding)
        return IncidentDesk::tr("awaiting the town's finding");
    switch (*finding) {
    case incidents::CheckFinding::Fire: return IncidentDesk::tr("a fire");
    case incidents::CheckFinding::Burning: return IncidentDesk::tr("agricultural or other burning");
    case incidents::CheckFinding::Industrial: return IncidentDesk::tr("an industrial heat source");
    case incidents::CheckFinding::NothingFound: return IncidentDesk::tr("nothing found");
    }
    return {};
}

namespace {

QVariantList townChoices(const QList<AreaRef> &towns)
{
    QVariantList list;
    for (const AreaRef &town : towns)
        list.append(QVariantMap{{QStringLiteral("code"), town.code}, {QStringLiteral("name"), town.name}});
    return list;
}

} // namespace

void IncidentDesk::setState(const incidents::RecordState &state, const QDateTime &at, const QString &sourceText)
{
    m_state = state;
    m_at = at;
    m_sourceText = sourceText;
    m_incidents.setIncidents(state.incidents.incidents(), at);
    if (!m_selectWhenKnown.isEmpty() && state.incidents.find(m_selectWhenKnown)) {
        m_selectedId = m_selectWhenKnown;
        m_selectWhenKnown.clear();
    }
    if (!state.incidents.find(m_selectedId))
        m_selectedId = m_incidents.incidents().isEmpty() ? QString() : m_incidents.incidents().first().id;

    QList<QVariantMap> log;
    const QList<incidents::LogEntry> entries = state.duty.log();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it)
        log.append(QVariantMap{{QStringLiteral("time"), formatLocal(it->at)}, {QStringLiteral("user"), it->user},
                                 {QStringLiteral("text"), it->text}, {QStringLiteral("incident"), it->incident}});
    m_log.setRows(std::move(log));
    QList<QVariantMap> instructions;
    for (const incidents::Instruction &instruction : state.followUps.instructions())
        instructions.append(QVariantMap{{QStringLiteral("time"), formatLocal(instruction.givenAt)},
                                          {QStringLiteral("leader"), instruction.leader},
                                          {QStringLiteral("to"), instruction.to},
                                          {QStringLiteral("text"), instruction.text},
                                          {QStringLiteral("followUp"), instruction.followUp},
                                          {QStringLiteral("open"), instruction.isOpen()},
                                          {QStringLiteral("report"), instruction.isOpen() ? QString()
                                                                                          : QStringLiteral("%1 %2: %3").arg(formatLocal(instruction.reportedAt), instruction.reportedBy, instruction.report)}});
    m_instructions.setRows(std::move(instructions));
    QList<QVariantMap> checks;
    for (const incidents::HotspotCheck &check : state.followUps.checks())
        checks.append(QVariantMap{{QStringLiteral("time"), formatLocal(check.sentAt)},
                                    {QStringLiteral("town"), check.town},
                                    {QStringLiteral("district"), check.district},
                                    {QStringLiteral("where"), QStringLiteral("%1°N %2°E").arg(check.position.lat, 0, 'f', 3).arg(check.position.lon, 0, 'f', 3)},
                                    {QStringLiteral("detections"), tr("%1 detection(s), %2 to %3").arg(check.detections)
                                                                       .arg(formatLocal(check.firstDetection), formatLocal(check.lastDetection))},
                                    {QStringLiteral("open"), check.isOpen()},
                                    {QStringLiteral("finding"), checkFindingText(check.finding)},
                                    {QStringLiteral("findingText"), check.isOpen() ? QString()
                                                                                   : QStringLiteral("%1 %2: %3").arg(formatLocal(check.foundAt), check.foundBy, check.findingText)}});
    m_checks.setRows(std::move(checks));
    m_handover.clear();
    if (!state.duty.handovers().isEmpty()) {
        const incidents::Handover &last = state.duty.handovers().last();
        QStringList lines;
        for (const QJsonValue &incident : last.summary.value(QStringLiteral("incidents")).toArray())
            lines << (incident[QStringLiteral("exercise")].toBool() ? tr("[EXERCISE] ") : QString())
                         + tr("Incident %1 %2: %3").arg(incident[QStringLiteral("id")].toString(), incident[QStringLiteral("title")].toString(),
                                                        responseLevelText(incident[QStringLiteral("level")].toInt()));
        for (const QJsonValue &line : last.summary.value(QStringLiteral("unacknowledged_warnings")).toArray())
            lines << tr("Not acknowledged: %1").arg(line.toString());
        for (const QJsonValue &line : last.summary.value(QStringLiteral("stations_over_threshold")).toArray())
            lines << tr("Station: %1").arg(line.toString());
        for (const QJsonValue &task : last.summary.value(QStringLiteral("open_tasks")).toArray())
            lines << tr("Open task: %1 (%2)").arg(task[QStringLiteral("text")].toString(), task[QStringLiteral("assignee")].toString());
        for (const QJsonValue &task : last.summary.value(QStringLiteral("plan_tasks")).toArray())
            lines << (task[QStringLiteral("state")].toString() == QLatin1String("overdue") ? tr("Plan task %1 OVERDUE: %2 (%3)") : tr("Plan task %1: %2 (%3)"))
                         .arg(QString::number(task[QStringLiteral("task")].toInt()), task[QStringLiteral("text")].toString(), task[QStringLiteral("owner")].toString());
        for (const QJsonValue &dispatch : last.summary.value(QStringLiteral("dispatches")).toArray())
            lines << (dispatch[QStringLiteral("arrived")].toString().isEmpty() ? tr("Dispatch %1: %2 to %3, ETA %4, not arrived")
                                                                               : tr("Dispatch %1: %2 to %3, ETA %4, arrived"))
                         .arg(QString::number(dispatch[QStringLiteral("dispatch")].toInt()), dispatch[QStringLiteral("resource")].toString(),
                              dispatch[QStringLiteral("need")].toString(),
                              formatLocal(QDateTime::fromString(dispatch[QStringLiteral("eta")].toString(), Qt::ISODateWithMs)));
        lines << tr("%n log line(s) since the last handover", nullptr, int(last.summary.value(QStringLiteral("log")).toArray().size()));
        m_handover = {{QStringLiteral("id"), last.sequence},
                      {QStringLiteral("time"), formatLocal(last.at)},
                      {QStringLiteral("outgoing"), last.outgoing},
                      {QStringLiteral("incoming"), last.incoming},
                      {QStringLiteral("lines"), lines},
                      {QStringLiteral("outgoingConfirmed"), last.outgoingConfirmedAt.isValid() ? formatLocal(last.outgoingConfirmedAt) : QString()},
                      {QStringLiteral("incomingConfirmed"), last.incomingConfirmedAt.isValid() ? formatLocal(last.incomingConfirmedAt) : QString()},
                      {QStringLiteral("complete"), last.isComplete()}};
    }
    QStringList onDuty;
    for (const incidents::Shift &shift : state.duty.onDutyAt(at))
        onDuty << QStringLiteral("%1 %2").arg(shift.role, shift.officer);
    m_onDuty = onDuty.join(QStringLiteral(" · "));
    refreshTimeline();
    refreshFireEvents();  // "sent" follows the record's checks
    emit changed();
}

void IncidentDesk::setCommandHandler(CommandHandler handler, const QString &why)
{
    m_handler = std::move(handler);
    m_readOnlyReason = why;
    emit changed();
}

void IncidentDesk::setUser(const QString &user)
{
    if (user == m_user)
        return;
    m_user = user;
    emit userChanged();
}

QVariantMap IncidentDesk::selected() const
{
    return m_incidents.get(m_incidents.rowOf(m_selectedId));
}

void IncidentDesk::refreshTimeline()
{
    QList<QVariantMap> items;
    if (const Incident *incident = m_state.incidents.find(m_selectedId))
        for (const incidents::TimelineItem &item : incident->timeline)
            items.append(QVariantMap{{QStringLiteral("sequence"), item.sequence},
                                 {QStringLiteral("time"), formatLocal(item.at)},
                                 {QStringLiteral("who"), QStringLiteral("%1@%2").arg(item.user, item.seat)},
                                 {QStringLiteral("text"), item.text},
                                 {QStringLiteral("refused"), item.refused},
                                     {QStringLiteral("correctedBy"), item.correctedBy}});
    m_timeline.setRows(std::move(items));
}

void IncidentDesk::select(const QString &id)
{
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    refreshTimeline();
    emit changed();
}

incidents::Actor IncidentDesk::actor() const
{
    // Actions are recorded on the live clock (a replay is read-only: no handler).
    return incidents::Actor{m_user, m_seat, QDateTime::currentDateTimeUtc()};
}

CommandResult IncidentDesk::act(const incidents::IncidentLedger::Command &command)
{
    if (!m_handler)
        return CommandResult::refused(m_readOnlyReason);
    if (m_user.trimmed().isEmpty())
        return CommandResult::refused(tr("Sign in first (Officer, at the top left of the desk): the record says who did it"));
    // Checked here against the desk's picture first: a senseless command never reaches the writer
    // (which checks again against the record as it then stands).
    if (auto draft = command(m_state); !draft)
        return CommandResult::refused(draft.error().message);
    // A copy: the handler may reload the desk, which replaces m_handler while this call runs.
    const CommandHandler handler = m_handler;
    return handler(command);
}

void IncidentDesk::finishCommand(const CommandResult &result)
{
    if (result.ok && !result.incident.isEmpty())
        m_selectWhenKnown = result.incident;
    emit commandFinished(result);
}

void IncidentDesk::setFireEvents(const QList<incidents::CheckedEvent> &events, const QStringList &labels,
                                 const QList<QList<AreaRef>> &towns)
{
    m_fireEvents = events;
    m_fireLabels = labels;
    m_fireTowns = towns;
    refreshFireEvents();
    emit changed();
}

void IncidentDesk::refreshFireEvents()
{
    QList<QVariantMap> rows;
    for (qsizetype i = 0; i < m_fireEvents.size(); ++i) {
        const incidents::CheckedEvent &event = m_fireEvents.at(i);
        bool sent = false;
        for (const incidents::HotspotCheck &check : m_state.followUps.checks())
            sent |= check.position == event.position;
        rows.append(QVariantMap{{QStringLiteral("label"), m_fireLabels.value(i)},
                                {QStringLiteral("district"), event.district},
                                {QStringLiteral("detections"), tr("%1 detection(s), %2 to %3").arg(event.detections)
                                                                   .arg(formatLocal(event.firstDetection), formatLocal(event.lastDetection))},
                                {QStringLiteral("sent"), sent},
                                {QStringLiteral("towns"), townChoices(m_fireTowns.value(i))},
                                {QStringLiteral("townNote"), m_fireTowns.value(i).isEmpty()
                                                                 ? tr("No divisions in this workspace: type the town's name")
                                                                 : tr("No town boundaries: choose the town of %1 that will go to look").arg(event.district)}});
    }
    m_fireEventRows.setRows(std::move(rows));
}

CommandResult IncidentDesk::giveInstruction(const QString &leader, const QString &to, const QString &text, const QString &followUp)
{
    const QString incident = m_selectedId;
    const incidents::Actor who = actor();
    return act([=](const incidents::RecordState &state) { return state.followUps.giveInstruction(leader, to, text, followUp, incident, who); });
}

CommandResult IncidentDesk::reportInstruction(int row, const QString &report)
{
    const QList<incidents::Instruction> &instructions = m_state.followUps.instructions();
    if (row < 0 || row >= instructions.size())
        return CommandResult::refused(tr("no such instruction"));
    const qint64 id = instructions.at(row).sequence;
    const incidents::Actor who = actor();
    return act([=](const incidents::RecordState &state) { return state.followUps.reportInstruction(id, report, who); });
}

CommandResult IncidentDesk::sendCheck(int event, const QString &townText)
{
    if (event < 0 || event >= m_fireEvents.size())
        return CommandResult::refused(tr("no such fire event"));
    const incidents::CheckedEvent checked = m_fireEvents.at(event);
    const QList<AreaRef> choices = m_fireTowns.value(event);
    AreaRef town{QString(), townText.trimmed()};
    if (!choices.isEmpty()) {
        const auto chosen = std::find_if(choices.begin(), choices.end(),
                                         [&](const AreaRef &t) { return t.code == town.name || t.name == town.name; });
        if (chosen == choices.end())
            return CommandResult::refused(town.name.isEmpty() ? tr("Choose the town that will go to look")
                                                               : tr("%1 is not a town of %2").arg(town.name, checked.district));
        town = *chosen;
    }
    const QString incident = m_selectedId;
    const incidents::Actor who = actor();
    return act([=](const incidents::RecordState &state) { return state.followUps.sendCheck(checked, town, incident, who); });
}

CommandResult IncidentDesk::reportFinding(int row, const QString &finding, const QString &text)
{
    const QList<incidents::HotspotCheck> &checks = m_state.followUps.checks();
    if (row < 0 || row >= checks.size())
        return CommandResult::refused(tr("no such check"));
    const auto kind = incidents::checkFindingFromString(finding);
    if (!kind)
        return CommandResult::refused(tr("unknown finding"));
    const qint64 id = checks.at(row).sequence;
    const incidents::Actor who = actor();
    return act([=](const incidents::RecordState &state) { return state.followUps.reportFinding(id, *kind, text, who); });
}

CommandResult IncidentDesk::openIncident(const QString &title, const QString &hazard, const QString &districts, bool exercise,
                                  const QString &warningSender, const QString &warningIdentifier)
{
    const auto kind = hazard.isEmpty() ? incidents::hazardOfWarningEvent(title) : incidents::hazardFromString(hazard);
    if (!kind)
        return CommandResult::refused(tr("unknown hazard"));
    QList<AreaRef> areas;
    for (const QString &name : districts.split(QRegularExpression(QStringLiteral("[,，、;]")), Qt::SkipEmptyParts)) {
        auto area = m_resolveArea ? m_resolveArea(name.trimmed()) : Result<AreaRef>(AreaRef{QString(), name.trimmed()});
        if (!area && warningIdentifier.isEmpty())
            return CommandResult::refused(area.error().message);
        // A warning's area description is the issuer's words, not a division: kept as given.
        areas << (area ? *area : AreaRef{QString(), name.trimmed()});
    }
    QList<incidents::WarningRef> warnings;
    if (!warningIdentifier.isEmpty())
        warnings << incidents::WarningRef{warningSender, warningIdentifier};
    const incidents::Actor who = actor();
    const int before = m_state.incidents.incidents().size();
    const CommandResult result = act([=](const incidents::RecordState &state) {
        return state.incidents.open(title, *kind, exercise, areas, {}, warnings, who);
    });
    // Recorded at once: the desk holds it already; queued: selected when the next picture does.
    if (result.ok && !result.pending && m_state.incidents.incidents().size() > before)
        select(m_state.incidents.incidents().last().id);
    return result;
}

CommandResult IncidentDesk::changeLevel(const QString &action, int level, const QString &commander, const QString &reason)
{
    const auto levelAction = incidents::levelActionFromString(action);
    if (!levelAction)
        return CommandResult::refused(tr("unknown level action"));
    const QString id = m_selectedId;
    const incidents::Actor who = actor();
    return act([=](const incidents::RecordState &state) { return state.incidents.changeLevel(id, *levelAction, level, commander, reason, who); });
}

CommandResult IncidentDesk::acknowledgeTakeover(const QString &key, const QString &summary, const QString &incident)
{
    const incidents::Actor who = actor();
    return act([=](const incidents::RecordState &state) { return state.duty.acknowledgeTakeover(key, summary, incident, who); });
}

CommandResult IncidentDesk::addLog(const QString &text)
{
    const QString incident = m_selectedId;
    const incidents::Actor who = actor();
    return act([=](const incidents::RecordState &state) { return state.duty.logEntry(text, incident, {}, who); });
}

CommandResult IncidentDesk::startHandover(const QString &outgoing, const QString &incoming)
{
    const incidents::Actor who = actor();
    const auto [warnings, stations] = m_handoverInputs ? m_handoverInputs() : std::pair<QStringList, QStringList>();
    return act([=](const incidents::RecordState &state) {
        return state.duty.handover(state.incidents, state.responses, state.inventory, warnings, stations, outgoing, incoming, who);
    });
}

CommandResult IncidentDesk::confirmHandover(const QString &role)
{
    const qint64 id = m_handover.value(QStringLiteral("id")).toLongLong();
    const QString incoming = m_handover.value(QStringLiteral("incoming")).toString();
    const bool takesSeat = role == QLatin1String("incoming") && !incoming.isEmpty() && m_user != incoming && !m_serverLogin;
    const QString before = m_user;
    if (takesSeat)
        setUser(incoming);
    const incidents::Actor who = actor();
    const CommandResult result = act([=](const incidents::RecordState &state) { return state.duty.confirmHandover(id, role, who); });
    if (!result.ok && takesSeat)
        setUser(before);  // not confirmed: the seat stays with whoever had it
    return result;
}

void IncidentDesk::setServerLogin(const QString &role)
{
    m_serverLogin = true;
    m_user = role;
    emit userChanged();
}

CommandResult IncidentDesk::signIn(const QString &officer)
{
    if (m_serverLogin)
        return CommandResult::refused(tr("On the shared server the officer is the login (%1): another officer starts Lookout and signs in as themselves").arg(m_user));
    if (officer.trimmed().isEmpty())
        return CommandResult::refused(tr("Give the officer's name (the roster offers those on duty)"));
    setUser(officer.trimmed());
    return CommandResult{true, false, {}, 0, {}};
}

QStringList IncidentDesk::officers() const
{
    QStringList names;
    for (const incidents::Shift &shift : m_state.duty.onDutyAt(m_at))
        if (!names.contains(shift.officer))
            names << shift.officer;
    for (const incidents::Shift &shift : m_state.duty.roster())
        if (!names.contains(shift.officer))
            names << shift.officer;
    return names;
}

} // namespace lookout::qml

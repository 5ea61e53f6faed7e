// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "incidents/incidentbook.h"

#include "incidents/dutybook.h"
#include "incidents/inventorybook.h"
#include "incidents/recorddraft.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace lookout::incidents {

namespace {

Error refused(const QString &message, const QString &id)
{
    return makeError(Error::Code::InvalidArgument, message, {QStringLiteral("incident %1").arg(id)});
}

QJsonArray warningsToJson(const QList<WarningRef> &warnings)
{
    QJsonArray array;
    for (const WarningRef &warning : warnings)
        array.append(QJsonObject{{QStringLiteral("sender"), warning.sender}, {QStringLiteral("identifier"), warning.identifier}});
    return array;
}

// A timeline line in both wordings: the record's own (the English source: documents, the
// command line) and the interface's language (context Timeline), with the same arguments.
struct Wording {
    QString shown;
    QString record;
};

template <typename... Args>
Wording worded(const char *text, const Args &...args)
{
    return {QCoreApplication::translate("Timeline", text).arg(args...), QString::fromUtf8(text).arg(args...)};
}

Wording levelWording(LevelAction action, int level, const QString &commander, const QString &reason)
{
    const QString numeral = levelNumeral(level);
    switch (action) {
    case LevelAction::Start: return worded(QT_TRANSLATE_NOOP("Timeline", "start to level %1 by %2: %3"), numeral, commander, reason);
    case LevelAction::Raise: return worded(QT_TRANSLATE_NOOP("Timeline", "raise to level %1 by %2: %3"), numeral, commander, reason);
    case LevelAction::Lower: return worded(QT_TRANSLATE_NOOP("Timeline", "lower to level %1 by %2: %3"), numeral, commander, reason);
    case LevelAction::End: break;
    }
    return worded(QT_TRANSLATE_NOOP("Timeline", "response ended by %1: %2"), commander, reason);
}

// A dispatch's line, worded from its fields; an entry written before arrivals and releases
// carried them (or an order without a need) keeps its own text, in the record's words.
Wording dispatchWording(const QString &kind, const QJsonObject &payload, const QDateTime &at)
{
    const QString resource = payload.value(QStringLiteral("resource")).toString();
    const QString need = payload.value(QStringLiteral("need")).toString();
    if (resource.isEmpty() || need.isEmpty()) {
        const QString text = payload.value(QStringLiteral("text")).toString();
        return {text, text};
    }
    if (kind == kinds::kDispatchOrdered) {
        const qint64 minutes = std::llround(double(at.secsTo(timeFromIso(payload.value(QStringLiteral("eta"))))) / 60.0);
        return worded(QT_TRANSLATE_NOOP("Timeline", "dispatch %1 x %2 to %3, ETA %4 min"), resource,
                      QString::number(payload.value(QStringLiteral("quantity")).toInteger()), need, QString::number(minutes));
    }
    if (kind == kinds::kDispatchArrived)
        return worded(QT_TRANSLATE_NOOP("Timeline", "arrived: %1 at %2"), resource, need);
    return worded(QT_TRANSLATE_NOOP("Timeline", "released: %1 from %2"), resource, need);
}

void setWording(TimelineItem &item, const Wording &wording)
{
    item.text = wording.shown;
    item.recordText = wording.record;
}

} // namespace

Result<void> checkTimeOrder(const Incident &incident, const QDateTime &at)
{
    if (at < incident.lastAt)
        return refused(QStringLiteral("the incident's record already runs to %1: nothing can be recorded before that "
                                      "(add a note or a correction now instead)")
                           .arg(incident.lastAt.toString(Qt::ISODate)),
                       incident.id);
    return {};
}

Result<void> checkLevelChange(const Incident &incident, LevelAction action, int level, const QString &commander,
                              const QString &reason)
{
    if (commander.trimmed().isEmpty() || reason.trimmed().isEmpty())
        return refused(QStringLiteral("a response level is changed by a named commander with a reason"), incident.id);
    if (incident.state == IncidentState::Closed)
        return refused(QStringLiteral("the incident is closed: its response cannot be changed"), incident.id);
    switch (action) {
    case LevelAction::Start:
        if (incident.state == IncidentState::Response)
            return refused(QStringLiteral("a level %1 response is already running: raise or lower it")
                               .arg(levelNumeral(incident.level)), incident.id);
        if (!isResponseLevel(level))
            return refused(QStringLiteral("a response starts at level Ⅳ, Ⅲ, Ⅱ or Ⅰ (4 to 1)"), incident.id);
        return {};
    case LevelAction::Raise:
    case LevelAction::Lower:
        if (incident.state != IncidentState::Response)
            return refused(QStringLiteral("no response is running to %1: start one first").arg(toString(action)), incident.id);
        if (action == LevelAction::Lower && level > 4)
            return refused(QStringLiteral("Ⅳ is the lowest level: end the response instead of lowering it"), incident.id);
        if (!isResponseLevel(level))
            return refused(QStringLiteral("response levels run from Ⅳ (4) to Ⅰ (1)"), incident.id);
        if (action == LevelAction::Raise && level >= incident.level)
            return refused(QStringLiteral("raising from level %1 needs a higher level (a smaller number), not %2")
                               .arg(levelNumeral(incident.level), levelNumeral(level)), incident.id);
        if (action == LevelAction::Lower && level <= incident.level)
            return refused(QStringLiteral("lowering from level %1 needs a lower level (a larger number), not %2")
                               .arg(levelNumeral(incident.level), levelNumeral(level)), incident.id);
        return {};
    case LevelAction::End:
        if (incident.state != IncidentState::Response)
            return refused(QStringLiteral("no response was started, so none can be ended"), incident.id);
        return {};
    }
    return refused(QStringLiteral("unknown level action"), incident.id);
}

IncidentBook IncidentBook::fromRecord(const QList<store::JournalEntry> &entries)
{
    IncidentBook book;
    for (const store::JournalEntry &entry : entries)
        book.apply(entry);
    return book;
}

const Incident *IncidentBook::find(const QString &id) const
{
    auto found = m_index.constFind(id);
    return found == m_index.constEnd() ? nullptr : &m_incidents.at(*found);
}

Incident *IncidentBook::findMutable(const QString &id)
{
    auto found = m_index.constFind(id);
    return found == m_index.constEnd() ? nullptr : &m_incidents[*found];
}

QList<const Incident *> IncidentBook::active() const
{
    QList<const Incident *> result;
    for (const Incident &incident : m_incidents)
        if (incident.isActive())
            result.append(&incident);
    return result;
}

QString IncidentBook::nextId(const QDateTime &at) const
{
    const QString year = QString::number(at.toUTC().date().year());
    int number = 0;
    for (const Incident &incident : m_incidents)
        if (incident.id.startsWith(year + QLatin1Char('-')))
            number = std::max(number, incident.id.mid(5).section(QLatin1Char('-'), 0, 0).toInt());  // "2026-003-440402005": 3
    return QStringLiteral("%1-%2").arg(year).arg(number + 1, 3, 10, QLatin1Char('0'));
}

void IncidentBook::apply(const store::JournalEntry &entry)
{
    m_head = entry.sequence;
    const QString &kind = entry.kind;
    // A duty-log line, a dispatch or the desk's acknowledgement of a wall takeover linked to an
    // incident belongs in its timeline too.
    const bool takeover = kind == kinds::kTakeoverAcknowledged;
    const bool linkedLog = kind == QLatin1String("duty.log") || kind.startsWith(QLatin1String("dispatch.")) || takeover;
    if (kind != kinds::kIncidentOpened && kind != kinds::kIncidentWarning && kind != kinds::kIncidentLevel
        && kind != kinds::kIncidentClosed && kind != kinds::kNote && kind != kinds::kCorrection && !linkedLog)
        return;
    const QJsonObject payload = entry.payloadObject();
    TimelineItem item{entry.sequence, entry.at(), kind, entry.user, entry.seat, {}, {}, 0, false};

    if (kind == kinds::kCorrection) {
        const QString id = m_entryIncident.value(entry.corrects);
        Incident *incident = findMutable(id);
        if (!incident)
            return;
        for (TimelineItem &earlier : incident->timeline)
            if (earlier.sequence == entry.corrects)
                earlier.correctedBy = entry.sequence;
        setWording(item, worded(QT_TRANSLATE_NOOP("Timeline", "correction of #%1: %2"), QString::number(entry.corrects), payload.value(QStringLiteral("text")).toString()));
        incident->timeline.append(item);
        m_entryIncident.insert(entry.sequence, id);
        return;
    }

    const QString id = payload.value(kind == kinds::kIncidentOpened ? QStringLiteral("id") : QStringLiteral("incident")).toString();
    if (kind == kinds::kIncidentOpened) {
        if (id.isEmpty() || m_index.contains(id))
            return;  // a duplicate id (two seats at once): the first one opened it
        Incident incident;
        incident.id = id;
        incident.title = payload.value(QStringLiteral("title")).toString();
        incident.hazard = hazardFromString(payload.value(QStringLiteral("hazard")).toString()).value_or(Hazard::Other);
        incident.exercise = payload.value(QStringLiteral("exercise")).toBool();
        // "areas" with codes since schema 8; before, "districts" by name only.
        incident.areas = areasFromJson(payload.contains(QStringLiteral("areas")) ? payload.value(QStringLiteral("areas"))
                                                                                 : payload.value(QStringLiteral("districts")));
        incident.area = payload.value(QStringLiteral("area")).toObject();
        for (const QJsonValue &warning : payload.value(QStringLiteral("warnings")).toArray())
            incident.warnings.append({warning[QStringLiteral("sender")].toString(), warning[QStringLiteral("identifier")].toString()});
        incident.openedAt = entry.at();
        incident.lastAt = entry.at();
        incident.openedBy = entry.user;
        setWording(item, worded(QT_TRANSLATE_NOOP("Timeline", "opened: %1"), incident.title));
        incident.timeline.append(item);
        m_index.insert(id, m_incidents.size());
        m_incidents.append(std::move(incident));
        m_entryIncident.insert(entry.sequence, id);
        return;
    }

    Incident *incident = findMutable(id);
    if (!incident)
        return;  // a note of the duty log, or an entry for an incident this record does not hold
    m_entryIncident.insert(entry.sequence, id);
    auto refuse = [&](const Error &error) {
        item.refused = true;
        incident->anomalies.append(QStringLiteral("#%1: %2").arg(entry.sequence).arg(error.message));
    };
    if (auto ordered = checkTimeOrder(*incident, entry.at()); !ordered) {
        refuse(ordered.error());
        incident->timeline.append(item);
        return;
    }
    incident->lastAt = entry.at();

    if (takeover) {
        setWording(item, worded(QT_TRANSLATE_NOOP("Timeline", "wall takeover acknowledged: %1"), payload.value(QStringLiteral("summary")).toString()));
    } else if (kind.startsWith(QLatin1String("dispatch."))) {
        setWording(item, dispatchWording(kind, payload, entry.at()));
    } else if (kind == kinds::kNote || linkedLog) {
        setWording(item, {payload.value(QStringLiteral("text")).toString(), payload.value(QStringLiteral("text")).toString()});
    } else if (kind == kinds::kIncidentWarning) {
        const WarningRef warning{payload.value(QStringLiteral("sender")).toString(), payload.value(QStringLiteral("identifier")).toString()};
        setWording(item, worded(QT_TRANSLATE_NOOP("Timeline", "warning linked: %1"), warning.identifier));
        if (incident->state == IncidentState::Closed)
            refuse(refused(QStringLiteral("the incident is closed"), id));
        else if (!incident->warnings.contains(warning))
            incident->warnings.append(warning);
    } else if (kind == kinds::kIncidentLevel) {
        const auto action = levelActionFromString(payload.value(QStringLiteral("action")).toString());
        const int level = payload.value(QStringLiteral("level")).toInt();
        const QString commander = payload.value(QStringLiteral("commander")).toString();
        const QString reason = payload.value(QStringLiteral("reason")).toString();
        setWording(item, levelWording(action.value_or(LevelAction::Start), level, commander, reason));
        auto checked = action ? checkLevelChange(*incident, *action, level, commander, reason)
                              : Result<void>(refused(QStringLiteral("unknown level action"), id));
        if (!checked) {
            refuse(checked.error());
        } else {
            LevelChange change{entry.sequence, entry.at(), *action, *action == LevelAction::End ? 0 : level, incident->level,
                               commander, reason, entry.user, entry.seat};
            incident->levels.append(change);
            incident->level = change.level;
            incident->levelSince = entry.at();
            if (*action == LevelAction::Start)
                incident->responseStartedAt = entry.at();
            incident->state = *action == LevelAction::End ? IncidentState::Review : IncidentState::Response;
        }
    } else if (kind == kinds::kIncidentClosed) {
        setWording(item, worded(QT_TRANSLATE_NOOP("Timeline", "closed: %1"), payload.value(QStringLiteral("reason")).toString()));
        if (incident->state == IncidentState::Response)
            refuse(refused(QStringLiteral("the response is still running: end it before closing"), id));
        else if (incident->state == IncidentState::Closed)
            refuse(refused(QStringLiteral("the incident is already closed"), id));
        else {
            incident->state = IncidentState::Closed;
            incident->closedAt = entry.at();
        }
    }
    incident->timeline.append(item);
}

Result<store::JournalDraft> IncidentBook::open(const QString &title, Hazard hazard, bool exercise, const QList<AreaRef> &areas,
                                               const QJsonObject &area, const QList<WarningRef> &warnings, const Actor &actor) const
{
    if (title.trimmed().isEmpty())
        return makeError(Error::Code::InvalidArgument, QStringLiteral("an incident needs a title"));
    if (areas.isEmpty() && area.isEmpty())
        return makeError(Error::Code::InvalidArgument, QStringLiteral("an incident needs an area: districts or towns, or a drawn polygon"));
    if (!area.isEmpty()) {
        const QString type = area.value(QStringLiteral("type")).toString();
        if ((type != QLatin1String("Polygon") && type != QLatin1String("MultiPolygon")) || !area.value(QStringLiteral("coordinates")).isArray())
            return makeError(Error::Code::InvalidArgument, QStringLiteral("an incident's drawn area must be a GeoJSON Polygon or MultiPolygon"));
    }
    if (!actor.at.isValid())
        return makeError(Error::Code::InvalidArgument, QStringLiteral("an incident is opened at a known time"));
    QJsonObject payload{{QStringLiteral("id"), nextId(actor.at)},
                        {QStringLiteral("title"), title.trimmed()},
                        {QStringLiteral("hazard"), toString(hazard)},
                        {QStringLiteral("exercise"), exercise},
                        {QStringLiteral("areas"), areasToJson(areas)},
                        {QStringLiteral("districts"), QJsonArray::fromStringList(areaNames(areas))},  // for older readers
                        {QStringLiteral("warnings"), warningsToJson(warnings)}};
    if (!area.isEmpty())
        payload.insert(QStringLiteral("area"), area);
    return draftOf(actor, kinds::kIncidentOpened, payload);
}

Result<store::JournalDraft> IncidentBook::changeLevel(const QString &id, LevelAction action, int level, const QString &commander,
                                                      const QString &reason, const Actor &actor) const
{
    const Incident *incident = find(id);
    if (!incident)
        return makeError(Error::Code::NotFound, QStringLiteral("no such incident"), {id});
    if (auto ordered = checkTimeOrder(*incident, actor.at); !ordered)
        return ordered.error();
    if (auto checked = checkLevelChange(*incident, action, level, commander, reason); !checked)
        return checked.error();
    return draftOf(actor, kinds::kIncidentLevel,
                   {{QStringLiteral("incident"), id}, {QStringLiteral("action"), toString(action)},
                    {QStringLiteral("level"), action == LevelAction::End ? 0 : level},
                    {QStringLiteral("commander"), commander.trimmed()}, {QStringLiteral("reason"), reason.trimmed()}});
}

Result<store::JournalDraft> IncidentBook::linkWarning(const QString &id, const WarningRef &warning, const Actor &actor) const
{
    const Incident *incident = find(id);
    if (!incident)
        return makeError(Error::Code::NotFound, QStringLiteral("no such incident"), {id});
    if (incident->state == IncidentState::Closed)
        return refused(QStringLiteral("the incident is closed"), id);
    if (auto ordered = checkTimeOrder(*incident, actor.at); !ordered)
        return ordered.error();
    return draftOf(actor, kinds::kIncidentWarning,
                   {{QStringLiteral("incident"), id}, {QStringLiteral("sender"), warning.sender},
                    {QStringLiteral("identifier"), warning.identifier}});
}

Result<store::JournalDraft> IncidentBook::note(const QString &id, const QString &text, const Actor &actor) const
{
    const Incident *incident = find(id);
    if (!incident)
        return makeError(Error::Code::NotFound, QStringLiteral("no such incident"), {id});
    if (text.trimmed().isEmpty())
        return makeError(Error::Code::InvalidArgument, QStringLiteral("a note needs some text"));
    if (auto ordered = checkTimeOrder(*incident, actor.at); !ordered)
        return ordered.error();
    return draftOf(actor, kinds::kNote, {{QStringLiteral("incident"), id}, {QStringLiteral("text"), text.trimmed()}});
}

Result<store::JournalDraft> IncidentBook::close(const QString &id, const QString &reason, const Actor &actor) const
{
    const Incident *incident = find(id);
    if (!incident)
        return makeError(Error::Code::NotFound, QStringLiteral("no such incident"), {id});
    if (incident->state == IncidentState::Response)
        return refused(QStringLiteral("the level %1 response is still running: end it before closing").arg(levelNumeral(incident->level)), id);
    if (incident->state == IncidentState::Closed)
        return refused(QStringLiteral("the incident is already closed"), id);
    if (reason.trimmed().isEmpty())
        return refused(QStringLiteral("closing an incident needs a reason"), id);
    if (auto ordered = checkTimeOrder(*incident, actor.at); !ordered)
        return ordered.error();
    return draftOf(actor, kinds::kIncidentClosed, {{QStringLiteral("incident"), id}, {QStringLiteral("reason"), reason.trimmed()}});
}

Result<store::JournalDraft> IncidentBook::correct(qint64 sequence, const QString &text, const Actor &actor) const
{
    if (sequence < 1 || sequence > m_head)
        return makeError(Error::Code::NotFound, QStringLiteral("no entry %1 in the record to correct").arg(sequence));
    if (text.trimmed().isEmpty())
        return makeError(Error::Code::InvalidArgument, QStringLiteral("a correction says what was wrong"));
    return draftOf(actor, kinds::kCorrection, {{QStringLiteral("text"), text.trimmed()}}, sequence);
}

} // namespace lookout::incidents

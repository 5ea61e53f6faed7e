// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "incidents/entrydivision.h"

#include <QJsonArray>

namespace lookout::incidents {

namespace {

QString incidentDivision(const RecordState &state, const QString &id)
{
    const Incident *incident = state.incidents.find(id);
    if (!incident)
        return {};
    QStringList codes;
    for (const AreaRef &area : incident->areas)
        codes << area.code;
    return commonDivision(codes);
}

QStringList codesOf(const QJsonValue &areas)
{
    QStringList codes;
    for (const QJsonValue &area : areas.toArray())
        codes << area.toObject().value(QStringLiteral("code")).toString();
    return codes;
}

} // namespace

QString commonDivision(const QStringList &codes)
{
    if (codes.isEmpty())
        return {};
    QString common = codes.front();
    for (const QString &code : codes) {
        qsizetype same = 0;
        while (same < common.size() && same < code.size() && common[same] == code[same])
            ++same;
        common.truncate(same);
    }
    // Whole levels only: province 2, city 4, county 6, town 9, village 12 digits.
    for (const int level : {12, 9, 6, 4, 2})
        if (common.size() >= level)
            return common.left(level);
    return {};
}

QString entryDivision(const RecordState &state, const store::JournalDraft &draft)
{
    const QJsonObject &payload = draft.payload;
    if (draft.kind == QLatin1String("incident.opened"))
        return commonDivision(codesOf(payload.value(QStringLiteral("areas"))));
    // Entries of an incident, directly or through its task, dispatch or instruction.
    QString incident = payload.value(QStringLiteral("incident")).toString();
    if (incident.isEmpty() && draft.kind.startsWith(QLatin1String("plan-task.")))
        if (const ResponseTask *task = state.responses.task(payload.value(QStringLiteral("task")).toInt()))
            incident = task->incident;
    if (incident.isEmpty() && draft.kind.startsWith(QLatin1String("dispatch.")))
        if (const Dispatch *dispatch = state.inventory.dispatch(payload.value(QStringLiteral("dispatch")).toInt()))
            incident = dispatch->incident;
    if (incident.isEmpty() && draft.kind == kinds::kTaskDone)
        for (const Task &task : state.duty.tasks())
            if (task.sequence == payload.value(QStringLiteral("task")).toInteger())
                incident = task.incident;
    if (incident.isEmpty() && draft.kind == QLatin1String("instruction.reported"))
        for (const Instruction &instruction : state.followUps.instructions())
            if (instruction.sequence == payload.value(QStringLiteral("instruction")).toInteger())
                incident = instruction.incident;
    if (!incident.isEmpty())
        return incidentDivision(state, incident);
    // An area of its own: a log line's, a request's; an inventory import's items.
    const QString code = payload.value(QStringLiteral("area")).toObject().value(QStringLiteral("code")).toString();
    if (!code.isEmpty())
        return commonDivision({code});
    if (payload.contains(QStringLiteral("items"))) {
        QStringList codes;
        for (const QJsonValue &item : payload.value(QStringLiteral("items")).toArray())
            codes << item.toObject().value(QStringLiteral("area")).toObject().value(QStringLiteral("code")).toString();
        return commonDivision(codes);
    }
    return {};
}

} // namespace lookout::incidents

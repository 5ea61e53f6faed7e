// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "incidents/responsebook.h"

#include "incidents/incidentbook.h"
#include "incidents/recorddraft.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace lookout::incidents {

namespace {

Error invalid(const QString &message, const QString &context = {})
{
    return makeError(Error::Code::InvalidArgument, message, context.isEmpty() ? QStringList() : QStringList{context});
}

QJsonObject planToJson(const PlanRef &plan)
{
    return {{QStringLiteral("id"), plan.id},
            {QStringLiteral("title"), plan.title},
            {QStringLiteral("clause"), plan.clause},
            {QStringLiteral("template"), plan.isTemplate}};
}

PlanRef planFromJson(const QJsonObject &object)
{
    return {object.value(QStringLiteral("id")).toString(), object.value(QStringLiteral("title")).toString(),
            object.value(QStringLiteral("clause")).toString(), object.value(QStringLiteral("template")).toBool()};
}

} // namespace

QString toString(TaskState state)
{
    switch (state) {
    case TaskState::Open: return QStringLiteral("open");
    case TaskState::Overdue: return QStringLiteral("overdue");
    case TaskState::Reported: return QStringLiteral("reported");
    case TaskState::Closed: return QStringLiteral("closed");
    }
    return {};
}

TaskState ResponseTask::stateAt(const QDateTime &at) const
{
    if (closedAt.isValid() && closedAt <= at)
        return TaskState::Closed;
    if (reportedAt.isValid() && reportedAt <= at)
        return TaskState::Reported;
    return dueAt.isValid() && at > dueAt ? TaskState::Overdue : TaskState::Open;
}

QList<const ResponseTask *> ResponseBook::checklist(const IncidentBook &incidents) const
{
    QList<const ResponseTask *> out;
    for (const ResponseTask &task : m_tasks)
        if (const Incident *incident = incidents.find(task.incident); !incident || incident->state != IncidentState::Closed)
            out.append(&task);
    return out;
}

const ResponseTask *ResponseBook::task(int number) const
{
    return number >= 1 && number <= m_tasks.size() ? &m_tasks[number - 1] : nullptr;
}

ResponseTask *ResponseBook::findTask(int number)
{
    return number >= 1 && number <= m_tasks.size() ? &m_tasks[number - 1] : nullptr;
}

const PlanActivation *ResponseBook::activationOf(const QString &incident) const
{
    for (auto it = m_activations.crbegin(); it != m_activations.crend(); ++it)
        if (it->incident == incident)
            return &*it;
    return nullptr;
}

void ResponseBook::apply(const store::JournalEntry &entry, const IncidentBook &incidents)
{
    // Only its own kinds are parsed: the fold of a long record is mostly other books' entries.
    if (entry.kind != kinds::kIncidentLevel && !entry.kind.startsWith(QLatin1String("plan-task.")))
        return;
    const QJsonObject payload = entry.payloadObject();
    if (entry.kind == kinds::kIncidentLevel) {
        if (!payload.contains(QStringLiteral("plan")))
            return;
        // Only an activation the incidents accepted as a level step counts.
        const Incident *incident = incidents.find(payload.value(QStringLiteral("incident")).toString());
        if (!incident || incident->levels.isEmpty() || incident->levels.back().sequence != entry.sequence)
            return;
        const LevelChange &change = incident->levels.back();
        PlanActivation activation{entry.sequence, entry.at(), incident->id, planFromJson(payload.value(QStringLiteral("plan")).toObject()),
                                  change.action, change.level, change.commander, change.reason};
        for (const QJsonValue &value : payload.value(QStringLiteral("tasks")).toArray()) {
            const QJsonObject object = value.toObject();
            ResponseTask task;
            task.number = int(m_tasks.size()) + 1;
            task.sequence = entry.sequence;
            task.incident = incident->id;
            task.plan = activation.plan.id;
            task.action = object.value(QStringLiteral("action")).toString();
            task.level = object.value(QStringLiteral("level")).toInt();
            task.text = object.value(QStringLiteral("text")).toString();
            task.owner = object.value(QStringLiteral("owner")).toString();
            task.createdAt = entry.at();
            task.dueAt = timeFromIso(object.value(QStringLiteral("due")));
            task.reportRequired = object.value(QStringLiteral("report")).toBool();
            m_tasks.append(task);
        }
        m_activations.append(activation);
        return;
    }
    if (entry.kind != kinds::kPlanTaskReported && entry.kind != kinds::kPlanTaskClosed)
        return;
    ResponseTask *task = findTask(payload.value(QStringLiteral("task")).toInt());
    if (!task || task->closedAt.isValid())
        return;  // not a valid step: the command refuses it, a concurrent seat's duplicate is ignored
    if (entry.kind == kinds::kPlanTaskReported) {
        task->reportedAt = entry.at();
        task->report = payload.value(QStringLiteral("report")).toString();
        task->reportedBy = entry.user;
    } else {
        task->closedAt = entry.at();
        task->closedBy = entry.user;
        task->closeNote = payload.value(QStringLiteral("note")).toString();
    }
}

Result<store::JournalDraft> ResponseBook::activate(const IncidentBook &incidents, const QString &incident, LevelAction action, int level,
                                                   const QString &commander, const QString &reason, const PlanRef &plan,
                                                   const QList<TaskDraft> &actions, const Actor &actor) const
{
    if (plan.id.isEmpty())
        return invalid(QStringLiteral("an activation names its plan"), incident);
    auto draft = incidents.changeLevel(incident, action, level, commander, reason, actor);
    if (!draft)
        return draft;
    QJsonArray tasks;
    if (action != LevelAction::End) {
        for (const TaskDraft &item : actions) {
            const bool exists = std::any_of(m_tasks.begin(), m_tasks.end(), [&](const ResponseTask &task) {
                return task.incident == incident && task.plan == plan.id && task.action == item.action;
            });
            if (exists)
                continue;
            const QDateTime due = actor.at.addSecs(qint64(std::llround(item.dueHours * 3600)));
            tasks.append(QJsonObject{{QStringLiteral("action"), item.action},
                                     {QStringLiteral("level"), item.level},
                                     {QStringLiteral("text"), item.text},
                                     {QStringLiteral("owner"), item.owner},
                                     {QStringLiteral("due"), isoTime(due)},
                                     {QStringLiteral("report"), item.report}});
        }
    }
    draft->payload.insert(QStringLiteral("plan"), planToJson(plan));
    draft->payload.insert(QStringLiteral("tasks"), tasks);
    return draft;
}

Result<store::JournalDraft> ResponseBook::reportTask(int number, const QString &report, const Actor &actor) const
{
    const ResponseTask *found = task(number);
    if (!found)
        return makeError(Error::Code::NotFound, QStringLiteral("no such task"), {QStringLiteral("task %1").arg(number)});
    if (found->closedAt.isValid())
        return invalid(QStringLiteral("the task was closed on %1").arg(isoTime(found->closedAt)), QStringLiteral("task %1").arg(number));
    if (report.trimmed().isEmpty())
        return invalid(QStringLiteral("a report says what was done"), QStringLiteral("task %1").arg(number));
    if (actor.at < found->createdAt)
        return invalid(QStringLiteral("the task was created at %1, after this report's time").arg(isoTime(found->createdAt)),
                       QStringLiteral("task %1").arg(number));
    return draftOf(actor, kinds::kPlanTaskReported, {{QStringLiteral("task"), number}, {QStringLiteral("report"), report.trimmed()}});
}

Result<store::JournalDraft> ResponseBook::closeTask(int number, const QString &note, const Actor &actor) const
{
    const ResponseTask *found = task(number);
    if (!found)
        return makeError(Error::Code::NotFound, QStringLiteral("no such task"), {QStringLiteral("task %1").arg(number)});
    if (found->closedAt.isValid())
        return invalid(QStringLiteral("the task was closed on %1").arg(isoTime(found->closedAt)), QStringLiteral("task %1").arg(number));
    if (found->reportRequired && !found->reportedAt.isValid())
        return invalid(QStringLiteral("the task asks for a report before it is closed"), QStringLiteral("task %1").arg(number));
    if (actor.at < found->createdAt)
        return invalid(QStringLiteral("the task was created at %1, after this time").arg(isoTime(found->createdAt)),
                       QStringLiteral("task %1").arg(number));
    return draftOf(actor, kinds::kPlanTaskClosed, {{QStringLiteral("task"), number}, {QStringLiteral("note"), note.trimmed()}});
}

} // namespace lookout::incidents

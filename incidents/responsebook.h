// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "incidents/incidentbook.h"
#include "store/journal.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace lookout::incidents {

namespace kinds {
// A plan's activation is an `incident.level` entry whose payload also names the plan and the
// tasks it creates; these two follow a task.
inline const QString kPlanTaskReported = QStringLiteral("plan-task.reported");
inline const QString kPlanTaskClosed = QStringLiteral("plan-task.closed");
} // namespace kinds

// The plan a response runs under, as the activation recorded it.
struct PlanRef {
    QString id;
    QString title;
    QString clause;
    bool isTemplate = false;
};

// A checklist action becoming a task at activation.
struct TaskDraft {
    QString action;  // the plan's action id
    int level = 4;
    QString text;
    QString owner;
    double dueHours = 0;
    bool report = false;
};

// A start, raise, lower or end of a response under a plan.
struct PlanActivation {
    qint64 sequence = 0;
    QDateTime at;
    QString incident;
    PlanRef plan;
    LevelAction action = LevelAction::Start;
    int level = 0;
    QString commander;
    QString reason;
};

enum class TaskState { Open, Overdue, Reported, Closed };
QString toString(TaskState state);  // "open", "overdue", "reported", "closed"

// A task from a plan's checklist: open → reported (with the report and who) → closed; overdue
// while open past its due time.
struct ResponseTask {
    int number = 0;        // 1, 2, … in record order: how the desk and the CLI name it
    qint64 sequence = 0;   // the activation that created it
    QString incident;
    QString plan;
    QString action;
    int level = 4;
    QString text;
    QString owner;
    QDateTime createdAt;
    QDateTime dueAt;
    bool reportRequired = false;
    QDateTime reportedAt;
    QString report;
    QString reportedBy;
    QDateTime closedAt;
    QString closedBy;
    QString closeNote;

    TaskState stateAt(const QDateTime &at) const;
    bool isOpen() const { return !closedAt.isValid(); }
};

// Plan activations and their tasks as the record says they are, folded after the IncidentBook:
// an activation the incidents refused (not a valid level step) creates no tasks.
class ResponseBook {
public:
    void apply(const store::JournalEntry &entry, const IncidentBook &incidents);

    const QList<PlanActivation> &activations() const { return m_activations; }
    const QList<ResponseTask> &tasks() const { return m_tasks; }
    const ResponseTask *task(int number) const;
    // The tasks on today's checklist: all but a closed incident's (its unfinished tasks belong to
    // its review).
    QList<const ResponseTask *> checklist(const IncidentBook &incidents) const;
    // The latest activation of an incident, if it runs under a plan.
    const PlanActivation *activationOf(const QString &incident) const;

    // A level change under a plan: the IncidentBook's own checks, plus the plan and the tasks of
    // `actions` the incident does not have yet under this plan (due from the actor's time).
    Result<store::JournalDraft> activate(const IncidentBook &incidents, const QString &incident, LevelAction action, int level,
                                         const QString &commander, const QString &reason, const PlanRef &plan,
                                         const QList<TaskDraft> &actions, const Actor &actor) const;
    Result<store::JournalDraft> reportTask(int number, const QString &report, const Actor &actor) const;
    Result<store::JournalDraft> closeTask(int number, const QString &note, const Actor &actor) const;

private:
    ResponseTask *findTask(int number);

    QList<PlanActivation> m_activations;
    QList<ResponseTask> m_tasks;
};

} // namespace lookout::incidents

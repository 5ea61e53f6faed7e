// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "rowlistmodel.h"

#include <QDateTime>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace lookout::qml {

// The plans as the desk and the wall show them: each plan's suggestion (rows: planId, title,
// suggested, level (the number), current, levelColor, differs, holding, clause, template, incident, changes, suggestEnd),
// the checklist of tasks (rows: number, incident, level, text, owner, due, taskState, overdue, stateColor,
// report), and a rehearsal's steps for the step chart ([{at, suggested, actual}], levels 4 … 1,
// 0 none). Filled by the scenario presenter from the situation; GUI thread.
class PlanDesk : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("filled by the scenario")
    Q_PROPERTY(lookout::qml::RowListModel *suggestions READ suggestions CONSTANT FINAL)
    Q_PROPERTY(lookout::qml::RowListModel *tasks READ tasks CONSTANT FINAL)
    Q_PROPERTY(int differing READ differing NOTIFY changed FINAL)
    Q_PROPERTY(int overdue READ overdue NOTIFY changed FINAL)
    Q_PROPERTY(int openTasks READ openTasks NOTIFY changed FINAL)
    Q_PROPERTY(QStringList broken READ broken NOTIFY changed FINAL)
    Q_PROPERTY(QString folder READ folder NOTIFY changed FINAL)
    Q_PROPERTY(QString rehearsalTitle READ rehearsalTitle NOTIFY rehearsalChanged FINAL)
    Q_PROPERTY(QVariantList rehearsal READ rehearsal NOTIFY rehearsalChanged FINAL)
    Q_PROPERTY(bool rehearsing READ rehearsing NOTIFY rehearsalChanged FINAL)
    Q_PROPERTY(bool canRehearse READ canRehearse NOTIFY changed FINAL)

public:
    explicit PlanDesk(QObject *parent = nullptr);

    RowListModel *suggestions() { return &m_suggestions; }
    RowListModel *tasks() { return &m_tasks; }
    int differing() const { return m_differing; }
    int overdue() const { return m_overdue; }
    int openTasks() const { return m_openTasks; }
    QStringList broken() const { return m_broken; }
    QString folder() const { return m_folder; }
    QString rehearsalTitle() const { return m_rehearsalTitle; }
    QVariantList rehearsal() const { return m_rehearsal; }
    bool rehearsing() const { return m_rehearsing; }
    bool canRehearse() const { return bool(m_rehearser); }

    struct Summary {
        int differing = 0;
        int overdue = 0;
        int openTasks = 0;
        QStringList broken;  // "file: first problem"
        QString folder;
        QDateTime at;  // the situation's time: a rehearsal from the page ends there
    };
    void setSummary(const Summary &summary);
    // A finished rehearsal (or, with no steps, why there is none in `title`).
    void setRehearsal(const QString &title, const QVariantList &steps);
    // Starts a rehearsal of the plan over the 72 hours before the clock, off the GUI thread; the
    // result arrives through setRehearsal.
    using Rehearser = std::function<void(const QString &plan, const QDateTime &to)>;
    void setRehearser(Rehearser rehearser)
    {
        m_rehearser = std::move(rehearser);
        emit changed();
    }
    Q_INVOKABLE void rehearse(const QString &plan);

    // Reports a task done with one line (the desk's checklist); returns an error text or "".
    using TaskReporter = std::function<QString(int number, const QString &text)>;
    void setTaskReporter(TaskReporter reporter) { m_reporter = std::move(reporter); }
    Q_INVOKABLE QString reportTask(int number, const QString &text);
    // The commander's decision: start, raise, lower (level 4 … 1) or end (0) `incident`'s response
    // under the plan, with a reason; returns an error text or "". Lookout never does it by itself.
    using Activator = std::function<QString(const QString &plan, const QString &incident, int level, const QString &commander,
                                            const QString &reason)>;
    void setActivator(Activator activator) { m_activator = std::move(activator); }
    Q_INVOKABLE QString activate(const QString &plan, const QString &incident, int level, const QString &commander, const QString &reason);

signals:
    void changed();
    void rehearsalChanged();

private:
    RowListModel m_suggestions;
    RowListModel m_tasks;
    int m_differing = 0;
    int m_overdue = 0;
    int m_openTasks = 0;
    QStringList m_broken;
    QString m_folder;
    QDateTime m_at;
    QString m_rehearsalTitle;
    QVariantList m_rehearsal;
    TaskReporter m_reporter;
    Activator m_activator;
    Rehearser m_rehearser;
    bool m_rehearsing = false;
};

} // namespace lookout::qml

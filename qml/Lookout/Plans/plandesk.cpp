// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "plandesk.h"

#include <QCoreApplication>

namespace lookout::qml {

PlanDesk::PlanDesk(QObject *parent)
    : QObject(parent),
      m_suggestions({QStringLiteral("planId"), QStringLiteral("title"), QStringLiteral("suggested"), QStringLiteral("level"), QStringLiteral("current"),
                     QStringLiteral("levelColor"), QStringLiteral("differs"), QStringLiteral("holding"), QStringLiteral("clause"),
                     QStringLiteral("template"), QStringLiteral("incident"), QStringLiteral("changes"), QStringLiteral("suggestEnd")}),
      m_tasks({QStringLiteral("number"), QStringLiteral("incident"), QStringLiteral("level"), QStringLiteral("text"), QStringLiteral("owner"),
               QStringLiteral("due"), QStringLiteral("taskState"), QStringLiteral("overdue"), QStringLiteral("stateColor"), QStringLiteral("report")})
{
}

void PlanDesk::setSummary(const Summary &summary)
{
    m_differing = summary.differing;
    m_overdue = summary.overdue;
    m_openTasks = summary.openTasks;
    m_broken = summary.broken;
    m_folder = summary.folder;
    m_at = summary.at;
    emit changed();
}

void PlanDesk::setRehearsal(const QString &title, const QVariantList &steps)
{
    m_rehearsalTitle = title;
    m_rehearsal = steps;
    m_rehearsing = false;
    emit rehearsalChanged();
}

QString PlanDesk::reportTask(int number, const QString &text)
{
    if (text.trimmed().isEmpty())
        return QCoreApplication::translate("PlanDesk", "Say in one line what was done.");
    if (!m_reporter)
        return QCoreApplication::translate("PlanDesk", "A replay: the record is read-only.");
    return m_reporter(number, text);
}

void PlanDesk::rehearse(const QString &plan)
{
    if (!m_rehearser || m_rehearsing)
        return;
    m_rehearsing = true;
    m_rehearsalTitle = QCoreApplication::translate("PlanDesk", "Rehearsing %1 over the last 72 hours …").arg(plan);
    emit rehearsalChanged();
    m_rehearser(plan, m_at.isValid() ? m_at : QDateTime::currentDateTimeUtc());
}

QString PlanDesk::activate(const QString &plan, const QString &incident, int level, const QString &commander, const QString &reason)
{
    if (commander.trimmed().isEmpty() || reason.trimmed().isEmpty())
        return QCoreApplication::translate("PlanDesk", "The commander is named and gives the reason.");
    if (!m_activator)
        return QCoreApplication::translate("PlanDesk", "A replay: the record is read-only.");
    return m_activator(plan, incident, level, commander.trimmed(), reason.trimmed());
}

} // namespace lookout::qml

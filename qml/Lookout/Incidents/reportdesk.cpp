// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "reportdesk.h"

#include <QCoreApplication>

namespace lookout::qml {

namespace {

QString readOnly()
{
    return QCoreApplication::translate("ReportDesk", "A replay: the record is read-only.");
}

} // namespace

ReportDesk::ReportDesk(QObject *parent)
    : QObject(parent),
      m_due({QStringLiteral("incident"), QStringLiteral("incidentTitle"), QStringLiteral("type"), QStringLiteral("typeText"), QStringLiteral("deadline"),
             QStringLiteral("stateText"), QStringLiteral("overdue"), QStringLiteral("late"), QStringLiteral("issued")}),
      m_issued({QStringLiteral("number"), QStringLiteral("incident"), QStringLiteral("typeText"), QStringLiteral("title"), QStringLiteral("incidentTitle"), QStringLiteral("issuedAt"),
                QStringLiteral("deadline"), QStringLiteral("late"), QStringLiteral("by")}),
      m_caps({QStringLiteral("identifier"), QStringLiteral("msgType"), QStringLiteral("event"), QStringLiteral("level"), QStringLiteral("headline"),
              QStringLiteral("sent"), QStringLiteral("status"), QStringLiteral("references")}),
      m_incidents({QStringLiteral("id"), QStringLiteral("title")})
{
}

void ReportDesk::setRows(QList<QVariantMap> due, QList<QVariantMap> issued, QList<QVariantMap> caps, QList<QVariantMap> incidents, int overdue,
                         const QString &rulesProblem)
{
    m_due.setRows(std::move(due));
    m_issued.setRows(std::move(issued));
    m_caps.setRows(std::move(caps));
    m_incidents.setRows(std::move(incidents));
    m_overdue = overdue;
    m_rulesProblem = rulesProblem;
    emit changed();
}

void ReportDesk::setActions(Actions actions)
{
    m_actions = std::move(actions);
    emit changed();
}

void ReportDesk::setOutput(const QString &text, bool failed, bool busy)
{
    m_output = text;
    m_outputFailed = failed;
    m_busy = busy;
    emit outputChanged();
}

QString ReportDesk::draft(const QString &incident, const QString &type)
{
    if (!m_actions.draft)
        return QStringLiteral("!") + readOnly();
    if (incident.isEmpty() && type != QLatin1String("daily"))
        return QStringLiteral("!") + QCoreApplication::translate("ReportDesk", "Choose the incident.");
    QString text;
    const QString problem = m_actions.draft(incident, type, &text);
    return problem.isEmpty() ? text : QStringLiteral("!") + problem;
}

QString ReportDesk::issue(const QString &incident, const QString &type, const QString &text)
{
    if (!m_actions.issue)
        return readOnly();
    if (!text.trimmed().startsWith(QLatin1String("# ")))
        return QCoreApplication::translate("ReportDesk", "A report begins with its title line (\"# …\"): draft it first.");
    return m_actions.issue(incident, type, text);
}

QString ReportDesk::exportIssued(int number)
{
    return m_actions.exportIssued ? m_actions.exportIssued(number) : readOnly();
}

QString ReportDesk::review(const QString &incident)
{
    if (m_busy)
        return QCoreApplication::translate("ReportDesk", "A review is being made.");
    if (incident.isEmpty())
        return QCoreApplication::translate("ReportDesk", "Choose the incident.");
    return m_actions.review ? m_actions.review(incident) : readOnly();
}

QString ReportDesk::sitrep(const QString &incident)
{
    if (incident.isEmpty())
        return QCoreApplication::translate("ReportDesk", "Choose the incident.");
    return m_actions.sitrep ? m_actions.sitrep(incident) : readOnly();
}

QString ReportDesk::issueCap(const QString &action, const QString &previous, const QVariantMap &form)
{
    if (!m_actions.cap)
        return readOnly();
    if (m_busy)
        return QCoreApplication::translate("ReportDesk", "The last message is still being published.");
    if (action != QLatin1String("alert") && previous.isEmpty())
        return QCoreApplication::translate("ReportDesk", "Choose the issued message to update or cancel.");
    return m_actions.cap(action, previous, form);
}

QVariantMap ReportDesk::capForm(const QString &identifier)
{
    return m_actions.capForm ? m_actions.capForm(identifier) : QVariantMap{};
}

} // namespace lookout::qml

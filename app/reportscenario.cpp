// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The Reports page from the situation: what each incident owes, what was issued, the CAP messages.
#include "scenariosupport.h"

#include "core/timeformat.h"

#include <QCoreApplication>

namespace lookout::app {

namespace {

QString typeText(incidents::ReportType type, int followup)
{
    switch (type) {
    case incidents::ReportType::Initial: return QCoreApplication::translate("Scenario", "Initial report");
    case incidents::ReportType::Followup: return QCoreApplication::translate("Scenario", "Follow-up report %1").arg(followup);
    case incidents::ReportType::Final: return QCoreApplication::translate("Scenario", "Final report");
    case incidents::ReportType::Daily: return QCoreApplication::translate("Scenario", "Daily duty report");
    case incidents::ReportType::Review: return QCoreApplication::translate("Scenario", "After-action review");
    }
    return {};
}

// An exercise is labelled as one wherever it is named.
QString titleOf(const incidents::Incident *incident, const QString &id)
{
    if (!incident)
        return id;
    return incident->exercise ? QCoreApplication::translate("Scenario", "[EXERCISE] %1").arg(incident->title) : incident->title;
}

QString when(const QDateTime &time)
{
    return time.isValid() ? formatLocal(time) : QStringLiteral("—");
}

} // namespace

void presentReports(const situation::Situation &situation, qml::AppController &controller)
{
    const incidents::RecordState &record = situation.incidents.record;
    QList<QVariantMap> due, issued, caps, incidents;
    for (const situation::ReportDueSituation &item : situation.reports.due) {
        const incidents::Incident *incident = record.incidents.find(item.incident);
        const QString state = item.issuedNumber > 0 ? (item.late ? QCoreApplication::translate("Scenario", "issued late (no. %1)").arg(item.issuedNumber)
                                                                 : QCoreApplication::translate("Scenario", "issued (no. %1)").arg(item.issuedNumber))
                              : item.overdue ? QCoreApplication::translate("Scenario", "OVERDUE")
                              : item.deadline.isValid() ? QCoreApplication::translate("Scenario", "due")
                                                        : QCoreApplication::translate("Scenario", "after the response ends");
        due.append({{QStringLiteral("incident"), item.incident},
                    {QStringLiteral("incidentTitle"), titleOf(incident, item.incident)},
                    {QStringLiteral("type"), incidents::toString(item.type)},
                    {QStringLiteral("typeText"), typeText(item.type, item.followup)},
                    {QStringLiteral("deadline"), when(item.deadline)},
                    {QStringLiteral("stateText"), state},
                    {QStringLiteral("overdue"), item.overdue},
                    {QStringLiteral("late"), item.late},
                    {QStringLiteral("issued"), item.issuedNumber}});
    }
    for (const incidents::IssuedReport &report : record.releases.reports())
        issued.prepend({{QStringLiteral("number"), report.number},
                        {QStringLiteral("incident"), report.incident},
                        {QStringLiteral("typeText"), typeText(report.type, report.followup)},
                        {QStringLiteral("title"), report.title},
                        {QStringLiteral("incidentTitle"), report.incident.isEmpty() ? QString() : titleOf(record.incidents.find(report.incident), report.incident)},
                        {QStringLiteral("issuedAt"), when(report.issuedAt)},
                        {QStringLiteral("deadline"), when(report.deadline)},
                        {QStringLiteral("late"), report.late()},
                        {QStringLiteral("by"), report.issuedBy}});
    for (const incidents::IssuedCap &cap : record.releases.caps())
        caps.prepend({{QStringLiteral("identifier"), cap.identifier},
                      {QStringLiteral("msgType"), feeds::toString(cap.msgType)},
                      {QStringLiteral("event"), cap.event},
                      {QStringLiteral("level"), cap.level},
                      {QStringLiteral("headline"), cap.headline},
                      {QStringLiteral("sent"), when(cap.sent)},
                      {QStringLiteral("status"), feeds::toString(cap.status)},
                      {QStringLiteral("references"), cap.references.join(QStringLiteral(", "))}});
    for (const incidents::Incident &incident : record.incidents.incidents())
        incidents.prepend({{QStringLiteral("id"), incident.id}, {QStringLiteral("title"), titleOf(&incident, incident.id)}});
    controller.reportDesk()->setRows(due, issued, caps, incidents, situation.reports.overdue, situation.reports.rulesProblem);
}

} // namespace lookout::app

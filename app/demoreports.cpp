// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "demoreports.h"

#include "demoresources.h"

#include "reports/dailyreport.h"
#include "reports/incidentreport.h"
#include "reports/reportdeadlines.h"

#include <QTimeZone>

namespace lookout::app {

Result<store::JournalDraft> draftedReport(store::Workspace &workspace, const incidents::RecordState &state, const plans::Plan &plan,
                                          incidents::ReportType type, const QString &incident, const incidents::Actor &actor)
{
    auto situation = exerciseSituation(workspace, plan, actor.at);
    if (!situation)
        return situation.error();
    const reports::ReportContext context{QStringLiteral("珠海市三防办（演练 exercise）"), actor.user, QStringLiteral("（演练，无真实电话 exercise, no real number）")};
    incidents::IssuedReport report;
    report.type = type;
    report.incident = incident;
    if (type == incidents::ReportType::Daily) {
        const QTimeZone beijing(8 * 3600);
        const QDateTime to(actor.at.toTimeZone(beijing).date(), QTime(0, 0), beijing);
        report.text = reports::draftDailyReport(*situation, to.addDays(-1).toUTC(), to.toUTC(), context);
    } else {
        const incidents::Incident *found = situation->incidents.record.incidents.find(incident);
        if (!found)
            return makeError(Error::Code::NotFound, QStringLiteral("no such incident"), {incident});
        report.text = reports::draftIncidentReport(type, incident, *situation, context);
        report.deadline = reports::deadlineFor(type, *found, situation->incidents.record.releases, reports::DeadlineRules{});
    }
    report.title = report.text.section(QLatin1Char('\n'), 0, 0).mid(2).trimmed();
    return state.releases.issueReport(state.incidents, report, actor);
}

} // namespace lookout::app

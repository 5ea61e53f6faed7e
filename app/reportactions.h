// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "resourceactions.h"
#include "reportdesk.h"

#include "incidents/releasebook.h"
#include "reports/incidentreport.h"
#include "reports/reportdeadlines.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace lookout::app {

// What the CLI's report commands and the desk's Reports page share.

// Who reports: the workspace's `report_unit` (else its title), the officer, `report_contact`.
reports::ReportContext reportContextOf(store::Workspace &workspace, const QString &officer);
// The workspace's deadline rules (setting `report_deadlines`); an error names the field.
Result<reports::DeadlineRules> reportRulesOf(store::Workspace &workspace);
// The report to issue: its text, title (the first line), type, incident and deadline.
incidents::IssuedReport reportToIssue(incidents::ReportType type, const incidents::Incident &incident, const incidents::ReleaseBook &releases,
                                      const reports::DeadlineRules &rules, const QString &text);
// A report's text to FILE.pdf, else to an HTML page.
Result<void> exportReportFile(const QString &text, const QString &out, bool exercise, bool draft);
// Where the desk writes what it exports: the `report_folder` setting, else reports-out/ beside
// the workspace.
QString reportFolderOf(store::Workspace &workspace);

// The Reports page's actions:
// - a draft from the situation as known at `now()`, issued as a record entry by the signed-in
//   officer (the record's writer when the seat has one);
// - exports of an issued report, the after-action review and the SitRep, written to the report
//   folder, the review on a thread of its own with its progress on the page;
// - a CAP warning, update or cancel, issued on a thread of its own (publishing and the POST may
//   take their time), then `refresh`.
// On a replay only the files are written (`readOnly`). `workspace` must outlive the desk.
void connectReportActions(store::Workspace &workspace, qml::ReportDesk &desk, bool readOnly, std::function<QDateTime()> now,
                          RecordCommand record, SignedInActor signedIn, std::function<void()> refresh);

} // namespace lookout::app

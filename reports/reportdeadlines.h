// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "incidents/incident.h"
#include "incidents/releasebook.h"
#include "situation/situation.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QTime>

namespace lookout::reports {

// When reports are due, by the incident's grade (its highest response level; Ⅳ without one).
// Configurable per workspace (setting `report_deadlines`, JSON):
//   {"initialMinutes": {"1": 30, "2": 30, "3": 60, "4": 120},
//    "followupTimes": ["08:00", "17:00"],   (Beijing time, while the response lasts)
//    "finalHours": 24}                       (after the response ends)
struct DeadlineRules {
    QMap<int, int> initialMinutes{{1, 30}, {2, 30}, {3, 60}, {4, 120}};
    QList<QTime> followupTimes{QTime(8, 0), QTime(17, 0)};
    int finalHours = 24;
};
// An error names the field; an empty text gives the defaults.
Result<DeadlineRules> deadlineRulesFromJson(const QByteArray &json);

struct ReportDue {
    incidents::ReportType type = incidents::ReportType::Initial;
    int followup = 0;
    QDateTime deadline;
    const incidents::IssuedReport *issued = nullptr;  // the report that met it, if any
    bool overdueAt(const QDateTime &at) const { return !issued && deadline.isValid() && at > deadline; }
    bool late() const { return issued && issued->issuedAt > deadline; }
};

// The deadline of the next report of `type` for the incident (follow-ups: the next fixed time
// after the last report; final: the end of the response plus finalHours, invalid while it runs).
QDateTime deadlineFor(incidents::ReportType type, const incidents::Incident &incident, const incidents::ReleaseBook &releases,
                      const DeadlineRules &rules);
// Every report the incident owes by `at`, and the next one: the first report, each follow-up time
// passed while the response ran (met by the follow-up issued for it, or not), and the final.
QList<ReportDue> reportsDue(const incidents::Incident &incident, const incidents::ReleaseBook &releases, const DeadlineRules &rules,
                            const QDateTime &at);

// Fills the situation's reports part: what every incident of the record as known at its time
// owes (reportsDue), and how many are overdue.
void fillReportsPart(situation::Situation &situation, const DeadlineRules &rules, const QString &rulesProblem = {});

} // namespace lookout::reports

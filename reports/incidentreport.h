// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "incidents/releasebook.h"
#include "situation/situation.h"

#include <QString>

namespace lookout::reports {

// Who reports: the unit, the officer (the signed-in user) and how to reach them.
struct ReportContext {
    QString unit;     // "珠海市三防办"
    QString officer;
    QString contact;  // a phone number or an address
};

// The draft of an incident report (首报, 续报 n, 终报) in the report text form (reporttext.h),
// from the record and the situation as known at its time:
// - what happened, where (divisions by name and code), when it began and when it was learnt;
// - the hazard's course and trend: the response levels, the storm (position, wind, distance and
//   bearing from the reference districts, when the wind circles are expected), stations over
//   their thresholds and how they move, the wettest district's rain;
// - casualties and losses as the officer entered them (never estimated: "not entered" otherwise);
// - measures: the plan activated, tasks done and open, dispatches;
// - requests to the level above: the resource gaps and open requests of the incident;
// - for a 终报: the summary, the state now and the next steps;
// - the reporting unit, officer and contact.
// Chinese, with the sections' English names; an exercise says so in its title. Pure function.
QString draftIncidentReport(incidents::ReportType type, const QString &incident, const situation::Situation &situation,
                            const ReportContext &context);

// The report's title: "【演练】防御台风“山竹”(1822)续报二 (follow-up report 2)".
QString reportTitle(incidents::ReportType type, const incidents::Incident &incident, int followup);

// "一", "二", … "十二" for the 续报 numbers.
QString chineseNumber(int n);

} // namespace lookout::reports

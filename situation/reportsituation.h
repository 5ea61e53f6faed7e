// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "incidents/releasebook.h"

#include <QDateTime>
#include <QList>
#include <QString>

// The reports part of the situation: what each incident owes the level above at T (首报, 续报 at
// the fixed times, 终报), by the workspace's deadline rules, and what met it. The reports library
// (reports/) fills it, as the plans library fills PlansPart; the reports issued themselves are the
// record's (IncidentsPart::record.releases).
namespace lookout::situation {

struct ReportDueSituation {
    QString incident;
    incidents::ReportType type = incidents::ReportType::Initial;
    int followup = 0;          // 续报 n
    QDateTime deadline;
    int issuedNumber = 0;      // the report that met it (0: none yet)
    QDateTime issuedAt;
    bool overdue = false;      // not issued and past its deadline at T
    bool late = false;         // issued after its deadline
};

struct ReportsPart {
    QList<ReportDueSituation> due;  // per incident in the record's order, in deadline order
    int overdue = 0;
    QString rulesProblem;           // the workspace's deadline rules could not be read (defaults used)
};

} // namespace lookout::situation

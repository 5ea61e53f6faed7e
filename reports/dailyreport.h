// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "reports/incidentreport.h"
#include "situation/situation.h"

#include <QDateTime>
#include <QString>

namespace lookout::reports {

// The daily duty report (值班日报) from the record between `from` and `to` (the situation is the
// one at `to`: its warning registry and its record): who was on duty; warnings received, and who
// acknowledged them when; incidents opened and their level changes; leaders' instructions and
// their reports; hotspot checks and findings; plan and duty tasks; dispatches; reports and CAP
// messages issued; handovers; the duty log. In the report text form. Pure function.
QString draftDailyReport(const situation::Situation &situation, const QDateTime &from, const QDateTime &to, const ReportContext &context);

} // namespace lookout::reports

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "incidents/incidentledger.h"
#include "incidents/releasebook.h"
#include "plans/plan.h"
#include "store/workspace.h"

#include <QDateTime>

namespace lookout::app {

// What the duty officer does on the desk, scripted for the demo's exercise: the report of `type`
// drafted from the workspace's situation at the actor's time (its resources matched under
// `plan`), with the default deadlines, issued unedited. `incident` is empty for the daily report,
// which covers the Beijing day before the actor's time.
Result<store::JournalDraft> draftedReport(store::Workspace &workspace, const incidents::RecordState &state, const plans::Plan &plan,
                                          incidents::ReportType type, const QString &incident, const incidents::Actor &actor);

} // namespace lookout::app

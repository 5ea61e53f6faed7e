// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "reports/reviewreport.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace lookout::app {

// The after-action review of `incident` as known at `knownAt`: the situation rebuilt hourly over
// its window (plans evaluated at each step), a map of each moment presented the way the wall and
// desk present it and rendered through gis, and the record verified. `progress` is told each step
// ("sampling 12/50", "map 2/5"). Synchronous; needs a QGuiApplication (maps and charts).
Result<reports::ReviewInputs> collectReview(store::Workspace &workspace, const QString &incident, const QDateTime &knownAt,
                                            const reports::ReportContext &context, const reports::DeadlineRules &rules,
                                            const std::function<void(const QString &)> &progress = {});
// The review drafted from collectReview().
Result<reports::ReviewDocument> buildReview(store::Workspace &workspace, const QString &incident, const QDateTime &knownAt,
                                            const reports::ReportContext &context, const reports::DeadlineRules &rules,
                                            const std::function<void(const QString &)> &progress = {});

} // namespace lookout::app

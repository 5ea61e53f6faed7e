// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "situation/situation.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lookout::situation {

// The situation as JSON for other systems and the golden files (docs/situation.md): versioned
// ("schema"), stable keys, times ISO 8601 with zone (UTC, "Z"), positions [lon, lat] in degrees,
// levels in metres rounded to the centimetre; absent facts are absent keys, never 0.
// The plans part and the plan tasks ("plans", "incidents.planTasks") appear where plans are loaded
// or tasks exist, so that a workspace without plans keeps the schema-2 form it had.
QJsonObject toJson(const Situation &situation);

QJsonObject holdingJson(const HoldingTrigger &holding);
QJsonObject plansJson(const PlansPart &part);
// Every plan task with its state at `at` (open, overdue, reported, closed).
QJsonArray planTasksJson(const incidents::ResponseBook &responses, const QDateTime &at);
// The resources part: needs, the proposed matching, gaps, balance per kind, team positions and the
// open dispatches as lines ("resources", where there are needs, an inventory or positions).
QJsonObject resourcesJson(const ResourcesPart &part);
// The reports part ("reports", where anything is due): each report due with its deadline, the
// number of the report that met it, and whether it is overdue or was late.
QJsonObject reportsJson(const ReportsPart &part);
// Every dispatch order: resource, incident, need, quantity, ordered, eta, arrived, released.
QJsonArray dispatchesJson(const incidents::InventoryBook &inventory);

} // namespace lookout::situation

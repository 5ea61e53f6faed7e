// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/division.h"
#include "plans/plan.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace lookout::plans {

// One thing wrong with a plan file, located: "zhuhai-wind.yaml:12:9: levels[0].when.any[1].warning.
// min_level: "purple" is not one of blue, yellow, orange, red".
struct PlanProblem {
    QString file;
    FilePlace at;
    QString field;  // the path to the value, as written in the file
    QString message;

    QString toString() const;
};

// The division codes a plan's areas must be among (the workspace's divisions table). Empty: the
// workspace has none, and codes are checked for their form only.
struct KnownAreas {
    QSet<QString> codes;

    static KnownAreas of(const QList<Division> &divisions);
};

// A plan read from its YAML, or everything wrong with it (every problem, not the first only).
struct PlanReading {
    std::optional<Plan> plan;
    QList<PlanProblem> problems;
    bool ok() const { return plan.has_value(); }
};

// Reads and checks a plan file's bytes: YAML syntax, unknown keys, wrong types, values out of
// range, area codes not in `areas`. Never throws; pure function, any thread.
PlanReading readPlan(const QByteArray &bytes, const QString &file, const KnownAreas &areas = {});
PlanReading readPlanFile(const QString &path, const KnownAreas &areas = {});

} // namespace lookout::plans

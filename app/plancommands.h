// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace lookout::store {
class Workspace;
}

namespace lookout::app {

// `lookout plan …` and `lookout task …`: contingency plans (docs/plans.md) and the tasks their
// activations create, from the command line.
struct PlanCommand {
    QString noun;  // plan | task | resources
    QString verb;  // check | evaluate | rehearse | activate; list | report | close; import | list | match | request | dispatch | arrived | release
    QStringList positional;
    QString plans, plan, from, to, step = QStringLiteral("1h"), level, action, commander, reason, incident, text, user, seat;
    QString kind;  // resources list: one kind only
    QString need, quantity, eta;  // resources dispatch
    QString where, within;        // resources request: the place, and within how many hours
    bool json = false;
    bool csv = false;
    bool exercise = false;  // resources import: an exercise inventory
};

Result<PlanCommand> parsePlanCommand(const QString &noun, const QStringList &arguments);
QString planHelpText();
// `at`: the time evaluated, or the action's time (the scenario clock); now when not given.
int runPlanCommand(const PlanCommand &command, store::Workspace &workspace, const std::optional<QDateTime> &at);

} // namespace lookout::app

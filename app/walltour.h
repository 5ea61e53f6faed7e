// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "appcontroller.h"
#include "scenario.h"
#include "situation/keyfigures.h"

namespace lookout::app {

// The wall's tour: each focus with content (situation::hasContent), in tour order, with its map
// extent and its panel's lines (the rows the panels' presenters made from the same situation).
QList<qml::WallFocus> tourFoci(const situation::Situation &situation, const ScenarioOptions &options, qml::AppController &controller);

// The takeovers waiting at T (situation::pendingTakeovers), worded, each with its map area.
QList<qml::WallTakeover> takeovers(const situation::Situation &situation, const ScenarioOptions &options, qml::AppController &controller,
                                   const situation::WarningFilter &onThisMap);

} // namespace lookout::app

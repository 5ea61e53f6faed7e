// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "plancommands.h"

namespace lookout::app {

// `lookout resources import FILE.csv|.geojson|.osm.pbf [--exercise]` and `lookout resources list [--kind K] [--json]`:
// the inventory kept in the record (docs/resources.md), as known at --at.
int runResourcesCommand(const PlanCommand &command, store::Workspace &workspace, const QDateTime &at);
QString resourcesHelpText();

} // namespace lookout::app

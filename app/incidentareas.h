// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "store/workspace.h"

namespace lookout::app {

// Rewrites the workspace's incident-area layer (lookout_incident_areas, for GIS programs) from
// its record as it stands now, over its focus districts. Called after each incident command.
Result<void> writeIncidentAreaLayer(store::Workspace &workspace);

} // namespace lookout::app

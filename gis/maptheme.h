// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "gis/layerstyle.h"

#include <QColor>

namespace lookout::gis {

// The dark command-centre theme shared by the wall, the desk, the CLI renders and the benchmark.
// A layer's role (kept with it in the workspace) decides how it is drawn:
//   "focus"     the districts the bureau is responsible for: clear fill, bright edges, large labels
//   "context"   neighbouring cities: muted fill and labels
//   "reference" another authority's boundaries (Hong Kong districts): thin lines, no labels
//   "region"    the provinces underneath everything: land against sea, no labels
// Unknown roles get the context style. The domain's own styles (warnings, tracks, stations,
// hotspots, incidents) are the situation's: situation/mapstyles.h.
LayerStyle styleForRole(const QString &role, const QString &labelField);
QColor mapBackground();  // the sea

} // namespace lookout::gis

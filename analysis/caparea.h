// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/geo.h"
#include "feeds/capalert.h"

#include <vector>

namespace lookout::analysis {

// A CAP info block's areas as lon,lat rings: its polygons as written, its circles as 48-sided
// rings on the sphere. What the map draws and the workspace's warning-area layer keeps. Pure.
std::vector<std::vector<GeoPoint>> capAreaRings(const feeds::CapInfo &info);

} // namespace lookout::analysis

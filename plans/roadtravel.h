// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "gis/roadgraph.h"
#include "plans/matching.h"

#include <memory>

namespace lookout::plans {

// Travel over the road graph: from the resource straight to its nearest road node and from the
// need's nearest node straight to it at `accessKmh`, the roads between by their speeds (one
// Dijkstra per resource node, kept). The straight-line bound is the graph's fastest speed. Used by
// one thread at a time (its kept trees are not shared).
Travel roadTravel(std::shared_ptr<const gis::RoadGraph> graph, double accessKmh = 15);

} // namespace lookout::plans

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "gis/roadgraph.h"
#include "plans/matching.h"

#include <memory>
#include <optional>

namespace lookout::plans {

// Travel over the road graph: from the resource straight to its nearest road node and from the
// need's nearest node straight to it at `accessKmh`, the roads between by their speeds (one
// Dijkstra per resource node, kept). The straight-line bound is the graph's fastest speed. Used by
// one thread at a time (its kept trees are not shared).
//
// An end farther than `coverKm` from every road node lies outside the extract: with `outside`
// such a pair is measured by it (the straight-line estimate), so an extract that covers part of
// the area never makes the rest unreachable; without it, the roads are used whatever the distance.
Travel roadTravel(std::shared_ptr<const gis::RoadGraph> graph, double accessKmh = 15, std::optional<Travel> outside = std::nullopt,
                  double coverKm = 5);

} // namespace lookout::plans

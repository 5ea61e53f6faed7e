// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/geo.h"
#include "core/result.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace lookout::gis {

// The drivable roads of an OpenStreetMap extract as a directed graph: each `highway=*` way a
// car may use, split at its nodes, travelled at the speed its class allows (`maxspeed` when it
// gives km/h and is lower), one way where `oneway`, a motorway or a roundabout says so.
// Immutable once read; any thread.
class RoadGraph {
public:
    // Reads an .osm.pbf (libosmium). A file that is not one, or is cut short, is an error naming it.
    static Result<RoadGraph> fromOsmPbf(const QString &path);

    std::size_t nodeCount() const { return m_points.size(); }
    std::size_t arcCount() const { return m_targets.size(); }
    std::size_t connectedNodeCount() const { return m_byLon.size(); }  // in the largest strongly connected part
    GeoPoint point(std::uint32_t node) const { return m_points[node]; }
    double fastestKmh() const { return m_fastestKmh; }
    int ways() const { return m_ways; }

    // The node of the largest strongly connected part nearest to a point (straight line), and how
    // far it is in kilometres.
    std::pair<std::uint32_t, double> nearest(GeoPoint point) const;
    // Seconds from `source` to every node (Dijkstra); infinity where it cannot be reached.
    std::vector<double> secondsFrom(std::uint32_t source) const;

    // Arcs leaving a node: [first, last) into targets()/seconds().
    std::uint32_t firstArc(std::uint32_t node) const { return m_offsets[node]; }
    std::uint32_t lastArc(std::uint32_t node) const { return m_offsets[node + 1]; }
    std::uint32_t target(std::uint32_t arc) const { return m_targets[arc]; }
    float seconds(std::uint32_t arc) const { return m_seconds[arc]; }

    // km/h for a highway class a car uses; nullopt for the others (footway, path, steps …).
    static std::optional<double> classSpeedKmh(const QString &highway);

private:
    std::vector<GeoPoint> m_points;
    std::vector<std::uint32_t> m_offsets;  // CSR: arcs of node i are [offsets[i], offsets[i+1])
    std::vector<std::uint32_t> m_targets;
    std::vector<float> m_seconds;
    std::vector<std::uint32_t> m_byLon;    // the largest strongly connected part's nodes by longitude, for nearest()
    double m_fastestKmh = 0;
    int m_ways = 0;
};

} // namespace lookout::gis

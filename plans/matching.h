// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/geo.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace lookout::plans {

// What must be met (a plan level's `resources` entry or a request from the desk, EDXL-RM's
// RequestResource): so much of a kind, at a place, perhaps by a time.
struct Need {
    QString id;
    QString kind;
    qint64 quantity = 0;
    GeoPoint position;
    std::optional<double> withinMinutes;  // needed by: travel must take no longer than this
};

// What exists: so much of a kind at a place; only `available` resources are matched.
struct Resource {
    QString id;
    QString kind;
    qint64 quantity = 0;
    GeoPoint position;
    bool available = true;
};

// Travel minutes from a resource to a need; nullopt when it cannot reach it at all.
using TravelMinutes = std::function<std::optional<double>(const Resource &, const Need &)>;

// How travel is measured: the minutes, and the fewest minutes one straight-line kilometre can
// take (so the matching can leave far pairs unmeasured without losing optimality; 0: unknown,
// every pair is measured).
struct Travel {
    TravelMinutes minutes;
    double minutesPerKmAtLeast = 0;
};

// Geodesic distance on the WGS-84 ellipsoid × detour ÷ speed: what a matching without road data
// uses, always labelled an estimate.
struct StraightLineTravel {
    double speedKmh = 40;
    double detour = 1.3;
    std::optional<double> operator()(const Resource &resource, const Need &need) const;
    Travel travel() const;
};
// Kilometres between two points on the WGS-84 ellipsoid (PROJ's geodesic, Karney's algorithm).
double ellipsoidKm(GeoPoint a, GeoPoint b);

struct Assignment {
    QString need;
    QString resource;
    qint64 quantity = 0;
    double minutes = 0;
};

// What a need is short of, and why.
struct Gap {
    enum class Reason { NoneOfThisKind, NotEnough, NotInTime };
    QString need;
    QString kind;
    qint64 needed = 0;
    qint64 covered = 0;
    Reason reason = Reason::NotEnough;
    qint64 short_() const { return needed - covered; }
};
QString toString(Gap::Reason reason);  // "none-of-this-kind", "not-enough", "not-in-time"

struct Matching {
    QList<Assignment> assignments;  // by need, then by minutes
    QList<Gap> gaps;                // in the needs' order
    qint64 covered = 0;
    qint64 total = 0;
    double objective = 0;           // Σ quantity × minutes
    int rounds = 0;                 // solver rounds (arcs added between rounds, see matchNeeds)
};

// The optimal matching: first as much of every need covered as the available resources of its
// kind allow (within its time), then Σ quantity × minutes least — a min-cost flow (LEMON's
// NetworkSimplex) in which an uncovered unit costs more than any route. For speed the flow starts
// with each need's nearest resources (enough to cover it twice) and then adds every pair whose
// reduced cost shows it would improve the solution — searched within the distance the node
// potentials allow, measured only when a straight-line lower bound does not rule it out — until
// none does: the result is optimal over all pairs. `everyPairFirst` puts every pair in from the
// start (the plain solve the tests compare with). Pure function, any thread.
Result<Matching> matchNeeds(const QList<Need> &needs, const QList<Resource> &resources, const Travel &travel,
                            bool everyPairFirst = false);

} // namespace lookout::plans

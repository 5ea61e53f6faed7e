// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/division.h"
#include "core/geo.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The resources part of the situation: what is needed (the activated plans' levels and the desk's
// requests), what the inventory can send, the optimal matching and the gap list, the balance per
// kind, and where the teams are. The plans library (plans/) fills it, as it fills PlansPart; the
// inventory and the dispatches themselves are the record's (IncidentsPart::record).
namespace lookout::situation {

// One need, as far as open dispatches have not met it yet.
struct ResourceNeed {
    QString id;          // "plan/<plan>/<kind>/<area code>" or "request-<n>"
    QString incident;
    QString kind;        // "shelter-places", "rescue-team", "sandbags", …
    qint64 quantity = 0; // asked
    qint64 dispatched = 0;  // met by open dispatches naming it
    AreaRef area;
    GeoPoint position;   // where it is to be met: the request's point, else the area's label point
    QDateTime neededBy;  // invalid: no deadline
    QString plan;        // the plan a level's need comes from
    int level = 0;       // that level (4 = Ⅳ … 1 = Ⅰ)
    int request = 0;     // the request's number
    QString requestedBy;
    bool exercise = false;

    qint64 remaining() const { return quantity > dispatched ? quantity - dispatched : 0; }
};

// An assignment the matching proposes (the commander confirms it into a dispatch).
struct ProposedAssignment {
    QString need;
    QString incident;
    QString resource;      // as a dispatch names it: an item's id, or "depot/item"
    QString resourceName;
    qint64 quantity = 0;
    double minutes = 0;
    GeoPoint from;
    GeoPoint to;
};

struct ResourceGap {
    QString need;
    QString incident;
    QString kind;
    qint64 needed = 0;    // still to meet (after dispatches)
    qint64 covered = 0;   // by the proposal
    QString reason;       // "none-of-this-kind", "not-enough", "not-in-time", "no-place" (its area has no boundary here)
    qint64 shortfall() const { return needed - covered; }
};

// Per kind of need: what the inventory has free, what open dispatches hold, what is needed and
// what is short after the optimal matching.
struct KindBalance {
    QString kind;
    qint64 available = 0;
    qint64 committed = 0;
    qint64 needed = 0;
    qint64 shortfall = 0;
};

// A team's latest position fix by T.
struct TeamPosition {
    QString team;
    GeoPoint position;
    QDateTime at;
    QString source;
    bool stale = false;  // no fix for longer than the source's stale minutes
};

// A dispatch on the map: from the resource to its need, with its ETA.
struct DispatchLine {
    int number = 0;
    QString resource;
    QString need;
    GeoPoint from;
    GeoPoint to;
    QDateTime eta;
    bool arrived = false;
    bool late = false;  // not arrived and past its ETA
};

struct ResourcesPart {
    bool matched = false;     // the matching ran (plans loaded, or requests, on a workspace with an inventory)
    QString travel;           // how minutes were measured: "estimate, no road data: …" or the road extract
    bool estimate = true;     // straight-line minutes, not roads
    double speedKmh = 0;      // the estimate's speed and detour factor (for the views' own words)
    double detour = 0;
    QString roads;            // the road extract's file, when roads are used
    QList<ResourceNeed> needs;
    QList<ProposedAssignment> proposals;
    QList<ResourceGap> gaps;
    QList<KindBalance> kinds;
    qint64 covered = 0;
    qint64 total = 0;
    double objective = 0;     // Σ quantity × minutes of the proposal
    QString problem;          // why the matching could not run, when it could not
    QList<TeamPosition> positions;
    QList<DispatchLine> dispatches;  // open ones
    int exerciseItems = 0;    // inventory items that are exercise content

    qint64 shortfall() const
    {
        qint64 sum = 0;
        for (const KindBalance &k : kinds)
            sum += k.shortfall;
        return sum;
    }
};

} // namespace lookout::situation

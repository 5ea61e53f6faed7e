// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "feeds/firmscsv.h"
#include "gis/vectordata.h"

#include <QDateTime>
#include <QList>

namespace lookout::analysis {

struct FireEventOptions {
    double linkDistanceKm = 2.0;   // detections this close ...
    double linkHours = 24.0;       // ... and this close in time belong to one fire
    bool dropStaticSources = true; // archive `type` 1 volcano, 2 static land source, 3 offshore
};

// Detections grouped into one fire: what a town is asked to check (核查).
struct FireEvent {
    QList<int> hotspots;           // indexes into the input, in time order
    GeoPoint centre;               // mean position
    GeoBox bounds;
    QDateTime first;
    QDateTime last;
    double maxFrp = 0;
    feeds::Hotspot::Confidence confidence = feeds::Hotspot::Confidence::Low;  // the highest seen
    QString district;              // from assignDistricts; empty outside every district
};

struct FireEventResult {
    QList<FireEvent> events;       // newest last detection first
    int staticSourcesDropped = 0;
};

// Clusters detections into fire events: single-linkage on distance and time (a grid index keeps
// it near linear), after dropping the static sources the archive `type` column names. Pure.
FireEventResult clusterHotspots(const QList<feeds::Hotspot> &hotspots, const FireEventOptions &options = {});

// Names each event's district: the polygon (even-odd over its rings, as the map draws it) that
// holds the event's centre, or failing that its first detection.
void assignDistricts(QList<FireEvent> &events, const QList<feeds::Hotspot> &hotspots, const gis::VectorData &districts,
                     const QString &nameField);

} // namespace lookout::analysis

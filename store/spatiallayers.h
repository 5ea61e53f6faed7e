// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/geo.h"
#include "core/result.h"
#include "store/database.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

namespace lookout::store {

// The workspace's data as spatial layers a GIS program draws (QGIS, ogrinfo), beside the fast
// tables Lookout reads: geometry columns on the typhoon, station and warning tables, a point
// table of hotspot detections, a polygon table of incident areas, and views that give each
// layer its readable attributes:
//   lookout_hotspot_points   POINT         each FIRMS detection with its attributes
//   lookout_typhoon_fixes    POINT (view)  each fix: time, agency, grade, wind, pressure
//   lookout_typhoon_tracks   LINESTRING    each track
//   lookout_stations         POINT (view)  stations with a position: latest level, thresholds
//   lookout_warning_areas    MULTIPOLYGON (view)  CAP messages with polygons or circles
//   lookout_incident_areas   MULTIPOLYGON  incidents over their districts or drawn areas
// Schema 9 creates them and fills them from what an older workspace holds; the stores keep them
// current on every ingest. Runs inside the migration's transaction.
Result<void> addSpatialLayers(Database &database);

// One incident's area as the incident-area layer keeps it.
struct IncidentAreaRow {
    QString incident;  // "2018-001"
    QString title;
    QString hazard;
    QString state;     // warning | response | review | closed
    int level = 0;     // 4 = Ⅳ .. 1 = Ⅰ, 0 none
    bool exercise = false;
    QString areas;     // "台山市 (440781), 江海区 (440704)"
    std::vector<std::vector<GeoPoint>> rings;  // district outlines and drawn polygons
    std::vector<std::uint32_t> ringsPerPolygon; // how the rings group into polygons (outer first)
};

// Replaces the incident-area layer's rows (the record is the truth; this is its picture), in
// one transaction.
Result<void> replaceIncidentAreas(Database &database, const QList<IncidentAreaRow> &rows);

} // namespace lookout::store

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "store/spatiallayers.h"

#include "feeds/capparser.h"
#include "store/gpkggeometry.h"
#include "store/hotspotchunk.h"
#include "store/hotspotstore.h"

namespace lookout::store {

namespace {

const char *const kTables[] = {
    "ALTER TABLE lookout_typhoon_points ADD COLUMN geom POINT",
    "ALTER TABLE lookout_typhoon_tracks ADD COLUMN geom LINESTRING",
    "ALTER TABLE lookout_st_stbprp_b ADD COLUMN geom POINT",
    "ALTER TABLE lookout_cap_messages ADD COLUMN geom MULTIPOLYGON",
    R"(CREATE TABLE lookout_hotspot_points (
         fid INTEGER PRIMARY KEY, geom POINT, acq_time TEXT NOT NULL, instrument TEXT, satellite TEXT,
         confidence TEXT, confidence_percent INTEGER, brightness REAL, brightness2 REAL, frp REAL, scan REAL, track REAL,
         daynight TEXT, type INTEGER, version TEXT, file_id INTEGER))",
    R"(CREATE TABLE lookout_incident_areas (
         fid INTEGER PRIMARY KEY AUTOINCREMENT, geom MULTIPOLYGON, incident TEXT NOT NULL, title TEXT, hazard TEXT, state TEXT,
         level INTEGER, exercise INTEGER, areas TEXT))",
    R"(CREATE VIEW lookout_typhoon_fixes AS
         SELECT p.id AS fid, p.geom AS geom, t.agency AS agency, t.storm_id AS storm_id, t.name AS name, p.time AS time,
                p.grade AS grade, p.agency_class AS agency_class, p.wind AS wind, p.wind_unit AS wind_unit,
                p.wind_minutes AS wind_minutes, p.pressure AS pressure, p.move_direction AS move_direction,
                p.move_speed_kmh AS move_speed_kmh
         FROM lookout_typhoon_points p JOIN lookout_typhoon_tracks t ON t.id = p.track_id)",
    // The latest reading of each station (river Z or reservoir RZ, UTC) and its thresholds.
    R"(CREATE VIEW lookout_stations AS
         SELECT s.rowid AS fid, s.geom AS geom, s.stcd AS stcd, s.stnm AS stnm, s.rvnm AS rvnm, s.sttp AS sttp,
                datetime(coalesce((SELECT max(tm) FROM lookout_st_river_r r WHERE r.stcd = s.stcd),
                                  (SELECT max(tm) FROM lookout_st_rsvr_r r WHERE r.stcd = s.stcd)), 'unixepoch') AS latest_time_utc,
                coalesce((SELECT z FROM lookout_st_river_r r WHERE r.stcd = s.stcd AND z IS NOT NULL ORDER BY tm DESC LIMIT 1),
                         (SELECT rz FROM lookout_st_rsvr_r r WHERE r.stcd = s.stcd AND rz IS NOT NULL ORDER BY tm DESC LIMIT 1)) AS latest_level_m,
                f.wrz AS wrz, f.grz AS grz,
                (SELECT group_concat(coalesce(nullif(l.bgmd, '') || '-' || l.edmd, 'period unknown') || ' ' || l.fsltdz, '; ')
                   FROM lookout_st_rsvrfsr_b l WHERE l.stcd = s.stcd) AS flood_limits
         FROM lookout_st_stbprp_b s LEFT JOIN lookout_st_rvfcch_b f ON f.stcd = s.stcd WHERE s.geom IS NOT NULL)",
    R"(CREATE VIEW lookout_warning_areas AS
         SELECT id AS fid, geom, sender, identifier, sent, status, msg_type, severity, event, headline, area_desc, expires,
                received_at
         FROM lookout_cap_messages WHERE geom IS NOT NULL)",
};

struct Layer {
    const char *name;
    const char *geometry;
    const char *description;
};
const Layer kLayers[] = {
    {"lookout_hotspot_points", "POINT", "FIRMS hotspot detections (Lookout)"},
    {"lookout_typhoon_fixes", "POINT", "Tropical cyclone fixes by agency (Lookout)"},
    {"lookout_typhoon_tracks", "LINESTRING", "Tropical cyclone tracks by agency (Lookout)"},
    {"lookout_stations", "POINT", "Water stations: latest level and thresholds (Lookout, SL 323)"},
    {"lookout_warning_areas", "MULTIPOLYGON", "CAP warning areas (Lookout)"},
    {"lookout_incident_areas", "MULTIPOLYGON", "Incident areas from the record (Lookout)"},
};

// Runs `select`, and for each row binds what `fill` gives to `update` and runs it.
template <typename Fill>
Result<void> updateEach(Database &database, const QString &select, const QString &update, Fill fill)
{
    auto rows = database.prepare(select);
    auto write = database.prepare(update);
    if (!rows)
        return rows.error();
    if (!write)
        return write.error();
    while (true) {
        auto row = rows->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        if (!fill(*rows, *write))
            continue;
        if (auto done = write->run(); !done)
            return done;
    }
}

Result<void> fillFromOlderTables(Database &database)
{
    auto points = updateEach(database, QStringLiteral("SELECT id, lon, lat FROM lookout_typhoon_points"),
                             QStringLiteral("UPDATE lookout_typhoon_points SET geom = ?1 WHERE id = ?2"),
                             [](const Statement &row, Statement &write) {
                                 write.bind(1, gpkgPoint({row.real(1), row.real(2)})).bind(2, row.integer(0));
                                 return true;
                             });
    if (!points)
        return points;
    auto tracks = updateEach(database, QStringLiteral("SELECT id FROM lookout_typhoon_tracks"),
                             QStringLiteral("UPDATE lookout_typhoon_tracks SET geom = ?1 WHERE id = ?2"),
                             [&](const Statement &row, Statement &write) {
                                 auto fixes = database.prepare(QStringLiteral("SELECT lon, lat FROM lookout_typhoon_points WHERE track_id = ?1 ORDER BY time"));
                                 std::vector<GeoPoint> line;
                                 if (fixes) {
                                     fixes->bind(1, row.integer(0));
                                     for (auto more = fixes->step(); more && *more; more = fixes->step())
                                         line.push_back({fixes->real(0), fixes->real(1)});
                                 }
                                 const QByteArray geometry = gpkgLineString(line);
                                 if (geometry.isEmpty())
                                     return false;
                                 write.bind(1, geometry).bind(2, row.integer(0));
                                 return true;
                             });
    if (!tracks)
        return tracks;
    auto stations = updateEach(database, QStringLiteral("SELECT stcd, lgtd, lttd FROM lookout_st_stbprp_b WHERE lgtd IS NOT NULL AND lttd IS NOT NULL"),
                               QStringLiteral("UPDATE lookout_st_stbprp_b SET geom = ?1 WHERE stcd = ?2"),
                               [](const Statement &row, Statement &write) {
                                   write.bind(1, gpkgPoint({row.real(1), row.real(2)})).bind(2, row.text(0));
                                   return true;
                               });
    if (!stations)
        return stations;
    auto warnings = updateEach(database, QStringLiteral("SELECT id, xml FROM lookout_cap_messages"),
                               QStringLiteral("UPDATE lookout_cap_messages SET geom = ?1 WHERE id = ?2"),
                               [](const Statement &row, Statement &write) {
                                   auto alert = feeds::parseCapAlert(row.blob(1), QStringLiteral("lookout_cap_messages"));
                                   const feeds::CapInfo *info = alert ? alert->infoFor(QStringLiteral("zh-CN")) : nullptr;
                                   const QByteArray geometry = info ? gpkgMultiPolygon(feeds::areaRings(*info)) : QByteArray();
                                   if (geometry.isEmpty())
                                       return false;
                                   write.bind(1, geometry).bind(2, row.integer(0));
                                   return true;
                               });
    if (!warnings)
        return warnings;
    auto chunks = database.prepare(QStringLiteral("SELECT file_id, data FROM lookout_hotspot_chunks ORDER BY t_min, id"));
    if (!chunks)
        return chunks.error();
    while (true) {
        auto row = chunks->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        auto hotspots = unpackHotspots(chunks->blob(1));
        if (!hotspots)
            return hotspots.error();
        QList<const feeds::Hotspot *> pointers;
        for (const feeds::Hotspot &h : *hotspots)
            pointers.append(&h);
        if (auto written = writeHotspotPoints(database, chunks->integer(0), pointers); !written)
            return written;
    }
}

} // namespace

Result<void> addSpatialLayers(Database &database)
{
    for (const char *sql : kTables)
        if (auto done = database.exec(QString::fromUtf8(sql)); !done)
            return done;
    for (const Layer &layer : kLayers)
        if (auto done = registerFeatureLayer(database, QString::fromLatin1(layer.name), QString::fromLatin1(layer.geometry),
                                             QString::fromUtf8(layer.description));
            !done)
            return done;
    return fillFromOlderTables(database);
}

Result<void> replaceIncidentAreas(Database &database, const QList<IncidentAreaRow> &rows)
{
    return database.transaction([&]() -> Result<void> {
        if (auto cleared = database.exec(QStringLiteral("DELETE FROM lookout_incident_areas")); !cleared)
            return cleared;
        auto insert = database.prepare(QStringLiteral(
            "INSERT INTO lookout_incident_areas (geom, incident, title, hazard, state, level, exercise, areas) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
        if (!insert)
            return insert.error();
        for (const IncidentAreaRow &row : rows) {
            const QByteArray geometry = gpkgMultiPolygon(row.rings, row.ringsPerPolygon);
            geometry.isEmpty() ? insert->bindNull(1) : insert->bind(1, geometry);
            insert->bind(2, row.incident).bind(3, row.title).bind(4, row.hazard).bind(5, row.state).bind(6, row.level)
                .bind(7, row.exercise ? 1 : 0).bind(8, row.areas);
            if (auto done = insert->run(); !done)
                return done;
        }
        return {};
    });
}

} // namespace lookout::store

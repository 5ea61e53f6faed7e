// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "store/schema.h"

#include "store/hotspotstore.h"
#include "store/spatiallayers.h"

#include <span>

namespace lookout::store {

namespace {

// Version 2: the warning registry (every CAP message as received, acknowledgements) and the
// typhoon tracks (one row per track, one per point).
const char *const kVersion2[] = {
    R"(CREATE TABLE lookout_cap_messages (
         id INTEGER PRIMARY KEY AUTOINCREMENT,
         sender TEXT NOT NULL, identifier TEXT NOT NULL, sent TEXT NOT NULL,
         status TEXT NOT NULL, msg_type TEXT NOT NULL, severity TEXT, event TEXT, headline TEXT,
         area_desc TEXT, expires TEXT, received_at TEXT NOT NULL, source TEXT, xml BLOB NOT NULL,
         UNIQUE (sender, identifier, sent)))",
    "CREATE INDEX lookout_cap_messages_received ON lookout_cap_messages (received_at)",
    R"(CREATE TABLE lookout_warning_acks (
         id INTEGER PRIMARY KEY AUTOINCREMENT,
         sender TEXT NOT NULL, identifier TEXT NOT NULL, acknowledged_by TEXT NOT NULL,
         seat TEXT, acknowledged_at TEXT NOT NULL, note TEXT))",
    R"(CREATE TABLE lookout_typhoon_tracks (
         id INTEGER PRIMARY KEY AUTOINCREMENT,
         agency TEXT NOT NULL, storm_id TEXT NOT NULL, format TEXT NOT NULL, name TEXT, local_name TEXT,
         source TEXT, first_time TEXT, last_time TEXT, imported_at TEXT NOT NULL,
         landfalls TEXT, forecasts TEXT,
         UNIQUE (agency, storm_id, format)))",
    R"(CREATE TABLE lookout_typhoon_points (
         id INTEGER PRIMARY KEY AUTOINCREMENT,
         track_id INTEGER NOT NULL REFERENCES lookout_typhoon_tracks (id) ON DELETE CASCADE,
         time TEXT NOT NULL, lon REAL NOT NULL, lat REAL NOT NULL, grade TEXT, agency_class TEXT,
         wind REAL, wind_unit TEXT, wind_minutes INTEGER, pressure REAL,
         move_direction REAL, move_speed_kmh REAL, radii TEXT))",
    "CREATE INDEX lookout_typhoon_points_track ON lookout_typhoon_points (track_id, time)",
};

const char *const kVersion2Tables[] = {"lookout_cap_messages", "lookout_warning_acks", "lookout_typhoon_tracks",
                                        "lookout_typhoon_points"};

// Version 3: satellite hotspots (NASA FIRMS), one row per detection, kept lean for bulk ingest:
// time as Unix seconds, confidence 0 low / 1 nominal / 2 high, daynight 1 day / 0 night, and the
// file it came from by reference.
const char *const kVersion3[] = {
    R"(CREATE TABLE lookout_hotspot_files (
         id INTEGER PRIMARY KEY AUTOINCREMENT, source TEXT NOT NULL, received_at TEXT NOT NULL, rows INTEGER))",
    R"(CREATE TABLE lookout_hotspots (
         id INTEGER PRIMARY KEY AUTOINCREMENT,
         time INTEGER NOT NULL, lon REAL NOT NULL, lat REAL NOT NULL, instrument TEXT NOT NULL, satellite TEXT,
         confidence INTEGER NOT NULL, confidence_percent INTEGER, brightness REAL, brightness2 REAL, frp REAL,
         scan_km REAL, track_km REAL, day INTEGER, type INTEGER, version TEXT,
         file_id INTEGER NOT NULL REFERENCES lookout_hotspot_files (id)))",
    // Detections repeat across overlapping 24 h files: HotspotStore drops them against what the
    // same time span already holds, so one index on time serves both that and the queries.
    "CREATE INDEX lookout_hotspots_time ON lookout_hotspots (time)",
};
const char *const kVersion3Tables[] = {"lookout_hotspot_files", "lookout_hotspots"};

// Version 4: water data in the tables of SL 323 (实时雨水情数据库), with its column names; TM as
// Unix seconds (UTC) so a replay's "as known at" is one comparison. A reading is a station and a
// time: a later file's value for the same pair replaces the earlier one.
const char *const kVersion4[] = {
    R"(CREATE TABLE lookout_st_stbprp_b (
         stcd TEXT PRIMARY KEY, stnm TEXT NOT NULL, rvnm TEXT, sttp TEXT, lgtd REAL, lttd REAL, source TEXT))",
    R"(CREATE TABLE lookout_st_river_r (
         stcd TEXT NOT NULL, tm INTEGER NOT NULL, z REAL, q REAL, received_at INTEGER NOT NULL, PRIMARY KEY (stcd, tm)))",
    R"(CREATE TABLE lookout_st_rsvr_r (
         stcd TEXT NOT NULL, tm INTEGER NOT NULL, rz REAL, inq REAL, otq REAL, received_at INTEGER NOT NULL,
         PRIMARY KEY (stcd, tm)))",
    R"(CREATE TABLE lookout_st_pptn_r (
         stcd TEXT NOT NULL, tm INTEGER NOT NULL, drp REAL NOT NULL, intv REAL NOT NULL, received_at INTEGER NOT NULL,
         PRIMARY KEY (stcd, tm, intv)))",
    R"(CREATE TABLE lookout_st_rvfcch_b (stcd TEXT PRIMARY KEY, wrz REAL, grz REAL, source TEXT))",
    R"(CREATE TABLE lookout_st_rsvrfsr_b (
         stcd TEXT NOT NULL, bgmd TEXT NOT NULL, edmd TEXT NOT NULL, fsltdz REAL NOT NULL, source TEXT,
         PRIMARY KEY (stcd, bgmd)))",
    // Rainfall grids (GRIB2, NetCDF, GeoTIFF bands) as read: millimetres over [period_start,
    // valid_time] as little-endian float32 rows, NaN for no data; the lattice as GDAL's geotransform.
    R"(CREATE TABLE lookout_rainfall_grids (
         id INTEGER PRIMARY KEY AUTOINCREMENT, source TEXT NOT NULL, variable TEXT NOT NULL,
         period_start INTEGER NOT NULL, valid_time INTEGER NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL,
         geotransform TEXT NOT NULL, crs_wkt TEXT NOT NULL, millimetres BLOB NOT NULL, received_at INTEGER NOT NULL,
         UNIQUE (source, variable, period_start, valid_time)))",
    "CREATE INDEX lookout_rainfall_grids_valid ON lookout_rainfall_grids (valid_time)",
};
const char *const kVersion4Tables[] = {"lookout_st_stbprp_b", "lookout_st_river_r", "lookout_st_rsvr_r",
                                        "lookout_st_pptn_r", "lookout_st_rvfcch_b", "lookout_st_rsvrfsr_b",
                                        "lookout_rainfall_grids"};

// Version 5: daily noon fire weather per station (the FWI system's input), one row per station
// and Beijing-time date; a station is its position (the cffdrs files carry no identifier).
const char *const kVersion5[] = {
    R"(CREATE TABLE lookout_fire_weather (
         lon REAL NOT NULL, lat REAL NOT NULL, date TEXT NOT NULL, temp REAL NOT NULL, rh REAL NOT NULL,
         ws REAL NOT NULL, prec REAL NOT NULL, source TEXT, received_at INTEGER NOT NULL, PRIMARY KEY (lon, lat, date)))",
    "CREATE INDEX lookout_fire_weather_date ON lookout_fire_weather (date)",
};
const char *const kVersion5Tables[] = {"lookout_fire_weather"};

// Version 6: the record (journal) of everything anyone does, hash-chained (store/journal.h). The
// triggers make it append-only for every program that opens the file, not just for Lookout.
const char *const kVersion6[] = {
    R"(CREATE TABLE lookout_journal (
         seq INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL, user_name TEXT NOT NULL, seat TEXT NOT NULL,
         kind TEXT NOT NULL, payload TEXT NOT NULL, corrects INTEGER, prev_hash BLOB NOT NULL, hash BLOB NOT NULL))",
    "CREATE INDEX lookout_journal_at ON lookout_journal (at_ms)",
    R"(CREATE TRIGGER lookout_journal_no_update BEFORE UPDATE ON lookout_journal
         BEGIN SELECT RAISE(ABORT, 'the record is append-only: an entry cannot be changed; append a correction'); END)",
    R"(CREATE TRIGGER lookout_journal_no_delete BEFORE DELETE ON lookout_journal
         BEGIN SELECT RAISE(ABORT, 'the record is append-only: an entry cannot be deleted'); END)",
};
const char *const kVersion6Tables[] = {"lookout_journal"};

// Version 7: hotspots in time-sorted chunks of packed detections (store/hotspotchunk.h) instead
// of a row each; the rows of schemas 3-6 move over (moveHotspotRowsIntoChunks).
const char *const kVersion7[] = {
    R"(CREATE TABLE lookout_hotspot_chunks (
         id INTEGER PRIMARY KEY, file_id INTEGER NOT NULL REFERENCES lookout_hotspot_files (id),
         t_min INTEGER NOT NULL, t_max INTEGER NOT NULL, rows INTEGER NOT NULL,
         lon_min REAL, lat_min REAL, lon_max REAL, lat_max REAL, data BLOB NOT NULL))",
    "CREATE INDEX lookout_hotspot_chunks_time ON lookout_hotspot_chunks (t_max, t_min)",
};
const char *const kVersion7Tables[] = {"lookout_hotspot_chunks"};

// Version 8: administrative divisions (统计用区划代码) down to towns, for areas named by code;
// and flood limits without a period no longer stand for the whole year: the rows that earlier
// versions wrote as 0101..1231 for an undated source get their period back as unknown.
const char *const kVersion8[] = {
    R"(CREATE TABLE lookout_divisions (
         code TEXT PRIMARY KEY, name TEXT NOT NULL, level TEXT NOT NULL, parent TEXT, source TEXT))",
    "CREATE INDEX lookout_divisions_parent ON lookout_divisions (parent)",
    "CREATE INDEX lookout_divisions_name ON lookout_divisions (name)",
    "UPDATE lookout_st_rsvrfsr_b SET bgmd = '', edmd = '' WHERE bgmd = '0101' AND edmd = '1231'",
};
const char *const kVersion8Tables[] = {"lookout_divisions"};

// Version 10: team positions (NMEA fixes) with their time, so the map knows where a team was at T
// and when its last fix is too old to be shown as live.
const char *const kVersion10[] = {
    R"(CREATE TABLE lookout_team_positions (
         team TEXT NOT NULL, at_ms INTEGER NOT NULL, lon REAL NOT NULL, lat REAL NOT NULL, speed_kmh REAL,
         source TEXT NOT NULL, stale_minutes INTEGER NOT NULL, PRIMARY KEY (team, at_ms)))",
};
const char *const kVersion10Tables[] = {"lookout_team_positions"};

Result<int> schemaVersion(Database &database)
{
    auto statement = database.prepare(QStringLiteral("SELECT value FROM lookout_workspace WHERE key = 'schema_version'"));
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    return *row ? int(statement->text(0).toInt()) : 0;
}

Result<void> registerAttributesTable(Database &database, const char *table)
{
    auto statement = database.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, last_change) "
        "VALUES (?1, 'attributes', ?1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"));
    if (!statement)
        return statement.error();
    statement->bind(1, table);
    return statement->run();
}

} // namespace

Result<void> migrateSchema(Database &database)
{
    auto version = schemaVersion(database);
    if (!version)
        return version.error();
    if (*version >= kCurrentSchemaVersion)
        return {};
    // Each version's statements, the tables it registers as attributes, and what it moves.
    struct Step {
        int version;
        std::span<const char *const> sql;
        std::span<const char *const> tables;
        Result<void> (*then)(Database &) = nullptr;
    };
    const Step steps[] = {
        {2, kVersion2, kVersion2Tables},
        {3, kVersion3, kVersion3Tables},
        {4, kVersion4, kVersion4Tables},
        {5, kVersion5, kVersion5Tables},
        {6, kVersion6, kVersion6Tables},
        {7, kVersion7, kVersion7Tables, moveHotspotRowsIntoChunks},
        {8, kVersion8, kVersion8Tables},
        {9, {}, {}, addSpatialLayers},  // the data as spatial layers for GIS programs (spatiallayers.h)
        {10, kVersion10, kVersion10Tables},
    };
    return database.transaction([&]() -> Result<void> {
        for (const Step &step : steps) {
            if (*version >= step.version)
                continue;
            for (const char *sql : step.sql)
                if (auto done = database.exec(QString::fromUtf8(sql)); !done)
                    return done;
            for (const char *table : step.tables)
                if (auto done = registerAttributesTable(database, table); !done)
                    return done;
            if (step.then)
                if (auto done = step.then(database); !done)
                    return done;
        }
        auto update = database.prepare(QStringLiteral("UPDATE lookout_workspace SET value = ?1 WHERE key = 'schema_version'"));
        if (!update)
            return update.error();
        update->bind(1, QString::number(kCurrentSchemaVersion));
        return update->run();
    });
}

} // namespace lookout::store

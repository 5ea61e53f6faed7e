// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "feeds/teampositions.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace lookout::feeds {

enum class FeedKind {
    Cap,          // one CAP message at a URL
    CapIndex,     // an Atom/RSS index: the messages it links are fetched too
    TyphoonTrack, // a track file (CMA, ATCF, IBTrACS, 温州台风网)
    Hotspots,     // a NASA FIRMS CSV (area or country, 24 h / 48 h / 7 d)
    Water,        // water levels or thresholds (SL 323 CSV, 长江水文, WaterML 1.1/2.0, USGS RDB)
    RainfallGrid, // a rainfall accumulation grid (GRIB2, NetCDF, GeoTIFF)
    FireWeather,  // daily noon fire weather per station (cffdrs columns)
};
QString feedKindName(FeedKind kind);

struct FeedSource {
    QString id;               // [a-z0-9_-]+, unique: names the cache folder and the health entry
    QString title;            // for panels; the id when absent
    FeedKind kind = FeedKind::Cap;
    QString url;              // http(s):// or file:// (a "path" in the file becomes file://)
    int intervalSeconds = 300;
    int timeoutSeconds = 30;
    qint64 maxBytes = 10 << 20;
    int maxRedirects = 5;
};

struct FeedConfig {
    QString cacheDirectory;   // last good payloads and health; relative to the config file
    QList<FeedSource> sources;
    QList<PositionSourceConfig> positions;  // the teams' NMEA position sources
};

// Reads a feed configuration (JSON):
//   {"cacheDirectory": "feed-cache",
//    "sources": [{"id": "smg", "title": "澳门气象局", "kind": "cap-index", "url": "https://...",
//                 "interval": 300, "timeout": 20, "maxBytes": 5000000, "maxRedirects": 5},
//                {"id": "cma-bst", "kind": "track", "path": "data/CH2018BST.txt", "interval": 86400}],
//    "positions": [{"id": "gps-xz-1", "team": "team-xz-1", "address": "tcp://10.0.0.5:10110", "staleMinutes": 5},
//                  {"id": "gps-dm-1", "team": "team-dm-1", "path": "recorded.nmea"}]}
// Either list may be absent, not both. Relative paths are taken from the config file's folder. A wrong or missing field is an Error
// naming the source and the field.
Result<FeedConfig> parseFeedConfig(const QByteArray &json, const QString &configPath);

} // namespace lookout::feeds

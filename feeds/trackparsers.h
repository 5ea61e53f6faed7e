// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "feeds/typhoontrack.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace lookout::feeds {

// Readers for the typhoon track formats. Each takes the whole file and returns every storm in
// it, or an Error naming `sourceName`, the line and the field: a file is taken whole or not at
// all. Pure functions, any thread. Times come back in UTC, positions as lon,lat.

// CMA best track (CHyyyyBST.txt): "66666" headers, then the count of 6-field lines they
// announce (UTC, 0.1° lat/lon, hPa, 2-min m/s). Split on any whitespace.
Result<std::vector<TyphoonTrack>> parseCmaBestTrack(const QByteArray &text, const QString &sourceName);

// JTWC/NHC ATCF b-deck ("WP, 26, 2018090618, , BEST, 0, 120N, 1693E, ..."): rows merged by
// time, one WindRadii (R34/R50/R64, n mi per quadrant) per threshold row; 1-min kt winds.
Result<std::vector<TyphoonTrack>> parseAtcfBDeck(const QByteArray &text, const QString &sourceName);

// IBTrACS v04 CSV (v04r00 and v04r01 column sets, mapped by header name; the units row skipped;
// " " is missing). One track per storm and per agency that reports it (USA, TOKYO, CMA, HKO,
// KMA, ...), each with that agency's own positions, wind (unit and averaging) and radii.
Result<std::vector<TyphoonTrack>> parseIbtracsCsv(const QByteArray &text, const QString &sourceName);

// The 温州台风网 (wztf121.com) track record, JSON (an array of one storm object) or the flattened
// CSV: Beijing-time stamps without offset (converted to UTC), force-7/10/12 radii in km per
// quadrant, landfalls, and the agencies' forecast tracks on the last point.
Result<std::vector<TyphoonTrack>> parseWztfJson(const QByteArray &text, const QString &sourceName);
Result<std::vector<TyphoonTrack>> parseWztfCsv(const QByteArray &text, const QString &sourceName);

} // namespace lookout::feeds

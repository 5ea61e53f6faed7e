// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/geo.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace lookout::feeds {

// One satellite active-fire detection (NASA FIRMS), normalised across products.
struct Hotspot {
    GeoPoint position;
    QDateTime time;                 // acq_date + acq_time, UTC
    QString instrument;             // "MODIS" or "VIIRS" (from the column, or the product's columns)
    QString satellite;              // as written: T, A, N, Terra, Aqua, N20...
    enum class Confidence { Low, Nominal, High };
    Confidence confidence = Confidence::Nominal;
    int confidencePercent = -1;     // MODIS 0-100; -1 for VIIRS (categories only)
    double brightness = 0;          // K: MODIS brightness / VIIRS bright_ti4
    double brightness2 = 0;         // K: MODIS bright_t31 / VIIRS bright_ti5
    double frp = 0;                 // MW
    double scanKm = 0;
    double trackKm = 0;
    bool day = true;
    int type = -1;                  // archive only: 0 vegetation fire, 1 volcano, 2 other static land source, 3 offshore
    QString version;                // "6.0NRT", "6.3"...
};

struct HotspotFile {
    QString product;                // "MODIS NRT", "VIIRS 375 m NRT", "MODIS archive"...
    QList<Hotspot> hotspots;
};

// Reads a FIRMS CSV (MODIS or VIIRS; 24-h files, archive downloads and API files), mapping
// columns by header name: both brightness column sets, MODIS confidence 0-100 and VIIRS
// categories (words or l/n/h letters), acq_time as HHMM UTC with or without leading zeros.
// MODIS confidence maps to categories as FIRMS advises: below 30 low, 30-79 nominal, 80+ high.
// A wrong column count, an unreadable field or a position out of range is an Error naming the
// line; the file is taken whole or not at all.
Result<HotspotFile> parseFirmsCsv(const QByteArray &bytes, const QString &sourceName);

QString confidenceName(Hotspot::Confidence confidence);  // "low", "nominal", "high"

} // namespace lookout::feeds

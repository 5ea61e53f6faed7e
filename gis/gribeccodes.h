// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "gis/rainfallgrid.h"

#include <QList>
#include <QString>

namespace lookout::gis {

// One GRIB message decoded by ecCodes (Debian libeccodes): what GDAL 3.6 cannot open, chiefly
// the CCSDS packing (template 5.42) of current ECMWF open data.
struct GribMessage {
    int index = 0;              // 1-based, in file order
    QString shortName;          // "tp", "tprate"...
    QString units;              // "m", "kg m**-2 s**-1"...
    QString packingType;        // "grid_ccsds"...
    QString stepRange;          // "0", "0-6"...
    QDateTime referenceTime;    // UTC
    long ni = 0, nj = 0;
    double firstLat = 0, firstLon = 0, dLon = 0, dLat = 0;
    std::vector<double> values; // ecCodes' missing value replaced by NaN
};

// Decodes every message of a GRIB file (regular lat/lon grids). Error naming the message when
// ecCodes refuses one.
Result<QList<GribMessage>> readGribWithEccodes(const QString &path);

// A decoded message as a rainfall grid: accepted when it is an accumulation with a step range
// ("tp" over "a-b" hours, metres converted to millimetres); a rate ("tprate") or an accumulation
// without its range is refused — the period would be a guess.
Result<RainfallGrid> rainfallFromGribMessage(const GribMessage &message, const QString &path);

} // namespace lookout::gis

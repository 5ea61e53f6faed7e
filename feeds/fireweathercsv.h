// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace lookout::feeds {

// One day of noon fire weather at a station.
struct DailyFireWeather {
    double longitude = 0, latitude = 0;
    QDate date;
    double temp = 0;  // °C
    double rh = 0;    // %
    double wind = 0;  // km/h, 10 m
    double rain = 0;  // mm, 24 h
    int line = 0;     // where it was read, for messages
};

// Reads a daily fire-weather CSV with the cffdrs column names (LONG, LAT, YR, MON, DAY, TEMP, RH,
// WS, PREC in any case and order; comma or semicolon separated; LF or CRLF; extra columns
// ignored). Impossible values (RH outside 0-100, negative wind or rain, a bad date, latitude out
// of range) are refused with the line and column: the FWI system would turn them into nonsense.
Result<QList<DailyFireWeather>> parseDailyFireWeather(const QByteArray &bytes, const QString &sourceName);

} // namespace lookout::feeds

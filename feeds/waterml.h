// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "feeds/hydrology.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace lookout::feeds {

struct Observation {
    QDateTime time;     // UTC; a daily value's day at 00:00 UTC
    double value = 0;
    QString qualifier;  // "P" provisional, "A" approved...
};

// One variable at one site, as the international water services publish it.
struct ObservedSeries {
    StationInfo station;   // stcd "USGS:01646500" (agency:site), position when the file gives one
    QString parameter;     // "00060" discharge, "00062" reservoir elevation, "00065" gage height
    QString parameterName;
    QString unit;          // as written: "ft", "ft3/s", "m"...
    bool daily = false;    // daily statistics (dates without time)
    QList<Observation> values;
};

// CUAHSI WaterML 1.1 (USGS NWIS iv/dv): namespaces by URI, not prefix; the no-data value
// skipped; each value's own UTC offset kept (it changes at daylight saving).
Result<QList<ObservedSeries>> parseWaterMl1(const QByteArray &xml, const QString &sourceName);
// OGC WaterML 2.0 MeasurementTimeseries: gml:pos as "lat lon" (EPSG:4326 axis order); points
// without a time or a value are skipped (USGS writes an empty first point).
Result<QList<ObservedSeries>> parseWaterMl2(const QByteArray &xml, const QString &sourceName);
// USGS RDB: '#' comments, a header row and a column-format row (not data), tab separated; one
// series per "<DD>_<parameter>_<statistic>" column, its qualifier in the "_cd" column.
Result<QList<ObservedSeries>> parseUsgsRdb(const QByteArray &text, const QString &sourceName);

// The series in SL 323 tables: levels (00065, 00062) in metres into ST_RIVER_R Z or, for lakes
// and reservoirs, ST_RSVR_R RZ; discharge (00060) in m³/s into Q. Feet and cubic feet per second
// are converted; unknown parameters are listed in notes and left out.
HydrologyData toSl323(const QList<ObservedSeries> &series);

} // namespace lookout::feeds

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "analysis/fwi.h"
#include "feeds/fireweathercsv.h"
#include "gis/vectordata.h"

#include <QDate>
#include <QList>

namespace lookout::analysis {

// A station's fire danger on its latest day: the FWI codes carried from its earlier days.
struct StationDanger {
    GeoPoint position;
    QDate date;           // the day the codes are for (Beijing calendar day of the noon reading)
    FwiCodes codes;
    int dangerClass = 1;
    int daysCarried = 0;  // consecutive days the codes were carried over (1: start-up values today)
};

// Runs the FWI system per station (a station is its position) over its days up to `today`,
// each day from the day before's FFMC, DMC and DC; after a missing day it starts again from the
// standard start-up values, as the codes cannot be carried over a gap. Returns each station's
// codes on its latest day at or before `today`. Pure.
QList<StationDanger> stationDanger(const QList<feeds::DailyFireWeather> &days, const QDate &today,
                                   const DangerBreakpoints &breakpoints = {});

struct DistrictDanger {
    QString district;
    int dangerClass = 0;   // 0: no station for this district
    double fwi = 0;
    QDate date;
    int stations = 0;      // stations inside the district
    bool nearest = false;  // none inside: the nearest station within reach speaks for it
};

// Today's danger by district: the highest class of the stations inside the district (even-odd
// over its rings), or of the nearest station within `reachKm` of its label point when none is
// inside. Pure.
QList<DistrictDanger> districtDanger(const QList<StationDanger> &stations, const gis::VectorData &districts,
                                     const QString &nameField, double reachKm = 30.0);

} // namespace lookout::analysis

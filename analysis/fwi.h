// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "analysis/vocabulary.h"

#include <QList>

namespace lookout::analysis {

// The Canadian Forest Fire Weather Index System (Van Wagner 1987, "Development and structure of
// the Canadian Forest Fire Weather Index System", Forestry Technical Report 35), as the cffdrs R
// package (Natural Resources Canada) computes it — its equations, constraints and latitude
// adjustments are followed here term by term so that Lookout reproduces its reference values:
//   - DMC day-length factors by latitude (cffdrs `lat.adjust`): the Canadian 46°N table north of
//     30°N, a 20°N table for 10°N < lat <= 30°N (Zhuhai and Jiangmen, ~22°N), 9 near the equator,
//     and two southern tables;
//   - DC day-length factors: the 20°N-and-north table, 1.4 for -20° < lat <= 20°, a southern table.
// Inputs: noon temperature °C, relative humidity %, 10-m wind km/h, 24-h rain mm. Invalid inputs
// propagate as NaN (cffdrs returns NA), so callers check with std::isfinite. Pure functions.

double fineFuelMoistureCode(double ffmcYesterday, double temp, double rh, double wind, double rain);
double duffMoistureCode(double dmcYesterday, double temp, double rh, double rain, double latitude, int month,
                        bool latitudeAdjust = true);
double droughtCode(double dcYesterday, double temp, double rh, double rain, double latitude, int month,
                   bool latitudeAdjust = true);
// `fbpModification`: the FBP system's wind function for winds >= 40 km/h (FCFDG 1992, eq. 53a).
double initialSpreadIndex(double ffmc, double wind, bool fbpModification = false);
double buildupIndex(double dmc, double dc);
double fireWeatherIndex(double isi, double bui);
double dailySeverityRating(double fwi);

// Fire danger class 1 (low) .. 5 (extreme) from the FWI, by four ascending breakpoints. The
// default ones are the European Forest Fire Information System's FWI class limits (5.2, 11.2,
// 21.3, 38.0; its "very high" and "extreme" merged into 5); a bureau calibrates its own.
struct DangerBreakpoints {
    double limits[4] = {5.2, 11.2, 21.3, 38.0};
};
int fireDangerClass(double fwi, const DangerBreakpoints &breakpoints = {});

FireDangerSignal fireDangerSignal(int dangerClass);

struct FwiWeather {
    int year = 0, month = 0, day = 0;
    double temp = 0, rh = 0, wind = 0, rain = 0;
};

struct FwiCodes {
    double ffmc = 0, dmc = 0, dc = 0, isi = 0, bui = 0, fwi = 0, dsr = 0;
};

// The standard start-up values (Van Wagner 1987; cffdrs defaults).
struct FwiStartup {
    double ffmc = 85.0;
    double dmc = 6.0;
    double dc = 15.0;
};

// Runs the system over consecutive days at one latitude: each day starts from the day before's
// FFMC, DMC and DC.
QList<FwiCodes> fwiSequence(const QList<FwiWeather> &days, double latitude, FwiStartup startup = {},
                            bool latitudeAdjust = true);

} // namespace lookout::analysis

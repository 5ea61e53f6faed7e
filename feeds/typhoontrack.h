// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/geo.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace lookout::feeds {

// Typhoon tracks from any agency, normalised without losing what each agency means: a wind is
// kept with its unit and averaging period (JTWC 1-min kt, CMA 2-min m/s, JMA/HKO 10-min kt),
// and wind radii with their own threshold (CMA force 7/10/12, US R34/R50/R64 kt, JMA R30/R50):
// force 7 (13.9 m/s) is never relabelled as R34 (17.5 m/s). Plain values, any thread.

enum class WindUnit { MetresPerSecond, Knots };
enum class DistanceUnit { Kilometres, NauticalMiles };

// China's tropical-cyclone grades, GB/T 19201-2006, by 2-min mean wind.
enum class TyphoonGrade { Unknown, Below, TD, TS, STS, TY, STY, SuperTY, Extratropical };

struct AgencyWind {
    double value = 0.0;
    WindUnit unit = WindUnit::MetresPerSecond;
    int averagingMinutes = 2;

    double metresPerSecond() const { return unit == WindUnit::Knots ? value * 0.514444 : value; }
};

// The radii of one wind threshold. Either per quadrant (NE, SE, SW, NW; NaN where not given,
// 0 where the agency says the wind does not reach) or, as JMA gives them, a long and a short
// radius with the direction of the long one.
struct WindRadii {
    double threshold = 0.0;  // in thresholdUnit: 34 kt, 13.9 m/s (force 7)...
    WindUnit thresholdUnit = WindUnit::Knots;
    QString label;           // how the agency names it: "R34", "7级" (force 7), "R30"
    DistanceUnit unit = DistanceUnit::NauticalMiles;
    std::array<double, 4> quadrants{qQNaN(), qQNaN(), qQNaN(), qQNaN()};
    std::optional<double> longRadius;
    std::optional<double> shortRadius;
    QString longDirection;   // JMA: "NE", "SYMMETRIC", ...

    double quadrantKilometres(int quadrant) const;
    double largestKilometres() const;  // NaN when nothing is given
};

struct TrackPoint {
    QDateTime time;  // UTC
    GeoPoint position;
    TyphoonGrade grade = TyphoonGrade::Unknown;
    QString agencyClass;  // as written: CMA "4", ATCF "TY", 温州台风网 "超强台风(Super TY)"
    std::optional<AgencyWind> maxWind;
    std::optional<double> pressureHpa;
    std::vector<WindRadii> radii;
    std::optional<double> moveDirectionDegrees;  // towards, clockwise from north
    std::optional<double> moveSpeedKmh;
};

struct ForecastTrack {
    QString agency;  // "CMA", "HKO", "JMA", "JTWC"
    QDateTime issued;
    std::vector<TrackPoint> points;
};

struct Landfall {
    QString place;
    QDateTime time;
    GeoPoint position;
};

struct TyphoonTrack {
    QString agency;     // whose analysis: "CMA", "JTWC", "JMA", "HKO"...
    QString format;     // "CMA best track", "ATCF b-deck", "IBTrACS v04r00", "温州台风网 JSON"
    QString stormId;    // the agency's id: "1822", "WP262018", "2024146N11126"
    QString name;       // "MANGKHUT"
    QString localName;  // "山竹" where the source gives it
    std::vector<TrackPoint> points;  // sorted by time
    std::vector<ForecastTrack> forecasts;
    std::vector<Landfall> landfalls;
};

// The GB/T 19201 grade of a 2-min mean wind in m/s; for other averaging periods the caller
// decides (the grade is defined on 2-min winds).
TyphoonGrade gradeFromWind(double metresPerSecond2Min);
// CMA best-track intensity codes 0..6 and 9.
TyphoonGrade gradeFromCmaCode(int code);
// Short codes ("TD" ... "SuperTY", "ET") and the standard Chinese names (热带低压 ... 超强台风),
// which are terms of GB/T 19201 rather than interface text.
QString gradeCode(TyphoonGrade grade);
QString gradeNameZh(TyphoonGrade grade);

} // namespace lookout::feeds

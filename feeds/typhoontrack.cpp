// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "feeds/typhoontrack.h"

#include <cmath>

namespace lookout::feeds {

namespace {
constexpr double kKilometresPerNauticalMile = 1.852;
}

double WindRadii::quadrantKilometres(int quadrant) const
{
    const double value = quadrants.at(std::size_t(quadrant));
    return unit == DistanceUnit::NauticalMiles ? value * kKilometresPerNauticalMile : value;
}

double WindRadii::largestKilometres() const
{
    double largest = qQNaN();
    auto consider = [&](double value) {
        if (std::isfinite(value) && (!std::isfinite(largest) || value > largest))
            largest = value;
    };
    for (int quadrant = 0; quadrant < 4; ++quadrant)
        consider(quadrantKilometres(quadrant));
    if (longRadius)
        consider(unit == DistanceUnit::NauticalMiles ? *longRadius * kKilometresPerNauticalMile : *longRadius);
    return largest;
}

TyphoonGrade gradeFromWind(double ms)
{
    if (!std::isfinite(ms) || ms < 0)
        return TyphoonGrade::Unknown;
    // GB/T 19201-2006 bands (m/s, 2-min mean): TD 10.8-17.1, TS 17.2-24.4, STS 24.5-32.6,
    // TY 32.7-41.4, STY 41.5-50.9, SuperTY >= 51.0. Winds are given to 0.1 m/s.
    if (ms >= 51.0)
        return TyphoonGrade::SuperTY;
    if (ms >= 41.5)
        return TyphoonGrade::STY;
    if (ms >= 32.7)
        return TyphoonGrade::TY;
    if (ms >= 24.5)
        return TyphoonGrade::STS;
    if (ms >= 17.2)
        return TyphoonGrade::TS;
    if (ms >= 10.8)
        return TyphoonGrade::TD;
    return TyphoonGrade::Below;
}

TyphoonGrade gradeFromCmaCode(int code)
{
    switch (code) {
    case 0: return TyphoonGrade::Below;
    case 1: return TyphoonGrade::TD;
    case 2: return TyphoonGrade::TS;
    case 3: return TyphoonGrade::STS;
    case 4: return TyphoonGrade::TY;
    case 5: return TyphoonGrade::STY;
    case 6: return TyphoonGrade::SuperTY;
    case 9: return TyphoonGrade::Extratropical;
    default: return TyphoonGrade::Unknown;
    }
}

QString gradeCode(TyphoonGrade grade)
{
    switch (grade) {
    case TyphoonGrade::Unknown: return QStringLiteral("?");
    case TyphoonGrade::Below: return QStringLiteral("LOW");
    case TyphoonGrade::TD: return QStringLiteral("TD");
    case TyphoonGrade::TS: return QStringLiteral("TS");
    case TyphoonGrade::STS: return QStringLiteral("STS");
    case TyphoonGrade::TY: return QStringLiteral("TY");
    case TyphoonGrade::STY: return QStringLiteral("STY");
    case TyphoonGrade::SuperTY: return QStringLiteral("SuperTY");
    case TyphoonGrade::Extratropical: return QStringLiteral("ET");
    }
    return {};
}

QString gradeNameZh(TyphoonGrade grade)
{
    switch (grade) {
    case TyphoonGrade::Unknown: return QStringLiteral("未知");
    case TyphoonGrade::Below: return QStringLiteral("低压区");
    case TyphoonGrade::TD: return QStringLiteral("热带低压");
    case TyphoonGrade::TS: return QStringLiteral("热带风暴");
    case TyphoonGrade::STS: return QStringLiteral("强热带风暴");
    case TyphoonGrade::TY: return QStringLiteral("台风");
    case TyphoonGrade::STY: return QStringLiteral("强台风");
    case TyphoonGrade::SuperTY: return QStringLiteral("超强台风");
    case TyphoonGrade::Extratropical: return QStringLiteral("变性温带气旋");
    }
    return {};
}

} // namespace lookout::feeds

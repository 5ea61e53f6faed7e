// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "gis/gcj02.h"

#include <cmath>
#include <numbers>

namespace lookout::gis {

namespace {

constexpr double kPi = std::numbers::pi;
constexpr double kSemiMajor = 6378245.0;                 // Krasovsky 1940
constexpr double kEccentricitySquared = 0.00669342162296594323;

// The two offset polynomials of the published algorithm, in metres-like units, taking the
// position relative to (105E, 35N).
double latitudeOffset(double x, double y)
{
    double value = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::fabs(x));
    value += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    value += (20.0 * std::sin(y * kPi) + 40.0 * std::sin(y / 3.0 * kPi)) * 2.0 / 3.0;
    value += (160.0 * std::sin(y / 12.0 * kPi) + 320.0 * std::sin(y * kPi / 30.0)) * 2.0 / 3.0;
    return value;
}

double longitudeOffset(double x, double y)
{
    double value = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::fabs(x));
    value += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    value += (20.0 * std::sin(x * kPi) + 40.0 * std::sin(x / 3.0 * kPi)) * 2.0 / 3.0;
    value += (150.0 * std::sin(x / 12.0 * kPi) + 300.0 * std::sin(x / 30.0 * kPi)) * 2.0 / 3.0;
    return value;
}

} // namespace

bool isInsideGcj02Area(GeoPoint point)
{
    return point.lon >= 72.004 && point.lon <= 137.8347 && point.lat >= 0.8293 && point.lat <= 55.8271;
}

GeoPoint wgs84ToGcj02(GeoPoint wgs84)
{
    if (!isInsideGcj02Area(wgs84))
        return wgs84;
    const double x = wgs84.lon - 105.0;
    const double y = wgs84.lat - 35.0;
    const double latitudeRadians = wgs84.lat / 180.0 * kPi;
    const double sinLatitude = std::sin(latitudeRadians);
    const double w = 1.0 - kEccentricitySquared * sinLatitude * sinLatitude;
    const double sqrtW = std::sqrt(w);
    const double dLat = latitudeOffset(x, y) * 180.0
                        / ((kSemiMajor * (1.0 - kEccentricitySquared)) / (w * sqrtW) * kPi);
    const double dLon = longitudeOffset(x, y) * 180.0 / (kSemiMajor / sqrtW * std::cos(latitudeRadians) * kPi);
    return GeoPoint{wgs84.lon + dLon, wgs84.lat + dLat};
}

GeoPoint gcj02ToWgs84(GeoPoint gcj02)
{
    if (!isInsideGcj02Area(gcj02))
        return gcj02;
    // Fixed-point iteration: the offset changes slowly with position, so each step gains ~3 digits.
    GeoPoint guess = gcj02;
    for (int i = 0; i < 10; ++i) {
        const GeoPoint forward = wgs84ToGcj02(guess);
        const double dLon = gcj02.lon - forward.lon;
        const double dLat = gcj02.lat - forward.lat;
        guess.lon += dLon;
        guess.lat += dLat;
        if (std::fabs(dLon) < 1e-10 && std::fabs(dLat) < 1e-10)
            break;
    }
    return guess;
}

} // namespace lookout::gis

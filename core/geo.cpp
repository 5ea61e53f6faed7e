// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "core/geo.h"

#include <algorithm>
#include <numbers>

namespace lookout {

double haversineMetres(GeoPoint a, GeoPoint b)
{
    constexpr double kEarthRadius = 6371008.8;
    constexpr double kRad = std::numbers::pi / 180.0;
    const double dLat = (b.lat - a.lat) * kRad;
    const double dLon = (b.lon - a.lon) * kRad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
                     + std::cos(a.lat * kRad) * std::cos(b.lat * kRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2.0 * kEarthRadius * std::asin(std::min(1.0, std::sqrt(h)));
}

GeoBox GeoBox::fromCorners(double x1, double y1, double x2, double y2)
{
    GeoBox box;
    box.extend(x1, y1);
    box.extend(x2, y2);
    return box;
}

void GeoBox::extend(double x, double y)
{
    xMin = std::min(xMin, x);
    yMin = std::min(yMin, y);
    xMax = std::max(xMax, x);
    yMax = std::max(yMax, y);
}

void GeoBox::extend(const GeoBox &other)
{
    if (other.isEmpty())
        return;
    extend(other.xMin, other.yMin);
    extend(other.xMax, other.yMax);
}

bool GeoBox::intersects(const GeoBox &other) const
{
    return !isEmpty() && !other.isEmpty() && xMin <= other.xMax && other.xMin <= xMax
           && yMin <= other.yMax && other.yMin <= yMax;
}

GeoBox GeoBox::scaled(double factor) const
{
    const double halfW = width() * factor / 2.0;
    const double halfH = height() * factor / 2.0;
    return fromCorners(centerX() - halfW, centerY() - halfH, centerX() + halfW, centerY() + halfH);
}

GeoBox GeoBox::withAspect(double widthOverHeight) const
{
    if (isEmpty() || widthOverHeight <= 0.0)
        return *this;
    double w = width();
    double h = height();
    if (w / h < widthOverHeight)
        w = h * widthOverHeight;
    else
        h = w / widthOverHeight;
    return fromCorners(centerX() - w / 2, centerY() - h / 2, centerX() + w / 2, centerY() + h / 2);
}

QString GeoBox::toString() const
{
    if (isEmpty())
        return QStringLiteral("(empty)");
    return QStringLiteral("%1,%2 : %3,%4").arg(xMin, 0, 'f', 6).arg(yMin, 0, 'f', 6)
        .arg(xMax, 0, 'f', 6).arg(yMax, 0, 'f', 6);
}

namespace {
int compassIndex(double bearing)
{
    const double degrees = std::fmod(std::fmod(bearing, 360.0) + 360.0, 360.0);
    return int(std::lround(degrees / 22.5)) % 16;
}
} // namespace

QString compassZh(double bearing)
{
    static const char *const names[] = {"北", "北东北", "东北", "东东北", "东", "东东南", "东南", "南东南",
                                        "南", "南西南", "西南", "西西南", "西", "西西北", "西北", "北西北"};
    return QString::fromUtf8(names[compassIndex(bearing)]);
}

QString compassEn(double bearing)
{
    static const char *const names[] = {"N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE",
                                        "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"};
    return QString::fromLatin1(names[compassIndex(bearing)]);
}

namespace {
constexpr double kEarthRadiusKm = 6371.0088;
constexpr double kDegree = std::numbers::pi / 180.0;
} // namespace

GeoPoint destination(GeoPoint from, double bearing, double distanceKm)
{
    const double delta = distanceKm / kEarthRadiusKm;
    const double theta = bearing * kDegree;
    const double phi1 = from.lat * kDegree;
    const double lambda1 = from.lon * kDegree;
    const double phi2 = std::asin(std::sin(phi1) * std::cos(delta) + std::cos(phi1) * std::sin(delta) * std::cos(theta));
    const double lambda2 = lambda1 + std::atan2(std::sin(theta) * std::sin(delta) * std::cos(phi1),
                                                std::cos(delta) - std::sin(phi1) * std::sin(phi2));
    return GeoPoint{lambda2 / kDegree, phi2 / kDegree};
}

double bearingDegrees(GeoPoint from, GeoPoint to)
{
    const double phi1 = from.lat * kDegree;
    const double phi2 = to.lat * kDegree;
    const double deltaLambda = (to.lon - from.lon) * kDegree;
    const double y = std::sin(deltaLambda) * std::cos(phi2);
    const double x = std::cos(phi1) * std::sin(phi2) - std::sin(phi1) * std::cos(phi2) * std::cos(deltaLambda);
    const double degrees = std::atan2(y, x) / kDegree;
    return std::fmod(std::fmod(degrees, 360.0) + 360.0, 360.0);
}

} // namespace lookout

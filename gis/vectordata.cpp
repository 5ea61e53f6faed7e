// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "gis/vectordata.h"

#include <algorithm>
#include <cmath>

namespace lookout::gis {

std::size_t VectorData::vertexCount() const
{
    std::size_t count = 0;
    for (const VectorFeature &feature : features)
        for (const auto &part : feature.parts)
            count += part.size();
    return count;
}

void VectorData::transformPoints(const std::function<GeoPoint(GeoPoint)> &fn)
{
    for (VectorFeature &feature : features) {
        for (auto &part : feature.parts)
            for (GeoPoint &point : part)
                point = fn(point);
        feature.labelPoint = fn(feature.labelPoint);
    }
    recomputeBounds();
}

void VectorData::recomputeBounds()
{
    bounds = GeoBox();
    for (VectorFeature &feature : features) {
        feature.bounds = GeoBox();
        for (const auto &part : feature.parts)
            for (const GeoPoint &point : part)
                feature.bounds.extend(point.lon, point.lat);
        bounds.extend(feature.bounds);
    }
}

double ringSignedArea(const std::vector<GeoPoint> &ring)
{
    double twiceArea = 0.0;
    const std::size_t n = ring.size();
    for (std::size_t i = 0; i < n; ++i) {
        const GeoPoint &a = ring[i];
        const GeoPoint &b = ring[(i + 1) % n];
        twiceArea += a.lon * b.lat - b.lon * a.lat;
    }
    return twiceArea / 2.0;
}

bool ringContains(const std::vector<GeoPoint> &ring, GeoPoint point)
{
    bool inside = false;
    const std::size_t n = ring.size();
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        const GeoPoint &a = ring[i];
        const GeoPoint &b = ring[j];
        if ((a.lat > point.lat) != (b.lat > point.lat)
            && point.lon < (b.lon - a.lon) * (point.lat - a.lat) / (b.lat - a.lat) + a.lon)
            inside = !inside;
    }
    return inside;
}

namespace {

GeoPoint ringCentroid(const std::vector<GeoPoint> &ring)
{
    double area = 0.0;
    double cx = 0.0;
    double cy = 0.0;
    const std::size_t n = ring.size();
    for (std::size_t i = 0; i < n; ++i) {
        const GeoPoint &a = ring[i];
        const GeoPoint &b = ring[(i + 1) % n];
        const double cross = a.lon * b.lat - b.lon * a.lat;
        area += cross;
        cx += (a.lon + b.lon) * cross;
        cy += (a.lat + b.lat) * cross;
    }
    if (std::fabs(area) < 1e-18)
        return ring.empty() ? GeoPoint{} : ring.front();
    return GeoPoint{cx / (3.0 * area), cy / (3.0 * area)};
}

// The middle of the widest inside span of a horizontal line through the ring at latitude y.
GeoPoint widestSpanMidpoint(const std::vector<GeoPoint> &ring, double y)
{
    std::vector<double> crossings;
    const std::size_t n = ring.size();
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        const GeoPoint &a = ring[i];
        const GeoPoint &b = ring[j];
        if ((a.lat > y) != (b.lat > y))
            crossings.push_back((b.lon - a.lon) * (y - a.lat) / (b.lat - a.lat) + a.lon);
    }
    std::sort(crossings.begin(), crossings.end());
    GeoPoint best = ring.empty() ? GeoPoint{} : ring.front();
    double widest = -1.0;
    for (std::size_t i = 0; i + 1 < crossings.size(); i += 2) {
        if (crossings[i + 1] - crossings[i] > widest) {
            widest = crossings[i + 1] - crossings[i];
            best = GeoPoint{(crossings[i] + crossings[i + 1]) / 2.0, y};
        }
    }
    return best;
}

} // namespace

GeoPoint labelPointFor(const VectorFeature &feature)
{
    if (feature.parts.empty())
        return {};
    if (feature.kind == GeometryKind::Point)
        return feature.parts.front().front();
    if (feature.kind == GeometryKind::Line) {
        const auto &longest = *std::max_element(feature.parts.begin(), feature.parts.end(),
                                                [](const auto &a, const auto &b) { return a.size() < b.size(); });
        return longest[longest.size() / 2];
    }
    const auto &largest = *std::max_element(feature.parts.begin(), feature.parts.end(), [](const auto &a, const auto &b) {
        return std::fabs(ringSignedArea(a)) < std::fabs(ringSignedArea(b));
    });
    const GeoPoint centroid = ringCentroid(largest);
    if (ringContains(largest, centroid))
        return centroid;
    return widestSpanMidpoint(largest, centroid.lat);
}

} // namespace lookout::gis

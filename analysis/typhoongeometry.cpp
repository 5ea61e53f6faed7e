// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "analysis/typhoongeometry.h"

#include "core/timeformat.h"

#include <algorithm>
#include <array>
#include <optional>
#include <cmath>
#include <numbers>

namespace lookout::analysis {

using feeds::TrackPoint;
using feeds::TyphoonTrack;
using feeds::WindRadii;

namespace {

constexpr double kEarthRadiusKm = 6371.0088;
constexpr double kDegree = std::numbers::pi / 180.0;

double normalised(double bearing)
{
    const double value = std::fmod(bearing, 360.0);
    return value < 0 ? value + 360.0 : value;
}

// A circle as a closed ring, `steps` vertices.
std::vector<GeoPoint> circle(GeoPoint centre, double radiusKm, int steps = 48)
{
    std::vector<GeoPoint> ring;
    ring.reserve(std::size_t(steps) + 1);
    for (int i = 0; i < steps; ++i)
        ring.push_back(destination(centre, 360.0 * i / steps, radiusKm));
    ring.push_back(ring.front());
    return ring;
}

double cross(GeoPoint o, GeoPoint a, GeoPoint b)
{
    return (a.lon - o.lon) * (b.lat - o.lat) - (a.lat - o.lat) * (b.lon - o.lon);
}

// Andrew's monotone chain: counter-clockwise, closed.
std::vector<GeoPoint> convexHull(std::vector<GeoPoint> points)
{
    std::sort(points.begin(), points.end(), [](GeoPoint a, GeoPoint b) { return std::pair(a.lon, a.lat) < std::pair(b.lon, b.lat); });
    points.erase(std::unique(points.begin(), points.end()), points.end());
    if (points.size() < 3)
        return points;
    std::vector<GeoPoint> hull(points.size() * 2);
    std::size_t k = 0;
    for (const GeoPoint &point : points) {
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], point) <= 0)
            --k;
        hull[k++] = point;
    }
    for (std::size_t i = points.size() - 1, lower = k + 1; i > 0; --i) {
        while (k >= lower && cross(hull[k - 2], hull[k - 1], points[i - 1]) <= 0)
            --k;
        hull[k++] = points[i - 1];
    }
    hull.resize(k);  // the last equals the first: closed
    return hull;
}

gis::VectorFeature lineFeature(std::vector<GeoPoint> points, QVariantMap attributes)
{
    gis::VectorFeature feature;
    feature.kind = gis::GeometryKind::Line;
    feature.parts.push_back(std::move(points));
    feature.attributes = std::move(attributes);
    for (const GeoPoint &point : feature.parts.front())
        feature.bounds.extend(point.lon, point.lat);
    feature.labelPoint = gis::labelPointFor(feature);
    return feature;
}

gis::VectorFeature polygonFeature(std::vector<std::vector<GeoPoint>> rings, QVariantMap attributes)
{
    gis::VectorFeature feature;
    feature.kind = gis::GeometryKind::Polygon;
    feature.parts = std::move(rings);
    feature.polygonRingCounts.assign(feature.parts.size(), 1);
    feature.attributes = std::move(attributes);
    for (const auto &ring : feature.parts)
        for (const GeoPoint &point : ring)
            feature.bounds.extend(point.lon, point.lat);
    feature.labelPoint = gis::labelPointFor(feature);
    return feature;
}

gis::VectorData emptyData(const QString &name)
{
    gis::VectorData data;
    data.layerName = name;
    data.crs = QStringLiteral("EPSG:4326");
    return data;
}

} // namespace

std::vector<GeoPoint> windRadiiOutline(GeoPoint centre, const WindRadii &radii, int steps)
{
    std::array<double, 4> km{};
    if (radii.longRadius) {
        // JMA: the long radius towards its direction, the short one elsewhere.
        static const std::pair<const char *, double> directions[] = {
            {"N", 0}, {"NE", 45}, {"E", 90}, {"SE", 135}, {"S", 180}, {"SW", 225}, {"W", 270}, {"NW", 315}};
        const double factor = radii.unit == feeds::DistanceUnit::NauticalMiles ? 1.852 : 1.0;
        const double longKm = *radii.longRadius * factor;
        const double shortKm = radii.shortRadius.value_or(*radii.longRadius) * factor;
        std::optional<double> towards;
        for (const auto &[name, degrees] : directions)
            if (radii.longDirection.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                towards = degrees;
        for (int q = 0; q < 4; ++q) {
            const double middle = 45.0 + 90.0 * q;
            const double difference = towards ? std::fabs(std::remainder(middle - *towards, 360.0)) : 0.0;
            km[std::size_t(q)] = !towards || difference <= 90.0 ? longKm : shortKm;
        }
    } else {
        for (int q = 0; q < 4; ++q) {
            const double value = radii.quadrantKilometres(q);
            km[std::size_t(q)] = std::isfinite(value) ? std::max(0.0, value) : 0.0;
        }
    }
    if (*std::max_element(km.begin(), km.end()) <= 0.0)
        return {};
    std::vector<GeoPoint> ring;
    for (int q = 0; q < 4; ++q)
        for (int i = 0; i <= steps; ++i) {
            const double bearing = 90.0 * q + 90.0 * i / steps;
            ring.push_back(km[std::size_t(q)] > 0 ? destination(centre, bearing, km[std::size_t(q)]) : centre);
        }
    ring.push_back(ring.front());
    return ring;
}

QString windRadiiLabel(const QString &agency, const WindRadii &radii, int averagingMinutes)
{
    const QString threshold = radii.thresholdUnit == feeds::WindUnit::Knots ? QStringLiteral("%1 kt").arg(radii.threshold)
                                                                            : QStringLiteral("%1 m/s").arg(radii.threshold);
    const QString unit = radii.unit == feeds::DistanceUnit::NauticalMiles ? QStringLiteral("n mi") : QStringLiteral("km");
    return QStringLiteral("%1 %2 (%3, %4-min) %5").arg(agency, radii.label, threshold).arg(averagingMinutes).arg(unit);
}

double coneRadiusKm(double hours)
{
    // (lead time h, radius km): NHC-like growth as DOMAIN §4 gives it.
    static const std::pair<double, double> table[] = {{0, 0}, {12, 50}, {24, 90}, {48, 160}, {72, 240}, {96, 310}, {120, 380}};
    if (hours <= 0)
        return 0.0;
    for (std::size_t i = 1; i < std::size(table); ++i)
        if (hours <= table[i].first) {
            const double t = (hours - table[i - 1].first) / (table[i].first - table[i - 1].first);
            return table[i - 1].second + t * (table[i].second - table[i - 1].second);
        }
    return table[std::size(table) - 1].second;
}

gis::VectorFeature forecastCone(GeoPoint issuedAt, const QDateTime &issued, const std::vector<TrackPoint> &points)
{
    std::vector<std::pair<GeoPoint, double>> circles{{issuedAt, 5.0}};
    for (const TrackPoint &point : points)
        circles.emplace_back(point.position, coneRadiusKm(issued.secsTo(point.time) / 3600.0));
    std::vector<std::vector<GeoPoint>> pieces;
    for (std::size_t i = 0; i + 1 < circles.size(); ++i) {
        std::vector<GeoPoint> both = circle(circles[i].first, circles[i].second);
        const std::vector<GeoPoint> next = circle(circles[i + 1].first, circles[i + 1].second);
        both.insert(both.end(), next.begin(), next.end());
        pieces.push_back(convexHull(std::move(both)));
    }
    return polygonFeature(std::move(pieces), {{QStringLiteral("kind"), QStringLiteral("cone")}});
}

gis::VectorData trackFeatures(const TyphoonTrack &track)
{
    gis::VectorData data = emptyData(QStringLiteral("track"));
    data.fieldNames = {QStringLiteral("grade"), QStringLiteral("time"), QStringLiteral("label")};
    for (std::size_t i = 0; i + 1 < track.points.size(); ++i) {
        const TrackPoint &from = track.points[i];
        data.features.push_back(lineFeature({from.position, track.points[i + 1].position},
                                            {{QStringLiteral("grade"), feeds::gradeCode(from.grade)},
                                             {QStringLiteral("time"), from.time.toString(Qt::ISODate)}}));
    }
    for (const TrackPoint &point : track.points) {
        gis::VectorFeature feature;
        feature.kind = gis::GeometryKind::Point;
        feature.parts.push_back({point.position});
        feature.bounds.extend(point.position.lon, point.position.lat);
        feature.labelPoint = point.position;
        const QDateTime local = point.time.toTimeZone(displayZone());
        // Label the 00 and 12 o'clock (Beijing) fixes: enough to read the track's timing.
        const bool labelled = local.time().minute() == 0 && local.time().hour() % 12 == 8;
        feature.attributes = {{QStringLiteral("grade"), feeds::gradeCode(point.grade)},
                              {QStringLiteral("time"), point.time.toString(Qt::ISODate)},
                              {QStringLiteral("label"), labelled ? local.toString(QStringLiteral("d日H时")) : QString()}};
        data.features.push_back(std::move(feature));
    }
    for (qint64 id = 0; auto &feature : data.features)
        feature.id = id++;
    data.recomputeBounds();
    return data;
}

gis::VectorData forecastFeatures(const TyphoonTrack &track)
{
    gis::VectorData data = emptyData(QStringLiteral("forecasts"));
    data.fieldNames = {QStringLiteral("agency"), QStringLiteral("kind"), QStringLiteral("label")};
    for (const feeds::ForecastTrack &forecast : track.forecasts) {
        if (forecast.points.empty())
            continue;
        // The forecast starts where the storm was when it was issued.
        GeoPoint origin = forecast.points.front().position;
        for (const TrackPoint &point : track.points)
            if (point.time <= forecast.issued)
                origin = point.position;
        gis::VectorFeature cone = forecastCone(origin, forecast.issued, forecast.points);
        cone.attributes.insert(QStringLiteral("agency"), forecast.agency);
        data.features.push_back(std::move(cone));
        std::vector<GeoPoint> line{origin};
        for (const TrackPoint &point : forecast.points)
            line.push_back(point.position);
        const qint64 hours = forecast.issued.secsTo(forecast.points.back().time) / 3600;
        data.features.push_back(lineFeature(std::move(line), {{QStringLiteral("agency"), forecast.agency},
                                                              {QStringLiteral("kind"), QStringLiteral("track")},
                                                              {QStringLiteral("label"), QStringLiteral("%1 %2h").arg(forecast.agency).arg(hours)}}));
    }
    for (qint64 id = 0; auto &feature : data.features)
        feature.id = id++;
    data.recomputeBounds();
    return data;
}

gis::VectorData windCircleFeatures(const TyphoonTrack &track, const TrackPoint &fix)
{
    gis::VectorData data = emptyData(QStringLiteral("wind_circles"));
    // "label" in English; the parts for a view to say it in its language.
    data.fieldNames = {QStringLiteral("threshold"), QStringLiteral("label"), QStringLiteral("agency"), QStringLiteral("wind"),
                       QStringLiteral("wind_unit"), QStringLiteral("minutes"), QStringLiteral("distance_unit")};
    const int averaging = fix.maxWind ? fix.maxWind->averagingMinutes : (track.agency == QLatin1String("JTWC") ? 1 : 2);
    for (const WindRadii &radii : fix.radii) {
        std::vector<GeoPoint> ring = windRadiiOutline(fix.position, radii);
        if (ring.empty())
            continue;
        gis::VectorFeature feature = polygonFeature(
            {std::move(ring)},
            {{QStringLiteral("threshold"), radii.label},
             {QStringLiteral("label"), windRadiiLabel(track.agency, radii, averaging)},
             {QStringLiteral("agency"), track.agency},
             {QStringLiteral("wind"), radii.threshold},
             {QStringLiteral("wind_unit"), radii.thresholdUnit == feeds::WindUnit::Knots ? QStringLiteral("kt") : QStringLiteral("m/s")},
             {QStringLiteral("minutes"), averaging},
             {QStringLiteral("distance_unit"), radii.unit == feeds::DistanceUnit::NauticalMiles ? QStringLiteral("n mi") : QStringLiteral("km")}});
        // Label on the north-east edge, where it does not cover the eye.
        feature.labelPoint = destination(fix.position, 30.0, radii.quadrantKilometres(0) > 0 ? radii.quadrantKilometres(0) : radii.largestKilometres());
        data.features.push_back(std::move(feature));
    }
    for (qint64 id = 0; auto &feature : data.features)
        feature.id = id++;
    data.recomputeBounds();
    return data;
}

} // namespace lookout::analysis

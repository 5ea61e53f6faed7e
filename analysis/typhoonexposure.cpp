// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "analysis/typhoonexposure.h"

#include "analysis/typhoongeometry.h"

#include <ogr_geometry.h>

#include <QSet>

#include <memory>

namespace lookout::analysis {

namespace {

std::unique_ptr<OGRPolygon> toPolygon(const std::vector<GeoPoint> &ring)
{
    auto polygon = std::make_unique<OGRPolygon>();
    auto *linear = new OGRLinearRing();
    for (const GeoPoint &point : ring)
        linear->addPoint(point.lon, point.lat);
    linear->closeRings();
    polygon->addRingDirectly(linear);
    return polygon;
}

// A district as one OGR geometry (all its polygons), rings grouped as the feature says.
std::unique_ptr<OGRGeometry> toGeometry(const gis::VectorFeature &feature)
{
    auto polygons = std::make_unique<OGRMultiPolygon>();
    std::size_t ring = 0;
    const std::vector<std::uint32_t> counts = feature.polygonRingCounts.empty()
                                                  ? std::vector<std::uint32_t>(feature.parts.size(), 1)
                                                  : feature.polygonRingCounts;
    for (std::uint32_t count : counts) {
        auto *polygon = new OGRPolygon();
        for (std::uint32_t i = 0; i < count && ring < feature.parts.size(); ++i, ++ring) {
            auto *linear = new OGRLinearRing();
            for (const GeoPoint &point : feature.parts[ring])
                linear->addPoint(point.lon, point.lat);
            linear->closeRings();
            polygon->addRingDirectly(linear);
        }
        polygons->addGeometryDirectly(polygon);
    }
    return polygons;
}

struct District {
    QString name;
    std::unique_ptr<OGRGeometry> geometry;
    OGREnvelope envelope;
};

bool inside(const District &district, const OGRPolygon &circle, const OGREnvelope &circleEnvelope)
{
    return district.envelope.Intersects(circleEnvelope) && district.geometry->Intersects(&circle);
}

} // namespace

std::optional<GeoPoint> positionAt(const std::vector<feeds::TrackPoint> &points, const QDateTime &time)
{
    for (std::size_t i = 0; i + 1 < points.size(); ++i) {
        const feeds::TrackPoint &a = points[i];
        const feeds::TrackPoint &b = points[i + 1];
        if (time < a.time || time > b.time)
            continue;
        const double span = double(a.time.secsTo(b.time));
        const double t = span > 0 ? double(a.time.secsTo(time)) / span : 0.0;
        return GeoPoint{a.position.lon + t * (b.position.lon - a.position.lon), a.position.lat + t * (b.position.lat - a.position.lat)};
    }
    if (!points.empty() && points.back().time == time)
        return points.back().position;
    return std::nullopt;
}

Result<QList<CircleExposure>> windCircleExposure(const feeds::TyphoonTrack &track, const feeds::TrackPoint &fix,
                                                 const gis::VectorData &districts, const QString &nameField,
                                                 const QString &preferredAgency)
{
    if (!OGRGeometryFactory::haveGEOS())
        return makeError(Error::Code::Unsupported, QStringLiteral("this GDAL has no GEOS: cannot intersect wind circles with districts"));
    std::vector<District> areas;
    for (const gis::VectorFeature &feature : districts.features) {
        if (feature.kind != gis::GeometryKind::Polygon)
            continue;
        District district{feature.text(nameField), toGeometry(feature), {}};
        district.geometry->getEnvelope(&district.envelope);
        areas.push_back(std::move(district));
    }

    // The forecast that carries the circles: the preferred agency's, else the first with points.
    const feeds::ForecastTrack *forecast = nullptr;
    for (const feeds::ForecastTrack &candidate : track.forecasts) {
        if (candidate.points.empty())
            continue;
        if (candidate.agency == preferredAgency) {
            forecast = &candidate;
            break;
        }
        if (!forecast)
            forecast = &candidate;
    }
    std::vector<feeds::TrackPoint> path;
    if (forecast) {
        feeds::TrackPoint start = fix;
        path.push_back(start);
        for (const feeds::TrackPoint &point : forecast->points)
            if (point.time > fix.time)
                path.push_back(point);
    }

    QList<CircleExposure> result;
    for (const feeds::WindRadii &radii : fix.radii) {
        const std::vector<GeoPoint> ring = windRadiiOutline(fix.position, radii);
        if (ring.empty())
            continue;
        CircleExposure exposure;
        exposure.threshold = radii.label;
        exposure.averagingMinutes = fix.maxWind ? fix.maxWind->averagingMinutes : 2;
        exposure.label = windRadiiLabel(track.agency, radii, exposure.averagingMinutes);
        exposure.agency = track.agency;
        exposure.radii = radii;
        const auto circle = toPolygon(ring);
        OGREnvelope envelope;
        circle->getEnvelope(&envelope);
        QSet<QString> covered;
        for (const District &district : areas)
            if (inside(district, *circle, envelope)) {
                exposure.districtsNow.append(district.name);
                covered.insert(district.name);
            }
        if (path.size() > 1) {
            exposure.forecastAgency = forecast->agency;
            for (QDateTime time = fix.time.addSecs(3600); time <= path.back().time; time = time.addSecs(3600)) {
                const auto centre = positionAt(path, time);
                if (!centre)
                    break;
                const auto moved = toPolygon(windRadiiOutline(*centre, radii));
                OGREnvelope movedEnvelope;
                moved->getEnvelope(&movedEnvelope);
                for (const District &district : areas)
                    if (!covered.contains(district.name) && inside(district, *moved, movedEnvelope)) {
                        covered.insert(district.name);
                        exposure.districtsExpected.append({district.name, time});
                    }
            }
        }
        result.append(std::move(exposure));
    }
    return result;
}

} // namespace lookout::analysis

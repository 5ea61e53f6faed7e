// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "situation/incidentgeometry.h"

#include "gis/vectorlayer.h"

#include <QJsonArray>

#include <algorithm>

namespace lookout::situation {

namespace {

// A GeoJSON Polygon or MultiPolygon (a hand-drawn incident area) as a map feature.
std::optional<gis::VectorFeature> drawnArea(const QJsonObject &geometry)
{
    QJsonArray polygons = geometry.value(QStringLiteral("coordinates")).toArray();
    if (geometry.value(QStringLiteral("type")) == QLatin1String("Polygon"))
        polygons = QJsonArray{polygons};
    gis::VectorFeature feature;
    feature.kind = gis::GeometryKind::Polygon;
    for (const QJsonValue &polygon : polygons) {
        const QJsonArray rings = polygon.toArray();
        for (const QJsonValue &ring : rings) {
            std::vector<GeoPoint> points;
            for (const QJsonValue &position : ring.toArray()) {
                const GeoPoint point{position[0].toDouble(), position[1].toDouble()};
                points.push_back(point);
                feature.bounds.extend(point.lon, point.lat);
            }
            feature.parts.push_back(std::move(points));
        }
        feature.polygonRingCounts.push_back(std::uint32_t(rings.size()));
    }
    if (feature.parts.empty())
        return std::nullopt;
    feature.labelPoint = gis::labelPointFor(feature);
    return feature;
}

} // namespace

QList<gis::VectorFeature> incidentAreaFeatures(const incidents::Incident &incident, const gis::VectorData &districts)
{
    QList<gis::VectorFeature> features;
    if (auto area = drawnArea(incident.area))
        features.append(std::move(*area));
    for (const gis::VectorFeature &district : districts.features) {
        const QString code = district.text(QStringLiteral("adcode"));
        const QString name = district.text(QStringLiteral("name"));
        const bool covered = std::any_of(incident.areas.begin(), incident.areas.end(), [&](const AreaRef &area) {
            const QString districtCode = divisionLevelOfCode(area.code) == DivisionLevel::Town ? parentCode(area.code) : area.code;
            return (!districtCode.isEmpty() && districtCode == code) || (area.code.isEmpty() && area.name == name);
        });
        if (covered)
            features.append(district);
    }
    return features;
}

QStringList townsWithoutBoundary(const incidents::Incident &incident)
{
    QStringList towns;
    for (const AreaRef &area : incident.areas)
        if (divisionLevelOfCode(area.code) == DivisionLevel::Town)
            towns << area.name;
    return towns;
}

} // namespace lookout::situation

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "plans/planareas.h"

#include <QtMath>

#include <cmath>
#include <limits>

namespace lookout::plans {

namespace {

// A town's code stands on its district's boundary; anything shorter is a prefix.
QString boundaryPrefix(const QString &code)
{
    return code.size() > 6 ? code.left(6) : code;
}

// The point of segment a–b nearest to p, in a local plane around p (longitudes scaled by cos φ).
GeoPoint nearestOnSegment(GeoPoint p, GeoPoint a, GeoPoint b)
{
    const double scale = std::cos(qDegreesToRadians(p.lat));
    const double ax = (a.lon - p.lon) * scale, ay = a.lat - p.lat;
    const double bx = (b.lon - p.lon) * scale, by = b.lat - p.lat;
    const double dx = bx - ax, dy = by - ay;
    const double length2 = dx * dx + dy * dy;
    const double t = length2 > 0 ? std::clamp(-(ax * dx + ay * dy) / length2, 0.0, 1.0) : 0.0;
    return GeoPoint{a.lon + (b.lon - a.lon) * t, a.lat + (b.lat - a.lat) * t};
}

bool featureContains(const gis::VectorFeature &feature, GeoPoint point)
{
    if (!feature.bounds.contains(point.lon, point.lat))
        return false;
    bool inside = false;  // even-odd over every ring, as the map fills them
    for (const auto &ring : feature.parts)
        if (gis::ringContains(ring, point))
            inside = !inside;
    return inside;
}

} // namespace

PlanAreas::PlanAreas(std::shared_ptr<const gis::VectorData> districts, const QString &nameField, const QList<Division> &divisions)
    : m_data(std::move(districts)), m_nameField(nameField)
{
    QHash<QString, QString> districtCodes;  // name -> code, districts only
    for (const Division &division : divisions) {
        m_names.insert(division.code, division.name);
        if (division.level == DivisionLevel::District)
            districtCodes.insert(division.name, division.code);
    }
    if (!m_data)
        return;
    for (const gis::VectorFeature &feature : m_data->features) {
        const QString name = feature.text(m_nameField);
        m_districts.append({districtCodes.value(name), name, &feature});
    }
}

PlanAreas PlanAreas::of(const situation::SituationInputs &inputs)
{
    return PlanAreas(std::make_shared<gis::VectorData>(inputs.districts), inputs.nameField, inputs.divisions);
}

const gis::VectorData &PlanAreas::districtData() const
{
    static const gis::VectorData empty;
    return m_data ? *m_data : empty;
}

QList<const PlanAreas::District *> PlanAreas::districtsOf(const QString &code) const
{
    QList<const District *> districts;
    const QString prefix = boundaryPrefix(code);
    for (const District &district : m_districts)
        if (!district.code.isEmpty() && district.code.startsWith(prefix))
            districts.append(&district);
    return districts;
}

bool PlanAreas::holdsDistrict(const QString &code, const QString &districtName) const
{
    for (const District *district : districtsOf(code))
        if (district->name == districtName)
            return true;
    return false;
}

bool PlanAreas::holdsDistrictCode(const QString &code, const QString &districtCode) const
{
    return !districtCode.isEmpty() && districtCode.startsWith(boundaryPrefix(code));
}

const PlanAreas::District *PlanAreas::districtAt(GeoPoint point) const
{
    for (const District &district : m_districts)
        if (featureContains(*district.feature, point))
            return &district;
    return nullptr;
}

bool PlanAreas::contains(const QString &code, GeoPoint point) const
{
    for (const District *district : districtsOf(code))
        if (featureContains(*district->feature, point))
            return true;
    return false;
}

double PlanAreas::distanceKm(const QString &code, GeoPoint point) const
{
    const QList<const District *> districts = districtsOf(code);
    if (districts.isEmpty())
        return std::numeric_limits<double>::quiet_NaN();
    double nearest = std::numeric_limits<double>::infinity();
    for (const District *district : districts) {
        if (featureContains(*district->feature, point))
            return 0.0;
        for (const auto &ring : district->feature->parts)
            for (std::size_t i = 0; i + 1 < ring.size(); ++i)
                nearest = std::min(nearest, haversineMetres(point, nearestOnSegment(point, ring[i], ring[i + 1])) / 1000.0);
    }
    return nearest;
}

QString PlanAreas::nameOf(const QString &code) const
{
    return m_names.value(code, code);
}

} // namespace lookout::plans

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/division.h"
#include "core/geo.h"
#include "gis/vectordata.h"
#include "situation/situationinputs.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace lookout::plans {

// The areas a plan names by 统计用区划代码, on the districts the workspace has boundaries for (the
// situation's focus districts, named, and resolved to their codes through the divisions table).
// An area above a district (a city, 4404) is the districts under it; a town (镇街, 9 digits) has no
// boundary of its own and stands on its district's. Immutable, any thread.
class PlanAreas {
public:
    PlanAreas() = default;
    PlanAreas(std::shared_ptr<const gis::VectorData> districts, const QString &nameField, const QList<Division> &divisions);
    // The areas of what a situation is measured against (its districts and divisions).
    static PlanAreas of(const situation::SituationInputs &inputs);

    struct District {
        QString code;
        QString name;
        const gis::VectorFeature *feature = nullptr;
    };

    // The districts with boundaries that make up (or, for a town, hold) the area.
    QList<const District *> districtsOf(const QString &code) const;
    bool holdsDistrict(const QString &code, const QString &districtName) const;
    bool holdsDistrictCode(const QString &code, const QString &districtCode) const;
    bool contains(const QString &code, GeoPoint point) const;
    // The district (with boundaries) holding a point, null when none does.
    const District *districtAt(GeoPoint point) const;
    // Geodesic kilometres from `point` to the area's boundary, 0 inside; NaN without a boundary.
    double distanceKm(const QString &code, GeoPoint point) const;
    // The division's name ("珠海市"), else the code.
    QString nameOf(const QString &code) const;
    const gis::VectorData &districtData() const;
    QString nameField() const { return m_nameField; }

private:
    std::shared_ptr<const gis::VectorData> m_data;
    QString m_nameField;
    QList<District> m_districts;
    QHash<QString, QString> m_names;  // code -> name
};

} // namespace lookout::plans

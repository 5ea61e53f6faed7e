// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "feeds/typhoontrack.h"
#include "gis/vectordata.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace lookout::analysis {

// Which districts one wind circle covers now, and — carried along a forecast track — when each
// other district is expected inside it.
struct CircleExposure {
    QString threshold;                     // the agency's label: "7级", "R34"
    QString label;                         // windRadiiLabel: agency, threshold, unit, averaging
    QString agency;                        // the parts of the label, for a view to say it in its language
    feeds::WindRadii radii;
    int averagingMinutes = 2;
    QStringList districtsNow;
    QList<QPair<QString, QDateTime>> districtsExpected;  // first time inside, UTC, earliest first
    QString forecastAgency;                // whose forecast track carried the circle ("" = none)
};

// Districts (polygons in WGS-84, named by `nameField`) inside each wind circle of `fix`, using
// GEOS through OGR for the intersection. The expected times move today's circle along the
// forecast of `preferredAgency` (else the first forecast with points), hour by hour: forecasts
// rarely carry their own radii, and the card says "assuming today's radii". Pure function.
Result<QList<CircleExposure>> windCircleExposure(const feeds::TyphoonTrack &track, const feeds::TrackPoint &fix,
                                                 const gis::VectorData &districts, const QString &nameField,
                                                 const QString &preferredAgency = QStringLiteral("CMA"));

// A position on a track at `time` by linear interpolation between fixes (the forecast points);
// nullopt outside the track's time span.
std::optional<GeoPoint> positionAt(const std::vector<feeds::TrackPoint> &points, const QDateTime &time);

} // namespace lookout::analysis

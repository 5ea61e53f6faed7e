// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "feeds/typhoontrack.h"
#include "gis/vectordata.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace lookout::analysis {

// Shapes derived from typhoon tracks for the map and for exposure: wind-radius outlines, the
// forecast cone, track segments coloured by grade. Spherical formulas (mean Earth radius): good
// to well under 1 % at these distances, which is below the radii's own precision. Pure
// functions, any thread.

// (destination(), bearingDegrees() and the compass names are in core/geo.h.)

// The outline of one wind threshold around `centre`: a quarter circle per quadrant (NE, SE, SW,
// NW) with that quadrant's radius; a missing quadrant (NaN) counts as 0. JMA-style long/short
// radii: the long radius in the two quadrants nearest its direction, the short one elsewhere.
// Returns an empty ring when no radius is above 0. Closed ring, lon,lat.
std::vector<GeoPoint> windRadiiOutline(GeoPoint centre, const feeds::WindRadii &radii, int stepsPerQuadrant = 16);

// "JTWC R34 (34 kt, 1-min) n mi" / "CMA 7级 (13.9 m/s, 2-min) km": how a circle is labelled
// so that no one mistakes one agency's threshold for another's.
QString windRadiiLabel(const QString &agency, const feeds::WindRadii &radii, int averagingMinutes);

// Forecast uncertainty radius at `hours` lead time: NHC-style, growing from ~50 km at 12 h to
// ~380 km at 120 h (DOMAIN §4), interpolated linearly, 0 at 0 h.
double coneRadiusKm(double hours);

// The forecast cone of one agency's forecast: circles of coneRadiusKm around each forecast
// point (and the issue position), joined pairwise by their common hull. One polygon feature
// whose parts are counter-clockwise convex pieces: drawn with a union fill they make the cone.
gis::VectorFeature forecastCone(GeoPoint issuedAt, const QDateTime &issued, const std::vector<feeds::TrackPoint> &points);

// Map features of one track: a line per segment and a point per fix, each with attribute
// "grade" (feeds::gradeCode of the segment's start) and "time" (ISO UTC); points also "label"
// ("16日14时" style local time for a few fixes). Positions as given (WGS-84).
gis::VectorData trackFeatures(const feeds::TyphoonTrack &track);
// Map features of the forecasts: a line from the issue position through each forecast track,
// attributes "agency" and "label" ("HKO 24h"); and the cones, attribute "agency", kind "cone".
gis::VectorData forecastFeatures(const feeds::TyphoonTrack &track);
// Map features of the wind circles at one fix: a polygon per threshold, attributes "threshold"
// (the agency's label, e.g. "R34") and "label" (windRadiiLabel).
gis::VectorData windCircleFeatures(const feeds::TyphoonTrack &track, const feeds::TrackPoint &fix);

} // namespace lookout::analysis

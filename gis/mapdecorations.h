// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "gis/mapsettings.h"

#include <QRectF>

class QPainter;

namespace lookout::gis {

// The scale bar and the north arrow. Both measure the real map: the bar's length comes from the
// ground distance across the middle of the view (WGS-84 great circle between two pixels), so it
// is right in any display CRS, and the arrow points to true north at the centre.
// Any thread (creates its own PROJ transform). Each returns the rectangle it used, so the label
// placer can keep labels off it.

// A length with a round value (1, 2 or 5 x 10^n metres) near a fifth of the map's width.
struct ScaleBarLength {
    double metres = 0;
    double pixels = 0;
    QString text;  // "20 km", "500 m"
};
Result<ScaleBarLength> scaleBarLength(const MapSettings &settings);

QRectF scaleBarRect(const MapSettings &settings);
QRectF northArrowRect(const MapSettings &settings);
Result<void> drawScaleBar(QPainter &painter, const MapSettings &settings);
Result<void> drawNorthArrow(QPainter &painter, const MapSettings &settings);

} // namespace lookout::gis

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "gis/mapsettings.h"

#include "gis/layerstyle.h"

namespace lookout::gis {

QString mapFontFamily()
{
    return QStringLiteral("Noto Sans CJK SC");
}

GeoBox MapSettings::visibleExtent() const
{
    if (outputSize.height() <= 0)
        return extent;
    return extent.withAspect(double(outputSize.width()) / double(outputSize.height()));
}

double MapSettings::mapUnitsPerPixel() const
{
    return outputSize.width() > 0 ? visibleExtent().width() / outputSize.width() : 0.0;
}

QPointF MapSettings::toPixel(double x, double y) const
{
    const GeoBox visible = visibleExtent();
    const double unitsPerPixel = mapUnitsPerPixel();
    return QPointF((x - visible.xMin) / unitsPerPixel, (visible.yMax - y) / unitsPerPixel);
}

QPointF MapSettings::toMap(QPointF pixel) const
{
    const GeoBox visible = visibleExtent();
    const double unitsPerPixel = mapUnitsPerPixel();
    return QPointF(visible.xMin + pixel.x() * unitsPerPixel, visible.yMax - pixel.y() * unitsPerPixel);
}

} // namespace lookout::gis

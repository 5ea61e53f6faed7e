// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "gis/mapdecorations.h"

#include "core/unitwords.h"

#include "gis/layerstyle.h"

#include <QCoreApplication>
#include <QFont>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <numbers>

namespace lookout::gis {

namespace {

double margin(const MapSettings &settings) { return 24.0 * settings.symbolScale; }

QFont decorationFont(const MapSettings &settings)
{
    QFont font(mapFontFamily());
    font.setPixelSize(int(std::lround(15.0 * settings.symbolScale)));
    font.setBold(true);
    return font;
}

// Two points `pixels` apart around the centre of the view, in WGS-84.
Result<std::pair<GeoPoint, GeoPoint>> centreSpan(const MapSettings &settings, double dxPixels, double dyPixels)
{
    auto toWgs84 = CoordinateTransform::create(settings.destinationCrs, kWgs84);
    if (!toWgs84)
        return toWgs84.error();
    const QPointF centre(settings.outputSize.width() / 2.0, settings.outputSize.height() / 2.0);
    const QPointF a = settings.toMap(centre - QPointF(dxPixels / 2, dyPixels / 2));
    const QPointF b = settings.toMap(centre + QPointF(dxPixels / 2, dyPixels / 2));
    auto ga = toWgs84->transform(GeoPoint{a.x(), a.y()});
    auto gb = toWgs84->transform(GeoPoint{b.x(), b.y()});
    if (!ga || !gb)
        return makeError(Error::Code::Projection, QStringLiteral("the view centre is outside the display CRS"));
    return std::make_pair(*ga, *gb);
}

} // namespace

Result<ScaleBarLength> scaleBarLength(const MapSettings &settings)
{
    constexpr double kSample = 100.0;
    auto span = centreSpan(settings, kSample, 0);
    if (!span)
        return span.error();
    const double metresPerPixel = haversineMetres(span->first, span->second) / kSample;
    if (!(metresPerPixel > 0))
        return makeError(Error::Code::Projection, QStringLiteral("cannot measure the map scale"));
    const double target = metresPerPixel * settings.outputSize.width() / 5.0;
    const double power = std::pow(10.0, std::floor(std::log10(target)));
    double nice = power;
    for (double step : {2.0, 5.0, 10.0})
        if (step * power <= target)
            nice = step * power;
    ScaleBarLength length;
    length.metres = nice;
    length.pixels = nice / metresPerPixel;
    length.text = nice >= 1000 ? kilometresText(nice / 1000.0) : metresText(nice, 0);
    return length;
}

QRectF scaleBarRect(const MapSettings &settings)
{
    const double s = settings.symbolScale;
    const double width = settings.outputSize.width() / 5.0 + 80.0 * s;
    const double height = 44.0 * s;
    return QRectF(margin(settings), settings.outputSize.height() - margin(settings) - height, width, height);
}

QRectF northArrowRect(const MapSettings &settings)
{
    const double s = settings.symbolScale;
    const QRectF bar = scaleBarRect(settings);
    return QRectF(bar.left(), bar.top() - 80.0 * s - 12.0 * s, 44.0 * s, 80.0 * s);
}

Result<void> drawScaleBar(QPainter &painter, const MapSettings &settings)
{
    auto length = scaleBarLength(settings);
    if (!length)
        return length.error();
    const double s = settings.symbolScale;
    const QRectF area = scaleBarRect(settings);
    const double barHeight = 10.0 * s;
    const QRectF bar(area.left(), area.bottom() - barHeight, length->pixels, barHeight);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(settings.decorationColor, 1.5 * s));
    // Four alternating segments, the classic readable bar.
    for (int i = 0; i < 4; ++i) {
        const QRectF segment(bar.left() + bar.width() * i / 4.0, bar.top(), bar.width() / 4.0, bar.height());
        painter.setBrush(i % 2 == 0 ? settings.decorationColor : settings.background);
        painter.drawRect(segment);
    }
    painter.setFont(decorationFont(settings));
    painter.drawText(QRectF(bar.left(), area.top(), bar.width() + 80.0 * s, area.height() - barHeight - 4 * s),
                     Qt::AlignLeft | Qt::AlignBottom, QStringLiteral("0"));
    painter.drawText(QRectF(bar.left(), area.top(), bar.width() + 60.0 * s, area.height() - barHeight - 4 * s),
                     Qt::AlignRight | Qt::AlignBottom, length->text);
    painter.restore();
    return {};
}

Result<void> drawNorthArrow(QPainter &painter, const MapSettings &settings)
{
    auto span = centreSpan(settings, 0, 0);
    if (!span)
        return span.error();
    // Bearing of true north on screen: project a point a little north of the centre.
    auto toDisplay = CoordinateTransform::create(kWgs84, settings.destinationCrs);
    if (!toDisplay)
        return toDisplay.error();
    const GeoPoint centre = span->first;
    auto here = toDisplay->transform(centre);
    auto north = toDisplay->transform(GeoPoint{centre.lon, std::min(89.9, centre.lat + 0.01)});
    if (!here || !north)
        return makeError(Error::Code::Projection, QStringLiteral("cannot find north at the view centre"));
    const QPointF p0 = settings.toPixel(here->lon, here->lat);
    const QPointF p1 = settings.toPixel(north->lon, north->lat);
    const double angle = std::atan2(p1.x() - p0.x(), p0.y() - p1.y()) * 180.0 / std::numbers::pi;

    const double s = settings.symbolScale;
    const QRectF area = northArrowRect(settings);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.translate(area.center().x(), area.bottom() - 26.0 * s);
    painter.rotate(angle);
    QPainterPath left;
    left.moveTo(0, -26.0 * s);
    left.lineTo(-12.0 * s, 18.0 * s);
    left.lineTo(0, 9.0 * s);
    left.closeSubpath();
    QPainterPath right;
    right.moveTo(0, -26.0 * s);
    right.lineTo(12.0 * s, 18.0 * s);
    right.lineTo(0, 9.0 * s);
    right.closeSubpath();
    painter.setPen(QPen(settings.decorationColor, 1.5 * s));
    painter.setBrush(settings.decorationColor);
    painter.drawPath(left);
    painter.setBrush(settings.background);
    painter.drawPath(right);
    painter.setFont(decorationFont(settings));
    painter.setPen(settings.decorationColor);
    painter.drawText(QRectF(-30.0 * s, -58.0 * s, 60.0 * s, 28.0 * s), Qt::AlignCenter,
                     QCoreApplication::translate("lookout::gis::MapDecorations", "N"));
    painter.restore();
    return {};
}

} // namespace lookout::gis

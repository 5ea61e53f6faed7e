// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "gis/viewcomposer.h"

#include "gis/labelplacer.h"
#include "gis/mapdecorations.h"

#include <QPainter>

#include <cmath>

namespace lookout::gis {

MapSettings overscanSettings(const MapSettings &view, double overscan)
{
    MapSettings base = view;
    const GeoBox visible = view.visibleExtent();
    const int marginX = int(std::lround(view.outputSize.width() * overscan));
    const int marginY = int(std::lround(view.outputSize.height() * overscan));
    const double unitsPerPixel = visible.width() / view.outputSize.width();
    base.extent = GeoBox::fromCorners(visible.xMin - marginX * unitsPerPixel, visible.yMin - marginY * unitsPerPixel,
                                      visible.xMax + marginX * unitsPerPixel, visible.yMax + marginY * unitsPerPixel);
    base.outputSize = QSize(view.outputSize.width() + 2 * marginX, view.outputSize.height() + 2 * marginY);
    base.labelsPlacedLater = true;
    base.drawScaleBar = false;
    base.drawNorthArrow = false;
    return base;
}

std::optional<QPoint> viewOffsetIn(const RenderedBase &base, const MapSettings &view)
{
    if (base.isNull() || !view.isValid())
        return std::nullopt;
    const GeoBox visible = view.visibleExtent();
    const double baseUnitsPerPixel = base.extent.width() / base.image.width();
    const double viewUnitsPerPixel = visible.width() / view.outputSize.width();
    if (std::abs(baseUnitsPerPixel - viewUnitsPerPixel) > 1e-6 * viewUnitsPerPixel)
        return std::nullopt;  // zoomed: another scale
    const QPoint offset(int(std::lround((visible.xMin - base.extent.xMin) / baseUnitsPerPixel)),
                        int(std::lround((base.extent.yMax - visible.yMax) / baseUnitsPerPixel)));
    if (offset.x() < 0 || offset.y() < 0 || offset.x() + view.outputSize.width() > base.image.width()
        || offset.y() + view.outputSize.height() > base.image.height())
        return std::nullopt;  // moved beyond the margin
    return offset;
}

namespace {

// The view's settings with the whole-pixel extent cut at `offset`, so decorations measure what
// is drawn.
MapSettings cutSettings(const RenderedBase &base, const MapSettings &view, QPoint offset, GeoBox *extent)
{
    const double unitsPerPixel = base.extent.width() / base.image.width();
    MapSettings settings = view;
    settings.extent = GeoBox::fromCorners(base.extent.xMin + offset.x() * unitsPerPixel,
                                          base.extent.yMax - (offset.y() + view.outputSize.height()) * unitsPerPixel,
                                          base.extent.xMin + (offset.x() + view.outputSize.width()) * unitsPerPixel,
                                          base.extent.yMax - offset.y() * unitsPerPixel);
    if (extent)
        *extent = settings.extent;
    return settings;
}

void drawDecorations(QPainter &painter, const MapSettings &settings)
{
    if (settings.drawScaleBar)
        (void)drawScaleBar(painter, settings);
    if (settings.drawNorthArrow)
        (void)drawNorthArrow(painter, settings);
}

} // namespace

QImage dragFrame(const RenderedBase &base, const MapSettings &view, QPoint offset, GeoBox *extent)
{
    const QImage &source = view.drawLabels && !base.labelled.isNull() ? base.labelled : base.image;
    QImage image = source.copy(QRect(offset, view.outputSize));
    const MapSettings settings = cutSettings(base, view, offset, extent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    drawDecorations(painter, settings);
    painter.end();
    return image;
}

QImage composeView(const RenderedBase &base, const MapSettings &view, QPoint offset, GeoBox *extent, std::vector<DrawnLabel> *labels)
{
    if (labels)
        labels->clear();
    QImage image = base.image.copy(QRect(offset, view.outputSize));
    const MapSettings settings = cutSettings(base, view, offset, extent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (settings.drawLabels) {
        LabelPlacer placer(QSizeF(settings.outputSize));
        if (settings.drawScaleBar)
            placer.reserve(scaleBarRect(settings));
        if (settings.drawNorthArrow)
            placer.reserve(northArrowRect(settings));
        const QRectF inside(QPointF(0, 0), QSizeF(settings.outputSize));
        std::vector<LabelCandidate> candidates;
        candidates.reserve(base.labels.size());
        for (LabelCandidate label : base.labels) {
            label.anchor -= QPointF(offset);
            if (inside.contains(label.anchor))
                candidates.push_back(std::move(label));
        }
        const std::vector<LabelPlacer::Placed> placed = placer.place(std::move(candidates));
        LabelPlacer::draw(painter, placed);
        if (labels)
            for (const LabelPlacer::Placed &label : placed)
                labels->push_back({label.label.text, double(label.label.font.pixelSize())});  // layers set it in pixels
    }
    drawDecorations(painter, settings);
    painter.end();
    return image;
}

} // namespace lookout::gis

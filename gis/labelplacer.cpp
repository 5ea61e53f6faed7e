// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "gis/labelplacer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace lookout::gis {

bool LabelPlacer::isFree(const QRectF &rect) const
{
    if (!QRectF(QPointF(0, 0), m_canvas).contains(rect))
        return false;
    return std::none_of(m_occupied.begin(), m_occupied.end(), [&](const QRectF &used) { return used.intersects(rect); });
}

std::vector<LabelPlacer::Placed> LabelPlacer::place(std::vector<LabelCandidate> candidates)
{
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const LabelCandidate &a, const LabelCandidate &b) { return a.priority > b.priority; });
    std::vector<Placed> placed;
    for (LabelCandidate &candidate : candidates) {
        const QFontMetricsF metrics(candidate.font);
        const QSizeF size(metrics.horizontalAdvance(candidate.text), metrics.height());
        const double gap = candidate.haloWidth + 2.0;
        // Centred first, then a full label-size step above, below, right, left, and diagonally.
        const double dx = size.width() + 2 * gap;
        const double dy = size.height() + 2 * gap;
        const QPointF offsets[] = {{0, 0}, {0, -dy}, {0, dy}, {dx, 0}, {-dx, 0}, {dx, -dy}, {-dx, -dy}, {dx, dy}, {-dx, dy}};
        for (const QPointF &offset : offsets) {
            const QPointF centre = candidate.anchor + offset;
            const QRectF rect(centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(), size.height());
            const QRectF padded = rect.adjusted(-gap, -gap, gap, gap);
            if (!isFree(padded))
                continue;
            m_occupied.push_back(padded);
            placed.push_back(Placed{std::move(candidate), rect});
            break;
        }
    }
    return placed;
}

void LabelPlacer::draw(QPainter &painter, const std::vector<Placed> &placed)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const Placed &item : placed) {
        const QFontMetricsF metrics(item.label.font);
        QPainterPath path;
        path.addText(QPointF(item.rect.left(), item.rect.top() + metrics.ascent()), item.label.font, item.label.text);
        if (item.label.haloWidth > 0 && item.label.halo.alpha() > 0) {
            QPen halo(item.label.halo, item.label.haloWidth * 2);
            halo.setJoinStyle(Qt::RoundJoin);
            painter.strokePath(path, halo);
        }
        painter.fillPath(path, item.label.color);
    }
    painter.restore();
}

} // namespace lookout::gis

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "gis/maplayer.h"

#include <QRectF>
#include <QSizeF>

#include <vector>

class QPainter;

namespace lookout::gis {

// Places labels so that none overlaps another or a reserved area (the scale bar, the north
// arrow): highest priority first, each tried at its anchor and then at offsets around it; one that
// fits nowhere is dropped rather than drawn over another. Any thread; one placer per render.
class LabelPlacer {
public:
    explicit LabelPlacer(QSizeF canvas) : m_canvas(canvas) {}

    void reserve(const QRectF &area) { m_occupied.push_back(area); }
    // Returns the rectangles where the labels went, in placement order (for tests and debugging).
    struct Placed {
        LabelCandidate label;
        QRectF rect;
    };
    std::vector<Placed> place(std::vector<LabelCandidate> candidates);

    // Draws placed labels with their halo.
    static void draw(QPainter &painter, const std::vector<Placed> &placed);

private:
    bool isFree(const QRectF &rect) const;
    QSizeF m_canvas;
    std::vector<QRectF> m_occupied;
};

} // namespace lookout::gis

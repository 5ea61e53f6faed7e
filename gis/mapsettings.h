// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/geo.h"
#include "gis/coordinatetransform.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QSize>

#include <memory>

namespace lookout::gis {

class MapLayer;

// Everything one map render needs, copied by value on the GUI thread and handed to a
// MapRenderJob (after QgsMapSettings). The layers are shared, immutable objects.
class MapSettings {
public:
    QString destinationCrs = kWebMercator;
    GeoBox extent;            // requested extent in destinationCrs; widened to the output's aspect
    QSize outputSize{800, 600};
    double symbolScale = 1.0; // multiplies stroke widths, point sizes and fonts
    QColor background = QColor(14, 22, 33);
    QList<std::shared_ptr<const MapLayer>> layers;  // drawn first to last (bottom to top)
    bool drawLabels = true;
    // Layers offer their labels (the job's labelCandidates) and the job's image has none: a base
    // a view is cut from places them for the view (viewcomposer.h). The job also makes
    // labelledImage(): the same with the labels placed over the whole output, for frames of a drag.
    bool labelsPlacedLater = false;
    // The first this many layers change rarely (the workspace's own boundaries): the job keeps
    // their composed image (UnderlayCache) and a later job of the same frame draws only the rest.
    int cacheablePrefix = 0;
    // Bytes the job may keep for the layers above the prefix, each drawn alone (0: none); over
    // budget they are drawn together, as without a cache.
    qint64 layerImageBudget = 0;
    bool drawScaleBar = true;
    bool drawNorthArrow = true;
    QColor decorationColor = QColor(230, 236, 242);

    bool isValid() const { return !extent.isEmpty() && outputSize.width() > 0 && outputSize.height() > 0; }
    // The extent actually shown: the requested one widened to the output's width/height ratio.
    GeoBox visibleExtent() const;
    double mapUnitsPerPixel() const;
    QPointF toPixel(double x, double y) const;
    QPointF toMap(QPointF pixel) const;
};

} // namespace lookout::gis

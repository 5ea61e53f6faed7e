// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "gis/maplayer.h"
#include "gis/mapsettings.h"

#include <QImage>

#include <memory>
#include <vector>

namespace lookout::gis {

// What one render keeps for the next of the same frame: the composed image of the map's first
// layers (MapSettings::cacheablePrefix: the workspace's own boundaries, which change rarely) with
// their labels and problems, and — within MapSettings::layerImageBudget — each layer above it
// drawn on its own, so that the next render draws only the layers that are new objects (the
// situation's presenters keep a layer's object while its content stays the same). Immutable once
// made; any thread.
struct UnderlayCache {
    struct LayerImage {
        std::weak_ptr<const MapLayer> layer;
        QImage image;                        // the layer alone, over transparency
        std::vector<LabelCandidate> labels;
        QList<Error> errors;
    };

    std::vector<std::weak_ptr<const MapLayer>> layers;  // the prefix, by identity
    GeoBox extent;
    QSize outputSize;
    double symbolScale = 1.0;
    QColor background;
    QString destinationCrs;
    QImage image;                          // the prefix drawn over the background
    std::vector<LabelCandidate> labels;    // the prefix's label candidates
    QList<Error> errors;                   // the prefix's problems, reported again with each reuse
    std::vector<LayerImage> above;         // the layers above the prefix, each alone

    // Whether `settings` draws the same frame (extent, size, symbols, background, CRS).
    bool sameFrame(const MapSettings &settings) const;
    // ... over the same prefix layers.
    bool matches(const MapSettings &settings) const;
    // The image kept for `layer` (the same object) above the prefix, if any.
    const LayerImage *imageOf(const std::shared_ptr<const MapLayer> &layer) const;
};

} // namespace lookout::gis

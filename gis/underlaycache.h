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

// The composed image of a map's first layers (MapSettings::cacheablePrefix: the workspace's own
// boundaries, which change rarely), with their labels and problems, as one render made it: the
// next render of the same frame over the same layers starts from it and draws only the layers
// above (the situation's, replaced every minute). Immutable once made; any thread.
struct UnderlayCache {
    std::vector<std::weak_ptr<const MapLayer>> layers;  // the prefix, by identity
    GeoBox extent;
    QSize outputSize;
    double symbolScale = 1.0;
    QColor background;
    QString destinationCrs;
    QImage image;                          // the prefix drawn over the background
    std::vector<LabelCandidate> labels;    // the prefix's label candidates
    QList<Error> errors;                   // the prefix's problems, reported again with each reuse

    // Whether `settings` draws the same frame over the same prefix layers.
    bool matches(const MapSettings &settings) const;
};

} // namespace lookout::gis

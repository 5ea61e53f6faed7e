// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "gis/maplayer.h"
#include "gis/rainfallgrid.h"

#include <QColor>
#include <QImage>
#include <QMutex>
#include <QSize>

#include <memory>
#include <vector>

namespace lookout::gis {

// The colour of rainfall amounts: the stops of China's rainfall grades (GB/T 28592-2012) for the
// grid's period — 24 h: 0.1/10/25/50/100/250 mm, 12 h: 0.1/5/15/30/70/140 mm — each with the
// grade's name; other periods use the 24 h amounts labelled in mm only (the standard grades no
// other period). Below the first stop is dry: transparent.
struct RainfallRamp {
    struct Stop {
        double mm;
        QColor color;
        QString label;   // "暴雨 50–99.9 mm"
    };
    QList<Stop> stops;
    QString title;       // "Rainfall, 6 h (mm)"

    QColor colorFor(float mm) const;  // transparent below the first stop or for NaN
};
RainfallRamp rainfallRamp(double hours);

// A grid warped to a view: the output's pixels in its CRS, bilinear, NaN where no cell covers it.
// This is GDAL's warper (gdalwarp -r bilinear -te ... -ts ...) on an in-memory copy of the grid,
// run on the calling thread (with GDAL's own worker threads). Thread-safe.
Result<std::vector<float>> warpToView(const RainfallGrid &grid, const QString &destinationCrs, const GeoBox &extent,
                                      QSize size);

// A rainfall grid drawn as a colour-ramped raster. The warped image of the last view is kept, so
// a re-render of the same view (a clock tick, a label change) costs a copy.
class RainfallLayer : public MapLayer {
public:
    RainfallLayer(QString id, QString title, std::shared_ptr<const RainfallGrid> grid, RainfallRamp ramp);

    const RainfallGrid &grid() const { return *m_grid; }
    const RainfallRamp &ramp() const { return m_ramp; }
    GeoBox extentIn(const QString &crs) const override;
    std::unique_ptr<MapLayerRenderer> createRenderer(const MapSettings &settings) const override;

    // The image for a view, from the cache when the view is the same. Thread-safe.
    Result<QImage> imageFor(const QString &crs, const GeoBox &extent, QSize size) const;

    // The grid, its ramp and the last view's image, shared with the renderers (which must not
    // touch the layer itself).
    struct ImageCache {
        std::shared_ptr<const RainfallGrid> grid;
        RainfallRamp ramp;
        QMutex mutex;
        QString key;
        QImage image;
    };

private:
    std::shared_ptr<const RainfallGrid> m_grid;
    RainfallRamp m_ramp;
    std::shared_ptr<ImageCache> m_cache;
};

} // namespace lookout::gis

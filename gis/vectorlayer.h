// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "gis/layerstyle.h"
#include "gis/maplayer.h"
#include "gis/vectordata.h"

#include <QMutex>

#include <map>

namespace lookout::gis {

// Caches a layer's coordinates reprojected to each display CRS, so panning and zooming reproject
// nothing. Shared by a layer and its renderers; filled on whichever pool thread asks first.
class ProjectedDataCache {
public:
    explicit ProjectedDataCache(std::shared_ptr<const VectorData> data) : m_data(std::move(data)) {}
    // The data in `crs`, computing it on this thread on first use. Thread-safe.
    Result<std::shared_ptr<const VectorData>> projectedTo(const QString &crs);
    const VectorData &source() const { return *m_data; }

private:
    std::shared_ptr<const VectorData> m_data;
    QMutex m_mutex;
    std::map<QString, std::shared_ptr<const VectorData>> m_projected;
};

// A vector layer held in memory (read from the workspace or a file) with its style.
class VectorLayer : public MapLayer {
public:
    VectorLayer(QString id, QString title, std::shared_ptr<const VectorData> data, LayerStyle style);
    // Each feature styled by its `styles.field` value.
    VectorLayer(QString id, QString title, std::shared_ptr<const VectorData> data, CategorizedStyle styles);

    const VectorData &data() const { return *m_data; }
    bool sameContentAs(const MapLayer &other) const override;
    const LayerStyle &style() const { return m_styles.fallback; }
    GeoBox extentIn(const QString &crs) const override;
    std::unique_ptr<MapLayerRenderer> createRenderer(const MapSettings &settings) const override;

private:
    std::shared_ptr<const VectorData> m_data;
    CategorizedStyle m_styles;
    std::shared_ptr<ProjectedDataCache> m_cache;
};

} // namespace lookout::gis

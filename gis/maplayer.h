// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "gis/mapsettings.h"

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

class QPainter;

namespace lookout::gis {

// A label a layer would like drawn; the MapRenderJob places all layers' labels together so that
// they never overlap, higher priority first.
struct LabelCandidate {
    QString text;
    QPointF anchor;  // pixels
    QFont font;
    QColor color;
    QColor halo;
    double haloWidth = 2.0;
    int priority = 0;
};

// What a renderer sees while it draws: the settings it was made for and the job's cancel flag,
// which it checks often (per feature) so cancelling returns promptly.
struct RenderContext {
    const MapSettings &settings;
    const std::atomic<bool> &cancelled;
};

// Draws one layer for one MapSettings. Created on the GUI thread by MapLayer::createRenderer with
// everything it needs (shared, immutable data), then run once on a pool thread: the contract of
// QGIS's QgsMapLayerRenderer. Must not touch its MapLayer after creation.
class MapLayerRenderer {
public:
    virtual ~MapLayerRenderer() = default;
    virtual QString layerId() const = 0;
    // Draws into the painter (an image of settings.outputSize). Returns normally when cancelled.
    virtual void render(QPainter &painter, const RenderContext &context) = 0;
    // A rough relative cost of render() (e.g. the vertex count), used to share layers out
    // between the pool threads.
    virtual double costEstimate() const { return 1.0; }

    const std::vector<LabelCandidate> &labels() const { return m_labels; }
    const QStringList &errors() const { return m_errors; }
    std::size_t renderedFeatureCount() const { return m_renderedFeatures; }

protected:
    std::vector<LabelCandidate> m_labels;
    QStringList m_errors;
    std::size_t m_renderedFeatures = 0;
};

// A layer on the map. Immutable after construction and shared between the GUI thread and render
// jobs through std::shared_ptr<const MapLayer>: to change a style, build a new layer.
class MapLayer {
public:
    MapLayer(QString id, QString title) : m_id(std::move(id)), m_title(std::move(title)) {}
    virtual ~MapLayer() = default;

    const QString &id() const { return m_id; }
    const QString &title() const { return m_title; }
    virtual GeoBox extentIn(const QString &crs) const = 0;
    virtual std::unique_ptr<MapLayerRenderer> createRenderer(const MapSettings &settings) const = 0;
    // Whether `other` would draw exactly what this layer draws (a new object of the same
    // content): the map then keeps this object, and its kept image. Unknown: false.
    virtual bool sameContentAs(const MapLayer &other) const
    {
        (void)other;
        return false;
    }

private:
    QString m_id;
    QString m_title;
};

} // namespace lookout::gis

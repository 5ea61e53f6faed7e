// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "gis/coordinatetransform.h"
#include "gis/underlaycache.h"
#include "gis/viewcomposer.h"
#include "maplayermodel.h"

#include <QImage>
#include <QPointer>
#include <QQuickItem>
#include <QTimer>

#include <memory>
#include <optional>

namespace lookout::gis {
class MapRenderJob;
}

namespace lookout::qml {

// The one map as a Qt Quick item: draws the image of a gis::MapRenderJob in one reused texture
// node (after QField's QgsQuickMapCanvasMap), starts a new job when the view, size or layers
// change, and cancels the running one without waiting. While a new image is on its way the
// last one is shown moved and scaled to the current view, so panning and zooming stay smooth.
// An interactive canvas renders a margin around the view (the layers without labels): a pan
// within it is cut from that image with the labels placed again, and renders nothing.
// Interactive (desk): drag to pan, wheel to zoom about the cursor, arrow keys, +/-, Home.
// GUI thread only.
class MapCanvas : public QQuickItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(lookout::qml::MapLayerModel *layers READ layers WRITE setLayers NOTIFY layersChanged FINAL)
    // The view to show first and on Home, as lon/lat degrees (x = west, y = south, w, h).
    Q_PROPERTY(QRectF homeExtent READ homeExtent WRITE setHomeExtent NOTIFY homeExtentChanged FINAL)
    Q_PROPERTY(double symbolScale READ symbolScale WRITE setSymbolScale NOTIFY symbolScaleChanged FINAL)
    Q_PROPERTY(QColor backgroundColor READ backgroundColor WRITE setBackgroundColor NOTIFY backgroundColorChanged FINAL)
    Q_PROPERTY(bool interactive READ isInteractive WRITE setInteractive NOTIFY interactiveChanged FINAL)
    Q_PROPERTY(bool rendering READ isRendering NOTIFY renderingChanged FINAL)
    Q_PROPERTY(bool hasImage READ hasImage NOTIFY imageChanged FINAL)
    Q_PROPERTY(QStringList renderErrors READ renderErrors NOTIFY imageChanged FINAL)
    Q_PROPERTY(int renderMilliseconds READ renderMilliseconds NOTIFY imageChanged FINAL)
    // Render jobs finished so far (a pan cut from the last render adds none).
    Q_PROPERTY(int renderCount READ renderCount NOTIFY imageChanged FINAL)
    Q_PROPERTY(QString cursorText READ cursorText NOTIFY cursorTextChanged FINAL)
    // The labels drawn into the settled image: [{text, pixelSize}] in the item's pixels (what
    // the wall's legibility rule and the language check read of the map).
    Q_PROPERTY(QVariantList drawnLabels READ drawnLabels NOTIFY imageChanged FINAL)

public:
    explicit MapCanvas(QQuickItem *parent = nullptr);
    ~MapCanvas() override;

    MapLayerModel *layers() const { return m_layers; }
    void setLayers(MapLayerModel *layers);
    QRectF homeExtent() const { return m_homeExtent; }
    void setHomeExtent(const QRectF &extent);
    double symbolScale() const { return m_symbolScale; }
    void setSymbolScale(double scale);
    QColor backgroundColor() const { return m_background; }
    void setBackgroundColor(const QColor &color);
    bool isInteractive() const { return m_interactive; }
    void setInteractive(bool interactive);
    bool isRendering() const { return m_job != nullptr; }
    bool hasImage() const { return !m_image.isNull(); }
    QStringList renderErrors() const { return m_renderErrors; }
    int renderMilliseconds() const { return m_renderMilliseconds; }
    int renderCount() const { return m_renderCount; }
    QString cursorText() const { return m_cursorText; }
    QVariantList drawnLabels() const { return m_drawnLabels; }

    // True when the image on screen was rendered for the current view, size and layers.
    bool isSettled() const { return !isRendering() && !m_renderTimer.isActive() && hasImage() && !m_stale; }

    Q_INVOKABLE void zoomToHome();
    // Centres the view on a lon/lat point showing `spanKm` across (a hotspot, a station).
    Q_INVOKABLE void centerOn(double lon, double lat, double spanKm);
    Q_INVOKABLE void zoomBy(double factor);
    Q_INVOKABLE void panByPixels(double dx, double dy);
    // The lon/lat (WGS-84) under a pixel of the item, and the pixel of a lon/lat: for what is drawn
    // over the map (a polygon being sketched). A null point when the view has no extent yet.
    Q_INVOKABLE QPointF lonLatAt(double x, double y);
    Q_INVOKABLE QPointF pixelAt(double lon, double lat);

signals:
    void layersChanged();
    void homeExtentChanged();
    void symbolScaleChanged();
    void backgroundColorChanged();
    void interactiveChanged();
    void renderingChanged();
    void imageChanged();
    void cursorTextChanged();

protected:
    QSGNode *updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *data) override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void hoverMoveEvent(QHoverEvent *event) override;

private:
    void scheduleRender();
    void startRender();
    void onRenderFinished(gis::MapRenderJob *job);
    // The layers, size or symbols changed: what was rendered is no base for the view any more.
    void invalidateBase();
    // Shows the view cut from the rendered base when it holds the view at its scale (a drag frame,
    // or with the labels placed for the view); false when it does not (a render is needed).
    bool composeFromBase(bool drag);
    gis::MapSettings viewSettings() const;
    GeoBox visibleExtent() const;
    void setExtent(const GeoBox &extent);
    static constexpr double kOverscan = 0.25;  // of the view's width and height, on each side
    // The layers above the boundaries kept as images of their own up to this (a 4K layer is 33 MB).
    static constexpr qint64 kLayerImageBudget = 320LL << 20;
    const gis::CoordinateTransform *toWgs84();

    QPointer<MapLayerModel> m_layers;
    QRectF m_homeExtent;
    double m_symbolScale = 1.0;
    QColor m_background;
    bool m_interactive = false;

    GeoBox m_extent;          // Web Mercator, as requested
    QImage m_image;           // last finished render
    GeoBox m_imageExtent;     // the extent m_image shows
    bool m_imageDirty = false;
    bool m_stale = true;      // view, size or layers changed since m_image was started
    QStringList m_renderErrors;
    QVariantList m_drawnLabels;
    int m_renderMilliseconds = 0;
    int m_renderCount = 0;
    gis::MapRenderJob *m_job = nullptr;
    gis::RenderedBase m_base;  // the last render: the layers over the view and a margin, labels apart
    std::shared_ptr<const gis::UnderlayCache> m_underlay;  // the workspace's boundaries of that render
    quint64 m_content = 0;     // counts layer, size and symbol changes
    quint64 m_baseContent = ~quint64(0);  // the count m_base was rendered for
    quint64 m_jobContent = 0;             // the count the job in hand renders for
    QTimer m_renderTimer;

    std::optional<QPointF> m_dragFrom;
    QString m_cursorText;
    std::optional<gis::CoordinateTransform> m_toWgs84;
};

} // namespace lookout::qml

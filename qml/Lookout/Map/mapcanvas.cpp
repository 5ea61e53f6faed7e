// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "mapcanvas.h"

#include "core/logging.h"
#include "gis/maprenderjob.h"
#include "gis/maptheme.h"

#include <QElapsedTimer>
#include <QQuickWindow>
#include <QSGSimpleTextureNode>

#include <cmath>

namespace lookout::qml {

namespace {
constexpr double kWheelZoomStep = 1.25;
constexpr int kRenderDelayMs = 40;  // coalesces a burst of view changes into one render
} // namespace

MapCanvas::MapCanvas(QQuickItem *parent) : QQuickItem(parent), m_background(gis::mapBackground())
{
    setFlag(ItemHasContents, true);
    setClip(true);
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(kRenderDelayMs);
    connect(&m_renderTimer, &QTimer::timeout, this, &MapCanvas::startRender);
}

MapCanvas::~MapCanvas()
{
    delete m_job;  // cancels without blocking; the pool work owns its state
}

void MapCanvas::setLayers(MapLayerModel *layers)
{
    if (m_layers == layers)
        return;
    if (m_layers)
        disconnect(m_layers, nullptr, this, nullptr);
    m_layers = layers;
    if (m_layers)
        connect(m_layers, &MapLayerModel::layersChanged, this, &MapCanvas::invalidateBase);
    emit layersChanged();
    invalidateBase();
}

void MapCanvas::setHomeExtent(const QRectF &extent)
{
    if (m_homeExtent == extent)
        return;
    const bool first = m_homeExtent.isNull();
    m_homeExtent = extent;
    emit homeExtentChanged();
    if (first || m_extent.isEmpty())
        zoomToHome();
}

void MapCanvas::setSymbolScale(double scale)
{
    if (qFuzzyCompare(m_symbolScale, scale))
        return;
    m_symbolScale = scale;
    emit symbolScaleChanged();
    invalidateBase();
}

void MapCanvas::setBackgroundColor(const QColor &color)
{
    if (m_background == color)
        return;
    m_background = color;
    emit backgroundColorChanged();
    invalidateBase();
}

void MapCanvas::setInteractive(bool interactive)
{
    if (m_interactive == interactive)
        return;
    m_interactive = interactive;
    setAcceptedMouseButtons(interactive ? Qt::LeftButton : Qt::NoButton);
    setAcceptHoverEvents(interactive);
    setActiveFocusOnTab(interactive);
    emit interactiveChanged();
}

void MapCanvas::zoomToHome()
{
    if (m_homeExtent.isEmpty())
        return;
    auto transform = gis::CoordinateTransform::create(gis::kWgs84, gis::kWebMercator);
    if (!transform)
        return;
    auto box = transform->transformBox(GeoBox::fromCorners(m_homeExtent.left(), m_homeExtent.top(),
                                                           m_homeExtent.right(), m_homeExtent.bottom()));
    if (box)
        setExtent(*box);
}

void MapCanvas::centerOn(double lon, double lat, double spanKm)
{
    auto transform = gis::CoordinateTransform::create(gis::kWgs84, gis::kWebMercator);
    if (!transform || spanKm <= 0)
        return;
    auto centre = transform->transform(GeoPoint{lon, lat});
    if (!centre)
        return;
    // Web Mercator stretches by 1/cos(latitude): the span on the ground, not on the projection.
    const double half = spanKm * 500.0 / std::cos(lat * M_PI / 180.0);
    setExtent(GeoBox::fromCorners(centre->lon - half, centre->lat - half, centre->lon + half, centre->lat + half));
}

void MapCanvas::zoomBy(double factor)
{
    if (!m_extent.isEmpty() && factor > 0)
        setExtent(visibleExtent().scaled(factor));
}

void MapCanvas::panByPixels(double dx, double dy)
{
    const GeoBox visible = visibleExtent();
    if (visible.isEmpty() || width() <= 0)
        return;
    const double unitsPerPixel = visible.width() / width();
    setExtent(GeoBox::fromCorners(visible.xMin - dx * unitsPerPixel, visible.yMin + dy * unitsPerPixel,
                                  visible.xMax - dx * unitsPerPixel, visible.yMax + dy * unitsPerPixel));
}

GeoBox MapCanvas::visibleExtent() const
{
    if (m_extent.isEmpty() || width() <= 0 || height() <= 0)
        return m_extent;
    return m_extent.withAspect(width() / height());
}

void MapCanvas::setExtent(const GeoBox &extent)
{
    m_extent = extent;
    update();  // the old image moves with the view at once
    if (!composeFromBase(true))
        scheduleRender();
}

void MapCanvas::invalidateBase()
{
    ++m_content;
    scheduleRender();
}

gis::MapSettings MapCanvas::viewSettings() const
{
    const qreal ratio = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    gis::MapSettings settings;
    settings.extent = visibleExtent();
    settings.outputSize = QSize(int(std::lround(width() * ratio)), int(std::lround(height() * ratio)));
    settings.symbolScale = m_symbolScale * ratio;
    settings.background = m_background;
    if (m_layers)
        settings.layers = m_layers->visibleLayers();
    return settings;
}

bool MapCanvas::composeFromBase(bool drag)
{
    if (m_baseContent != m_content || m_base.isNull() || width() <= 0 || height() <= 0)
        return false;
    const gis::MapSettings view = viewSettings();
    const std::optional<QPoint> offset = gis::viewOffsetIn(m_base, view);
    if (!offset)
        return false;
    QElapsedTimer clock;
    clock.start();
    if (drag) {
        m_image = gis::dragFrame(m_base, view, *offset, &m_imageExtent);
    } else {
        std::vector<gis::DrawnLabel> labels;
        m_image = gis::composeView(m_base, view, *offset, &m_imageExtent, &labels);
        const qreal ratio = window() ? window()->effectiveDevicePixelRatio() : 1.0;
        m_drawnLabels.clear();
        for (const gis::DrawnLabel &label : labels)
            m_drawnLabels.append(QVariantMap{{QStringLiteral("text"), label.text}, {QStringLiteral("pixelSize"), label.pixelSize / ratio}});
    }
    m_imageDirty = true;
    // A drag frame keeps the labels as placed over the base; once the view rests, they are
    // placed again for it (the render timer comes back here, not to a render job).
    m_stale = drag;
    if (drag)
        m_renderTimer.start();
    else
        m_renderTimer.stop();
    m_renderMilliseconds = int(clock.elapsed());  // what this image took (a render adds its own)
    update();
    emit imageChanged();
    return true;
}

void MapCanvas::scheduleRender()
{
    m_stale = true;
    m_renderTimer.start();
}

void MapCanvas::startRender()
{
    if (width() <= 0 || height() <= 0 || m_extent.isEmpty() || !m_layers)
        return;
    if (composeFromBase(false))
        return;
    // The wall never pans: its render is the view itself.
    gis::MapSettings settings = gis::overscanSettings(viewSettings(), m_interactive ? kOverscan : 0.0);

    const bool wasRendering = isRendering();
    if (m_job) {
        m_job->cancelWithoutBlocking();
        m_job->disconnect(this);
        m_job->deleteLater();
    }
    m_stale = false;
    m_jobContent = m_content;
    settings.cacheablePrefix = m_layers->stableLayerCount();
    settings.layerImageBudget = kLayerImageBudget;
    m_job = new gis::MapRenderJob(std::move(settings), m_underlay, this);
    gis::MapRenderJob *job = m_job;
    connect(job, &gis::MapRenderJob::finished, this, [this, job] { onRenderFinished(job); });
    job->start();
    if (!wasRendering)
        emit renderingChanged();
}

void MapCanvas::onRenderFinished(gis::MapRenderJob *job)
{
    if (job != m_job)
        return;
    m_job = nullptr;
    job->deleteLater();
    if (!job->wasCancelled()) {
        m_base = gis::RenderedBase{job->image(), job->settings().visibleExtent(), job->labelCandidates(), job->labelledImage()};
        m_underlay = job->underlay();
        ++m_renderCount;
        m_baseContent = m_jobContent;
        m_renderErrors.clear();
        for (const Error &error : job->errors()) {
            m_renderErrors.append(error.toString());
            qCWarning(lcRender) << "map render:" << error.toString();
        }
        // The view may have moved on while it rendered: cut it from the base, or render again.
        if (composeFromBase(false))
            m_renderMilliseconds += int(job->elapsedMilliseconds());
        else
            scheduleRender();
    }
    emit renderingChanged();
}

QSGNode *MapCanvas::updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *)
{
    if (m_image.isNull()) {
        delete oldNode;
        return nullptr;
    }
    auto *node = static_cast<QSGSimpleTextureNode *>(oldNode);
    if (!node) {
        node = new QSGSimpleTextureNode();
        node->setOwnsTexture(true);
        node->setFiltering(QSGTexture::Linear);
        m_imageDirty = true;
    }
    if (m_imageDirty) {
        node->setTexture(window()->createTextureFromImage(m_image));
        m_imageDirty = false;
    }
    // Place the image where its extent falls in the current view (identity once re-rendered).
    const GeoBox view = visibleExtent();
    const double unitsPerPixel = view.width() / width();
    node->setRect(QRectF((m_imageExtent.xMin - view.xMin) / unitsPerPixel, (view.yMax - m_imageExtent.yMax) / unitsPerPixel,
                         m_imageExtent.width() / unitsPerPixel, m_imageExtent.height() / unitsPerPixel));
    return node;
}

void MapCanvas::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size())
        invalidateBase();
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    forceActiveFocus(Qt::MouseFocusReason);
    m_dragFrom = event->position();
    event->accept();
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragFrom)
        return;
    const QPointF delta = event->position() - *m_dragFrom;
    m_dragFrom = event->position();
    panByPixels(delta.x(), delta.y());
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *)
{
    m_dragFrom.reset();
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    if (!m_interactive || m_extent.isEmpty()) {
        event->ignore();
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    const double factor = std::pow(kWheelZoomStep, -steps);
    // Zoom about the cursor: the map point under it stays under it.
    const GeoBox view = visibleExtent();
    const double unitsPerPixel = view.width() / width();
    const double anchorX = view.xMin + event->position().x() * unitsPerPixel;
    const double anchorY = view.yMax - event->position().y() * unitsPerPixel;
    setExtent(GeoBox::fromCorners(anchorX - (anchorX - view.xMin) * factor, anchorY - (anchorY - view.yMin) * factor,
                                  anchorX + (view.xMax - anchorX) * factor, anchorY + (view.yMax - anchorY) * factor));
    event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    const double stepX = width() / 8.0;
    const double stepY = height() / 8.0;
    switch (event->key()) {
    case Qt::Key_Left: panByPixels(stepX, 0); break;
    case Qt::Key_Right: panByPixels(-stepX, 0); break;
    case Qt::Key_Up: panByPixels(0, stepY); break;
    case Qt::Key_Down: panByPixels(0, -stepY); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(1.0 / kWheelZoomStep); break;
    case Qt::Key_Minus: zoomBy(kWheelZoomStep); break;
    case Qt::Key_Home: zoomToHome(); break;
    default: event->ignore(); return;
    }
    event->accept();
}

QPointF MapCanvas::lonLatAt(double x, double y)
{
    const GeoBox view = visibleExtent();
    if (view.isEmpty() || !toWgs84() || width() <= 0)
        return {};
    const double unitsPerPixel = view.width() / width();
    auto point = m_toWgs84->transform(GeoPoint{view.xMin + x * unitsPerPixel, view.yMax - y * unitsPerPixel});
    return point ? QPointF(point->lon, point->lat) : QPointF();
}

QPointF MapCanvas::pixelAt(double lon, double lat)
{
    const GeoBox view = visibleExtent();
    if (view.isEmpty() || !toWgs84() || width() <= 0)
        return {};
    auto point = m_toWgs84->transform(GeoPoint{lon, lat}, true);
    if (!point)
        return {};
    const double unitsPerPixel = view.width() / width();
    return {(point->lon - view.xMin) / unitsPerPixel, (view.yMax - point->lat) / unitsPerPixel};
}

void MapCanvas::hoverMoveEvent(QHoverEvent *event)
{
    const GeoBox view = visibleExtent();
    if (view.isEmpty() || !toWgs84())
        return;
    const double unitsPerPixel = view.width() / width();
    auto point = m_toWgs84->transform(GeoPoint{view.xMin + event->position().x() * unitsPerPixel,
                                               view.yMax - event->position().y() * unitsPerPixel});
    if (!point)
        return;
    m_cursorText = QStringLiteral("%1°E  %2°N").arg(point->lon, 0, 'f', 5).arg(point->lat, 0, 'f', 5);
    emit cursorTextChanged();
}

const gis::CoordinateTransform *MapCanvas::toWgs84()
{
    if (!m_toWgs84) {
        auto transform = gis::CoordinateTransform::create(gis::kWebMercator, gis::kWgs84);
        if (!transform)
            return nullptr;
        m_toWgs84.emplace(std::move(transform).value());
    }
    return &*m_toWgs84;
}

} // namespace lookout::qml

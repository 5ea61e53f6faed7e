// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "gis/maprenderjob.h"

#include "core/logging.h"
#include "gis/labelplacer.h"
#include "gis/layergroups.h"
#include "gis/mapdecorations.h"
#include "gis/maplayer.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <exception>
#include <numeric>

namespace lookout::gis {

struct MapRenderJob::State {
    MapSettings settings;
    std::atomic<bool> cancelled{false};
    std::vector<std::unique_ptr<MapLayerRenderer>> renderers;
    std::vector<LayerGroup> groups;
    std::vector<QImage> groupImages;  // the first is drawn over the background, the rest transparent
    std::vector<char> layerFailed;
    QElapsedTimer timer;

    // Written by the composition step only, read by the owner after the future finished.
    QImage image;
    QList<Error> errors;
    std::size_t renderedFeatures = 0;
    std::vector<LabelCandidate> labels;
    QImage labelledImage;
    qint64 elapsedMs = 0;
    bool wasCancelled = false;
};

namespace {

QImage blankImage(const MapSettings &settings, const QColor &fill)
{
    QImage image(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(fill);
    return image;
}

} // namespace

MapRenderJob::MapRenderJob(MapSettings settings, QObject *parent) : QObject(parent), m_state(std::make_shared<State>())
{
    m_state->settings = std::move(settings);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &MapRenderJob::finished);
}

MapRenderJob::~MapRenderJob()
{
    cancelWithoutBlocking();
}

const MapSettings &MapRenderJob::settings() const
{
    return m_state->settings;
}

void MapRenderJob::start()
{
    if (m_started)
        return;
    m_started = true;
    auto state = m_state;
    state->timer.start();
    if (!state->settings.isValid()) {
        state->errors.append(makeError(Error::Code::InvalidArgument, QStringLiteral("map settings have no extent or size")));
        m_future = QtFuture::makeReadyFuture();
        m_watcher.setFuture(m_future);
        return;
    }
    // Renderers are made here, on the owner's thread, from the shared immutable layers.
    for (const auto &layer : state->settings.layers)
        state->renderers.push_back(layer->createRenderer(state->settings));
    std::vector<double> costs;
    for (const auto &renderer : state->renderers)
        costs.push_back(renderer->costEstimate());
    state->groups = contiguousGroups(costs, std::size_t(std::max(1, QThreadPool::globalInstance()->maxThreadCount())));
    state->groupImages.resize(state->groups.size());
    state->layerFailed.assign(state->renderers.size(), 0);

    // Each pool thread draws a run of consecutive layers into one image; the first run draws
    // straight over the background, so with N threads only N images are made and N-1 blended.
    QFuture<void> layers = QtConcurrent::map(state->groups, [state](const LayerGroup &group) {
        const std::size_t groupIndex = std::size_t(&group - state->groups.data());
        QImage image = blankImage(state->settings, groupIndex == 0 ? state->settings.background : QColor(Qt::transparent));
        QPainter painter(&image);
        for (std::size_t index = group.begin; index < group.end && !state->cancelled; ++index) {
            MapLayerRenderer &renderer = *state->renderers[index];
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing, true);
            try {
                renderer.render(painter, RenderContext{state->settings, state->cancelled});
            } catch (const std::exception &error) {
                // Renderers must not throw; if a third-party library does, the layer fails, not the app.
                qCWarning(lcRender) << "layer" << renderer.layerId() << "threw" << error.what();
                state->layerFailed[index] = 1;
            }
            painter.restore();
        }
        painter.end();
        state->groupImages[groupIndex] = std::move(image);
    });

    m_future = layers.then(QtFuture::Launch::Async, [state]() {
        const MapSettings &settings = state->settings;
        for (std::size_t i = 0; i < state->renderers.size(); ++i) {
            const MapLayerRenderer &renderer = *state->renderers[i];
            state->renderedFeatures += renderer.renderedFeatureCount();
            for (const QString &message : renderer.errors())
                state->errors.append(makeError(Error::Code::Internal, message, {renderer.layerId()}));
            if (state->layerFailed[i] && !state->cancelled)
                state->errors.append(makeError(Error::Code::Internal, QStringLiteral("layer failed to render"),
                                               {renderer.layerId()}));
        }
        if (state->cancelled) {
            state->wasCancelled = true;
            state->elapsedMs = state->timer.elapsed();
            return;
        }
        QImage composed = state->groupImages.empty() ? blankImage(settings, settings.background)
                                                     : std::move(state->groupImages.front());
        QPainter painter(&composed);
        for (std::size_t i = 1; i < state->groupImages.size(); ++i)
            painter.drawImage(0, 0, state->groupImages[i]);
        state->groupImages.clear();

        for (const auto &renderer : state->renderers)
            state->labels.insert(state->labels.end(), renderer->labels().begin(), renderer->labels().end());
        if (settings.drawLabels && !settings.labelsPlacedLater) {
            LabelPlacer placer(QSizeF(settings.outputSize));
            if (settings.drawScaleBar)
                placer.reserve(scaleBarRect(settings));
            if (settings.drawNorthArrow)
                placer.reserve(northArrowRect(settings));
            LabelPlacer::draw(painter, placer.place(state->labels));
        }
        if (settings.drawLabels && settings.labelsPlacedLater) {
            state->labelledImage = composed.copy();
            QPainter labelled(&state->labelledImage);
            labelled.setRenderHint(QPainter::Antialiasing, true);
            LabelPlacer::draw(labelled, LabelPlacer(QSizeF(settings.outputSize)).place(state->labels));
        }
        if (settings.drawScaleBar)
            if (auto drawn = drawScaleBar(painter, settings); !drawn)
                state->errors.append(Error(drawn.error()).withContext(QStringLiteral("scale bar")));
        if (settings.drawNorthArrow)
            if (auto drawn = drawNorthArrow(painter, settings); !drawn)
                state->errors.append(Error(drawn.error()).withContext(QStringLiteral("north arrow")));
        painter.end();
        state->image = std::move(composed);
        state->elapsedMs = state->timer.elapsed();
    });
    m_watcher.setFuture(m_future);
}

void MapRenderJob::cancelWithoutBlocking()
{
    m_state->cancelled = true;
}

void MapRenderJob::waitForFinished()
{
    m_future.waitForFinished();
}

bool MapRenderJob::isActive() const
{
    return m_started && !m_future.isFinished();
}

QImage MapRenderJob::image() const
{
    return isActive() ? QImage() : m_state->image;
}

QList<Error> MapRenderJob::errors() const
{
    return isActive() ? QList<Error>() : m_state->errors;
}

bool MapRenderJob::wasCancelled() const
{
    return !isActive() && m_state->wasCancelled;
}

std::size_t MapRenderJob::renderedFeatureCount() const
{
    return isActive() ? 0 : m_state->renderedFeatures;
}

std::vector<LabelCandidate> MapRenderJob::labelCandidates() const
{
    return isActive() ? std::vector<LabelCandidate>() : m_state->labels;
}

QImage MapRenderJob::labelledImage() const
{
    return isActive() ? QImage() : m_state->labelledImage;
}

qint64 MapRenderJob::elapsedMilliseconds() const
{
    return isActive() ? 0 : m_state->elapsedMs;
}

} // namespace lookout::gis

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
    std::shared_ptr<const UnderlayCache> underlay;  // given (reused when it matches), then the new one
    bool reused = false;        // the prefix came from the given underlay: renderers are for the rest
    std::size_t prefixRenderers = 0;  // renderers [0, this) draw the prefix (when not reused)
    std::size_t prefixGroups = 0;     // groups [0, this) draw the prefix
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

MapRenderJob::MapRenderJob(MapSettings settings, std::shared_ptr<const UnderlayCache> underlay, QObject *parent)
    : QObject(parent), m_state(std::make_shared<State>())
{
    m_state->settings = std::move(settings);
    m_state->underlay = std::move(underlay);
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
    // Renderers are made here, on the owner's thread, from the shared immutable layers; none for
    // the prefix when the given underlay holds it already.
    const std::size_t layerCount = std::size_t(state->settings.layers.size());
    const std::size_t prefix = std::min(layerCount, std::size_t(std::max(0, state->settings.cacheablePrefix)));
    state->reused = prefix > 0 && state->underlay && state->underlay->matches(state->settings);
    if (!state->reused)
        state->underlay.reset();
    for (std::size_t i = state->reused ? prefix : 0; i < layerCount; ++i)
        state->renderers.push_back(state->settings.layers.at(qsizetype(i))->createRenderer(state->settings));
    state->prefixRenderers = state->reused ? 0 : prefix;
    // Groups never straddle the prefix's end, so that the prefix is an image of its own.
    const std::size_t threads = std::size_t(std::max(1, QThreadPool::globalInstance()->maxThreadCount()));
    auto addGroups = [&](std::size_t begin, std::size_t end) {
        std::vector<double> costs;
        for (std::size_t i = begin; i < end; ++i)
            costs.push_back(state->renderers[i]->costEstimate());
        for (LayerGroup group : contiguousGroups(costs, threads))
            state->groups.push_back(LayerGroup{group.begin + begin, group.end + begin});
    };
    addGroups(0, state->prefixRenderers);
    state->prefixGroups = state->groups.size();
    addGroups(state->prefixRenderers, state->renderers.size());
    state->groupImages.resize(state->groups.size());
    state->layerFailed.assign(state->renderers.size(), 0);

    // Each pool thread draws a run of consecutive layers into one image; the first run draws
    // straight over the background, so with N threads only N images are made and N-1 blended.
    QFuture<void> layers = QtConcurrent::map(state->groups, [state](const LayerGroup &group) {
        const std::size_t groupIndex = std::size_t(&group - state->groups.data());
        // The first group draws over the background, unless a reused underlay is the background.
        const bool first = groupIndex == 0 && !state->reused;
        QImage image = blankImage(state->settings, first ? state->settings.background : QColor(Qt::transparent));
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
        QList<Error> prefixErrors;
        for (std::size_t i = 0; i < state->renderers.size(); ++i) {
            const MapLayerRenderer &renderer = *state->renderers[i];
            state->renderedFeatures += renderer.renderedFeatureCount();
            QList<Error> &errors = i < state->prefixRenderers ? prefixErrors : state->errors;
            for (const QString &message : renderer.errors())
                errors.append(makeError(Error::Code::Internal, message, {renderer.layerId()}));
            if (state->layerFailed[i] && !state->cancelled)
                errors.append(makeError(Error::Code::Internal, QStringLiteral("layer failed to render"), {renderer.layerId()}));
        }
        if (state->cancelled) {
            state->wasCancelled = true;
            state->elapsedMs = state->timer.elapsed();
            return;
        }
        // The prefix: the reused underlay, or the prefix's groups composed (and kept as the next one).
        QImage composed;
        if (state->reused) {
            composed = state->underlay->image.copy();
            state->labels = state->underlay->labels;
            prefixErrors = state->underlay->errors;
        } else {
            // Group 0 was drawn over the background, whether it is the prefix's or (no prefix) the rest's.
            composed = state->groupImages.empty() ? blankImage(settings, settings.background) : std::move(state->groupImages.front());
            QPainter prefixPainter(&composed);
            for (std::size_t i = 1; i < state->prefixGroups; ++i)
                prefixPainter.drawImage(0, 0, state->groupImages[i]);
            prefixPainter.end();
            for (std::size_t i = 0; i < state->prefixRenderers; ++i)
                state->labels.insert(state->labels.end(), state->renderers[i]->labels().begin(), state->renderers[i]->labels().end());
            if (state->prefixRenderers > 0) {
                auto underlay = std::make_shared<UnderlayCache>();
                for (std::size_t i = 0; i < state->prefixRenderers; ++i)
                    underlay->layers.push_back(settings.layers.at(qsizetype(i)));
                underlay->extent = settings.visibleExtent();
                underlay->outputSize = settings.outputSize;
                underlay->symbolScale = settings.symbolScale;
                underlay->background = settings.background;
                underlay->destinationCrs = settings.destinationCrs;
                underlay->image = composed;  // shared until the layers above are drawn (copy on write)
                underlay->labels = state->labels;
                underlay->errors = prefixErrors;
                state->underlay = std::move(underlay);
            }
        }
        state->errors = prefixErrors + state->errors;
        QPainter painter(&composed);
        for (std::size_t i = state->reused ? 0 : std::max<std::size_t>(state->prefixGroups, 1); i < state->groupImages.size(); ++i)
            painter.drawImage(0, 0, state->groupImages[i]);
        state->groupImages.clear();
        for (std::size_t i = state->prefixRenderers; i < state->renderers.size(); ++i)
            state->labels.insert(state->labels.end(), state->renderers[i]->labels().begin(), state->renderers[i]->labels().end());
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

std::shared_ptr<const UnderlayCache> MapRenderJob::underlay() const
{
    return isActive() || m_state->wasCancelled ? nullptr : m_state->underlay;
}

std::size_t MapRenderJob::renderedLayerCount() const
{
    return isActive() ? 0 : m_state->renderers.size();
}

qint64 MapRenderJob::elapsedMilliseconds() const
{
    return isActive() ? 0 : m_state->elapsedMs;
}

} // namespace lookout::gis

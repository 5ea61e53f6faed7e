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
    std::shared_ptr<const UnderlayCache> given;     // the previous render's, reused where it matches
    std::shared_ptr<const UnderlayCache> underlay;  // what this render keeps for the next
    bool reused = false;        // the prefix came from the given underlay: renderers are for the rest
    bool perLayer = false;      // the layers above the prefix drawn (and kept) each alone
    std::size_t prefix = 0;     // settings.cacheablePrefix, within the layers
    bool firstOverBackground = false;  // group 0 draws straight over the background
    // For each layer above the prefix: the renderer drawing it, or -1 when its kept image is used.
    std::vector<int> aboveRenderer;
    std::vector<const UnderlayCache::LayerImage *> aboveKept;
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
    m_state->given = std::move(underlay);
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
    const MapSettings &settings = state->settings;
    const std::size_t layerCount = std::size_t(settings.layers.size());
    const std::size_t prefix = std::min(layerCount, std::size_t(std::max(0, settings.cacheablePrefix)));
    state->prefix = prefix;
    const UnderlayCache *given = state->given.get();
    state->reused = prefix > 0 && given && given->matches(settings);
    const qint64 imageBytes = qint64(settings.outputSize.width()) * settings.outputSize.height() * 4;
    state->perLayer = settings.layerImageBudget > 0 && layerCount > prefix && imageBytes * qint64(layerCount - prefix) <= settings.layerImageBudget;
    const bool frameKept = given && given->sameFrame(settings);
    if (!state->reused)
        for (std::size_t i = 0; i < prefix; ++i)
            state->renderers.push_back(settings.layers.at(qsizetype(i))->createRenderer(settings));
    state->prefixRenderers = state->renderers.size();
    for (std::size_t i = prefix; i < layerCount; ++i) {
        const auto &layer = settings.layers.at(qsizetype(i));
        const UnderlayCache::LayerImage *kept = state->perLayer && frameKept ? given->imageOf(layer) : nullptr;
        state->aboveKept.push_back(kept);
        state->aboveRenderer.push_back(kept ? -1 : int(state->renderers.size()));
        if (!kept)
            state->renderers.push_back(layer->createRenderer(settings));
    }
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
    if (state->perLayer) {
        for (std::size_t i = state->prefixRenderers; i < state->renderers.size(); ++i)
            state->groups.push_back(LayerGroup{i, i + 1});  // each alone, to be kept
    } else {
        addGroups(state->prefixRenderers, state->renderers.size());
    }
    state->firstOverBackground = !state->reused && !state->groups.empty() && (state->prefixGroups > 0 || !state->perLayer);
    state->groupImages.resize(state->groups.size());
    state->layerFailed.assign(state->renderers.size(), 0);

    // Each pool thread draws a run of consecutive layers into one image; the first run draws
    // straight over the background, so with N threads only N images are made and N-1 blended.
    QFuture<void> layers = QtConcurrent::map(state->groups, [state](const LayerGroup &group) {
        const std::size_t groupIndex = std::size_t(&group - state->groups.data());
        // The first group draws over the background, unless a reused underlay is the background or
        // it is a layer kept alone.
        const bool first = groupIndex == 0 && state->firstOverBackground;
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
        std::vector<QList<Error>> rendererErrors(state->renderers.size());
        for (std::size_t i = 0; i < state->renderers.size(); ++i) {
            const MapLayerRenderer &renderer = *state->renderers[i];
            state->renderedFeatures += renderer.renderedFeatureCount();
            for (const QString &message : renderer.errors())
                rendererErrors[i].append(makeError(Error::Code::Internal, message, {renderer.layerId()}));
            if (state->layerFailed[i] && !state->cancelled)
                rendererErrors[i].append(makeError(Error::Code::Internal, QStringLiteral("layer failed to render"), {renderer.layerId()}));
        }
        if (state->cancelled) {
            state->wasCancelled = true;
            state->elapsedMs = state->timer.elapsed();
            return;
        }
        auto rendererLabels = [&](std::size_t i) -> const std::vector<LabelCandidate> & { return state->renderers[i]->labels(); };
        // The prefix: the reused underlay, or the prefix's groups composed (and kept as the next one).
        QImage composed;
        QList<Error> prefixErrors;
        std::size_t next = 0;  // the first group not yet composed
        if (state->reused) {
            composed = state->given->image.copy();
            state->labels = state->given->labels;
            prefixErrors = state->given->errors;
        } else if (state->firstOverBackground) {
            composed = std::move(state->groupImages.front());
            QPainter prefixPainter(&composed);
            for (std::size_t i = 1; i < state->prefixGroups; ++i)
                prefixPainter.drawImage(0, 0, state->groupImages[i]);
            prefixPainter.end();
            next = std::max<std::size_t>(state->prefixGroups, 1);
        } else {
            composed = blankImage(settings, settings.background);
        }
        for (std::size_t i = 0; i < state->prefixRenderers; ++i) {
            state->labels.insert(state->labels.end(), rendererLabels(i).begin(), rendererLabels(i).end());
            prefixErrors += rendererErrors[i];
        }
        auto kept = std::make_shared<UnderlayCache>();
        if (state->reused) {
            *kept = *state->given;
            kept->above.clear();
        } else if (state->prefixRenderers > 0) {
            for (std::size_t i = 0; i < state->prefixRenderers; ++i)
                kept->layers.push_back(settings.layers.at(qsizetype(i)));
            kept->image = composed;  // shared until the layers above are drawn (copy on write)
            kept->labels = state->labels;
            kept->errors = prefixErrors;
        }
        kept->extent = settings.visibleExtent();
        kept->outputSize = settings.outputSize;
        kept->symbolScale = settings.symbolScale;
        kept->background = settings.background;
        kept->destinationCrs = settings.destinationCrs;
        state->errors = prefixErrors + state->errors;
        QPainter painter(&composed);
        if (state->perLayer) {
            // Each layer above: its kept image, or the one just drawn (kept for the next render).
            for (std::size_t r = 0; r < state->aboveRenderer.size(); ++r) {
                const auto &layer = settings.layers.at(qsizetype(state->prefix + r));
                UnderlayCache::LayerImage image;
                if (const UnderlayCache::LayerImage *old = state->aboveKept[r]) {
                    image = *old;
                } else {
                    const auto i = std::size_t(state->aboveRenderer[r]);
                    image = UnderlayCache::LayerImage{layer, state->groupImages[state->prefixGroups + (i - state->prefixRenderers)],
                                                      rendererLabels(i), rendererErrors[i]};
                }
                painter.drawImage(0, 0, image.image);
                state->labels.insert(state->labels.end(), image.labels.begin(), image.labels.end());
                state->errors += image.errors;
                image.layer = layer;
                kept->above.push_back(std::move(image));
            }
        } else {
            for (std::size_t i = next; i < state->groupImages.size(); ++i)
                painter.drawImage(0, 0, state->groupImages[i]);
            for (std::size_t i = state->prefixRenderers; i < state->renderers.size(); ++i) {
                state->labels.insert(state->labels.end(), rendererLabels(i).begin(), rendererLabels(i).end());
                state->errors += rendererErrors[i];
            }
        }
        state->groupImages.clear();
        // What the next render can start from: the given one as it was when only its prefix was
        // used, else what this render kept.
        if (state->reused && !state->perLayer)
            state->underlay = state->given;
        else if (!kept->image.isNull() || !kept->above.empty())
            state->underlay = std::move(kept);
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

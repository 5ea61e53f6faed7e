// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "gis/maplayer.h"
#include "gis/mapsettings.h"
#include "gis/underlaycache.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QImage>
#include <QObject>

#include <memory>

namespace lookout::gis {

// Renders one MapSettings to an image: every layer on the thread pool at once (QtConcurrent),
// then composition, label placement across layers, scale bar and north arrow (after QGIS's
// QgsMapRendererParallelJob).
//
// Thread contract: create, start() and read results on the owner's thread; finished() arrives
// there through a QFutureWatcher. cancelWithoutBlocking() only raises a flag the renderers check
// per feature, so it returns at once and the job finishes soon after (wasCancelled() true, no
// image). Destroying a running job cancels it without waiting: the work holds its own shared
// state and never touches the job object. waitForFinished() is for the CLI, tests and
// benchmarks; never call it on a GUI thread.
class MapRenderJob : public QObject {
    Q_OBJECT

public:
    // `underlay`: a previous job's, reused when it matches (UnderlayCache::matches).
    explicit MapRenderJob(MapSettings settings, std::shared_ptr<const UnderlayCache> underlay = {}, QObject *parent = nullptr);
    ~MapRenderJob() override;

    const MapSettings &settings() const;
    void start();
    void cancelWithoutBlocking();
    void waitForFinished();
    bool isActive() const;

    // Valid after finished(): the composed image (null when cancelled or the settings were
    // invalid), each layer's problems (context names the layer), and counts.
    QImage image() const;
    QList<Error> errors() const;
    bool wasCancelled() const;
    std::size_t renderedFeatureCount() const;
    // The labels the layers offered (pixels of this job's image), placed or not: what a view cut
    // from a wider image places again for itself (viewcomposer.h).
    std::vector<LabelCandidate> labelCandidates() const;
    // With settings.labelsPlacedLater: the image with the labels placed over all of it.
    QImage labelledImage() const;
    // The composed first settings.cacheablePrefix layers, for the next job of the same frame
    // (the one given when it was reused); null without a prefix or when cancelled.
    std::shared_ptr<const UnderlayCache> underlay() const;
    // Layers this job drew (those under a reused underlay were not).
    std::size_t renderedLayerCount() const;
    qint64 elapsedMilliseconds() const;

signals:
    void finished();

private:
    struct State;
    std::shared_ptr<State> m_state;
    QFuture<void> m_future;
    QFutureWatcher<void> m_watcher;
    bool m_started = false;
};

} // namespace lookout::gis

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "feedworker.h"

#include "core/logging.h"
#include "feeds/feedscheduler.h"
#include "feeds/teampositions.h"
#include "store/ingest.h"
#include "store/teampositionstore.h"
#include "store/workspace.h"

#include <QMetaObject>

#include <memory>
#include <optional>

namespace lookout::app {

namespace {

// What runs on the feed thread: the scheduler, and the workspace its deliveries go into.
class FeedContext : public QObject {
public:
    FeedContext(const QString &path, const feeds::FeedConfig &config, FeedWorker *owner)
    {
        auto opened = store::Workspace::open(path);
        if (!opened) {
            qCWarning(lcApp) << "the feeds cannot open the workspace:" << opened.error().toString();
            return;
        }
        m_workspace.emplace(std::move(opened).value());
        m_scheduler = std::make_unique<feeds::FeedScheduler>(config);
        QObject::connect(m_scheduler.get(), &feeds::FeedScheduler::payloadReady, this,
                         [this, owner](const QString &sourceId, const QString &name, const QByteArray &bytes, const QDateTime &fetchedAt) {
                             auto kept = store::ingestPayload(*m_workspace, bytes, name, fetchedAt);
                             m_scheduler->recordOutcome(sourceId, kept ? 1 : 0, kept ? 0 : 1, kept ? QString() : kept.error().toString());
                             if (!kept)
                                 QMetaObject::invokeMethod(owner, [owner, sourceId, message = kept.error().toString()] {
                                     emit owner->ingestFailed(sourceId, message);
                                 });
                             QMetaObject::invokeMethod(owner, [owner] { emit owner->changed(); });
                         });
        QObject::connect(m_scheduler.get(), &feeds::FeedScheduler::healthChanged, this,
                         [owner] { QMetaObject::invokeMethod(owner, [owner] { emit owner->changed(); }); });
        m_scheduler->start();
        // Each team's position source: every fix is kept with its time, and the seat looks again.
        for (const feeds::PositionSourceConfig &source : config.positions) {
            auto *positions = new feeds::TeamPositionSource(source, this);
            QObject::connect(positions, &feeds::TeamPositionSource::fixed, this, [this, owner, source](const feeds::TeamFix &fix) {
                const store::StoredFix kept{fix.team, fix.time, fix.position, fix.speedKmh, source.id, source.staleMinutes};
                if (auto added = store::TeamPositionStore(m_workspace->database()).add({kept}); !added)
                    qCWarning(lcApp) << "a position of" << fix.team << "could not be kept:" << added.error().toString();
                QMetaObject::invokeMethod(owner, [owner] { emit owner->changed(); });
            });
            if (!positions->start())
                qCWarning(lcApp).noquote() << "position source" << source.id << "does not start:" << positions->lastError();
        }
    }
    ~FeedContext() override
    {
        m_scheduler.reset();  // first: it may still deliver into the workspace
        m_workspace.reset();
    }

private:
    std::optional<store::Workspace> m_workspace;
    std::unique_ptr<feeds::FeedScheduler> m_scheduler;
};

} // namespace

FeedWorker::FeedWorker(QString workspacePath, feeds::FeedConfig config, QObject *parent)
    : QObject(parent), m_path(std::move(workspacePath)), m_config(std::move(config))
{
    m_thread.setObjectName(QStringLiteral("lookout-feeds"));
    m_anchor.moveToThread(&m_thread);
}

FeedWorker::~FeedWorker()
{
    if (m_context)
        QMetaObject::invokeMethod(m_context, [context = m_context] { delete context; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void FeedWorker::start()
{
    m_thread.start();
    // Made on the feed thread, so that its timers, the scheduler's signals and the workspace's
    // connections belong there.
    QMetaObject::invokeMethod(
        &m_anchor, [this] { m_context = new FeedContext(m_path, m_config, this); }, Qt::BlockingQueuedConnection);
}

} // namespace lookout::app

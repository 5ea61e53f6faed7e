// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "situation/situation.h"
#include "situation/situationbuilder.h"
#include "situation/situationinputs.h"

#include <QDateTime>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

namespace lookout::store {
class Database;
}

namespace lookout::situation {

// Builds the situation off the GUI thread, the way a QgsTask runs: on its own worker thread with
// its own read-only connection to the workspace file, one build at a time. A newer request
// supersedes an older one (the older stops after its current part and is never delivered);
// progress and the result arrive on the thread that owns the job, where the views swap models.
// Destroying the job cancels the build in hand and waits for it.
class SituationJob : public QObject {
    Q_OBJECT
public:
    SituationJob(QString workspacePath, SituationInputs inputs, QObject *parent = nullptr);
    ~SituationJob() override;

    // Asks for the situation as known at `at`; returns the request's number (rising).
    quint64 request(const QDateTime &at);
    // Run on the worker after each build, before delivery (the plans evaluate there). Set it before
    // the first request; it is called on the worker thread only, one build at a time.
    using Completion = std::function<void(Situation &)>;
    void setCompletion(Completion completion) { m_completion = std::move(completion); }
    // New inputs (the workspace's districts changed); used from the next request on.
    void setInputs(SituationInputs inputs);
    // Stops the build in hand, if any; nothing is delivered for it.
    void cancel();
    // Blocks until no build runs (tests, shutting down).
    void waitForIdle();

    quint64 latestRequest() const { return m_latest.load(); }
    quint64 superseded() const { return m_superseded.load(); }  // builds stopped or dropped

signals:
    void progress(quint64 request, int done, int total);
    void ready(quint64 request, std::shared_ptr<const lookout::situation::Situation> situation);
    void failed(quint64 request, const QString &message);

private:
    void build(quint64 id, QDateTime at, std::shared_ptr<const SituationInputs> inputs);

    QString m_path;
    std::shared_ptr<const SituationInputs> m_inputs;
    QThreadPool m_pool;                          // one thread: builds are serialised
    std::unique_ptr<store::Database> m_database;  // the worker's connection, opened on first use
    std::unique_ptr<BuildCache> m_cache;                 // the worker's, between builds
    Completion m_completion;
    std::atomic<quint64> m_latest{0};
    std::atomic<quint64> m_superseded{0};
};

} // namespace lookout::situation

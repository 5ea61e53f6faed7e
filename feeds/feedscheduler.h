// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "feeds/feedconfig.h"
#include "feeds/feedhealth.h"
#include "feeds/httpclient.h"

#include <QByteArray>
#include <QObject>

#include <memory>
#include <vector>

namespace lookout::feeds {

// Fetches every configured source on its interval through one HttpClient: conditional GET with
// the last good response's validators, exponential back-off with jitter after failures, the
// content checked against the source's kind (an HTML error page served as 200 is a failure, not
// data), the last good payload and the health kept on disk in the cache folder so a restart
// shows the last known state with its true age. For a CAP index it fetches each linked message
// it has not seen.
//
// It only fetches: payloadReady() hands each payload to whoever stores it (the app wires it to
// the workspace), and that consumer reports back with recordOutcome() how many records it kept
// and refused, which shows in the health.
//
// Thread contract: lives on its owner's thread (signals arrive there); not thread-safe.
class FeedScheduler : public QObject {
    Q_OBJECT

public:
    explicit FeedScheduler(FeedConfig config, QObject *parent = nullptr);
    ~FeedScheduler() override;

    // Fetch every source now and then on its interval, until destroyed.
    void start();
    // Fetch every source once (and the messages its index links); roundFinished() when all
    // are done.
    void runOnce();

    void recordOutcome(const QString &sourceId, qint64 accepted, qint64 rejected, const QString &rejection);
    QList<SourceHealth> health() const;
    const FeedConfig &config() const { return m_config; }

    // The health files a scheduler left in `cacheDirectory` (for a seat that shows health without
    // fetching itself, and for `lookout feeds run` after a restart).
    static QList<SourceHealth> readHealth(const QString &cacheDirectory);
    // The last good payload of a source, from the cache folder; empty when none.
    static QByteArray lastGoodPayload(const QString &cacheDirectory, const QString &sourceId);

signals:
    // One payload to store: a CAP message, a track file. `name` says where it came from (URL).
    void payloadReady(const QString &sourceId, const QString &name, const QByteArray &bytes, const QDateTime &fetchedAt);
    void healthChanged(const QString &sourceId);
    void roundFinished();

private:
    struct SourceState;
    void fetch(std::size_t index);
    void handle(std::size_t index, const Result<FetchResponse> &result);
    void handleIndex(std::size_t index, const QByteArray &body, const QDateTime &now);
    void fetchMessage(std::size_t index, const QString &link, const QString &seenKey);
    void succeed(std::size_t index, const QDateTime &now, bool changed);
    void fail(std::size_t index, const QString &error, const QDateTime &now);
    void scheduleNext(std::size_t index);
    void saveHealth(std::size_t index);
    void finishedOne();
    QString folderOf(std::size_t index) const;

    FeedConfig m_config;
    std::vector<std::unique_ptr<SourceState>> m_sources;
    bool m_periodic = false;
    bool m_closing = false;  // set by the destructor: cancelled fetches are not failures
    int m_pending = 0;  // runOnce: fetches still under way
    bool m_starting = false;  // runOnce is starting the round's fetches
    // Last, so it is destroyed first, while the sources it reports to still exist.
    HttpClient m_client;
};

} // namespace lookout::feeds

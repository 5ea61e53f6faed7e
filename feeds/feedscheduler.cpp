// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "feeds/feedscheduler.h"

#include "core/logging.h"
#include "feeds/capfeedindex.h"
#include "feeds/dataformat.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>
#include <QTimer>
#include <QUrl>

namespace lookout::feeds {

struct FeedScheduler::SourceState {
    FeedSource source;
    SourceHealth health;
    QString etag;
    QString lastModified;
    QSet<QString> seen;  // CAP index entries already fetched (id + updated)
    QTimer timer;
    bool inFlight = false;
};

namespace {

bool writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

bool contentFits(FeedKind kind, std::optional<DataFormat> format)
{
    if (!format)
        return false;
    switch (kind) {
    case FeedKind::Cap: return *format == DataFormat::CapAlert;
    case FeedKind::CapIndex: return *format == DataFormat::CapIndex || *format == DataFormat::CapAlert;
    case FeedKind::TyphoonTrack: return isTrackFormat(*format);
    case FeedKind::Hotspots: return *format == DataFormat::FirmsCsv;
    case FeedKind::Water: return isWaterFormat(*format);
    case FeedKind::RainfallGrid: return *format == DataFormat::RainfallGrid;
    case FeedKind::FireWeather: return *format == DataFormat::FireWeatherCsv;
    }
    return false;
}

QString expectedContent(FeedKind kind)
{
    switch (kind) {
    case FeedKind::Cap: return QStringLiteral("a CAP message");
    case FeedKind::CapIndex: return QStringLiteral("a CAP index (Atom/RSS)");
    case FeedKind::TyphoonTrack: return QStringLiteral("a typhoon track file");
    case FeedKind::Hotspots: return QStringLiteral("a NASA FIRMS hotspot CSV");
    case FeedKind::Water: return QStringLiteral("a water-level file (SL 323, 长江水文, WaterML, RDB)");
    case FeedKind::RainfallGrid: return QStringLiteral("a rainfall grid (GRIB2, NetCDF, GeoTIFF)");
    case FeedKind::FireWeather: return QStringLiteral("a daily fire-weather CSV");
    }
    return {};
}

} // namespace

FeedScheduler::FeedScheduler(FeedConfig config, QObject *parent) : QObject(parent), m_config(std::move(config))
{
    QDir().mkpath(m_config.cacheDirectory);
    for (const FeedSource &source : m_config.sources) {
        auto state = std::make_unique<SourceState>();
        state->source = source;
        const QString folder = QDir(m_config.cacheDirectory).filePath(source.id);
        QDir().mkpath(folder);
        // What the last run left: health (true ages), the validators for a conditional GET,
        // and the index entries already fetched.
        const QJsonObject health = readJson(folder + QStringLiteral("/health.json"));
        state->health = health.isEmpty() ? SourceHealth() : SourceHealth::fromJson(health);
        state->health.sourceId = source.id;
        state->health.title = source.title;
        state->health.intervalSeconds = source.intervalSeconds;
        const QJsonObject meta = readJson(folder + QStringLiteral("/meta.json"));
        if (QFile::exists(folder + QStringLiteral("/payload"))) {
            state->etag = meta.value(QStringLiteral("etag")).toString();
            state->lastModified = meta.value(QStringLiteral("lastModified")).toString();
        }
        for (const QJsonValue &key : readJson(folder + QStringLiteral("/seen.json")).value(QStringLiteral("seen")).toArray())
            state->seen.insert(key.toString());
        state->timer.setSingleShot(true);
        const std::size_t index = m_sources.size();
        connect(&state->timer, &QTimer::timeout, this, [this, index] { fetch(index); });
        m_sources.push_back(std::move(state));
    }
}

FeedScheduler::~FeedScheduler()
{
    // Fetches still under way finish as Cancelled while m_client shuts down; that is not news
    // about the source, so nothing is recorded for them.
    m_closing = true;
}

void FeedScheduler::start()
{
    m_periodic = true;
    for (std::size_t i = 0; i < m_sources.size(); ++i)
        fetch(i);
}

void FeedScheduler::runOnce()
{
    m_periodic = false;
    m_pending = 0;
    // A fetch that is over before the next starts (a local file) must not end the round early.
    m_starting = true;
    for (std::size_t i = 0; i < m_sources.size(); ++i)
        fetch(i);
    m_starting = false;
    if (m_pending == 0)
        QTimer::singleShot(0, this, &FeedScheduler::roundFinished);
}

QString FeedScheduler::folderOf(std::size_t index) const
{
    return QDir(m_config.cacheDirectory).filePath(m_sources[index]->source.id);
}

void FeedScheduler::fetch(std::size_t index)
{
    SourceState &state = *m_sources[index];
    if (state.inFlight)
        return;
    state.inFlight = true;
    ++m_pending;
    state.health.lastAttempt = QDateTime::currentDateTimeUtc();
    FetchRequest request;
    request.url = state.source.url;
    request.timeoutMs = state.source.timeoutSeconds * 1000;
    request.maxBytes = state.source.maxBytes;
    request.maxRedirects = state.source.maxRedirects;
    request.etag = state.etag;
    request.lastModified = state.lastModified;
    m_client.fetch(request).then(this, [this, index](const Result<FetchResponse> &result) { handle(index, result); });
}

void FeedScheduler::handle(std::size_t index, const Result<FetchResponse> &result)
{
    if (m_closing)
        return;
    SourceState &state = *m_sources[index];
    const QDateTime now = QDateTime::currentDateTimeUtc();
    state.inFlight = false;
    if (!result) {
        fail(index, result.error().toString(), now);
    } else if (result->notModified) {
        succeed(index, now, false);
    } else {
        const std::optional<DataFormat> format = detectFormat(result->body);
        if (!contentFits(state.source.kind, format)) {
            fail(index, QStringLiteral("wrong content: %1 (%2) is not %3 (%4)")
                            .arg(result->contentType.isEmpty() ? QStringLiteral("no content type") : result->contentType,
                                 format ? formatName(*format) : QStringLiteral("unrecognised"), expectedContent(state.source.kind),
                                 state.source.url),
                 now);
        } else {
            // Keep the last good payload before telling anyone: a crash after this still has it.
            const QString folder = folderOf(index);
            const QJsonObject meta{{QStringLiteral("url"), state.source.url}, {QStringLiteral("fetchedAt"), now.toString(Qt::ISODate)},
                                   {QStringLiteral("etag"), result->etag}, {QStringLiteral("lastModified"), result->lastModified},
                                   {QStringLiteral("contentType"), result->contentType}};
            if (!writeAtomically(folder + QStringLiteral("/payload"), result->body)
                || !writeAtomically(folder + QStringLiteral("/meta.json"), QJsonDocument(meta).toJson()))
                qCWarning(lcFeeds) << "cannot keep the last good payload of" << state.source.id << "in" << folder;
            state.etag = result->etag;
            state.lastModified = result->lastModified;
            succeed(index, now, true);
            if (*format == DataFormat::CapIndex)
                handleIndex(index, result->body, now);
            else
                emit payloadReady(state.source.id, state.source.url, result->body, now);
        }
    }
    scheduleNext(index);
    finishedOne();
}

void FeedScheduler::handleIndex(std::size_t index, const QByteArray &body, const QDateTime &now)
{
    SourceState &state = *m_sources[index];
    auto parsed = parseCapIndex(body, state.source.url);
    if (!parsed) {
        fail(index, parsed.error().toString(), now);
        return;
    }
    const QUrl base(state.source.url);
    for (const CapIndexEntry &entry : parsed->entries) {
        const QString key = entry.id + QLatin1Char('|') + entry.updated.toString(Qt::ISODate);
        if (entry.link.isEmpty() || state.seen.contains(key))
            continue;
        fetchMessage(index, base.resolved(QUrl(entry.link)).toString(), key);
    }
}

void FeedScheduler::fetchMessage(std::size_t index, const QString &link, const QString &seenKey)
{
    SourceState &state = *m_sources[index];
    ++m_pending;
    FetchRequest request;
    request.url = link;
    request.timeoutMs = state.source.timeoutSeconds * 1000;
    request.maxBytes = state.source.maxBytes;
    request.maxRedirects = state.source.maxRedirects;
    m_client.fetch(request).then(this, [this, index, link, seenKey](const Result<FetchResponse> &result) {
        if (m_closing)
            return;
        SourceState &source = *m_sources[index];
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!result) {
            // One message failing does not make the index fail; it is counted and retried next round.
            recordOutcome(source.source.id, 0, 1, QStringLiteral("message %1: %2").arg(link, result.error().toString()));
        } else if (detectFormat(result->body) != DataFormat::CapAlert) {
            recordOutcome(source.source.id, 0, 1, QStringLiteral("message %1: not a CAP message (%2)").arg(link, result->contentType));
        } else {
            source.seen.insert(seenKey);
            QJsonArray seen;
            for (const QString &key : std::as_const(source.seen))
                seen.append(key);
            writeAtomically(folderOf(index) + QStringLiteral("/seen.json"), QJsonDocument(QJsonObject{{QStringLiteral("seen"), seen}}).toJson());
            emit payloadReady(source.source.id, link, result->body, now);
        }
        finishedOne();
    });
}

void FeedScheduler::succeed(std::size_t index, const QDateTime &now, bool changed)
{
    SourceHealth &health = m_sources[index]->health;
    health.lastSuccess = now;
    if (changed)
        health.lastChange = now;
    health.consecutiveFailures = 0;
    saveHealth(index);
}

void FeedScheduler::fail(std::size_t index, const QString &error, const QDateTime &now)
{
    SourceHealth &health = m_sources[index]->health;
    health.lastFailure = now;
    health.lastError = error;
    ++health.consecutiveFailures;
    qCWarning(lcFeeds) << "feed" << m_sources[index]->source.id << "failed:" << error;
    saveHealth(index);
}

void FeedScheduler::scheduleNext(std::size_t index)
{
    SourceState &state = *m_sources[index];
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    const double seconds = retryDelaySeconds(state.source.intervalSeconds, state.health.consecutiveFailures, jitter);
    state.health.nextAttempt = QDateTime::currentDateTimeUtc().addMSecs(qint64(seconds * 1000));
    saveHealth(index);
    if (m_periodic)
        state.timer.start(int(std::min(seconds * 1000, 2e9)));
}

void FeedScheduler::recordOutcome(const QString &sourceId, qint64 accepted, qint64 rejected, const QString &rejection)
{
    for (std::size_t i = 0; i < m_sources.size(); ++i) {
        if (m_sources[i]->source.id != sourceId)
            continue;
        SourceHealth &health = m_sources[i]->health;
        health.accepted += accepted;
        health.rejected += rejected;
        if (!rejection.isEmpty())
            health.lastRejection = rejection;
        saveHealth(i);
        return;
    }
}

void FeedScheduler::saveHealth(std::size_t index)
{
    const SourceState &state = *m_sources[index];
    writeAtomically(folderOf(index) + QStringLiteral("/health.json"), QJsonDocument(state.health.toJson()).toJson());
    emit healthChanged(state.source.id);
}

void FeedScheduler::finishedOne()
{
    if (--m_pending == 0 && !m_periodic && !m_starting)
        emit roundFinished();
}

QList<SourceHealth> FeedScheduler::health() const
{
    QList<SourceHealth> result;
    for (const auto &state : m_sources)
        result.append(state->health);
    return result;
}

QList<SourceHealth> FeedScheduler::readHealth(const QString &cacheDirectory)
{
    QList<SourceHealth> result;
    const QDir dir(cacheDirectory);
    for (const QString &folder : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QJsonObject object = readJson(dir.filePath(folder + QStringLiteral("/health.json")));
        if (!object.isEmpty())
            result.append(SourceHealth::fromJson(object));
    }
    return result;
}

QByteArray FeedScheduler::lastGoodPayload(const QString &cacheDirectory, const QString &sourceId)
{
    QFile file(QDir(cacheDirectory).filePath(sourceId + QStringLiteral("/payload")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace lookout::feeds

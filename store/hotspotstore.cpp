// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "store/hotspotstore.h"

#include "store/gpkggeometry.h"
#include "store/hotspotchunk.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <tuple>
#include <unordered_set>

namespace lookout::store {

namespace {

// A detection's identity: time, position to 1e-5 degree, instrument and satellite. Overlapping
// 24 h files repeat detections; these keys drop the repeats.
struct DetectionKey {
    qint64 seconds;
    qint32 lon;
    qint32 lat;
    size_t source;  // hash of instrument and satellite
    bool operator==(const DetectionKey &) const = default;
};

struct DetectionKeyHash {
    size_t operator()(const DetectionKey &key) const noexcept
    {
        size_t h = std::hash<qint64>()(key.seconds);
        h ^= std::hash<qint64>()((qint64(key.lon) << 32) ^ quint32(key.lat)) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
        return h ^ (key.source + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2));
    }
};

DetectionKey keyOf(const feeds::Hotspot &h)
{
    return DetectionKey{h.time.toSecsSinceEpoch(), qint32(std::lround(h.position.lon * 1e5)), qint32(std::lround(h.position.lat * 1e5)),
                        qHash(h.instrument) ^ (qHash(h.satellite) << 1)};
}

// Every chunk whose time span meets [from, to] (Unix seconds), unpacked.
Result<QList<feeds::Hotspot>> chunksMeeting(Database &database, qint64 from, qint64 to)
{
    auto select = database.prepare(QStringLiteral(
        "SELECT data FROM lookout_hotspot_chunks WHERE t_max >= ?1 AND t_min <= ?2 ORDER BY t_min, id"));
    if (!select)
        return select.error();
    select->bind(1, from).bind(2, to);
    QList<feeds::Hotspot> hotspots;
    while (true) {
        auto row = select->step();
        if (!row)
            return row.error();
        if (!*row)
            return hotspots;
        auto chunk = unpackHotspots(select->blob(0));
        if (!chunk)
            return chunk.error();
        hotspots.append(std::move(chunk).value());
    }
}

// Sorts by time without moving the detections themselves (they are heavy).
QList<const feeds::Hotspot *> sortedByTime(const QList<feeds::Hotspot> &hotspots)
{
    // Compared as plain integers: QDateTime's operator< is costly a few million times over.
    std::vector<std::pair<qint64, qsizetype>> order;
    order.reserve(std::size_t(hotspots.size()));
    for (qsizetype i = 0; i < hotspots.size(); ++i)
        order.emplace_back(hotspots.at(i).time.toMSecsSinceEpoch(), i);
    std::stable_sort(order.begin(), order.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<const feeds::Hotspot *> sorted;
    sorted.reserve(hotspots.size());
    for (const auto &[time, index] : order)
        sorted.append(&hotspots.at(index));
    return sorted;
}

// Writes time-sorted detections of one file as chunks; calls `progress` with the rows written.
Result<void> writeChunks(Database &database, qint64 fileId, const QList<const feeds::Hotspot *> &sorted,
                         const std::function<void(qint64)> &progress = {})
{
    auto insert = database.prepare(QStringLiteral(
        "INSERT INTO lookout_hotspot_chunks (file_id, t_min, t_max, rows, lon_min, lat_min, lon_max, lat_max, data) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    if (!insert)
        return insert.error();
    for (const auto &[first, end] : chunkRanges(sorted)) {
        GeoBox box;
        for (qsizetype i = first; i < end; ++i)
            box.extend(sorted.at(i)->position.lon, sorted.at(i)->position.lat);
        insert->bind(1, fileId).bind(2, sorted.at(first)->time.toSecsSinceEpoch()).bind(3, sorted.at(end - 1)->time.toSecsSinceEpoch())
            .bind(4, qint64(end - first)).bind(5, box.xMin).bind(6, box.yMin).bind(7, box.xMax).bind(8, box.yMax)
            .bind(9, packHotspots(sorted.constData() + first, end - first));
        if (auto run = insert->run(); !run)
            return run;
        if (progress)
            progress(end);
    }
    return {};
}

} // namespace

Result<void> writeHotspotPoints(Database &database, qint64 fileId, const QList<const feeds::Hotspot *> &hotspots)
{
    auto insert = database.prepare(QStringLiteral(
        "INSERT INTO lookout_hotspot_points (geom, acq_time, instrument, satellite, confidence, confidence_percent, brightness, "
        "brightness2, frp, scan, track, daynight, type, version, file_id) "
        "VALUES (lookout_geometry(?1), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"));
    if (!insert)
        return insert.error();
    // The reader interns repeated texts (one instrument, satellite and version per file or so):
    // each is turned into UTF-8 once, not once a row.
    struct Utf8Cache {
        const QChar *text = nullptr;
        QByteArray utf8;
        QByteArrayView operator()(const QString &value)
        {
            if (value.constData() != text || value.isEmpty()) {
                text = value.constData();
                utf8 = value.toUtf8();
            }
            return utf8;
        }
    } instrument, satellite, version;
    static constexpr QByteArrayView kConfidence[] = {"low", "nominal", "high"};
    char point[kGpkgPointBytes];
    for (const feeds::Hotspot *h : hotspots) {
        writeGpkgPoint(point, h->position);
        insert->bindBlob(1, QByteArrayView(point, kGpkgPointBytes)).bind(2, h->time).bindText(3, instrument(h->instrument))
            .bindText(4, satellite(h->satellite)).bindText(5, kConfidence[std::clamp(int(h->confidence), 0, 2)])
            .bind(7, h->brightness).bind(8, h->brightness2).bind(9, h->frp).bind(10, h->scanKm).bind(11, h->trackKm)
            .bind(12, h->day ? "D" : "N").bindText(14, version(h->version)).bind(15, fileId);
        h->confidencePercent >= 0 ? insert->bind(6, h->confidencePercent) : insert->bindNull(6);
        h->type >= 0 ? insert->bind(13, h->type) : insert->bindNull(13);
        if (auto done = insert->run(); !done)
            return done;
    }
    return {};
}

Result<HotspotAddResult> HotspotStore::add(const QList<feeds::Hotspot> &hotspots, const QString &source, const QDateTime &receivedAt,
                                           const std::function<void(qint64)> &progress)
{
    if (hotspots.isEmpty())
        return HotspotAddResult{};
    const QList<const feeds::Hotspot *> sorted = sortedByTime(hotspots);
    return m_database.transaction([&]() -> Result<HotspotAddResult> {
        // What the file's time span already holds.
        auto existing = chunksMeeting(m_database, sorted.first()->time.toSecsSinceEpoch(), sorted.last()->time.toSecsSinceEpoch());
        if (!existing)
            return existing.error();
        std::unordered_set<DetectionKey, DetectionKeyHash> kept;
        kept.reserve(std::size_t(existing->size()));
        for (const feeds::Hotspot &h : *existing)
            kept.insert(keyOf(h));
        // Repeats within the file: sorting the keys is cheaper than a hash set of a few hundred
        // thousand nodes. The first of equal keys (in time order) is the one kept.
        std::vector<std::pair<DetectionKey, qsizetype>> keys;
        keys.reserve(std::size_t(sorted.size()));
        for (qsizetype i = 0; i < sorted.size(); ++i)
            keys.emplace_back(keyOf(*sorted.at(i)), i);
        std::sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) {
            return std::tie(a.first.seconds, a.first.lon, a.first.lat, a.first.source, a.second)
                   < std::tie(b.first.seconds, b.first.lon, b.first.lat, b.first.source, b.second);
        });
        std::vector<bool> repeat(std::size_t(sorted.size()), false);
        for (std::size_t k = 0; k < keys.size(); ++k)
            repeat[std::size_t(keys[k].second)] = (k > 0 && keys[k].first == keys[k - 1].first)
                                                  || (!kept.empty() && kept.contains(keys[k].first));
        HotspotAddResult result;
        QList<const feeds::Hotspot *> fresh;
        fresh.reserve(sorted.size());
        for (qsizetype i = 0; i < sorted.size(); ++i) {
            if (repeat[std::size_t(i)])
                ++result.alreadyKept;
            else
                fresh.append(sorted.at(i));
        }
        auto file = m_database.prepare(QStringLiteral("INSERT INTO lookout_hotspot_files (source, received_at, rows) VALUES (?1, ?2, ?3) RETURNING id"));
        if (!file)
            return file.error();
        file->bind(1, source).bind(2, receivedAt).bind(3, qint64(fresh.size()));
        auto inserted = file->step();
        if (!inserted || !*inserted)
            return inserted ? makeError(Error::Code::Internal, QStringLiteral("no id for the hotspot file")) : inserted.error();
        const qint64 fileId = file->integer(0);
        file->reset();
        if (auto written = writeChunks(m_database, fileId, fresh, progress); !written)
            return written.error();
        if (auto points = writeHotspotPoints(m_database, fileId, fresh); !points)
            return points.error();
        result.added = fresh.size();
        return result;
    });
}

Result<void> moveHotspotRowsIntoChunks(Database &database)
{
    auto select = database.prepare(QStringLiteral(
        "SELECT file_id, time, lon, lat, instrument, satellite, confidence, confidence_percent, brightness, brightness2, frp, "
        "scan_km, track_km, day, type, version FROM lookout_hotspots ORDER BY file_id, time, id"));
    if (!select)
        return select.error();
    auto flush = [&](qint64 fileId, const QList<feeds::Hotspot> &rows) { return writeChunks(database, fileId, sortedByTime(rows)); };
    qint64 fileId = -1;
    QList<feeds::Hotspot> rows;
    while (true) {
        auto row = select->step();
        if (!row)
            return row.error();
        if (!*row || select->integer(0) != fileId) {
            if (!rows.isEmpty())
                if (auto done = flush(fileId, rows); !done)
                    return done;
            rows.clear();
            if (!*row)
                break;
            fileId = select->integer(0);
        }
        feeds::Hotspot h;
        h.time = QDateTime::fromSecsSinceEpoch(select->integer(1), QTimeZone::utc());
        h.position = GeoPoint{select->real(2), select->real(3)};
        h.instrument = select->text(4);
        h.satellite = select->text(5);
        h.confidence = feeds::Hotspot::Confidence(std::clamp(int(select->integer(6)), 0, 2));
        h.confidencePercent = select->isNull(7) ? -1 : int(select->integer(7));
        h.brightness = select->real(8);
        h.brightness2 = select->real(9);
        h.frp = select->real(10);
        h.scanKm = select->real(11);
        h.trackKm = select->real(12);
        h.day = select->integer(13) != 0;
        h.type = select->isNull(14) ? -1 : int(select->integer(14));
        h.version = select->text(15);
        rows.append(std::move(h));
    }
    select = database.prepare(QStringLiteral("SELECT 1"));  // release the table before dropping it
    if (auto dropped = database.exec(QStringLiteral("DROP TABLE lookout_hotspots")); !dropped)
        return dropped;
    return database.exec(QStringLiteral("DELETE FROM gpkg_contents WHERE table_name = 'lookout_hotspots'"));
}

Result<QList<feeds::Hotspot>> HotspotStore::between(const QDateTime &from, const QDateTime &to, const GeoBox &area,
                                                     HotspotWindow *window) const
{
    const qint64 first = from.toSecsSinceEpoch();
    const qint64 last = to.toSecsSinceEpoch();
    auto met = chunksMeeting(m_database, first, last);
    if (!met)
        return met.error();
    // Kept as (time, index) first: sorting the detections themselves is costly (they are heavy,
    // and QDateTime compares slowly a million times over).
    std::vector<std::pair<qint64, qsizetype>> kept;
    HotspotWindow seen;
    qint64 newest = std::numeric_limits<qint64>::min();
    for (qsizetype i = 0; i < met->size(); ++i) {
        const feeds::Hotspot &h = met->at(i);
        const qint64 msecs = h.time.toMSecsSinceEpoch();
        if (msecs < first * 1000 || msecs > last * 1000)
            continue;
        ++seen.detections;
        newest = std::max(newest, msecs);
        if (!seen.instruments.contains(std::pair{h.instrument, h.satellite}))
            seen.instruments.append({h.instrument, h.satellite});
        if (area.isEmpty() || area.contains(h.position.lon, h.position.lat))
            kept.emplace_back(msecs, i);
    }
    if (seen.detections > 0)
        seen.newest = QDateTime::fromMSecsSinceEpoch(newest, QTimeZone::utc());
    if (window)
        *window = std::move(seen);
    std::stable_sort(kept.begin(), kept.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<feeds::Hotspot> result;
    result.reserve(qsizetype(kept.size()));
    for (const auto &[msecs, index] : kept)
        result.append(std::move((*met)[index]));
    return result;
}

} // namespace lookout::store

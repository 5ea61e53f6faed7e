// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "store/hotspotstore.h"

#include <QHash>
#include <QSet>

#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace lookout::store {

Result<HotspotAddResult> HotspotStore::add(const QList<feeds::Hotspot> &hotspots, const QString &source, const QDateTime &receivedAt,
                                           const std::function<void(qint64)> &progress)
{
    if (hotspots.isEmpty())
        return HotspotAddResult{};
    return m_database.transaction([&]() -> Result<HotspotAddResult> {
        auto insert = m_database.prepare(QStringLiteral(
            "INSERT INTO lookout_hotspots (time, lon, lat, instrument, satellite, confidence, confidence_percent, brightness, "
            "brightness2, frp, scan_km, track_km, day, type, version, file_id) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)"));
        auto file = m_database.prepare(QStringLiteral("INSERT INTO lookout_hotspot_files (source, received_at, rows) VALUES (?1, ?2, ?3)"));
        if (!insert)
            return insert.error();
        if (!file)
            return file.error();
        file->bind(1, source).bind(2, receivedAt).bind(3, qint64(hotspots.size()));
        if (auto done = file->run(); !done)
            return done.error();
        const qint64 fileId = m_database.lastInsertRowId();
        // What the file's time span already holds: a detection is its time, place and satellite.
        // A detection's identity packed into bytes: no string formatting per row.
        auto keyOf = [](qint64 seconds, double lon, double lat, const QString &instrument, const QString &satellite) -> QByteArray {
            QByteArray key(sizeof(qint64) + 2 * sizeof(qint32), Qt::Uninitialized);
            const qint32 microLon = qint32(std::lround(lon * 1e5));
            const qint32 microLat = qint32(std::lround(lat * 1e5));
            std::memcpy(key.data(), &seconds, sizeof seconds);
            std::memcpy(key.data() + sizeof seconds, &microLon, sizeof microLon);
            std::memcpy(key.data() + sizeof seconds + sizeof microLon, &microLat, sizeof microLat);
            return key + instrument.toLatin1() + '|' + satellite.toLatin1();
        };
        const auto [earliest, latest] = std::minmax_element(hotspots.begin(), hotspots.end(),
                                                            [](const auto &a, const auto &b) { return a.time < b.time; });
        QSet<QByteArray> kept;
        auto existing = m_database.prepare(QStringLiteral(
            "SELECT time, lon, lat, instrument, satellite FROM lookout_hotspots WHERE time >= ?1 AND time <= ?2"));
        if (!existing)
            return existing.error();
        existing->bind(1, earliest->time.toSecsSinceEpoch()).bind(2, latest->time.toSecsSinceEpoch());
        while (true) {
            auto row = existing->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            kept.insert(keyOf(existing->integer(0), existing->real(1), existing->real(2), existing->text(3), existing->text(4)));
        }
        // The few strings every row repeats, converted once.
        QHash<QString, QByteArray> utf8;
        auto bytes = [&](const QString &text) -> QByteArrayView {
            auto found = utf8.find(text);
            if (found == utf8.end())
                found = utf8.insert(text, text.toUtf8());
            return *found;
        };
        HotspotAddResult result;
        qint64 done = 0;
        for (const feeds::Hotspot &h : hotspots) {
            const qint64 seconds = h.time.toSecsSinceEpoch();
            const QByteArray key = keyOf(seconds, h.position.lon, h.position.lat, h.instrument, h.satellite);
            if (kept.contains(key)) {
                ++result.alreadyKept;
                continue;
            }
            kept.insert(key);
            insert->bind(1, seconds).bind(2, h.position.lon).bind(3, h.position.lat).bindText(4, bytes(h.instrument))
                .bindText(5, bytes(h.satellite)).bind(6, int(h.confidence)).bind(8, h.brightness)
                .bind(9, h.brightness2).bind(10, h.frp).bind(11, h.scanKm).bind(12, h.trackKm)
                .bind(13, h.day ? 1 : 0).bindText(15, bytes(h.version)).bind(16, fileId);
            if (h.confidencePercent >= 0)
                insert->bind(7, h.confidencePercent);
            if (h.type >= 0)
                insert->bind(14, h.type);
            if (auto run = insert->run(); !run)
                return run.error();
            ++result.added;
            if (++done % 20000 == 0 && progress)
                progress(done);
        }
        if (progress)
            progress(done);
        return result;
    });
}

Result<QList<feeds::Hotspot>> HotspotStore::between(const QDateTime &from, const QDateTime &to) const
{
    auto select = m_database.prepare(QStringLiteral(
        "SELECT time, lon, lat, instrument, satellite, confidence, confidence_percent, brightness, brightness2, frp, scan_km, "
        "track_km, day, type, version FROM lookout_hotspots WHERE time >= ?1 AND time <= ?2 ORDER BY time, id"));
    if (!select)
        return select.error();
    select->bind(1, from.toSecsSinceEpoch()).bind(2, to.toSecsSinceEpoch());
    QList<feeds::Hotspot> result;
    while (true) {
        auto row = select->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        feeds::Hotspot h;
        h.time = QDateTime::fromSecsSinceEpoch(select->integer(0), QTimeZone::utc());
        h.position = GeoPoint{select->real(1), select->real(2)};
        h.instrument = select->text(3);
        h.satellite = select->text(4);
        h.confidence = feeds::Hotspot::Confidence(std::clamp(int(select->integer(5)), 0, 2));
        h.confidencePercent = select->isNull(6) ? -1 : int(select->integer(6));
        h.brightness = select->real(7);
        h.brightness2 = select->real(8);
        h.frp = select->real(9);
        h.scanKm = select->real(10);
        h.trackKm = select->real(11);
        h.day = select->integer(12) != 0;
        h.type = select->isNull(13) ? -1 : int(select->integer(13));
        h.version = select->text(14);
        result.append(std::move(h));
    }
    return result;
}

} // namespace lookout::store

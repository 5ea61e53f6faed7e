// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "store/hotspotstore.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace lookout::store {

Result<HotspotAddResult> HotspotStore::add(const QList<feeds::Hotspot> &hotspots, const QString &source, const QDateTime &receivedAt,
                                           const std::function<void(qint64)> &progress)
{
    if (hotspots.isEmpty())
        return HotspotAddResult{};
    return m_database.transaction([&]() -> Result<HotspotAddResult> {
        auto insert = m_database.prepare(QStringLiteral(
            "INSERT INTO lookout_hotspots (time, lon, lat, instrument, satellite, confidence, confidence_percent, brightness, "
            "brightness2, frp, scan_km, track_km, daynight, type, version, source, received_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)"));
        if (!insert)
            return insert.error();
        // What the file's time span already holds: a detection is its time, place and satellite.
        auto keyOf = [](const QDateTime &time, double lon, double lat, const QString &instrument, const QString &satellite) {
            return QStringLiteral("%1|%2|%3|%4|%5").arg(time.toSecsSinceEpoch()).arg(lon, 0, 'f', 5).arg(lat, 0, 'f', 5).arg(instrument, satellite);
        };
        const auto [earliest, latest] = std::minmax_element(hotspots.begin(), hotspots.end(),
                                                            [](const auto &a, const auto &b) { return a.time < b.time; });
        QSet<QString> kept;
        auto existing = m_database.prepare(QStringLiteral(
            "SELECT time, lon, lat, instrument, satellite FROM lookout_hotspots WHERE time >= ?1 AND time <= ?2"));
        if (!existing)
            return existing.error();
        existing->bind(1, earliest->time).bind(2, latest->time);
        while (true) {
            auto row = existing->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            kept.insert(keyOf(existing->time(0), existing->real(1), existing->real(2), existing->text(3), existing->text(4)));
        }
        // The few strings every row repeats, converted once.
        QHash<QString, QByteArray> utf8;
        auto bytes = [&](const QString &text) -> QByteArrayView {
            auto found = utf8.find(text);
            if (found == utf8.end())
                found = utf8.insert(text, text.toUtf8());
            return *found;
        };
        const QByteArray sourceUtf8 = source.toUtf8();
        HotspotAddResult result;
        qint64 done = 0;
        for (const feeds::Hotspot &h : hotspots) {
            const QString key = keyOf(h.time, h.position.lon, h.position.lat, h.instrument, h.satellite);
            if (kept.contains(key)) {
                ++result.alreadyKept;
                continue;
            }
            kept.insert(key);
            insert->bind(1, h.time).bind(2, h.position.lon).bind(3, h.position.lat).bindText(4, bytes(h.instrument))
                .bindText(5, bytes(h.satellite)).bindText(6, bytes(feeds::confidenceName(h.confidence))).bind(8, h.brightness)
                .bind(9, h.brightness2).bind(10, h.frp).bind(11, h.scanKm).bind(12, h.trackKm)
                .bindText(13, h.day ? QByteArrayView("D") : QByteArrayView("N")).bindText(15, bytes(h.version))
                .bindText(16, sourceUtf8).bind(17, receivedAt);
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
        "track_km, daynight, type, version FROM lookout_hotspots WHERE time >= ?1 AND time <= ?2 ORDER BY time, id"));
    if (!select)
        return select.error();
    select->bind(1, from).bind(2, to);
    QList<feeds::Hotspot> result;
    while (true) {
        auto row = select->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        feeds::Hotspot h;
        h.time = select->time(0);
        h.position = GeoPoint{select->real(1), select->real(2)};
        h.instrument = select->text(3);
        h.satellite = select->text(4);
        const QString confidence = select->text(5);
        h.confidence = confidence == QLatin1String("low") ? feeds::Hotspot::Confidence::Low
                       : confidence == QLatin1String("high") ? feeds::Hotspot::Confidence::High
                                                              : feeds::Hotspot::Confidence::Nominal;
        h.confidencePercent = select->isNull(6) ? -1 : int(select->integer(6));
        h.brightness = select->real(7);
        h.brightness2 = select->real(8);
        h.frp = select->real(9);
        h.scanKm = select->real(10);
        h.trackKm = select->real(11);
        h.day = select->text(12) != QLatin1String("N");
        h.type = select->isNull(13) ? -1 : int(select->integer(13));
        h.version = select->text(14);
        result.append(std::move(h));
    }
    return result;
}

} // namespace lookout::store

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "store/hotspotstore.h"

namespace lookout::store {

Result<HotspotAddResult> HotspotStore::add(const QList<feeds::Hotspot> &hotspots, const QString &source, const QDateTime &receivedAt,
                                           const std::function<void(qint64)> &progress)
{
    return m_database.transaction([&]() -> Result<HotspotAddResult> {
        auto insert = m_database.prepare(QStringLiteral(
            "INSERT INTO lookout_hotspots (time, lon, lat, instrument, satellite, confidence, confidence_percent, brightness, "
            "brightness2, frp, scan_km, track_km, daynight, type, version, source, received_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17) "
            "ON CONFLICT (time, lon, lat, instrument, satellite) DO NOTHING"));
        auto changes = m_database.prepare(QStringLiteral("SELECT changes()"));
        if (!insert)
            return insert.error();
        if (!changes)
            return changes.error();
        const QByteArray sourceUtf8 = source.toUtf8();
        HotspotAddResult result;
        qint64 done = 0;
        for (const feeds::Hotspot &h : hotspots) {
            insert->bind(1, h.time).bind(2, h.position.lon).bind(3, h.position.lat).bind(4, h.instrument).bind(5, h.satellite)
                .bind(6, feeds::confidenceName(h.confidence)).bind(8, h.brightness).bind(9, h.brightness2).bind(10, h.frp)
                .bind(11, h.scanKm).bind(12, h.trackKm).bindText(13, h.day ? QByteArrayView("D") : QByteArrayView("N"))
                .bind(15, h.version).bindText(16, sourceUtf8).bind(17, receivedAt);
            if (h.confidencePercent >= 0)
                insert->bind(7, h.confidencePercent);
            if (h.type >= 0)
                insert->bind(14, h.type);
            if (auto run = insert->run(); !run)
                return run.error();
            auto row = changes->step();
            if (!row)
                return row.error();
            (changes->integer(0) > 0 ? result.added : result.alreadyKept) += 1;
            changes->reset();
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

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "store/hydrologystore.h"

#include "store/gpkggeometry.h"

#include <QTimeZone>

namespace lookout::store {

namespace {

// Runs `statement` once per item, binding it with `bindRow`; counts the rows.
template <typename Item, typename Bind>
Result<qint64> writeAll(Database &database, const QString &sql, const QList<Item> &items, Bind bindRow)
{
    auto statement = database.prepare(sql);
    if (!statement)
        return statement.error();
    for (const Item &item : items) {
        bindRow(*statement, item);
        if (auto done = statement->run(); !done)
            return done.error();
    }
    return qint64(items.size());
}

// Reads every row of `sql` (bound with the two times) through `readRow`.
template <typename Item, typename Read>
Result<QList<Item>> readAll(Database &database, const QString &sql, const QDateTime &from, const QDateTime &to,
                            Read readRow)
{
    auto statement = database.prepare(sql);
    if (!statement)
        return statement.error();
    if (from.isValid())
        statement->bind(1, from.toSecsSinceEpoch()).bind(2, to.toSecsSinceEpoch());
    return collectRows(*statement, readRow);
}

QDateTime utcSeconds(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

} // namespace

Result<HydrologyAddResult> HydrologyStore::add(const feeds::HydrologyData &data, const QString &source, const QDateTime &receivedAt)
{
    const qint64 received = receivedAt.toSecsSinceEpoch();
    return m_database.transaction([&]() -> Result<HydrologyAddResult> {
        HydrologyAddResult result;
        auto stations = writeAll(m_database, QStringLiteral(
            "INSERT INTO lookout_st_stbprp_b (stcd, stnm, rvnm, sttp, lgtd, lttd, source) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
            "ON CONFLICT (stcd) DO UPDATE SET stnm = excluded.stnm, rvnm = coalesce(excluded.rvnm, lookout_st_stbprp_b.rvnm), "
            "sttp = coalesce(excluded.sttp, lookout_st_stbprp_b.sttp), lgtd = coalesce(excluded.lgtd, lookout_st_stbprp_b.lgtd), lttd = coalesce(excluded.lttd, lookout_st_stbprp_b.lttd), "
            "source = excluded.source"),
            data.stations, [&](Statement &s, const feeds::StationInfo &station) {
                s.bind(1, station.stcd).bind(2, station.stnm).bind(7, source);
                if (!station.rvnm.isEmpty())
                    s.bind(3, station.rvnm);
                if (!station.sttp.isEmpty())
                    s.bind(4, station.sttp);
                if (station.position)
                    s.bind(5, station.position->lon).bind(6, station.position->lat);
            });
        if (!stations)
            return stations.error();
        result.stations = int(*stations);
        // A station with a position is a point GIS programs draw (the lookout_stations view).
        auto geometry = m_database.prepare(QStringLiteral("UPDATE lookout_st_stbprp_b SET geom = lookout_geometry(?1) WHERE stcd = ?2"));
        if (!geometry)
            return geometry.error();
        for (const feeds::StationInfo &station : data.stations) {
            if (!station.position)
                continue;
            geometry->bind(1, gpkgPoint(*station.position)).bind(2, station.stcd);
            if (auto done = geometry->run(); !done)
                return done.error();
        }
        auto river = writeAll(m_database, QStringLiteral(
            "INSERT INTO lookout_st_river_r (stcd, tm, z, q, received_at) VALUES (?1, ?2, ?3, ?4, ?5) "
            "ON CONFLICT (stcd, tm) DO UPDATE SET z = excluded.z, q = excluded.q, received_at = excluded.received_at"),
            data.river, [&](Statement &s, const feeds::RiverReading &r) {
                s.bind(1, r.stcd).bind(2, r.tm.toSecsSinceEpoch()).bind(3, r.z).bind(4, r.q).bind(5, received);
            });
        if (!river)
            return river.error();
        auto reservoirs = writeAll(m_database, QStringLiteral(
            "INSERT INTO lookout_st_rsvr_r (stcd, tm, rz, inq, otq, received_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
            "ON CONFLICT (stcd, tm) DO UPDATE SET rz = excluded.rz, inq = excluded.inq, otq = excluded.otq, received_at = excluded.received_at"),
            data.reservoirs, [&](Statement &s, const feeds::ReservoirReading &r) {
                s.bind(1, r.stcd).bind(2, r.tm.toSecsSinceEpoch()).bind(3, r.rz).bind(4, r.inq).bind(5, r.otq).bind(6, received);
            });
        if (!reservoirs)
            return reservoirs.error();
        auto rain = writeAll(m_database, QStringLiteral(
            "INSERT INTO lookout_st_pptn_r (stcd, tm, drp, intv, received_at) VALUES (?1, ?2, ?3, ?4, ?5) "
            "ON CONFLICT (stcd, tm, intv) DO UPDATE SET drp = excluded.drp, received_at = excluded.received_at"),
            data.rain, [&](Statement &s, const feeds::RainReading &r) {
                s.bind(1, r.stcd).bind(2, r.tm.toSecsSinceEpoch()).bind(3, r.drp).bind(4, r.intv).bind(5, received);
            });
        if (!rain)
            return rain.error();
        result.readings = *river + *reservoirs + *rain;
        auto warning = writeAll(m_database, QStringLiteral(
            "INSERT INTO lookout_st_rvfcch_b (stcd, wrz, grz, source) VALUES (?1, ?2, ?3, ?4) "
            "ON CONFLICT (stcd) DO UPDATE SET wrz = excluded.wrz, grz = excluded.grz, source = excluded.source"),
            data.riverThresholds, [&](Statement &s, const feeds::RiverThresholds &t) {
                s.bind(1, t.stcd).bind(2, t.wrz).bind(3, t.grz).bind(4, source);
            });
        if (!warning)
            return warning.error();
        auto limits = writeAll(m_database, QStringLiteral(
            "INSERT INTO lookout_st_rsvrfsr_b (stcd, bgmd, edmd, fsltdz, source) VALUES (?1, ?2, ?3, ?4, ?5) "
            "ON CONFLICT (stcd, bgmd) DO UPDATE SET edmd = excluded.edmd, fsltdz = excluded.fsltdz, source = excluded.source"),
            data.floodLimits, [&](Statement &s, const feeds::FloodLimitPeriod &p) {
                s.bind(1, p.stcd).bind(2, p.bgmd).bind(3, p.edmd).bind(4, p.fsltdz).bind(5, source);
            });
        if (!limits)
            return limits.error();
        result.thresholds = int(*warning + *limits);
        return result;
    });
}

Result<QStringList> HydrologyStore::sources() const
{
    auto select = m_database.prepare(QStringLiteral("SELECT DISTINCT source FROM lookout_st_stbprp_b WHERE source IS NOT NULL ORDER BY source"));
    if (!select)
        return select.error();
    return collectRows(*select, [](const Statement &s) { return s.text(0); });
}

Result<feeds::HydrologyData> HydrologyStore::between(const QDateTime &from, const QDateTime &to) const
{
    feeds::HydrologyData data;
    auto stations = readAll<feeds::StationInfo>(m_database, QStringLiteral(
        "SELECT stcd, stnm, rvnm, sttp, lgtd, lttd FROM lookout_st_stbprp_b ORDER BY stcd"), {}, {}, [](const Statement &s) {
            feeds::StationInfo station{s.text(0), s.text(1), s.text(2), s.text(3), std::nullopt};
            if (!s.isNull(4) && !s.isNull(5))
                station.position = GeoPoint{s.real(4), s.real(5)};
            return station;
        });
    if (!stations)
        return stations.error();
    data.stations = std::move(*stations);
    auto river = readAll<feeds::RiverReading>(m_database, QStringLiteral(
        "SELECT stcd, tm, z, q FROM lookout_st_river_r WHERE tm >= ?1 AND tm <= ?2 ORDER BY tm, stcd"), from, to, [](const Statement &s) {
            return feeds::RiverReading{s.text(0), utcSeconds(s.integer(1)), s.optionalReal(2), s.optionalReal(3)};
        });
    if (!river)
        return river.error();
    data.river = std::move(*river);
    auto reservoirs = readAll<feeds::ReservoirReading>(m_database, QStringLiteral(
        "SELECT stcd, tm, rz, inq, otq FROM lookout_st_rsvr_r WHERE tm >= ?1 AND tm <= ?2 ORDER BY tm, stcd"), from, to,
        [](const Statement &s) {
            return feeds::ReservoirReading{s.text(0), utcSeconds(s.integer(1)), s.optionalReal(2), s.optionalReal(3), s.optionalReal(4)};
        });
    if (!reservoirs)
        return reservoirs.error();
    data.reservoirs = std::move(*reservoirs);
    auto rain = readAll<feeds::RainReading>(m_database, QStringLiteral(
        "SELECT stcd, tm, drp, intv FROM lookout_st_pptn_r WHERE tm >= ?1 AND tm <= ?2 ORDER BY tm, stcd"), from, to,
        [](const Statement &s) { return feeds::RainReading{s.text(0), utcSeconds(s.integer(1)), s.real(2), s.real(3)}; });
    if (!rain)
        return rain.error();
    data.rain = std::move(*rain);
    auto warning = readAll<feeds::RiverThresholds>(m_database, QStringLiteral("SELECT stcd, wrz, grz FROM lookout_st_rvfcch_b"), {}, {},
        [](const Statement &s) { return feeds::RiverThresholds{s.text(0), s.optionalReal(1), s.optionalReal(2)}; });
    if (!warning)
        return warning.error();
    data.riverThresholds = std::move(*warning);
    auto limits = readAll<feeds::FloodLimitPeriod>(m_database, QStringLiteral(
        "SELECT stcd, bgmd, edmd, fsltdz FROM lookout_st_rsvrfsr_b ORDER BY stcd, bgmd"), {}, {},
        [](const Statement &s) { return feeds::FloodLimitPeriod{s.text(0), s.text(1), s.text(2), s.real(3)}; });
    if (!limits)
        return limits.error();
    data.floodLimits = std::move(*limits);
    return data;
}

} // namespace lookout::store

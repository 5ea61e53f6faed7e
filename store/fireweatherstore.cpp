// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "store/fireweatherstore.h"

namespace lookout::store {

Result<int> FireWeatherStore::add(const QList<feeds::DailyFireWeather> &days, const QString &source, const QDateTime &receivedAt)
{
    return m_database.transaction([&]() -> Result<int> {
        auto insert = m_database.prepare(QStringLiteral(
            "INSERT INTO lookout_fire_weather (lon, lat, date, temp, rh, ws, prec, source, received_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
            "ON CONFLICT (lon, lat, date) DO UPDATE SET temp = excluded.temp, rh = excluded.rh, ws = excluded.ws, prec = excluded.prec, source = excluded.source, received_at = excluded.received_at"));
        if (!insert)
            return insert.error();
        for (const feeds::DailyFireWeather &day : days) {
            insert->bind(1, day.longitude).bind(2, day.latitude).bind(3, day.date.toString(Qt::ISODate)).bind(4, day.temp)
                .bind(5, day.rh).bind(6, day.wind).bind(7, day.rain).bind(8, source).bind(9, receivedAt.toSecsSinceEpoch());
            if (auto done = insert->run(); !done)
                return done.error();
        }
        return int(days.size());
    });
}

Result<QList<feeds::DailyFireWeather>> FireWeatherStore::between(const QDate &from, const QDate &to) const
{
    auto select = m_database.prepare(QStringLiteral(
        "SELECT lon, lat, date, temp, rh, ws, prec FROM lookout_fire_weather WHERE date >= ?1 AND date <= ?2 "
        "ORDER BY lon, lat, date"));
    if (!select)
        return select.error();
    select->bind(1, from.toString(Qt::ISODate)).bind(2, to.toString(Qt::ISODate));
    QList<feeds::DailyFireWeather> days;
    while (true) {
        auto row = select->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        feeds::DailyFireWeather day;
        day.longitude = select->real(0);
        day.latitude = select->real(1);
        day.date = QDate::fromString(select->text(2), Qt::ISODate);
        day.temp = select->real(3);
        day.rh = select->real(4);
        day.wind = select->real(5);
        day.rain = select->real(6);
        days.append(day);
    }
    return days;
}

} // namespace lookout::store

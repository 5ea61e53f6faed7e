// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "feeds/fireweathercsv.h"
#include "store/database.h"

#include <QDate>
#include <QDateTime>
#include <QList>

namespace lookout::store {

// Daily noon fire weather in the workspace (schema v5). Thread contract: the database's.
class FireWeatherStore {
public:
    explicit FireWeatherStore(Database &database) : m_database(database) {}

    // All days of a file in one transaction; a station's day already kept is replaced.
    Result<int> add(const QList<feeds::DailyFireWeather> &days, const QString &source, const QDateTime &receivedAt);
    // The days in [from, to] of every station, ordered by station (lon, lat) then date.
    Result<QList<feeds::DailyFireWeather>> between(const QDate &from, const QDate &to) const;

private:
    Database &m_database;
};

} // namespace lookout::store

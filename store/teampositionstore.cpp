// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "store/teampositionstore.h"

#include <QTimeZone>

namespace lookout::store {

namespace {

Result<QList<StoredFix>> readFixes(Statement &select)
{
    QList<StoredFix> fixes;
    while (true) {
        auto row = select.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        StoredFix fix;
        fix.team = select.text(0);
        fix.at = QDateTime::fromMSecsSinceEpoch(select.integer(1), QTimeZone::utc());
        fix.position = GeoPoint{select.real(2), select.real(3)};
        fix.speedKmh = select.optionalReal(4);
        fix.source = select.text(5);
        fix.staleMinutes = int(select.integer(6));
        fixes.append(fix);
    }
    return fixes;
}

} // namespace

Result<int> TeamPositionStore::add(const QList<StoredFix> &fixes)
{
    return m_database.transaction([&]() -> Result<int> {
        auto insert = m_database.prepare(QStringLiteral(
            "INSERT INTO lookout_team_positions (team, at_ms, lon, lat, speed_kmh, source, stale_minutes) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
            "ON CONFLICT (team, at_ms) DO UPDATE SET lon = excluded.lon, lat = excluded.lat, speed_kmh = excluded.speed_kmh, source = excluded.source, stale_minutes = excluded.stale_minutes"));
        if (!insert)
            return insert.error();
        for (const StoredFix &fix : fixes) {
            insert->bind(1, fix.team).bind(2, fix.at.toMSecsSinceEpoch()).bind(3, fix.position.lon).bind(4, fix.position.lat)
                .bind(5, fix.speedKmh).bind(6, fix.source).bind(7, fix.staleMinutes);
            if (auto done = insert->run(); !done)
                return done.error();
        }
        return int(fixes.size());
    });
}

Result<QList<StoredFix>> TeamPositionStore::latestAt(const QDateTime &at) const
{
    // Each team's row at its latest time by T (the primary key (team, at_ms) finds both).
    auto select = m_database.prepare(QStringLiteral(
        "SELECT p.team, p.at_ms, p.lon, p.lat, p.speed_kmh, p.source, p.stale_minutes FROM lookout_team_positions p "
        "JOIN (SELECT team, max(at_ms) AS latest FROM lookout_team_positions WHERE at_ms <= ?1 GROUP BY team) l "
        "ON l.team = p.team AND l.latest = p.at_ms ORDER BY p.team"));
    if (!select)
        return select.error();
    select->bind(1, at.toMSecsSinceEpoch());
    return readFixes(*select);
}

Result<QList<StoredFix>> TeamPositionStore::track(const QString &team, const QDateTime &from, const QDateTime &to) const
{
    auto select = m_database.prepare(QStringLiteral(
        "SELECT team, at_ms, lon, lat, speed_kmh, source, stale_minutes FROM lookout_team_positions "
        "WHERE team = ?1 AND at_ms >= ?2 AND at_ms <= ?3 ORDER BY at_ms"));
    if (!select)
        return select.error();
    select->bind(1, team).bind(2, from.toMSecsSinceEpoch()).bind(3, to.toMSecsSinceEpoch());
    return readFixes(*select);
}

} // namespace lookout::store

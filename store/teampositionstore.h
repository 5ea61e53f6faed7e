// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/geo.h"
#include "core/result.h"
#include "store/database.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace lookout::store {

// One team's position fix as kept: where, when (the fix's own time), from which source, and after
// how many minutes without a newer fix it is stale.
struct StoredFix {
    QString team;
    QDateTime at;
    GeoPoint position;
    std::optional<double> speedKmh;
    QString source;
    int staleMinutes = 5;
};

// Team positions in the workspace (schema v10). Thread contract: the database's.
class TeamPositionStore {
public:
    explicit TeamPositionStore(Database &database) : m_database(database) {}

    // The fixes in one transaction; a team's fix at a time already kept is replaced.
    Result<int> add(const QList<StoredFix> &fixes);
    // Each team's latest fix at or before `at`, by team.
    Result<QList<StoredFix>> latestAt(const QDateTime &at) const;
    // One team's fixes in [from, to], oldest first (its track).
    Result<QList<StoredFix>> track(const QString &team, const QDateTime &from, const QDateTime &to) const;

private:
    Database &m_database;
};

} // namespace lookout::store

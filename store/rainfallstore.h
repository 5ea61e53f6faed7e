// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "gis/rainfallgrid.h"
#include "store/database.h"

#include <QDateTime>
#include <QList>

namespace lookout::store {

// Rainfall grids in the workspace (schema v4). Thread contract: the database's.
class RainfallStore {
public:
    explicit RainfallStore(Database &database) : m_database(database) {}

    // The grids of one file in one transaction; a grid already kept (same source, variable and
    // period) is replaced. Returns how many were written.
    Result<int> add(const QList<gis::RainfallGrid> &grids, const QDateTime &receivedAt);
    // Grids whose valid time lies in [from, to], oldest first: a replay at `to` sees no later one.
    Result<QList<gis::RainfallGrid>> between(const QDateTime &from, const QDateTime &to) const;

private:
    Database &m_database;
};

} // namespace lookout::store

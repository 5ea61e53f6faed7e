// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "feeds/hydrology.h"
#include "store/database.h"

#include <QDateTime>

namespace lookout::store {

struct HydrologyAddResult {
    int stations = 0;
    qint64 readings = 0;    // river, reservoir and rain rows written (new or replacing)
    int thresholds = 0;     // warning/guaranteed rows and flood-limit periods
};

// Water data in the workspace, in the SL 323 tables (schema v4). Thread contract: the database's.
class HydrologyStore {
public:
    explicit HydrologyStore(Database &database) : m_database(database) {}

    // Everything in `data` in one transaction. A station keeps its coordinates when a later file
    // names it without any; a reading of a station at a time replaces the one already kept.
    Result<HydrologyAddResult> add(const feeds::HydrologyData &data, const QString &source, const QDateTime &receivedAt);
    // All stations and thresholds, and the readings observed in [from, to] (UTC), oldest first:
    // a replay at `to` sees no later reading.
    Result<feeds::HydrologyData> between(const QDateTime &from, const QDateTime &to) const;
    // The files and feeds the stations came from, as named on ingest.
    Result<QStringList> sources() const;

private:
    Database &m_database;
};

} // namespace lookout::store

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "feeds/typhoontrack.h"
#include "store/database.h"

#include <QDateTime>
#include <QList>

#include <functional>

namespace lookout::store {

struct StoredTrack {
    qint64 id = 0;
    feeds::TyphoonTrack track;
    QString source;
    QDateTime importedAt;
};

// Typhoon tracks in the workspace: one row per (agency, storm, format) and one per point, so
// the points can be queried and drawn in QGIS too. Importing a track again replaces it (a
// best track is revised after the season). Thread contract: the database's.
class TrackStore {
public:
    explicit TrackStore(Database &database) : m_database(database) {}

    // Keeps all tracks in one transaction; `progress` (may be empty) is told the points written.
    // Returns the number of points written.
    Result<qint64> add(const std::vector<feeds::TyphoonTrack> &tracks, const QString &source, const QDateTime &importedAt,
                       const std::function<void(qint64)> &progress = {});
    // Every track as known at `knownAt` (all when invalid): only points at or before it, only
    // forecasts issued by then; tracks with no point by then are left out.
    Result<QList<StoredTrack>> tracks(const QDateTime &knownAt = {}) const;

private:
    Database &m_database;
};

} // namespace lookout::store

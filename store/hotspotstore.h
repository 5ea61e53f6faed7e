// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "feeds/firmscsv.h"
#include "store/database.h"

#include <QDateTime>
#include <QList>

#include <functional>
#include <utility>

namespace lookout::store {

struct HotspotAddResult {
    qint64 added = 0;
    qint64 alreadyKept = 0;  // the same detection from an overlapping file (24 h files overlap)
};

// What a time window of the feed held, wherever the detections were.
struct HotspotWindow {
    qsizetype detections = 0;
    QDateTime newest;
    QList<std::pair<QString, QString>> instruments;  // (instrument, satellite) as written, in order of appearance
};

// Satellite hotspots in the workspace, in time-sorted chunks (hotspotchunk.h): an ingest writes a
// few hundred rows for a few hundred thousand detections, a replay reads the chunks that meet
// its window. Thread contract: the database's.
class HotspotStore {
public:
    explicit HotspotStore(Database &database) : m_database(database) {}

    // All detections of a file in one transaction; `progress` is told the rows written.
    Result<HotspotAddResult> add(const QList<feeds::Hotspot> &hotspots, const QString &source, const QDateTime &receivedAt,
                                 const std::function<void(qint64)> &progress = {});
    // Detections acquired in [from, to] (UTC), oldest first; known by `to` (a replay sees no later
    // ones). Only those inside `area` when it is not empty; `window` is told what the whole window
    // held before that cut.
    Result<QList<feeds::Hotspot>> between(const QDateTime &from, const QDateTime &to, const GeoBox &area = {},
                                          HotspotWindow *window = nullptr) const;

private:
    Database &m_database;
};

// The detections as a point layer GIS programs read (lookout_hotspot_points, schema 9), one row
// each with their FIRMS attributes, beside the chunks; `fileId` names their file.
Result<void> writeHotspotPoints(Database &database, qint64 fileId, const QList<const feeds::Hotspot *> &hotspots);

// Schema 7: moves the one-row-per-detection table of schemas 3-6 (lookout_hotspots) into chunks,
// file by file, and drops it. Runs inside the migration's transaction.
Result<void> moveHotspotRowsIntoChunks(Database &database);

} // namespace lookout::store

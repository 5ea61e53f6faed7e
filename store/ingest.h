// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "feeds/dataformat.h"
#include "store/workspace.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace lookout::store {

struct IngestSummary {
    feeds::DataFormat format = feeds::DataFormat::CapAlert;
    int warningsAdded = 0;
    int warningsAlreadyKept = 0;
    int tracks = 0;
    qint64 points = 0;
    qint64 hotspotsAdded = 0;
    qint64 hotspotsAlreadyKept = 0;
    int stations = 0;
    qint64 waterReadings = 0;
    int thresholds = 0;
    int readingsFlagged = 0;  // dropped by the reading checks (duplicates, impossible values, spikes)
    int seriesSkipped = 0;    // WaterML/RDB series of parameters that are neither level nor discharge
    int grids = 0;            // rainfall grids kept
    int weatherDays = 0;      // station-days of fire weather kept
    QStringList deviations;  // what the parser accepted but flagged
};

// Tells how far a long ingest is: the phase ("parsing", "storing") and done/total in its unit
// (total 0 when unknown).
using IngestProgress = std::function<void(const QString &phase, qint64 done, qint64 total)>;

// Reads one payload (a file, or a feed's body) in any format Lookout knows (warnings, tracks,
// FIRMS hotspots, water levels and thresholds, rainfall grids) — detected from the
// content unless `format` says — and keeps it in the workspace in one transaction: the whole
// payload or nothing. An index feed is refused here: it lists messages to fetch, it holds none.
// `asIssued` is for archives and exercises: a warning counts as received when it was sent, so a
// replay sees it from then (a live feed records the true receive time). Water readings pass the
// reading checks first (feeds/readingchecks.h): what they drop is counted and said in
// `deviations`.
Result<IngestSummary> ingestPayload(Workspace &workspace, const QByteArray &bytes, const QString &sourceName,
                                    const QDateTime &receivedAt, std::optional<feeds::DataFormat> format = std::nullopt,
                                    bool asIssued = false, const IngestProgress &progress = {});

} // namespace lookout::store

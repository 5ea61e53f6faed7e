// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "feeds/hydrology.h"

#include <QList>

namespace lookout::feeds {

// What the checks found in a batch of readings: counted for the source's health, each with its
// station, time and reason for the desk.
struct ReadingIssue {
    QString stcd;
    QDateTime time;
    QString reason;
};

struct ReadingReport {
    int outOfOrder = 0;   // arrived earlier than a reading before it (sorted, kept)
    int duplicates = 0;   // a second reading of a station at one time (dropped)
    int impossible = 0;   // negative rain, a level outside the plausible range (dropped)
    int jumps = 0;        // a spike: away from both neighbours faster than the bound and back (dropped)
    QList<ReadingIssue> issues;
    int flagged() const { return duplicates + impossible + jumps; }
};

struct ReadingLimits {
    double maxLevelJumpPerHour = 1.0;  // m/h, for spikes only: up this fast and straight back down
    double minLevel = -100.0;          // m, any datum
    double maxLevel = 9000.0;
    double maxRainPerHour = 300.0;     // mm/h
};

// Orders each station's river readings by time and drops duplicates, impossible levels and
// spikes, saying why in `report`. Sustained rises and falls are kept, however fast. Pure.
QList<RiverReading> checkRiverReadings(QList<RiverReading> readings, const ReadingLimits &limits,
                                              ReadingReport &report);
// The same for rain: negative amounts and amounts beyond maxRainPerHour × interval are dropped.
QList<RainReading> checkRainReadings(QList<RainReading> readings, const ReadingLimits &limits, ReadingReport &report);

} // namespace lookout::feeds

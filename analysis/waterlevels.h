// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "analysis/vocabulary.h"
#include "feeds/hydrology.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace lookout::analysis {

// A station's level as the duty officer reads it at a time: the latest reading, its excess over
// each threshold the station has (超警 Z-WRZ, 超保 Z-GRZ, 超汛限 RZ-FSLTDZ of the sub-period
// holding the reading's date), the rise over the last 1 and 3 hours, and when the level first
// crossed each threshold in the current spell above it. A station with no threshold is
// NoThreshold — never Normal. A reservoir's flood limit holds in its periods only: outside all of
// them it is OutsideFloodSeason, and when its source gave no period, FloodLimitPeriodUnknown —
// neither is ever an excess.
struct LevelState {
    using Status = StationState;
    Status status = Status::NoData;
    QString stcd;
    QDateTime time;                       // of the latest reading at or before the time asked
    double level = 0;
    std::optional<double> overWarning;    // Z - WRZ (negative: below)
    std::optional<double> overGuaranteed; // Z - GRZ
    std::optional<double> overFloodLimit; // RZ - FSLTDZ
    std::optional<double> rise1h;         // m; nullopt without a reading ~1 h earlier
    std::optional<double> rise3h;
    QDateTime firstOverWarning;           // invalid when not over
    QDateTime firstOverGuaranteed;
    QDateTime firstOverFloodLimit;
};

QString statusName(LevelState::Status status);

// One station's state at `at` from its readings (any order; river Z or reservoir RZ) and its
// thresholds. Readings after `at` are not known yet. Pure function.
LevelState evaluateRiver(const QList<feeds::RiverReading> &readings, const std::optional<feeds::RiverThresholds> &thresholds,
                         const QDateTime &at);
LevelState evaluateReservoir(const QList<feeds::ReservoirReading> &readings, const QList<feeds::FloodLimitPeriod> &limits,
                             const QDateTime &at);

// The flood-limit level in force on `date` (Beijing calendar day) from a reservoir's sub-periods
// ("MMDD" to "MMDD", inclusive, possibly across the new year); nullopt when none covers it.
// Periods whose dates are unknown never cover a day.
std::optional<double> floodLimitOn(const QList<feeds::FloodLimitPeriod> &limits, const QDate &date);

} // namespace lookout::analysis

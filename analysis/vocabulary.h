// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QObject>

// The analysis side's domain vocabularies, owned here: a water station's state against its
// thresholds, and the signals rainfall and fire danger reach. Q_ENUM_NS, so that the views and
// the map styles iterate them rather than keep lists of their own.
namespace lookout::analysis {
Q_NAMESPACE

// A station's latest level against the thresholds in force (waterlevels.h says how): 超警, 超保,
// 超汛限, normal, no threshold, outside the flood season, or a flood limit without its period.
enum class StationState { NoData, NoThreshold, Normal, OverWarning, OverGuaranteed, OverFloodLimit, OutsideFloodSeason,
                          FloodLimitPeriodUnknown };
Q_ENUM_NS(StationState)

// The rainstorm signal the amounts reach (DOMAIN §2): red 3 h >= 100 mm, orange 3 h >= 50,
// yellow 6 h >= 50, blue 12 h >= 50; None below.
enum class RainstormSignal { None, Blue, Yellow, Orange, Red };
Q_ENUM_NS(RainstormSignal)

// The forest-fire danger signal of a class (DOMAIN §2): none below 3, yellow 3, orange 4, red 5.
enum class FireDangerSignal { None, Yellow, Orange, Red };
Q_ENUM_NS(FireDangerSignal)

} // namespace lookout::analysis

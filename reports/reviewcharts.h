// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "reports/reviewsamples.h"
#include "situation/situation.h"

#include <QDate>
#include <QDateTime>
#include <QImage>
#include <QList>

#include <utility>

namespace lookout::reports {

// The review's charts from its samples. Each is a null image when there is nothing to draw; the
// review's text then says why (no data is never drawn as an empty all-clear).

// The level in force and the plan's suggestion, step by step (Ⅳ … Ⅰ, "none").
QImage levelChart(const QList<ReviewSample> &samples, const QDateTime &from, const QDateTime &to);
// The storm's distance from the reference district and its strongest wind, with the spans its
// wind circles covered the bureau's districts shaded.
QImage stormChart(const QList<ReviewSample> &samples, const QDateTime &from, const QDateTime &to);

// Stations that were over a threshold in the window, worst first (at most `count`), each with its
// levels and thresholds over the window.
QList<const situation::StationSituation *> stationsOverInWindow(const situation::StationsPart &stations, const QDateTime &from,
                                                                const QDateTime &to, int count);
QImage stationChart(const situation::StationSituation &station, const QDateTime &from, const QDateTime &to);

// Each district's wettest amount over the event (the maximum of its window's maximum at any
// step), wettest first; `hours` is told the window (the longest a step covered).
QList<std::pair<QString, double>> wettestPerDistrict(const QList<ReviewSample> &samples, int *hours);
QImage rainChart(const QList<std::pair<QString, double>> &districts, int hours);

// Hotspots per Beijing day: each detection counted once however many steps saw it.
QList<std::pair<QDate, int>> hotspotsPerDay(const QList<ReviewSample> &samples);
QImage hotspotChart(const QList<std::pair<QDate, int>> &days);

} // namespace lookout::reports

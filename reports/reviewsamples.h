// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "feeds/feedhealth.h"
#include "feeds/firmscsv.h"
#include "situation/situation.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lookout::reports {

// What the after-action review reads from the situation at each step of the event (hourly): the
// facts its charts and its sources' table are drawn from. Each is taken from a situation as it
// was known at that time, so the review shows what the bureau saw, not what it learnt later.

// One part of the picture (typhoon, water, rain, fire, warnings) at a step: its newest datum and
// how its live feeds fared.
struct PartAge {
    QString part;  // "cyclones", "stations", "rainfall", "fire", "warnings"
    situation::DataState state = situation::DataState::NoData;
    QStringList sources;
    QDateTime newest;                                        // invalid: no data
    std::optional<feeds::SourceHealth::State> feedState;     // nullopt: no live feed (a replay)
};

struct ReviewSample {
    QDateTime at;
    int level = 0;            // the incident's response level in force (0: none)
    int suggested = -1;       // what its plan suggested (0: no level; -1: no plan evaluated)
    QString plan;             // the plan suggesting
    // The storm nearest the bureau: its distance from the first reference district, its own
    // strongest wind, and the strongest of its wind circles over any of the bureau's districts
    // (0 none, 1 the first circle (7级/R34), 2 the second, 3 the third).
    QString storm;
    QString reference;
    std::optional<double> stormKm;
    std::optional<double> stormWindMs;
    int circleAtCity = 0;
    QString circleLabel;      // "10级"
    int stationsOver = 0;
    int rainHours = 0;        // the window of `rainMm` (the longest covered, up to 24 h)
    QList<std::pair<QString, double>> rainMm;  // per district, its maximum in that window
    QList<feeds::Hotspot> hotspots;            // the 24 h before, on this map
    QList<PartAge> ages;
};

// The sample of `situation` for `incident`: pure.
ReviewSample reviewSample(const situation::Situation &situation, const QString &incident);

// How long a part may go without a new datum before the review counts it as a gap: track fixes
// every 6 h, hourly stations 6 h (as the situation marks them stale), rain grids 12 h, hotspots
// 24 h (satellite passes); warnings are event-driven and have none.
qint64 gapSecondsOf(const QString &part);

// A part's record over the event: what fed it, how old its newest datum got, and the spans it
// went without data or with its feeds failing.
struct SourceRecord {
    QString part;
    QStringList sources;
    int steps = 0;
    int stepsWithoutData = 0;
    qint64 oldestAgeSeconds = -1;  // the worst data age at any step (-1: never any data)
    int stepsFailing = 0;          // steps a live feed of the part was failing
    QList<std::pair<QDateTime, QDateTime>> gaps;  // spans without data or older than the part's gap
};
QList<SourceRecord> sourceRecords(const QList<ReviewSample> &samples);

} // namespace lookout::reports

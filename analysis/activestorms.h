// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "feeds/typhoontrack.h"

#include <QDateTime>
#include <QList>

namespace lookout::analysis {

// One storm as several agencies and sources know it at a time: the tracks that belong to it
// (matched by name and overlapping time), each cut to what was known then.
struct StormView {
    QString name;          // "MANGKHUT"
    QString localName;     // "山竹" when a source gives it
    QList<feeds::TyphoonTrack> tracks;

    // The track of `agency` with the most recent fix, preferring `format` when given; null if none.
    const feeds::TyphoonTrack *track(const QString &agency, const QString &format = {}) const;
    // The latest fix over all tracks (what the card shows first).
    const feeds::TrackPoint *latestFix() const;
};

// The storms active at `at`: those with a fix no older than `maxAgeHours` (tracks already cut to
// `at`), nearest to `near` first (the city the bureau watches; several storms can be active
// across the basin at once). Pure function.
QList<StormView> activeStorms(const QList<feeds::TyphoonTrack> &tracks, const QDateTime &at, GeoPoint near,
                              int maxAgeHours = 12);

} // namespace lookout::analysis

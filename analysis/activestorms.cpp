// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "analysis/activestorms.h"

#include <QHash>

#include <algorithm>

namespace lookout::analysis {

const feeds::TyphoonTrack *StormView::track(const QString &agency, const QString &format) const
{
    const feeds::TyphoonTrack *best = nullptr;
    for (const feeds::TyphoonTrack &candidate : tracks) {
        if (candidate.agency != agency || candidate.points.empty())
            continue;
        const bool formatMatches = format.isEmpty() || candidate.format.startsWith(format);
        const bool bestMatches = best && (format.isEmpty() || best->format.startsWith(format));
        if (!best || (formatMatches && !bestMatches)
            || (formatMatches == bestMatches && candidate.points.back().time > best->points.back().time))
            best = &candidate;
    }
    return best;
}

const feeds::TrackPoint *StormView::latestFix() const
{
    const feeds::TrackPoint *latest = nullptr;
    for (const feeds::TyphoonTrack &track : tracks)
        if (!track.points.empty() && (!latest || track.points.back().time > latest->time))
            latest = &track.points.back();
    return latest;
}

QList<StormView> activeStorms(const QList<feeds::TyphoonTrack> &tracks, const QDateTime &at, GeoPoint near, int maxAgeHours)
{
    // Group by name and year of the first fix: CMA "1822", 温州台风网 "201822" and JTWC
    // "WP262018" all call Mangkhut MANGKHUT.
    QHash<QString, StormView> storms;
    for (const feeds::TyphoonTrack &track : tracks) {
        if (track.points.empty())
            continue;
        const QDateTime last = track.points.back().time;
        if (last > at || last.secsTo(at) > qint64(maxAgeHours) * 3600)
            continue;
        const QString key = track.name.toUpper() + QLatin1Char('/') + QString::number(track.points.front().time.date().year());
        StormView &storm = storms[key];
        storm.name = track.name.toUpper();
        if (storm.localName.isEmpty())
            storm.localName = track.localName;
        storm.tracks.append(track);
    }
    QList<StormView> result = storms.values();
    std::sort(result.begin(), result.end(), [&](const StormView &a, const StormView &b) {
        return haversineMetres(a.latestFix()->position, near) < haversineMetres(b.latestFix()->position, near);
    });
    return result;
}

} // namespace lookout::analysis

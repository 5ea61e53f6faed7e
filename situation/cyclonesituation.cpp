// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "situation/cyclonesituation.h"

#include "analysis/activestorms.h"
#include "analysis/typhoongeometry.h"
#include "store/trackstore.h"

namespace lookout::situation {

Result<CyclonesPart> buildCyclonesPart(store::SqliteDatabase &database, const QDateTime &at, const CycloneInputs &inputs)
{
    auto stored = store::TrackStore(database).tracks(at);
    if (!stored)
        return stored.error();
    CyclonesPart part;
    QList<feeds::TyphoonTrack> tracks;
    for (const store::StoredTrack &track : *stored) {
        tracks.append(track.track);
        if (!track.track.points.empty() && (!part.source.newest.isValid() || track.track.points.back().time > part.source.newest))
            part.source.newest = track.track.points.back().time;
        const QString source = track.track.format + QLatin1Char(' ') + track.track.stormId;
        if (!part.source.sources.contains(source))
            part.source.sources.append(source);
    }
    for (const analysis::StormView &storm : analysis::activeStorms(tracks, at, inputs.focus)) {
        CycloneSituation cyclone;
        cyclone.name = storm.name;
        cyclone.localName = storm.localName;
        cyclone.tracks = storm.tracks;
        // CMA's real-time record (with radii) first, then its best track, then any.
        const feeds::TyphoonTrack *main = storm.track(QStringLiteral("CMA"), QStringLiteral("温州"));
        if (!main)
            main = storm.track(QStringLiteral("CMA"));
        cyclone.main = main ? *main : storm.tracks.front();
        const feeds::TrackPoint &fix = cyclone.lastFix();
        for (const auto &[district, point] : inputs.references)
            cyclone.distances.append({district, haversineMetres(fix.position, point) / 1000.0, analysis::bearingDegrees(point, fix.position)});
        auto exposure = analysis::windCircleExposure(cyclone.main, fix, inputs.districts, inputs.nameField);
        if (!exposure)
            return Error(exposure.error()).withContext(QStringLiteral("the wind circles of %1").arg(storm.name));
        cyclone.exposure = *exposure;
        bool forecast = false;
        for (const analysis::CircleExposure &circle : cyclone.exposure)
            forecast = forecast || !circle.forecastAgency.isEmpty();
        if (!forecast)
            cyclone.exposureNote = fix.radii.empty() ? QStringLiteral("the last fix gives no wind radii")
                                                     : QStringLiteral("no forecast track in the data: no expected times");
        part.storms.append(cyclone);
    }
    part.state = tracks.isEmpty() ? DataState::NoData : part.storms.isEmpty() ? DataState::NothingToReport : DataState::Reported;
    return part;
}

} // namespace lookout::situation

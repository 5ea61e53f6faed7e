// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "situation/cyclonesituation.h"

#include "analysis/activestorms.h"
#include "analysis/typhoongeometry.h"
#include "store/trackstore.h"

namespace lookout::situation {

QList<CycloneSituation> activeCyclones(const QList<feeds::TyphoonTrack> &tracks, const QDateTime &at, const SituationInputs &inputs)
{
    QList<CycloneSituation> storms;
    for (const analysis::StormView &storm : analysis::activeStorms(tracks, at, inputs.focus)) {
        CycloneSituation cyclone;
        cyclone.view = storm;
        // CMA's real-time record (with radii) first, then its best track, then any.
        const feeds::TyphoonTrack *main = storm.track(QStringLiteral("CMA"), QStringLiteral("温州"));
        if (!main)
            main = storm.track(QStringLiteral("CMA"));
        cyclone.main = main ? *main : storm.tracks.front();
        const feeds::TrackPoint &fix = cyclone.lastFix();
        for (const auto &[district, point] : inputs.references)
            cyclone.distances.append({district, haversineMetres(fix.position, point) / 1000.0, bearingDegrees(point, fix.position)});
        // A circle that cannot be intersected (a broken district outline) does not lose the storm:
        // the note says why its exposure is missing.
        auto exposure = analysis::windCircleExposure(cyclone.main, fix, inputs.districts, inputs.nameField);
        if (!exposure) {
            cyclone.exposureNote = exposure.error().message;
            storms.append(cyclone);
            continue;
        }
        cyclone.exposure = *exposure;
        bool forecast = false;
        for (const analysis::CircleExposure &circle : cyclone.exposure)
            forecast = forecast || !circle.forecastAgency.isEmpty();
        if (!forecast)
            cyclone.exposureNote = fix.radii.empty() ? QStringLiteral("the last fix gives no wind radii")
                                                     : QStringLiteral("no forecast track in the data: no expected times");
        storms.append(cyclone);
    }
    return storms;
}

Result<CyclonesPart> buildCyclonesPart(store::SqliteDatabase &database, const QDateTime &at, const SituationInputs &inputs)
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
    part.storms = activeCyclones(tracks, at, inputs);
    part.state = tracks.isEmpty() ? DataState::NoData : part.storms.isEmpty() ? DataState::NothingToReport : DataState::Reported;
    return part;
}

} // namespace lookout::situation

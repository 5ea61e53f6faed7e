// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "situation/cyclonesituation.h"

#include "analysis/activestorms.h"
#include "analysis/typhoongeometry.h"
#include "store/trackstore.h"

namespace lookout::situation {

namespace {

QString sourceOf(const feeds::TyphoonTrack &track)
{
    return track.format + QLatin1Char(' ') + track.stormId;
}

SituationLayer windCircles(const feeds::TyphoonTrack &track)
{
    SituationLayer layer;
    layer.id = QStringLiteral("wind_circles_") + track.agency.toLower();
    layer.agency = track.agency;
    layer.format = track.format;
    layer.data = analysis::windCircleFeatures(track, track.points.back());
    layer.sourceNote = sourceOf(track);
    layer.dataDate = track.points.back().time;
    return layer;
}

// The storm's layers and the extent a view needs to show it.
void addMapLayers(CycloneSituation &cyclone)
{
    const analysis::StormView &storm = cyclone.view;
    // The track coloured by grade: CMA's best track where there is one, else its real-time record.
    const feeds::TyphoonTrack *cma = storm.track(QStringLiteral("CMA"), QStringLiteral("CMA best"));
    if (!cma)
        cma = storm.track(QStringLiteral("CMA"));
    if (cma) {
        SituationLayer layer;
        layer.id = QStringLiteral("typhoon_track");
        layer.agency = cma->agency;
        layer.format = cma->format;
        layer.data = analysis::trackFeatures(*cma);
        layer.sourceNote = sourceOf(*cma);
        layer.dataDate = cma->points.back().time;
        cyclone.layers.append(std::move(layer));
    }
    // The wind circles of CMA's real-time record and of JTWC, where their last fix gives radii.
    for (const QString &agency : {QStringLiteral("CMA"), QStringLiteral("JTWC")}) {
        const feeds::TyphoonTrack *track = agency == QLatin1String("CMA") ? storm.track(agency, QStringLiteral("温州")) : storm.track(agency);
        if (track && !track->points.back().radii.empty())
            cyclone.layers.append(windCircles(*track));
    }
    for (const feeds::TyphoonTrack &track : storm.tracks) {
        if (track.forecasts.empty())
            continue;
        SituationLayer layer;
        layer.id = QStringLiteral("forecasts");
        layer.agency = track.agency;
        layer.format = track.format;
        layer.data = analysis::forecastFeatures(track);
        layer.sourceNote = track.format;
        layer.dataDate = track.forecasts.front().issued;
        cyclone.layers.append(std::move(layer));
    }

    // Its last 12 hours of track and 150 km around the last fix ...
    const feeds::TrackPoint &fix = cyclone.lastFix();
    GeoBox &box = cyclone.extent;
    for (double bearing : {0.0, 90.0, 180.0, 270.0}) {
        const GeoPoint edge = destination(fix.position, bearing, 150.0);
        box.extend(edge.lon, edge.lat);
    }
    if (cma)
        for (const feeds::TrackPoint &point : cma->points)
            if (point.time.secsTo(fix.time) <= 12 * 3600)
                box.extend(point.position.lon, point.position.lat);
    // ... and where the agencies say it is going, with room for the cone.
    for (const feeds::TyphoonTrack &track : storm.tracks)
        for (const feeds::ForecastTrack &forecast : track.forecasts)
            for (const feeds::TrackPoint &point : forecast.points) {
                const double radius = analysis::coneRadiusKm(forecast.issued.secsTo(point.time) / 3600.0) + 30.0;
                for (double bearing : {0.0, 90.0, 180.0, 270.0}) {
                    const GeoPoint edge = destination(point.position, bearing, radius);
                    box.extend(edge.lon, edge.lat);
                }
            }
}

} // namespace

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
        addMapLayers(cyclone);
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

Result<CyclonesPart> buildCyclonesPart(store::Database &database, const QDateTime &at, const SituationInputs &inputs)
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

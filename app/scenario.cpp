// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "scenario.h"

#include "scenariosupport.h"

#include "analysis/activestorms.h"
#include "analysis/typhoongeometry.h"
#include "core/timeformat.h"
#include "gis/coordinatetransform.h"
#include "gis/maptheme.h"
#include "gis/vectorlayer.h"
#include "incidents/warningregistry.h"

#include <QCoreApplication>

namespace lookout::app {

namespace {

QString stateText(incidents::WarningState state)
{
    switch (state) {
    case incidents::WarningState::Live: return QCoreApplication::translate("Scenario", "in force");
    case incidents::WarningState::Pending: return QCoreApplication::translate("Scenario", "not yet in force");
    case incidents::WarningState::Expired: return QCoreApplication::translate("Scenario", "expired");
    case incidents::WarningState::Cancelled: return QCoreApplication::translate("Scenario", "cancelled");
    case incidents::WarningState::AllClear: return QCoreApplication::translate("Scenario", "all clear");
    }
    return {};
}

// The entry's areas (polygons, and circles as polygons) as lon,lat rings.
std::vector<std::vector<GeoPoint>> areaRings(const incidents::WarningEntry &entry, const QString &language)
{
    const feeds::CapInfo *info = entry.head.alert.infoFor(language);
    return info ? feeds::areaRings(*info) : std::vector<std::vector<GeoPoint>>();
}

bool intersects(const std::vector<std::vector<GeoPoint>> &rings, const GeoBox &box)
{
    for (const auto &ring : rings) {
        GeoBox bounds;
        for (const GeoPoint &point : ring)
            bounds.extend(point.lon, point.lat);
        if (bounds.intersects(box))
            return true;
    }
    return false;
}

gis::VectorData warningAreas(const QList<incidents::WarningEntry> &entries, const QString &language, const GeoBox &aoi,
                             const QDateTime &at, QDateTime *latest)
{
    gis::VectorData data;
    data.layerName = QStringLiteral("warnings");
    data.crs = gis::kWgs84;
    data.fieldNames = {QStringLiteral("style"), QStringLiteral("label")};
    for (const incidents::WarningEntry &entry : entries) {
        auto rings = areaRings(entry, language);
        if (!intersects(rings, aoi))
            continue;
        const bool current = entry.state == incidents::WarningState::Live || entry.state == incidents::WarningState::Pending;
        if (!current && entry.head.alert.sent.secsTo(at) > 24 * 3600)
            continue;  // ended more than a day ago: history for the desk, not the map
        const QString level = incidents::levelName(entry.level);
        const QString style = !current ? QStringLiteral("ended") : entry.isActual() ? level : level + QStringLiteral("-marked");
        const feeds::CapInfo *info = entry.head.alert.infoFor(language);
        gis::VectorFeature feature;
        feature.id = qint64(data.features.size());
        feature.kind = gis::GeometryKind::Polygon;
        feature.parts = std::move(rings);
        feature.polygonRingCounts.assign(feature.parts.size(), 1);
        for (const auto &ring : feature.parts)
            for (const GeoPoint &point : ring)
                feature.bounds.extend(point.lon, point.lat);
        feature.labelPoint = gis::labelPointFor(feature);
        const QString status = entry.isActual() ? QString() : QStringLiteral("[%1] ").arg(feeds::toString(entry.head.alert.status).toUpper());
        const QString label = status + (info ? info->event : QString())
                              + (current ? QString() : QStringLiteral(" (%1)").arg(stateText(entry.state)));
        feature.attributes.insert(QStringLiteral("style"), style);
        feature.attributes.insert(QStringLiteral("label"), label);
        data.features.push_back(std::move(feature));
        if (!latest->isValid() || entry.head.alert.sent > *latest)
            *latest = entry.head.alert.sent;
    }
    data.recomputeBounds();
    return data;
}

} // namespace

void presentWarnings(const situation::Situation &situation, const ScenarioOptions &options, qml::AppController &controller)
{
    const situation::WarningsPart &part = situation.warnings;
    // The wall: what is current on this map (the rest is counted); the desk: everything received,
    // to be filtered by level, state and area.
    const bool wall = controller.view() == QLatin1String("wall");
    const GeoBox aoi = areaOfInterest(controller.homeExtent());
    controller.warnings()->setEntries(part.all, situation.at, options.language, [&](const incidents::WarningEntry &entry) {
        return !wall || intersects(areaRings(entry, options.language), aoi);
    }, wall);
    const auto [text, state] = sourceLine(options, part.source,
                                          QCoreApplication::translate("Scenario", "Replay: the warning registry as known at %1 (%n message(s) kept by then)")
                                              .replace(QStringLiteral("%n"), QString::number(part.messagesKept))
                                              .arg(formatLocal(situation.at)));
    controller.warnings()->setSource(text, state);
    QDateTime latest;
    gis::VectorData areas = warningAreas(part.all, options.language, aoi, situation.at, &latest);
    addLayer(*controller.layers(), QStringLiteral("warnings"), QCoreApplication::translate("Scenario", "Warning areas (CAP)"),
             std::move(areas), gis::warningAreaStyles(),
             QCoreApplication::translate("Scenario", "warning registry: %n message(s)").replace(QStringLiteral("%n"), QString::number(part.messagesKept)),
             latest);
}

void presentCyclones(const situation::Situation &situation, const ScenarioOptions &options, qml::AppController &controller)
{
    const QRectF home = options.homeExtent.isValid() ? options.homeExtent : controller.homeExtent();
    const situation::CyclonesPart &part = situation.cyclones;
    const situation::CycloneSituation *cyclone = part.storms.isEmpty() ? nullptr : &part.storms.front();
    controller.typhoon()->setStorm(cyclone, situation.at);
    const analysis::StormView *storm = cyclone ? &cyclone->view : nullptr;
    const auto [text, state] = sourceLine(options, part.source,
                                          QCoreApplication::translate("Scenario", "Replay: tracks as known at %1").arg(formatLocal(situation.at)));
    controller.typhoon()->setSource(text, state);
    if (!storm)
        return;

    // The track coloured by grade: CMA's best track where there is one, else its real-time record.
    const feeds::TyphoonTrack *cma = storm->track(QStringLiteral("CMA"), QStringLiteral("CMA best"));
    if (!cma)
        cma = storm->track(QStringLiteral("CMA"));
    const feeds::TyphoonTrack *realtime = storm->track(QStringLiteral("CMA"), QStringLiteral("温州"));
    const feeds::TyphoonTrack *jtwc = storm->track(QStringLiteral("JTWC"));
    const QString name = storm->localName.isEmpty() ? storm->name : storm->localName + QLatin1Char(' ') + storm->name;
    if (cma)
        addLayer(*controller.layers(), QStringLiteral("typhoon_track"), QCoreApplication::translate("Scenario", "%1 track (%2, by grade)").arg(name, cma->format),
                 analysis::trackFeatures(*cma), gis::typhoonTrackStyles(), cma->format + QStringLiteral(" ") + cma->stormId,
                 cma->points.back().time);
    for (const feeds::TyphoonTrack *track : {realtime, jtwc}) {
        if (!track || track->points.back().radii.empty())
            continue;
        addLayer(*controller.layers(), QStringLiteral("wind_circles_") + track->agency.toLower(),
                 QCoreApplication::translate("Scenario", "%1 wind radii (%2)").arg(name, track->agency), analysis::windCircleFeatures(*track, track->points.back()),
                 gis::windCircleStyles(), track->format + QStringLiteral(" ") + track->stormId, track->points.back().time);
    }
    // Bring the storm into the picture: its last 12 hours of track and 150 km around the last fix.
    if (const feeds::TrackPoint *fix = storm->latestFix()) {
        GeoBox box = GeoBox::fromCorners(home.left(), home.top(), home.right(), home.bottom());
        for (double bearing : {0.0, 90.0, 180.0, 270.0}) {
            const GeoPoint edge = destination(fix->position, bearing, 150.0);
            box.extend(edge.lon, edge.lat);
        }
        if (cma)
            for (const feeds::TrackPoint &point : cma->points)
                if (point.time.secsTo(fix->time) <= 12 * 3600)
                    box.extend(point.position.lon, point.position.lat);
        // and where the agencies say it is going, with room for the cone
        for (const feeds::TyphoonTrack &track : storm->tracks)
            for (const feeds::ForecastTrack &forecast : track.forecasts)
                for (const feeds::TrackPoint &point : forecast.points) {
                    const double radius = analysis::coneRadiusKm(forecast.issued.secsTo(point.time) / 3600.0) + 30.0;
                    for (double bearing : {0.0, 90.0, 180.0, 270.0}) {
                        const GeoPoint edge = destination(point.position, bearing, radius);
                        box.extend(edge.lon, edge.lat);
                    }
                }
        controller.setHomeExtent(QRectF(box.xMin, box.yMin, box.width(), box.height()));
    }
    for (const feeds::TyphoonTrack &track : storm->tracks)
        if (!track.forecasts.empty())
            addLayer(*controller.layers(), QStringLiteral("forecasts"), QCoreApplication::translate("Scenario", "%1 forecasts and cones").arg(name),
                     analysis::forecastFeatures(track), gis::forecastStyles(), track.format, track.forecasts.front().issued);
}

QStringList unacknowledgedWarnings(const situation::WarningsPart &warnings, const QString &language)
{
    QStringList lines;
    for (const incidents::WarningEntry &entry : warnings.current) {
        if (!entry.countsAsLive() || entry.acknowledgement)
            continue;
        const feeds::CapAlert &alert = entry.head.alert;
        const feeds::CapInfo *info = alert.infoFor(language);
        lines.append(QStringLiteral("%1 %2 — %3, sent %4 (%5)")
                         .arg(incidents::levelName(entry.level).toUpper(), info ? info->event : alert.identifier,
                              info && !info->areas.isEmpty() ? info->areas.first().areaDesc.simplified() : QString(),
                              formatLocal(alert.sent), alert.sender));
    }
    return lines;
}

void presentSituation(const situation::Situation &situation, const ScenarioOptions &options, qml::AppController &controller)
{
    controller.layers()->removeLayersWithRoles({QStringLiteral("warnings"), QStringLiteral("typhoon_track"),
                                                QStringLiteral("wind_circles_cma"), QStringLiteral("wind_circles_jtwc"),
                                                QStringLiteral("forecasts"), QStringLiteral("stations"), QStringLiteral("hotspots"),
                                                QStringLiteral("fire_events"), QStringLiteral("rainfall"), QStringLiteral("fire_danger"),
                                                QStringLiteral("incidents"), QStringLiteral("checks")});
    controller.layers()->setReferenceTime(situation.at);
    if (options.homeExtent.isValid())
        controller.setHomeExtent(options.homeExtent);
    presentWarnings(situation, options, controller);
    presentCyclones(situation, options, controller);
    presentWater(situation, options, controller);
    presentFire(situation, options, controller);
    presentRainfall(situation, options, controller);
    // Last: its layers draw above the monitoring layers.
    presentIncidents(situation, options, controller);
}

} // namespace lookout::app

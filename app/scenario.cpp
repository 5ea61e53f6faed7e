// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "scenario.h"

#include "typhooncard.h"
#include "windwords.h"

#include "scenariosupport.h"

#include "core/timeformat.h"
#include "gis/coordinatetransform.h"
#include "situation/mapstyles.h"
#include "gis/vectorlayer.h"
#include "incidents/warningregistry.h"

#include <QCoreApplication>

namespace lookout::app {

namespace {

// A wind circle's label in the interface's language, from the parts the analysis gives.
gis::VectorData localWindCircles(gis::VectorData data)
{
    for (gis::VectorFeature &feature : data.features) {
        const QVariantMap &a = feature.attributes;
        const QString label = qml::windRadiiWords(
            a.value(QStringLiteral("agency")).toString(), a.value(QStringLiteral("threshold")).toString(), a.value(QStringLiteral("wind")).toDouble(),
            a.value(QStringLiteral("wind_unit")).toString() == QLatin1String("kt") ? feeds::WindUnit::Knots : feeds::WindUnit::MetresPerSecond,
            a.value(QStringLiteral("minutes")).toInt(),
            a.value(QStringLiteral("distance_unit")).toString() == QLatin1String("n mi") ? feeds::DistanceUnit::NauticalMiles : feeds::DistanceUnit::Kilometres);
        feature.attributes.insert(QStringLiteral("label"), label);
    }
    return data;
}

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

gis::VectorData warningAreas(const QList<incidents::WarningEntry> &entries, const QString &language, const GeoBox &aoi,
                             const QDateTime &at, QDateTime *latest)
{
    gis::VectorData data;
    data.layerName = QStringLiteral("warnings");
    data.crs = gis::kWgs84;
    data.fieldNames = {QStringLiteral("style"), QStringLiteral("label")};
    for (const incidents::WarningEntry &entry : entries) {
        auto rings = warningRings(entry, language);
        if (!ringsIntersect(rings, aoi))
            continue;
        const bool current = entry.state == incidents::WarningState::Live || entry.state == incidents::WarningState::Pending;
        if (!current && entry.head.alert.sent.secsTo(at) > 24 * 3600)
            continue;  // ended more than a day ago: history for the desk, not the map
        const QString style = situation::warningAreaStyleKey(entry.level, entry.isActual(), current);
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
        return !wall || ringsIntersect(warningRings(entry, options.language), aoi);
    }, wall);
    const auto [text, state] = sourceLine(options, part.source,
                                          QCoreApplication::translate("Scenario", "Replay: the warning registry as known at %1 (%n message(s) kept by then)")
                                              .replace(QStringLiteral("%n"), QString::number(part.messagesKept))
                                              .arg(formatLocal(situation.at)));
    controller.warnings()->setSource(text, state);
    QDateTime latest;
    gis::VectorData areas = warningAreas(part.all, options.language, aoi, situation.at, &latest);
    addLayer(*controller.layers(), QStringLiteral("warnings"), QCoreApplication::translate("Scenario", "Warning areas (CAP)"),
             std::move(areas), situation::warningAreaStyles(),
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

    const QString name = storm->localName.isEmpty() ? storm->name : storm->localName + QLatin1Char(' ') + storm->name;
    for (const situation::SituationLayer &layer : cyclone->layers) {
        QString title;
        if (layer.id == QLatin1String("typhoon_track"))
            title = QCoreApplication::translate("Scenario", "%1 track (%2, by grade)").arg(name, qml::TyphoonCard::recordName(layer.format, layer.format));
        else if (layer.id == QLatin1String("forecasts"))
            title = QCoreApplication::translate("Scenario", "%1 forecasts and cones").arg(name);
        else
            title = QCoreApplication::translate("Scenario", "%1 wind radii (%2)").arg(name, layer.agency);
        const gis::CategorizedStyle styles = layer.id == QLatin1String("typhoon_track") ? situation::typhoonTrackStyles()
                                             : layer.id == QLatin1String("forecasts")   ? situation::forecastStyles()
                                                                                         : situation::windCircleStyles();
        addLayer(*controller.layers(), layer.id, title, layer.id.startsWith(QLatin1String("wind_circles")) ? localWindCircles(layer.data) : layer.data,
                 styles, layer.sourceNote, layer.dataDate);
    }
    // Bring the storm into the picture.
    GeoBox box = GeoBox::fromCorners(home.left(), home.top(), home.right(), home.bottom());
    box.extend(cyclone->extent);
    controller.setHomeExtent(QRectF(box.xMin, box.yMin, box.width(), box.height()));
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
    const QStringList roles{QStringLiteral("warnings"),    QStringLiteral("typhoon_track"), QStringLiteral("wind_circles_cma"),
                            QStringLiteral("wind_circles_jtwc"), QStringLiteral("forecasts"), QStringLiteral("stations"),
                            QStringLiteral("hotspots"),    QStringLiteral("fire_events"),   QStringLiteral("rainfall"),
                            QStringLiteral("fire_danger"), QStringLiteral("incidents"),     QStringLiteral("checks"),
                            QStringLiteral("resources"),   QStringLiteral("dispatches")};
    // The layers this picture replaces: one that comes back unchanged keeps its object (and the
    // map its image of it).
    QList<std::shared_ptr<const gis::MapLayer>> previous;
    for (const QString &role : roles)
        previous += controller.layers()->layersWithRole(role);
    controller.layers()->removeLayersWithRoles(roles);
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
    presentPlans(situation, controller);
    presentResources(situation, controller);
    presentReports(situation, controller);
    presentWall(situation, options, controller);
    controller.layers()->keepUnchanged(previous);
}

} // namespace lookout::app

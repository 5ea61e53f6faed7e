// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The fire panels and layers: satellite hotspots of the last 24 hours on this map, clustered into
// fire events placed in their districts; and the fire-danger panel.
#include "scenariosupport.h"

#include "analysis/firedanger.h"
#include "analysis/fireevents.h"
#include "analysis/typhoongeometry.h"
#include "core/timeformat.h"
#include "gis/coordinatetransform.h"
#include "gis/maptheme.h"
#include "store/fireweatherstore.h"
#include "store/divisionstore.h"
#include "store/hotspotstore.h"

#include <QCoreApplication>

namespace lookout::app {

namespace {

constexpr qint64 kWindowSeconds = 24 * 3600;

QChar confidenceLetter(feeds::Hotspot::Confidence confidence)
{
    switch (confidence) {
    case feeds::Hotspot::Confidence::High: return QLatin1Char('h');
    case feeds::Hotspot::Confidence::Nominal: return QLatin1Char('n');
    case feeds::Hotspot::Confidence::Low: return QLatin1Char('l');
    }
    return QLatin1Char('n');
}

QString confidenceText(feeds::Hotspot::Confidence confidence)
{
    switch (confidence) {
    case feeds::Hotspot::Confidence::High: return QCoreApplication::translate("Scenario", "high confidence");
    case feeds::Hotspot::Confidence::Nominal: return QCoreApplication::translate("Scenario", "nominal confidence");
    case feeds::Hotspot::Confidence::Low: return QCoreApplication::translate("Scenario", "low confidence");
    }
    return {};
}

// Age classes of the map symbols: under 6 h, under 12 h, older.
int ageClass(const QDateTime &time, const QDateTime &at)
{
    const qint64 age = time.secsTo(at);
    return age < 6 * 3600 ? 0 : age < 12 * 3600 ? 1 : 2;
}

gis::VectorData hotspotFeatures(const QList<feeds::Hotspot> &hotspots, const QDateTime &at)
{
    gis::VectorData data;
    data.layerName = QStringLiteral("hotspots");
    data.crs = gis::kWgs84;
    data.fieldNames = {QStringLiteral("style")};
    for (const feeds::Hotspot &h : hotspots) {
        gis::VectorFeature feature;
        feature.id = qint64(data.features.size());
        feature.kind = gis::GeometryKind::Point;
        feature.parts = {{h.position}};
        feature.bounds.extend(h.position.lon, h.position.lat);
        feature.labelPoint = h.position;
        feature.attributes.insert(QStringLiteral("style"),
                                  QStringLiteral("%1-%2").arg(confidenceLetter(h.confidence)).arg(ageClass(h.time, at)));
        data.features.push_back(std::move(feature));
    }
    data.recomputeBounds();
    return data;
}

// Each event outlined by a circle around its detections: the farthest detection from the centre
// plus half a pixel footprint (the MODIS/VIIRS pixel the detection stands for).
gis::VectorData eventFeatures(const QList<analysis::FireEvent> &events, const QList<feeds::Hotspot> &hotspots)
{
    gis::VectorData data;
    data.layerName = QStringLiteral("fire_events");
    data.crs = gis::kWgs84;
    data.fieldNames = {QStringLiteral("style"), QStringLiteral("label")};
    for (int i = 0; i < events.size(); ++i) {
        const analysis::FireEvent &event = events.at(i);
        double radiusKm = 0;
        for (int index : event.hotspots) {
            const feeds::Hotspot &h = hotspots.at(index);
            radiusKm = std::max(radiusKm, haversineMetres(event.centre, h.position) / 1000.0 + std::max(h.scanKm, h.trackKm) / 2.0);
        }
        radiusKm = std::max(radiusKm, 3.0);  // visible at city scale
        std::vector<GeoPoint> ring;
        for (int step = 0; step <= 36; ++step)
            ring.push_back(destination(event.centre, 10.0 * (step % 36), radiusKm));
        gis::VectorFeature feature;
        feature.id = i;
        feature.kind = gis::GeometryKind::Polygon;
        feature.parts = {std::move(ring)};
        feature.polygonRingCounts = {1};
        for (const GeoPoint &point : feature.parts.front())
            feature.bounds.extend(point.lon, point.lat);
        feature.labelPoint = event.centre;
        feature.attributes.insert(QStringLiteral("style"), QStringLiteral("event"));
        const QString label = QCoreApplication::translate("Scenario", "Fire %1").arg(i + 1)
                              + (event.district.isEmpty() ? QString() : QStringLiteral(" · ") + event.district);
        feature.attributes.insert(QStringLiteral("label"), label);
        data.features.push_back(std::move(feature));
    }
    data.recomputeBounds();
    return data;
}

qml::MonitorRow eventRow(int number, const analysis::FireEvent &event, const QDateTime &at)
{
    qml::MonitorRow row;
    row.title = QCoreApplication::translate("Scenario", "Fire %1 · %2").arg(number)
                    .arg(event.district.isEmpty() ? QCoreApplication::translate("Scenario", "outside the bureau's districts") : event.district);
    row.value = QCoreApplication::translate("Scenario", "%n hotspot(s)").replace(QStringLiteral("%n"), QString::number(event.hotspots.size()));
    row.color = event.confidence == feeds::Hotspot::Confidence::High ? QColor(255, 70, 40)
                : event.confidence == feeds::Hotspot::Confidence::Nominal ? QColor(255, 150, 30) : QColor(230, 200, 90);
    row.muted = event.district.isEmpty();
    row.focus = QPointF(event.centre.lon, event.centre.lat);
    QStringList detail;
    detail << (event.first == event.last ? QCoreApplication::translate("Scenario", "seen %1").arg(formatLocal(event.first))
                                         : QCoreApplication::translate("Scenario", "%1 to %2").arg(formatLocal(event.first), formatLocal(event.last)));
    detail << QCoreApplication::translate("Scenario", "%1 ago").arg(formatAge(event.last.secsTo(at)));
    detail << confidenceText(event.confidence);
    if (event.maxFrp > 0)
        detail << QCoreApplication::translate("Scenario", "max FRP %1 MW").arg(event.maxFrp, 0, 'f', 1);
    detail << QStringLiteral("%1°N %2°E").arg(event.centre.lat, 0, 'f', 3).arg(event.centre.lon, 0, 'f', 3);
    row.detail = detail.join(QStringLiteral(" · "));
    row.cells = {QCoreApplication::translate("Scenario", "Fire %1").arg(number), event.district, QString::number(event.hotspots.size()),
                 formatLocal(event.first), formatLocal(event.last), QString::number(event.maxFrp, 'f', 1), confidenceText(event.confidence),
                 QStringLiteral("%1, %2").arg(event.centre.lat, 0, 'f', 4).arg(event.centre.lon, 0, 'f', 4)};
    return row;
}

QString dangerName(int dangerClass)
{
    switch (dangerClass) {
    case 1: return QCoreApplication::translate("Scenario", "class 1 low");
    case 2: return QCoreApplication::translate("Scenario", "class 2 moderate");
    case 3: return QCoreApplication::translate("Scenario", "class 3 high");
    case 4: return QCoreApplication::translate("Scenario", "class 4 very high");
    case 5: return QCoreApplication::translate("Scenario", "class 5 extreme");
    default: return QCoreApplication::translate("Scenario", "no station");
    }
}

QString signalName(analysis::FireDangerSignal signal)
{
    switch (signal) {
    case analysis::FireDangerSignal::Yellow: return QCoreApplication::translate("Scenario", "YELLOW fire-danger signal");
    case analysis::FireDangerSignal::Orange: return QCoreApplication::translate("Scenario", "ORANGE fire-danger signal");
    case analysis::FireDangerSignal::Red: return QCoreApplication::translate("Scenario", "RED fire-danger signal");
    case analysis::FireDangerSignal::None: break;
    }
    return {};
}

// Today's fire danger by district from the stations' daily noon weather: the panel, the desk
// table and the districts shaded by class. Readings older than yesterday are stale.
Result<void> loadFireDanger(store::Workspace &workspace, const ScenarioOptions &options, qml::AppController &controller)
{
    const QDate today = options.at.toTimeZone(displayZone()).date();
    // A season's worth of days carries DMC and DC (slow codes) properly.
    auto days = store::FireWeatherStore(workspace.database()).between(today.addDays(-120), today);
    if (!days)
        return days.error();
    if (days->isEmpty()) {
        // A blank panel must not read as "low danger".
        controller.fireDanger()->setRows({}, QString(), QString());
        controller.fireDanger()->setSource(
            QCoreApplication::translate("Scenario", "No fire-weather station data in this workspace: the FWI needs daily noon weather per district"),
            QStringLiteral("nodata"));
        return {};
    }
    const QList<analysis::StationDanger> stations = analysis::stationDanger(*days, today);
    const gis::VectorData districts = focusDistricts(*controller.layers());
    QList<analysis::DistrictDanger> byDistrict = analysis::districtDanger(stations, districts, QStringLiteral("name"));
    std::stable_sort(byDistrict.begin(), byDistrict.end(), [](const auto &a, const auto &b) {
        return a.dangerClass != b.dangerClass ? a.dangerClass > b.dangerClass : a.fwi > b.fwi;
    });
    QList<qml::MonitorRow> rows;
    QDate latest;
    int stale = 0;
    gis::VectorData shaded;
    shaded.layerName = QStringLiteral("fire_danger");
    shaded.crs = gis::kWgs84;
    shaded.fieldNames = {QStringLiteral("class")};
    for (const analysis::DistrictDanger &d : byDistrict) {
        qml::MonitorRow row;
        row.title = d.district;
        const bool old = d.dangerClass > 0 && d.date.daysTo(today) > 1;
        stale += old ? 1 : 0;
        row.value = d.dangerClass > 0 ? dangerName(d.dangerClass) : dangerName(0);
        row.color = gis::fireDangerColor(d.dangerClass);
        row.muted = d.dangerClass == 0 || old;
        QStringList detail;
        if (d.dangerClass > 0) {
            detail << QStringLiteral("FWI %1").arg(d.fwi, 0, 'f', 1);
            const QString signal = signalName(analysis::fireDangerSignal(d.dangerClass));
            if (!signal.isEmpty())
                detail << signal;
            detail << (d.nearest ? QCoreApplication::translate("Scenario", "nearest station outside the district")
                                 : QCoreApplication::translate("Scenario", "%1 station(s) inside").arg(d.stations));
            detail << (old ? QCoreApplication::translate("Scenario", "STALE: weather of %1").arg(d.date.toString(Qt::ISODate))
                           : QCoreApplication::translate("Scenario", "weather of %1").arg(d.date.toString(Qt::ISODate)));
            if (!latest.isValid() || d.date > latest)
                latest = d.date;
        } else {
            detail << QCoreApplication::translate("Scenario", "no fire-weather station within 30 km: unknown, not low");
        }
        row.detail = detail.join(QStringLiteral(" · "));
        row.cells = {d.district, row.value, d.dangerClass > 0 ? QString::number(d.fwi, 'f', 1) : QStringLiteral("—")};
        rows.append(row);
        if (d.dangerClass > 0 && !old)
            for (const gis::VectorFeature &feature : districts.features)
                if (feature.text(QStringLiteral("name")) == d.district) {
                    gis::VectorFeature copy = feature;
                    copy.attributes = {{QStringLiteral("class"), QString::number(d.dangerClass)}};
                    shaded.features.push_back(std::move(copy));
                }
    }
    shaded.recomputeBounds();
    QString summary = QCoreApplication::translate("Scenario", "%1 fire-weather stations · FWI system (Van Wagner 1987), classes from FWI")
                          .arg(stations.size());
    if (stale > 0)
        summary += QCoreApplication::translate("Scenario", " · %1 STALE").arg(stale);
    controller.fireDanger()->setColumns({QCoreApplication::translate("Scenario", "District"), QCoreApplication::translate("Scenario", "Class"),
                                         QStringLiteral("FWI")});
    controller.fireDanger()->setRows(rows, summary, QCoreApplication::translate("Scenario", "No district in this workspace"));
    const auto [text, state] = sourceLine(options, {feeds::FeedKind::FireWeather},
                                          QCoreApplication::translate("Scenario", "Replay: fire weather as known on %1 · latest day %2")
                                              .arg(today.toString(Qt::ISODate), latest.isValid() ? latest.toString(Qt::ISODate) : QStringLiteral("—")));
    controller.fireDanger()->setSource(text, state);
    addLayer(*controller.layers(), QStringLiteral("fire_danger"), QCoreApplication::translate("Scenario", "Fire danger by district (FWI class)"),
             std::move(shaded), gis::fireDangerStyles(), QStringLiteral("FWI"),
             latest.isValid() ? QDateTime(latest, QTime(12, 0), displayZone()).toUTC() : QDateTime());
    return {};
}

} // namespace

Result<void> loadFire(store::Workspace &workspace, const ScenarioOptions &options, qml::AppController &controller)
{
    auto stored = store::HotspotStore(workspace.database()).between(options.at.addSecs(-kWindowSeconds), options.at);
    if (!stored)
        return stored.error();
    const GeoBox aoi = areaOfInterest(controller.homeExtent());
    QList<feeds::Hotspot> onMap;
    QDateTime latest;
    for (const feeds::Hotspot &h : *stored) {
        if (!latest.isValid() || h.time > latest)
            latest = h.time;
        if (aoi.contains(h.position.lon, h.position.lat))
            onMap.append(h);
    }
    analysis::FireEventResult clustered = analysis::clusterHotspots(onMap);
    analysis::assignDistricts(clustered.events, onMap, focusDistricts(*controller.layers()), QStringLiteral("name"));
    // The bureau's own fires first, newest first within each group; numbered in that order on
    // the panel and the map.
    std::stable_sort(clustered.events.begin(), clustered.events.end(), [](const analysis::FireEvent &a, const analysis::FireEvent &b) {
        return !a.district.isEmpty() && b.district.isEmpty();
    });
    QList<qml::MonitorRow> rows;
    int inDistricts = 0;
    for (int i = 0; i < clustered.events.size(); ++i) {
        rows.append(eventRow(i + 1, clustered.events.at(i), options.at));
        inDistricts += clustered.events.at(i).district.isEmpty() ? 0 : 1;
    }
    int high = 0;
    for (const feeds::Hotspot &h : onMap)
        high += h.confidence == feeds::Hotspot::Confidence::High ? 1 : 0;
    QString summary;
    if (!stored->isEmpty())
        summary = QCoreApplication::translate("Scenario", "Last 24 h: %1 hotspots on this map (%2 high confidence, %3 in the whole feed) · "
                                                          "%4 fire events, %5 in the bureau's districts")
                      .arg(onMap.size()).arg(high).arg(stored->size()).arg(clustered.events.size()).arg(inDistricts);
    if (clustered.staticSourcesDropped > 0)
        summary += QCoreApplication::translate("Scenario", " · %1 static industrial sources left out").arg(clustered.staticSourcesDropped);
    controller.fire()->setColumns({QCoreApplication::translate("Scenario", "Event"), QCoreApplication::translate("Scenario", "District"),
                                   QCoreApplication::translate("Scenario", "Hotspots"), QCoreApplication::translate("Scenario", "First seen"),
                                   QCoreApplication::translate("Scenario", "Last seen"), QCoreApplication::translate("Scenario", "Max FRP (MW)"),
                                   QCoreApplication::translate("Scenario", "Confidence"), QCoreApplication::translate("Scenario", "Lat, lon")});
    controller.fire()->setRows(rows, summary, QCoreApplication::translate("Scenario", "No hotspot on this map in the last 24 h"));
    const auto [text, state] = sourceLine(
        options, {feeds::FeedKind::Hotspots},
        latest.isValid() ? QCoreApplication::translate("Scenario", "Replay: FIRMS hotspots as known at %1 · latest detection %2 (%3 old)")
                               .arg(formatLocal(options.at), formatLocal(latest), formatAge(latest.secsTo(options.at)))
                         : QCoreApplication::translate("Scenario", "Replay: no FIRMS detection in the 24 h before %1").arg(formatLocal(options.at)));
    controller.fire()->setSource(text, state);
    // The bureau's own events, for the duty desk to send for checking (核查).
    // No town boundaries exist: each event offers the towns of its district to choose from.
    QList<incidents::CheckedEvent> checkable;
    QStringList labels;
    QList<QList<AreaRef>> towns;
    const store::DivisionStore divisions(workspace.database());
    for (int i = 0; i < clustered.events.size(); ++i) {
        const analysis::FireEvent &event = clustered.events.at(i);
        if (event.district.isEmpty())
            continue;
        const auto district = divisions.resolve(event.district, DivisionLevel::District);
        const QString code = district ? district->code : QString();
        checkable.append({event.centre, event.district, code, event.first, event.last, int(event.hotspots.size()), event.maxFrp});
        labels.append(rows.at(i).title);
        QList<AreaRef> choices;
        if (!code.isEmpty())
            if (auto children = divisions.children(code))
                for (const Division &town : *children)
                    choices.append(AreaRef{town.code, town.name});
        towns.append(choices);
    }
    controller.incidentDesk()->setFireEvents(checkable, labels, towns);
    // Under the events and hotspots: the districts shaded by today's danger.
    if (auto danger = loadFireDanger(workspace, options, controller); !danger)
        return danger.error();
    addLayer(*controller.layers(), QStringLiteral("fire_events"), QCoreApplication::translate("Scenario", "Fire events (clustered hotspots)"),
             eventFeatures(clustered.events, onMap), gis::fireEventStyles(), QStringLiteral("NASA FIRMS"), latest);
    addLayer(*controller.layers(), QStringLiteral("hotspots"), QCoreApplication::translate("Scenario", "Hotspots, last 24 h (by confidence and age)"),
             hotspotFeatures(onMap, options.at), gis::hotspotStyles(), QStringLiteral("NASA FIRMS MODIS/VIIRS"), latest);

    return {};
}

} // namespace lookout::app

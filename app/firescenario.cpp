// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The fire panels and layers: satellite hotspots of the last 24 hours on this map, clustered into
// fire events placed in their districts; and the fire-danger panel.
#include "scenariosupport.h"

#include "core/timeformat.h"
#include "gis/coordinatetransform.h"
#include "situation/mapstyles.h"
#include "situation/situation.h"

#include <QCoreApplication>

namespace lookout::app {

namespace {

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

// Today's fire danger by district: the panel, the desk table and the districts shaded by class.
void presentFireDanger(const situation::Situation &situation, const ScenarioOptions &options, qml::AppController &controller)
{
    const situation::FireDangerPart &part = situation.fireDanger;
    if (part.state == situation::DataState::NoData) {
        // A blank panel must not read as "low danger".
        controller.fireDanger()->setAttention(0);
        controller.fireDanger()->setRows({}, QString(), QString());
        controller.fireDanger()->setSource(
            QCoreApplication::translate("Scenario", "No fire-weather station data in this workspace: the FWI needs daily noon weather per district"),
            QStringLiteral("nodata"));
        return;
    }
    const gis::VectorData districts = focusDistricts(*controller.layers());
    QList<qml::MonitorRow> rows;
    QDate latest;
    gis::VectorData shaded;
    shaded.layerName = QStringLiteral("fire_danger");
    shaded.crs = gis::kWgs84;
    shaded.fieldNames = {QStringLiteral("class")};
    for (const analysis::DistrictDanger &d : part.districts) {
        qml::MonitorRow row;
        row.title = d.district;
        const bool old = part.isStale(d);
        row.value = d.dangerClass > 0 ? dangerName(d.dangerClass) : dangerName(0);
        row.color = situation::fireDangerColor(d.dangerClass);
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
                          .arg(part.stations);
    if (part.stale > 0)
        summary += QCoreApplication::translate("Scenario", " · %1 STALE").arg(part.stale);
    controller.fireDanger()->setColumns({QCoreApplication::translate("Scenario", "District"), QCoreApplication::translate("Scenario", "Class"),
                                         QStringLiteral("FWI")});
    int atSignal = 0;
    for (const analysis::DistrictDanger &d : part.districts)
        atSignal += analysis::fireDangerSignal(d.dangerClass) != analysis::FireDangerSignal::None && !part.isStale(d) ? 1 : 0;
    controller.fireDanger()->setAttention(atSignal);
    controller.fireDanger()->setRows(rows, summary, QCoreApplication::translate("Scenario", "No district in this workspace"));
    const auto [text, state] = sourceLine(options, part.source,
                                          QCoreApplication::translate("Scenario", "Replay: fire weather as known on %1 · latest day %2")
                                              .arg(part.day.toString(Qt::ISODate), latest.isValid() ? latest.toString(Qt::ISODate) : QStringLiteral("—")));
    controller.fireDanger()->setSource(text, state);
    addLayer(*controller.layers(), QStringLiteral("fire_danger"), QCoreApplication::translate("Scenario", "Fire danger by district (FWI class)"),
             std::move(shaded), situation::fireDangerStyles(), QStringLiteral("FWI"),
             latest.isValid() ? QDateTime(latest, QTime(12, 0), displayZone()).toUTC() : QDateTime());
}

} // namespace

void presentFire(const situation::Situation &situation, const ScenarioOptions &options, qml::AppController &controller)
{
    const situation::FirePart &part = situation.fire;
    const QList<feeds::Hotspot> &onMap = part.hotspots;
    const QDateTime latest = part.source.newest;
    QList<analysis::FireEvent> events;
    for (const situation::FireEventSituation &fire : part.events)
        events.append(fire.event);
    QList<qml::MonitorRow> rows;
    for (int i = 0; i < events.size(); ++i)
        rows.append(eventRow(i + 1, events.at(i), situation.at));
    QString summary;
    if (part.inFeed > 0)
        summary = QCoreApplication::translate("Scenario", "Last 24 h: %1 hotspots on this map (%2 high confidence, %3 in the whole feed) · "
                                                          "%4 fire events, %5 in the bureau's districts")
                      .arg(onMap.size()).arg(part.highConfidence).arg(part.inFeed).arg(events.size()).arg(part.inDistricts);
    if (part.staticSourcesDropped > 0)
        summary += QCoreApplication::translate("Scenario", " · %1 static industrial sources left out").arg(part.staticSourcesDropped);
    controller.fire()->setColumns({QCoreApplication::translate("Scenario", "Event"), QCoreApplication::translate("Scenario", "District"),
                                   QCoreApplication::translate("Scenario", "Hotspots"), QCoreApplication::translate("Scenario", "First seen"),
                                   QCoreApplication::translate("Scenario", "Last seen"), QCoreApplication::translate("Scenario", "Max FRP (MW)"),
                                   QCoreApplication::translate("Scenario", "Confidence"), QCoreApplication::translate("Scenario", "Lat, lon")});
    controller.fire()->setAttention(part.inDistricts);
    controller.fire()->setRows(rows, summary, QCoreApplication::translate("Scenario", "No hotspot on this map in the last 24 h"));
    const auto [text, state] = sourceLine(
        options, part.source,
        latest.isValid() ? QCoreApplication::translate("Scenario", "Replay: FIRMS hotspots as known at %1 · latest detection %2 (%3 old)")
                               .arg(formatLocal(situation.at), formatLocal(latest), formatAge(latest.secsTo(situation.at)))
                         : QCoreApplication::translate("Scenario", "Replay: no FIRMS detection in the 24 h before %1").arg(formatLocal(situation.at)));
    controller.fire()->setSource(text, state);
    // The bureau's own events, for the duty desk to send for checking (核查).
    // No town boundaries exist: each event offers the towns of its district to choose from.
    QList<incidents::CheckedEvent> checkable;
    QStringList labels;
    QList<QList<AreaRef>> towns;
    for (int i = 0; i < part.events.size(); ++i) {
        const situation::FireEventSituation &fire = part.events.at(i);
        const analysis::FireEvent &event = fire.event;
        if (event.district.isEmpty())
            continue;
        checkable.append({event.centre, event.district, fire.districtCode, event.first, event.last, int(event.hotspots.size()), event.maxFrp});
        labels.append(rows.at(i).title);
        towns.append(fire.towns);
    }
    controller.incidentDesk()->setFireEvents(checkable, labels, towns);
    // Under the events and hotspots: the districts shaded by today's danger.
    presentFireDanger(situation, options, controller);
    addLayer(*controller.layers(), QStringLiteral("fire_events"), QCoreApplication::translate("Scenario", "Fire events (clustered hotspots)"),
             eventFeatures(events, onMap), situation::fireEventStyles(), QStringLiteral("NASA FIRMS"), latest);
    addLayer(*controller.layers(), QStringLiteral("hotspots"), QCoreApplication::translate("Scenario", "Hotspots, last 24 h (by confidence and age)"),
             hotspotFeatures(onMap, situation.at), situation::hotspotStyles(), QStringLiteral("NASA FIRMS MODIS/VIIRS"), latest);
}

} // namespace lookout::app

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "situation/situationjson.h"

#include "situation/firesituation.h"
#include "situation/rainsituation.h"
#include "situation/stationsituation.h"

#include <QJsonArray>

#include <cmath>

namespace lookout::situation {

namespace {

QString time(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODate) : QString();
}

double metres(double value)
{
    return std::round(value * 100.0) / 100.0;
}

void insert(QJsonObject &object, const char *key, const std::optional<double> &value)
{
    if (value)
        object.insert(QLatin1String(key), metres(*value));
}

void insert(QJsonObject &object, const char *key, const QDateTime &value)
{
    if (value.isValid())
        object.insert(QLatin1String(key), time(value));
}

QString stateKey(DataState state)
{
    switch (state) {
    case DataState::NoData: return QStringLiteral("no-data");
    case DataState::NothingToReport: return QStringLiteral("nothing-to-report");
    case DataState::Reported: return QStringLiteral("reported");
    }
    return {};
}

QJsonObject sourceJson(const DataState state, const PartSource &source)
{
    QJsonObject object{{QStringLiteral("state"), stateKey(state)}, {QStringLiteral("sources"), QJsonArray::fromStringList(source.sources)}};
    insert(object, "newest", source.newest);
    return object;
}

QJsonObject stationJson(const StationSituation &station)
{
    QJsonObject object{{QStringLiteral("stcd"), station.stcd},
                       {QStringLiteral("name"), station.name},
                       {QStringLiteral("kind"), station.reservoir ? QStringLiteral("reservoir") : QStringLiteral("river")},
                       {QStringLiteral("status"), statusKey(station.level.status)},
                       {QStringLiteral("time"), time(station.level.time)},
                       {QStringLiteral("level"), metres(station.level.level)},
                       {QStringLiteral("stale"), station.stale}};
    if (!station.river.isEmpty())
        object.insert(QStringLiteral("river"), station.river);
    if (station.position)
        object.insert(QStringLiteral("position"), QJsonArray{station.position->lon, station.position->lat});
    insert(object, "warningLevel", station.warningLevel);
    insert(object, "guaranteedLevel", station.guaranteedLevel);
    insert(object, "floodLimit", station.floodLimit);
    insert(object, "overWarning", station.level.overWarning);
    insert(object, "overGuaranteed", station.level.overGuaranteed);
    insert(object, "overFloodLimit", station.level.overFloodLimit);
    insert(object, "rise1h", station.level.rise1h);
    insert(object, "rise3h", station.level.rise3h);
    insert(object, "firstOverWarning", station.level.firstOverWarning);
    insert(object, "firstOverGuaranteed", station.level.firstOverGuaranteed);
    insert(object, "firstOverFloodLimit", station.level.firstOverFloodLimit);
    return object;
}

QJsonObject warningJson(const incidents::WarningEntry &entry)
{
    const feeds::CapAlert &alert = entry.head.alert;
    QJsonObject object{{QStringLiteral("sender"), alert.sender},
                       {QStringLiteral("identifier"), alert.identifier},
                       {QStringLiteral("sent"), time(alert.sent)},
                       {QStringLiteral("status"), feeds::toString(alert.status)},
                       {QStringLiteral("msgType"), feeds::toString(alert.msgType)},
                       {QStringLiteral("actual"), entry.isActual()},
                       {QStringLiteral("state"), incidents::stateName(entry.state)},
                       {QStringLiteral("level"), incidents::levelName(entry.level)},
                       {QStringLiteral("severity"), feeds::toString(alert.severity())},
                       {QStringLiteral("chain"), int(entry.chain.size())}};
    insert(object, "expires", alert.expires());
    // The Chinese text where the message has one (the bureau's language), else its first.
    if (const feeds::CapInfo *info = alert.infoFor(QStringLiteral("zh-CN"))) {
        object.insert(QStringLiteral("language"), info->language);
        object.insert(QStringLiteral("event"), info->event);
        if (!info->headline.isEmpty())
            object.insert(QStringLiteral("headline"), info->headline);
        insert(object, "effective", info->effective);
        insert(object, "onset", info->onset);
        QJsonArray areas;
        for (const feeds::CapArea &area : info->areas) {
            QJsonObject a{{QStringLiteral("desc"), area.areaDesc},
                          {QStringLiteral("polygons"), int(area.polygons.size())},
                          {QStringLiteral("circles"), int(area.circles.size())}};
            QJsonArray geocodes;
            for (const feeds::CapValuePair &code : area.geocodes)
                geocodes.append(QJsonObject{{QStringLiteral("name"), code.valueName}, {QStringLiteral("value"), code.value}});
            if (!geocodes.isEmpty())
                a.insert(QStringLiteral("geocodes"), geocodes);
            areas.append(a);
        }
        object.insert(QStringLiteral("areas"), areas);
    }
    if (entry.acknowledgement)
        object.insert(QStringLiteral("acknowledged"), QJsonObject{{QStringLiteral("by"), entry.acknowledgement->acknowledgedBy},
                                                                  {QStringLiteral("seat"), entry.acknowledgement->seat},
                                                                  {QStringLiteral("at"), time(entry.acknowledgement->acknowledgedAt)}});
    return object;
}

double tenth(double value)
{
    return std::round(value * 10.0) / 10.0;
}

QJsonArray position(const GeoPoint &point)
{
    return QJsonArray{point.lon, point.lat};
}

QJsonObject windJson(const feeds::TyphoonTrack &track)
{
    const feeds::TrackPoint &fix = track.points.back();
    QJsonObject wind{{QStringLiteral("agency"), track.agency}, {QStringLiteral("format"), track.format}, {QStringLiteral("time"), time(fix.time)}};
    if (fix.maxWind) {
        wind.insert(QStringLiteral("value"), tenth(fix.maxWind->value));
        wind.insert(QStringLiteral("unit"), fix.maxWind->unit == feeds::WindUnit::Knots ? QStringLiteral("kt") : QStringLiteral("m/s"));
        wind.insert(QStringLiteral("averagingMinutes"), fix.maxWind->averagingMinutes);
    }
    if (fix.pressureHpa)
        wind.insert(QStringLiteral("pressureHpa"), tenth(*fix.pressureHpa));
    return wind;
}

QJsonObject cycloneJson(const CycloneSituation &storm)
{
    const feeds::TrackPoint &fix = storm.lastFix();
    QJsonObject last{{QStringLiteral("agency"), storm.main.agency},
                     {QStringLiteral("format"), storm.main.format},
                     {QStringLiteral("time"), time(fix.time)},
                     {QStringLiteral("position"), position(fix.position)},
                     {QStringLiteral("grade"), feeds::gradeCode(fix.grade)},
                     {QStringLiteral("agencyClass"), fix.agencyClass}};
    if (fix.pressureHpa)
        last.insert(QStringLiteral("pressureHpa"), tenth(*fix.pressureHpa));
    if (fix.moveDirectionDegrees && fix.moveSpeedKmh)
        last.insert(QStringLiteral("motion"), QJsonObject{{QStringLiteral("towardsDegrees"), tenth(*fix.moveDirectionDegrees)},
                                                         {QStringLiteral("kmh"), tenth(*fix.moveSpeedKmh)}});
    QJsonArray winds;  // each agency's own wind, unit and averaging: never converted into one
    for (const feeds::TyphoonTrack &track : storm.view.tracks)
        if (!track.points.empty())
            winds.append(windJson(track));
    QJsonArray radii;
    for (const feeds::WindRadii &r : fix.radii) {
        QJsonArray quadrants;
        for (int q = 0; q < 4; ++q) {
            const double km = r.quadrantKilometres(q);
            quadrants.append(std::isfinite(km) ? QJsonValue(tenth(km)) : QJsonValue());
        }
        radii.append(QJsonObject{{QStringLiteral("threshold"), r.label}, {QStringLiteral("quadrantsKm"), quadrants}});
    }
    QJsonArray forecasts;
    for (const feeds::TyphoonTrack &track : storm.view.tracks)
        for (const feeds::ForecastTrack &forecast : track.forecasts) {
            QJsonArray points;
            for (const feeds::TrackPoint &point : forecast.points)
                points.append(QJsonObject{{QStringLiteral("time"), time(point.time)}, {QStringLiteral("position"), position(point.position)}});
            forecasts.append(QJsonObject{{QStringLiteral("agency"), forecast.agency}, {QStringLiteral("issued"), time(forecast.issued)},
                                         {QStringLiteral("points"), points}});
        }
    QJsonArray exposure;
    for (const analysis::CircleExposure &circle : storm.exposure) {
        QJsonArray expected;
        for (const auto &[district, when] : circle.districtsExpected)
            expected.append(QJsonObject{{QStringLiteral("district"), district}, {QStringLiteral("from"), time(when)}});
        QJsonObject c{{QStringLiteral("threshold"), circle.threshold},
                      {QStringLiteral("label"), circle.label},
                      {QStringLiteral("districtsNow"), QJsonArray::fromStringList(circle.districtsNow)},
                      {QStringLiteral("expected"), expected}};
        if (!circle.forecastAgency.isEmpty())
            c.insert(QStringLiteral("forecastAgency"), circle.forecastAgency);
        exposure.append(c);
    }
    QJsonArray distances;
    for (const CycloneSituation::Distance &d : storm.distances)
        distances.append(QJsonObject{{QStringLiteral("district"), d.district}, {QStringLiteral("km"), tenth(d.kilometres)},
                                     {QStringLiteral("bearingDegrees"), tenth(d.bearingDegrees)}});
    QJsonObject object{{QStringLiteral("name"), storm.view.name},
                       {QStringLiteral("lastFix"), last},
                       {QStringLiteral("winds"), winds},
                       {QStringLiteral("radii"), radii},
                       {QStringLiteral("forecasts"), forecasts},
                       {QStringLiteral("exposure"), exposure},
                       {QStringLiteral("distances"), distances}};
    if (!storm.view.localName.isEmpty())
        object.insert(QStringLiteral("localName"), storm.view.localName);
    if (!storm.exposureNote.isEmpty())
        object.insert(QStringLiteral("exposureNote"), storm.exposureNote);
    return object;
}

QJsonObject cyclonesJson(const CyclonesPart &part)
{
    QJsonObject object = sourceJson(part.state, part.source);
    QJsonArray storms;
    for (const CycloneSituation &storm : part.storms)
        storms.append(cycloneJson(storm));
    object.insert(QStringLiteral("storms"), storms);
    return object;
}

using incidents::areaToJson;

QJsonObject incidentJson(const incidents::Incident &incident)
{
    QJsonObject object{{QStringLiteral("id"), incident.id},
                       {QStringLiteral("title"), incident.title},
                       {QStringLiteral("hazard"), incidents::toString(incident.hazard)},
                       {QStringLiteral("state"), incidents::toString(incident.state)},
                       {QStringLiteral("level"), incident.level},
                       {QStringLiteral("exercise"), incident.exercise},
                       {QStringLiteral("areas"), incidents::areasToJson(incident.areas)},
                       {QStringLiteral("opened"), time(incident.openedAt)}};
    insert(object, "levelSince", incident.level ? incident.levelSince : QDateTime());
    if (!incident.area.isEmpty())
        object.insert(QStringLiteral("drawnArea"), incident.area);
    return object;
}

QJsonObject incidentsJson(const IncidentsPart &part, const QDateTime &at)
{
    QJsonObject object = sourceJson(part.state, part.source);
    QJsonArray active, instructions, checks, tasks;
    for (const incidents::Incident &incident : part.active)
        active.append(incidentJson(incident));
    for (const incidents::Instruction &i : part.record.followUps.instructions())
        if (i.isOpen())
            instructions.append(QJsonObject{{QStringLiteral("given"), time(i.givenAt)}, {QStringLiteral("leader"), i.leader},
                                            {QStringLiteral("to"), i.to}, {QStringLiteral("text"), i.text},
                                            {QStringLiteral("followUp"), i.followUp}, {QStringLiteral("incident"), i.incident}});
    for (const incidents::HotspotCheck &c : part.record.followUps.checks())
        if (c.isOpen())
            checks.append(QJsonObject{{QStringLiteral("sent"), time(c.sentAt)}, {QStringLiteral("position"), position(c.position)},
                                      {QStringLiteral("district"), areaToJson(AreaRef{c.districtCode, c.district})},
                                      {QStringLiteral("town"), areaToJson(AreaRef{c.townCode, c.town})},
                                      {QStringLiteral("detections"), c.detections}});
    for (const incidents::Task &t : part.record.duty.tasks())
        if (t.isOpen())
            tasks.append(QJsonObject{{QStringLiteral("opened"), time(t.openedAt)}, {QStringLiteral("text"), t.text},
                                     {QStringLiteral("assignee"), t.assignee}, {QStringLiteral("incident"), t.incident}});
    object.insert(QStringLiteral("active"), active);
    object.insert(QStringLiteral("openInstructions"), instructions);
    object.insert(QStringLiteral("openChecks"), checks);
    object.insert(QStringLiteral("openTasks"), tasks);
    if (!part.record.responses.tasks().isEmpty())
        object.insert(QStringLiteral("planTasks"), planTasksJson(part.record.responses, at));
    if (!part.record.inventory.dispatches().isEmpty())
        object.insert(QStringLiteral("dispatches"), dispatchesJson(part.record.inventory));
    return object;
}

QJsonObject warningsJson(const WarningsPart &part)
{
    QJsonObject object = sourceJson(part.state, part.source);
    QJsonArray current, ended;
    for (const incidents::WarningEntry &entry : part.current)
        current.append(warningJson(entry));
    for (const incidents::WarningEntry &entry : part.recentlyEnded)
        ended.append(warningJson(entry));
    object.insert(QStringLiteral("messagesKept"), int(part.messagesKept));
    object.insert(QStringLiteral("live"), part.live);
    object.insert(QStringLiteral("unacknowledged"), part.unacknowledged);
    object.insert(QStringLiteral("current"), current);
    object.insert(QStringLiteral("endedWithin24h"), ended);
    return object;
}

double millimetres(double value)
{
    return std::round(value * 10.0) / 10.0;
}

QJsonObject rainWindowJson(const RainWindow &window)
{
    QJsonObject object{{QStringLiteral("hours"), window.hours}, {QStringLiteral("covered"), bool(window.grid)}};
    if (!window.grid) {
        object.insert(QStringLiteral("missing"), window.missing);
        return object;
    }
    QJsonArray districts;
    for (const analysis::DistrictRainfall &d : window.districts) {
        QJsonObject district{{QStringLiteral("name"), d.district},
                             {QStringLiteral("meanMm"), millimetres(d.meanMm)},
                             {QStringLiteral("maxMm"), millimetres(d.maxMm)},
                             {QStringLiteral("shareOver50mm"), std::round(d.shareOver50 * 1000.0) / 1000.0},
                             {QStringLiteral("shareOver100mm"), std::round(d.shareOver100 * 1000.0) / 1000.0},
                             {QStringLiteral("shareOver250mm"), std::round(d.shareOver250 * 1000.0) / 1000.0}};
        if (d.fromNearestCell)
            district.insert(QStringLiteral("fromNearestCell"), true);
        districts.append(district);
    }
    object.insert(QStringLiteral("districts"), districts);
    return object;
}

QJsonObject rainfallJson(const RainfallPart &part)
{
    QJsonObject object = sourceJson(part.state, part.source);
    if (part.state == DataState::NoData)
        return object;
    object.insert(QStringLiteral("product"), part.product);
    insert(object, "validTime", part.validTime);
    object.insert(QStringLiteral("ownHours"), part.ownHours);
    if (part.signal)
        object.insert(QStringLiteral("rainstormSignal"), signalKey(*part.signal));
    QJsonArray windows;
    for (const RainWindow &window : part.windows)
        windows.append(rainWindowJson(window));
    object.insert(QStringLiteral("windows"), windows);
    return object;
}

QJsonObject checkJson(const incidents::HotspotCheck &check)
{
    QJsonObject object{{QStringLiteral("sequence"), check.sequence}, {QStringLiteral("sentAt"), time(check.sentAt)},
                       {QStringLiteral("town"), check.town}};
    if (!check.townCode.isEmpty())
        object.insert(QStringLiteral("townCode"), check.townCode);
    if (check.finding) {
        object.insert(QStringLiteral("finding"), incidents::toString(*check.finding));
        insert(object, "foundAt", check.foundAt);
    }
    return object;
}

QJsonObject fireJson(const FirePart &part)
{
    QJsonObject object = sourceJson(part.state, part.source);
    object.insert(QStringLiteral("inFeed"), int(part.inFeed));
    object.insert(QStringLiteral("onMap"), int(part.hotspots.size()));
    object.insert(QStringLiteral("highConfidence"), part.highConfidence);
    object.insert(QStringLiteral("staticSourcesDropped"), part.staticSourcesDropped);
    object.insert(QStringLiteral("inDistricts"), part.inDistricts);
    QJsonArray events;
    for (const FireEventSituation &fire : part.events) {
        const analysis::FireEvent &event = fire.event;
        QJsonObject item{{QStringLiteral("centre"), QJsonArray{std::round(event.centre.lon * 1e4) / 1e4, std::round(event.centre.lat * 1e4) / 1e4}},
                         {QStringLiteral("first"), time(event.first)},
                         {QStringLiteral("last"), time(event.last)},
                         {QStringLiteral("detections"), int(event.hotspots.size())},
                         {QStringLiteral("maxFrpMW"), tenth(event.maxFrp)},
                         {QStringLiteral("confidence"), confidenceKey(event.confidence)}};
        if (!event.district.isEmpty())
            item.insert(QStringLiteral("district"), event.district);
        if (!fire.districtCode.isEmpty())
            item.insert(QStringLiteral("districtCode"), fire.districtCode);
        if (fire.check)
            item.insert(QStringLiteral("check"), checkJson(*fire.check));
        events.append(item);
    }
    object.insert(QStringLiteral("events"), events);
    return object;
}

QJsonObject fireDangerJson(const FireDangerPart &part)
{
    QJsonObject object = sourceJson(part.state, part.source);
    object.insert(QStringLiteral("day"), part.day.toString(Qt::ISODate));
    if (part.state == DataState::NoData)
        return object;
    object.insert(QStringLiteral("stations"), part.stations);
    object.insert(QStringLiteral("stale"), part.stale);
    QJsonArray districts;
    for (const analysis::DistrictDanger &d : part.districts) {
        QJsonObject district{{QStringLiteral("name"), d.district}, {QStringLiteral("class"), d.dangerClass}};
        if (d.dangerClass > 0) {
            district.insert(QStringLiteral("fwi"), tenth(d.fwi));
            district.insert(QStringLiteral("weatherOf"), d.date.toString(Qt::ISODate));
            district.insert(QStringLiteral("stationsInside"), d.stations);
            if (d.nearest)
                district.insert(QStringLiteral("nearestStation"), true);
            if (part.isStale(d))
                district.insert(QStringLiteral("stale"), true);
        }
        districts.append(district);
    }
    object.insert(QStringLiteral("districts"), districts);
    return object;
}

// The live feeds of a part, as their health files say at `at` (absent on a replay).
QJsonObject withFeeds(QJsonObject part, const PartSource &source, const QDateTime &at)
{
    if (source.feeds.isEmpty())
        return part;
    QJsonArray feeds;
    for (const feeds::SourceHealth &health : source.feeds) {
        QJsonObject feed{{QStringLiteral("id"), health.sourceId}, {QStringLiteral("state"), feeds::healthStateName(health.state(at))}};
        insert(feed, "lastSuccess", health.lastSuccess);
        if (health.state(at) == feeds::SourceHealth::State::Failing)
            feed.insert(QStringLiteral("lastError"), health.lastError);
        feeds.append(feed);
    }
    part.insert(QStringLiteral("feeds"), feeds);
    return part;
}

} // namespace

QJsonObject toJson(const Situation &situation)
{
    QJsonArray stations;
    for (const StationSituation &station : situation.stations.stations)
        stations.append(stationJson(station));
    QJsonObject water = sourceJson(situation.stations.state, situation.stations.source);
    water.insert(QStringLiteral("overThreshold"), situation.stations.overThreshold);
    water.insert(QStringLiteral("withoutThreshold"), situation.stations.withoutThreshold);
    water.insert(QStringLiteral("withoutPosition"), situation.stations.withoutPosition);
    water.insert(QStringLiteral("stale"), situation.stations.stale);
    water.insert(QStringLiteral("stations"), stations);
    const QDateTime &at = situation.at;
    QJsonObject json{{QStringLiteral("schema"), Situation::kSchemaVersion},
                       {QStringLiteral("at"), time(at)},
                       {QStringLiteral("warnings"), withFeeds(warningsJson(situation.warnings), situation.warnings.source, at)},
                       {QStringLiteral("cyclones"), withFeeds(cyclonesJson(situation.cyclones), situation.cyclones.source, at)},
                       {QStringLiteral("incidents"), incidentsJson(situation.incidents, at)},
                       {QStringLiteral("water"), withFeeds(water, situation.stations.source, at)},
                       {QStringLiteral("rainfall"), withFeeds(rainfallJson(situation.rainfall), situation.rainfall.source, at)},
                       {QStringLiteral("fire"), withFeeds(fireJson(situation.fire), situation.fire.source, at)},
                       {QStringLiteral("fireDanger"), withFeeds(fireDangerJson(situation.fireDanger), situation.fireDanger.source, at)}};
    if (!situation.plans.folder.isEmpty())
        json.insert(QStringLiteral("plans"), plansJson(situation.plans));
    if (!situation.resources.needs.isEmpty() || !situation.resources.kinds.isEmpty() || !situation.resources.positions.isEmpty())
        json.insert(QStringLiteral("resources"), resourcesJson(situation.resources));
    if (!situation.reports.due.isEmpty())
        json.insert(QStringLiteral("reports"), reportsJson(situation.reports));
    return json;
}

QJsonObject reportsJson(const ReportsPart &part)
{
    QJsonArray due;
    for (const ReportDueSituation &item : part.due) {
        QJsonObject json{{QStringLiteral("incident"), item.incident},
                         {QStringLiteral("type"), incidents::toString(item.type)},
                         {QStringLiteral("overdue"), item.overdue},
                         {QStringLiteral("late"), item.late}};
        if (item.followup > 0)
            json.insert(QStringLiteral("followup"), item.followup);
        if (item.deadline.isValid())
            json.insert(QStringLiteral("deadline"), time(item.deadline));
        if (item.issuedNumber > 0) {
            json.insert(QStringLiteral("issued"), item.issuedNumber);
            json.insert(QStringLiteral("issuedAt"), time(item.issuedAt));
        }
        due.append(json);
    }
    QJsonObject json{{QStringLiteral("due"), due}, {QStringLiteral("overdue"), part.overdue}};
    if (!part.rulesProblem.isEmpty())
        json.insert(QStringLiteral("rulesProblem"), part.rulesProblem);
    return json;
}

} // namespace lookout::situation

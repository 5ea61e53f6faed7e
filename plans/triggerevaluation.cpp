// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "plans/triggerevaluation.h"

#include "analysis/rainfallstats.h"
#include "analysis/typhoonexposure.h"
#include "incidents/warningregistry.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace lookout::plans {

namespace {

using situation::HoldingTrigger;
using situation::Situation;

QString number(double value, int decimals = 0)
{
    return QString::number(value, 'f', decimals);
}

// A warning or signal colour ("red") and a station threshold in the interface's language.
QString colourWords(const QString &colour)
{
    if (colour == QLatin1String("blue"))
        return QCoreApplication::translate("Triggers", "blue");
    if (colour == QLatin1String("yellow"))
        return QCoreApplication::translate("Triggers", "yellow");
    if (colour == QLatin1String("orange"))
        return QCoreApplication::translate("Triggers", "orange");
    if (colour == QLatin1String("red"))
        return QCoreApplication::translate("Triggers", "red");
    return colour;
}

QString thresholdWords(StationThreshold threshold)
{
    switch (threshold) {
    case StationThreshold::Warning: return QCoreApplication::translate("Triggers", "warning");
    case StationThreshold::Guarantee: return QCoreApplication::translate("Triggers", "guaranteed");
    case StationThreshold::FloodLimit: return QCoreApplication::translate("Triggers", "flood-limit");
    }
    return {};
}

QString stormName(const situation::CycloneSituation &storm)
{
    return storm.view.localName.isEmpty() ? storm.view.name : QStringLiteral("%1 (%2)").arg(storm.view.name, storm.view.localName);
}

bool gradeMeets(feeds::TyphoonGrade grade, const std::optional<feeds::TyphoonGrade> &minimum)
{
    if (!minimum)
        return true;
    return grade >= feeds::TyphoonGrade::TD && grade <= feeds::TyphoonGrade::SuperTY && grade >= *minimum;
}

// Kilometres from a point to what a trigger measures to (a point, or an area's boundary).
double distanceTo(const Place &place, GeoPoint point, const PlanAreas &areas)
{
    if (place.point)
        return haversineMetres(*place.point, point) / 1000.0;
    return areas.distanceKm(place.area, point);
}

QString placeName(const Place &place, const PlanAreas &areas)
{
    if (place.point)
        return QStringLiteral("(%1, %2)").arg(number(place.point->lon, 4), number(place.point->lat, 4));
    return areas.nameOf(place.area);
}

HoldingTrigger holding(const Trigger &trigger, QString subject, double measured, double threshold, QString unit, QString text)
{
    return HoldingTrigger{toString(trigger.kind), std::move(subject), measured, threshold, std::move(unit), std::move(text), trigger.at.line};
}

std::optional<HoldingTrigger> stormDistance(const Trigger &trigger, const Situation &situation, const PlanAreas &areas)
{
    std::optional<HoldingTrigger> nearest;
    for (const situation::CycloneSituation &storm : situation.cyclones.storms) {
        const feeds::TrackPoint &fix = storm.lastFix();
        if (!gradeMeets(fix.grade, trigger.minGrade))
            continue;
        const double km = distanceTo(trigger.of, fix.position, areas);
        if (!(km <= trigger.withinKm) || (nearest && km >= nearest->measured))
            continue;
        nearest = holding(trigger, stormName(storm), km, trigger.withinKm, QStringLiteral("km"),
                          QCoreApplication::translate("Triggers", "%1 %2 km from %3, within %4").arg(stormName(storm), number(km), placeName(trigger.of, areas),
                                                                              number(trigger.withinKm)));
    }
    return nearest;
}

// The nearest a forecast brings a storm within the hours (positions interpolated hourly between
// the latest fix and each agency's latest forecast points).
std::optional<HoldingTrigger> forecastDistance(const Trigger &trigger, const Situation &situation, const PlanAreas &areas)
{
    std::optional<HoldingTrigger> nearest;
    const QDateTime horizon = situation.at.addSecs(qint64(trigger.withinHours) * 3600);
    for (const situation::CycloneSituation &storm : situation.cyclones.storms) {
        if (!gradeMeets(storm.lastFix().grade, trigger.minGrade))
            continue;
        for (const feeds::TyphoonTrack &track : storm.view.tracks) {
            if (track.points.empty())
                continue;
            for (const feeds::ForecastTrack &forecast : track.forecasts) {
                std::vector<feeds::TrackPoint> path{track.points.back()};
                for (const feeds::TrackPoint &point : forecast.points)
                    if (point.time > path.front().time)
                        path.push_back(point);
                if (path.size() < 2)
                    continue;
                for (QDateTime time = path.front().time.addSecs(3600); time <= path.back().time && time <= horizon;
                     time = time.addSecs(3600)) {
                    const auto centre = analysis::positionAt(path, time);
                    if (!centre)
                        break;
                    const double km = distanceTo(trigger.of, *centre, areas);
                    if (!(km <= trigger.withinKm) || (nearest && km >= nearest->measured))
                        continue;
                    const double hours = situation.at.secsTo(time) / 3600.0;
                    nearest = holding(trigger, stormName(storm), km, trigger.withinKm, QStringLiteral("km"),
                                      QCoreApplication::translate("Triggers", "%1 forecast (%2) %3 km from %4 in %5 h, within %6 km in %7 h")
                                          .arg(stormName(storm), forecast.agency, number(km), placeName(trigger.of, areas),
                                               number(hours), number(trigger.withinKm))
                                          .arg(trigger.withinHours));
                }
            }
        }
    }
    return nearest;
}

// A storm's circles of the threshold over the area: the situation's exposure of the main track,
// else that of any other agency's track whose latest fix carries the threshold.
std::optional<HoldingTrigger> windCircle(const Trigger &trigger, const Situation &situation, const PlanAreas &areas)
{
    const QString label = agencyLabel(trigger.threshold);
    const QDateTime horizon = situation.at.addSecs(qint64(trigger.withinHours) * 3600);
    for (const situation::CycloneSituation &storm : situation.cyclones.storms) {
        QList<analysis::CircleExposure> exposures = storm.exposure;
        for (const feeds::TyphoonTrack &track : storm.view.tracks) {
            if (track.points.empty() || (track.agency == storm.main.agency && track.format == storm.main.format))
                continue;
            const feeds::TrackPoint &fix = track.points.back();
            if (std::none_of(fix.radii.begin(), fix.radii.end(), [&](const feeds::WindRadii &r) { return r.label == label; }))
                continue;
            if (auto more = analysis::windCircleExposure(track, fix, areas.districtData(), areas.nameField()))
                exposures += *more;
        }
        for (const analysis::CircleExposure &exposure : exposures) {
            if (exposure.threshold != label)
                continue;
            for (const QString &district : exposure.districtsNow)
                if (areas.holdsDistrict(trigger.area, district))
                    return holding(trigger, stormName(storm), 0, trigger.withinHours, QStringLiteral("h"),
                                   QCoreApplication::translate("Triggers", "%1 %2 circle over %3 now").arg(stormName(storm), label, district));
            if (trigger.withinHours <= 0)
                continue;
            for (const auto &[district, time] : exposure.districtsExpected)
                if (time <= horizon && areas.holdsDistrict(trigger.area, district)) {
                    const double hours = situation.at.secsTo(time) / 3600.0;
                    return holding(trigger, stormName(storm), hours, trigger.withinHours, QStringLiteral("h"),
                                   QCoreApplication::translate("Triggers", "%1 %2 circle over %3 in %4 h by %5's forecast, within %6 h")
                                       .arg(stormName(storm), label, district, number(hours), exposure.forecastAgency)
                                       .arg(trigger.withinHours));
                }
        }
    }
    return std::nullopt;
}

// A CAP geocode's code without its padding (440400 → 4404, 440000 → 44).
QString trimmedCode(const QString &value)
{
    QString code = value;
    code.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    if (code.size() == 12)
        while (code.size() > 6 && code.endsWith(QLatin1String("000")))
            code.chop(3);
    while (code.size() > 2 && code.size() <= 6 && code.endsWith(QLatin1String("00")))
        code.chop(2);
    return code;
}

bool warningCovers(const feeds::CapInfo &info, const QString &area, const PlanAreas &areas)
{
    QString name = areas.nameOf(area);
    const QString shortName = name.size() > 2 && (name.endsWith(QChar(u'市')) || name.endsWith(QChar(u'区')) || name.endsWith(QChar(u'县')))
                                  ? name.left(name.size() - 1)
                                  : name;
    for (const feeds::CapArea &capArea : info.areas) {
        for (const feeds::CapValuePair &geocode : capArea.geocodes) {
            const QString code = trimmedCode(geocode.value);
            if (code.size() >= 2 && (code.startsWith(area) || area.startsWith(code)))
                return true;
        }
        if (shortName != area && capArea.areaDesc.contains(shortName))
            return true;
    }
    for (const auto &ring : feeds::areaRings(info))
        for (const PlanAreas::District *district : areas.districtsOf(area))
            if (gis::ringContains(ring, district->feature->labelPoint))
                return true;
    return false;
}

std::optional<HoldingTrigger> warning(const Trigger &trigger, const Situation &situation, const PlanAreas &areas)
{
    for (const incidents::WarningEntry &entry : situation.warnings.current) {
        if (!entry.countsAsLive() || entry.level < trigger.minLevel)
            continue;
        for (const feeds::CapInfo &info : entry.head.alert.infos) {
            if (!trigger.eventContains.isEmpty() && !info.event.contains(trigger.eventContains, Qt::CaseInsensitive)
                && !info.headline.contains(trigger.eventContains, Qt::CaseInsensitive))
                continue;
            if (!warningCovers(info, trigger.area, areas))
                continue;
            return holding(trigger, info.event, double(int(entry.level)), double(int(trigger.minLevel)), QStringLiteral("level"),
                           QCoreApplication::translate("Triggers", "%1 (%2) in force for %3, at least %4")
                               .arg(info.event, colourWords(incidents::levelName(entry.level)), areas.nameOf(trigger.area),
                                    colourWords(incidents::levelName(trigger.minLevel))));
        }
    }
    return std::nullopt;
}

std::optional<HoldingTrigger> station(const Trigger &trigger, const Situation &situation, const PlanAreas &areas)
{
    std::optional<HoldingTrigger> worst;
    for (const situation::StationSituation &station : situation.stations.stations) {
        if (!trigger.station.isEmpty() ? station.stcd != trigger.station
                                       : !(station.position && areas.contains(trigger.area, *station.position)))
            continue;
        std::optional<double> excess;
        switch (trigger.over) {
        case StationThreshold::Warning: excess = station.level.overWarning; break;
        case StationThreshold::Guarantee: excess = station.level.overGuaranteed; break;
        case StationThreshold::FloodLimit: excess = station.level.overFloodLimit; break;
        }
        if (!excess)
            continue;
        const bool holds = trigger.byMetres == 0 ? *excess > 0 : *excess >= trigger.byMetres;
        if (!holds || (worst && *excess <= worst->measured))
            continue;
        const QString name = station.name.isEmpty() || station.name == station.stcd ? station.stcd
                                                                                    : QStringLiteral("%1 (%2)").arg(station.name, station.stcd);
        worst = holding(trigger, name, *excess, trigger.byMetres, QStringLiteral("m"),
                        (*excess >= 0 ? QCoreApplication::translate("Triggers", "%1 %2 m over its %3 level (%4 m)")
                                      : QCoreApplication::translate("Triggers", "%1 %2 m under its %3 level (%4 m)"))
                            .arg(name, number(std::abs(*excess), 2), thresholdWords(trigger.over), number(station.level.level, 2)));
    }
    return worst;
}

const situation::RainWindow *rainWindow(const Situation &situation, int hours)
{
    for (const situation::RainWindow &window : situation.rainfall.windows)
        if (window.hours == hours && window.grid)
            return &window;
    return nullptr;
}

// The area's amount over a window: the districts' cell-weighted mean (a district smaller than a
// cell, read from its nearest cell, weighs as one), or their highest maximum.
std::optional<double> areaRain(const situation::RainWindow &window, const QString &area, RainStat stat, const PlanAreas &areas)
{
    double sum = 0, weight = 0, maximum = -1;
    for (const analysis::DistrictRainfall &district : window.districts) {
        if (!areas.holdsDistrict(area, district.district))
            continue;
        const double cells = std::max(district.cells, 1);
        sum += district.meanMm * cells;
        weight += cells;
        maximum = std::max(maximum, district.maxMm);
    }
    if (weight == 0)
        return std::nullopt;
    return stat == RainStat::Mean ? sum / weight : maximum;
}

std::optional<HoldingTrigger> rainfall(const Trigger &trigger, const Situation &situation, const PlanAreas &areas)
{
    const situation::RainWindow *window = rainWindow(situation, trigger.hours);
    if (!window)
        return std::nullopt;
    const auto mm = areaRain(*window, trigger.area, trigger.stat, areas);
    if (!mm || *mm < trigger.atLeastMm)
        return std::nullopt;
    const QString text = trigger.stat == RainStat::Mean ? QCoreApplication::translate("Triggers", "%1 %2 h mean %3 mm, at least %4")
                                                        : QCoreApplication::translate("Triggers", "%1 %2 h max %3 mm, at least %4");
    return holding(trigger, areas.nameOf(trigger.area), *mm, trigger.atLeastMm, QStringLiteral("mm"),
                   text.arg(areas.nameOf(trigger.area)).arg(trigger.hours).arg(number(*mm, 1), number(trigger.atLeastMm, 1)));
}

std::optional<HoldingTrigger> rainstormSignal(const Trigger &trigger, const Situation &situation, const PlanAreas &areas)
{
    auto amount = [&](int hours) -> std::optional<double> {
        const situation::RainWindow *window = rainWindow(situation, hours);
        return window ? areaRain(*window, trigger.area, RainStat::Max, areas) : std::nullopt;
    };
    const auto h3 = amount(3), h6 = amount(6), h12 = amount(12);
    if (!h3 && !h6 && !h12)
        return std::nullopt;
    const analysis::RainstormSignal signal = analysis::rainstormSignal(h3.value_or(0), h6.value_or(0), h12.value_or(0));
    if (signal == analysis::RainstormSignal::None || signal < trigger.minSignal)
        return std::nullopt;
    return holding(trigger, areas.nameOf(trigger.area), double(int(signal)), double(int(trigger.minSignal)), QStringLiteral("level"),
                   QCoreApplication::translate("Triggers", "rainstorm amounts over %1 reach %2, at least %3")
                       .arg(areas.nameOf(trigger.area), colourWords(analysis::rainstormSignalName(signal)),
                            colourWords(analysis::rainstormSignalName(trigger.minSignal))));
}

std::optional<HoldingTrigger> fireDanger(const Trigger &trigger, const Situation &situation, const PlanAreas &areas)
{
    for (const analysis::DistrictDanger &district : situation.fireDanger.districts)  // worst first
        if (district.dangerClass >= trigger.minClass && areas.holdsDistrict(trigger.area, district.district))
            return holding(trigger, district.district, district.dangerClass, trigger.minClass, QStringLiteral("class"),
                           QCoreApplication::translate("Triggers", "%1 fire danger class %2 (FWI %3), at least %4")
                               .arg(district.district)
                               .arg(district.dangerClass)
                               .arg(number(district.fwi, 1))
                               .arg(trigger.minClass));
    return std::nullopt;
}

std::optional<HoldingTrigger> fireEvents(const Trigger &trigger, const Situation &situation, const PlanAreas &areas)
{
    int count = 0;
    for (const situation::FireEventSituation &event : situation.fire.events) {
        if (!areas.holdsDistrictCode(trigger.area, event.districtCode))
            continue;
        if (trigger.uncheckedOnly && event.check && event.check->finding)
            continue;
        ++count;
    }
    if (count < trigger.atLeast)
        return std::nullopt;
    return holding(trigger, areas.nameOf(trigger.area), count, trigger.atLeast, QStringLiteral("events"),
                   (trigger.uncheckedOnly ? QCoreApplication::translate("Triggers", "%1 unchecked fire events in %2 (24 h), at least %3")
                                          : QCoreApplication::translate("Triggers", "%1 fire events in %2 (24 h), at least %3"))
                       .arg(count)
                       .arg(areas.nameOf(trigger.area))
                       .arg(trigger.atLeast));
}

std::optional<HoldingTrigger> leaf(const Trigger &trigger, const Situation &situation, const PlanAreas &areas)
{
    switch (trigger.kind) {
    case TriggerKind::StormDistance: return stormDistance(trigger, situation, areas);
    case TriggerKind::StormForecastDistance: return forecastDistance(trigger, situation, areas);
    case TriggerKind::WindCircle: return windCircle(trigger, situation, areas);
    case TriggerKind::Warning: return warning(trigger, situation, areas);
    case TriggerKind::Station: return station(trigger, situation, areas);
    case TriggerKind::Rainfall: return rainfall(trigger, situation, areas);
    case TriggerKind::RainstormSignal: return rainstormSignal(trigger, situation, areas);
    case TriggerKind::FireDanger: return fireDanger(trigger, situation, areas);
    case TriggerKind::FireEvents: return fireEvents(trigger, situation, areas);
    case TriggerKind::Any:
    case TriggerKind::All: break;
    }
    return std::nullopt;
}

} // namespace

TriggerOutcome evaluateTrigger(const Trigger &trigger, const situation::Situation &situation, const PlanAreas &areas)
{
    TriggerOutcome outcome;
    if (trigger.kind == TriggerKind::Any || trigger.kind == TriggerKind::All) {
        const bool all = trigger.kind == TriggerKind::All;
        outcome.holds = all;
        for (const Trigger &child : trigger.children) {
            const TriggerOutcome part = evaluateTrigger(child, situation, areas);
            if (part.holds)
                outcome.holding += part.holding;
            outcome.holds = all ? outcome.holds && part.holds : outcome.holds || part.holds;
        }
        if (!outcome.holds)
            outcome.holding.clear();
        return outcome;
    }
    if (auto held = leaf(trigger, situation, areas)) {
        outcome.holds = true;
        outcome.holding.append(*held);
    }
    return outcome;
}

} // namespace lookout::plans

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "keyfigures.h"

#include <algorithm>
#include <cmath>

namespace lookout::situation {

namespace {

constexpr double kRainstormMm = 50.0;  // 暴雨: 50 mm in 24 h

QDateTime newer(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::max(a, b);
}

int warningIndex(incidents::WarningLevel level)
{
    switch (level) {
    case incidents::WarningLevel::Red: return 1;
    case incidents::WarningLevel::Orange: return 2;
    case incidents::WarningLevel::Yellow: return 3;
    case incidents::WarningLevel::Blue: return 4;
    case incidents::WarningLevel::None: break;
    }
    return 0;
}

KeyFigure warningsFigure(const WarningsPart &part, const WarningFilter &onThisMap)
{
    KeyFigure figure{.kind = KeyFigure::Kind::Warnings, .state = part.state, .newest = part.source.newest};
    for (const incidents::WarningEntry &entry : part.current) {
        if (!entry.countsAsLive() || (onThisMap && !onThisMap(entry)))
            continue;
        ++figure.byLevel[warningIndex(entry.level)];
        ++figure.total;
        if (!entry.acknowledgement)
            ++figure.count;
    }
    if (figure.state != DataState::NoData)
        figure.state = figure.total > 0 ? DataState::Reported : DataState::NothingToReport;
    return figure;
}

double metresPerSecond(const feeds::WindRadii &radii)
{
    return radii.thresholdUnit == feeds::WindUnit::Knots ? radii.threshold * 0.514444 : radii.threshold;
}

KeyFigure stormFigure(const CyclonesPart &part)
{
    KeyFigure figure{.kind = KeyFigure::Kind::Storm, .state = part.state, .newest = part.source.newest, .focus = TourFocus::Typhoon};
    if (part.storms.isEmpty()) {
        if (figure.state == DataState::Reported)
            figure.state = DataState::NothingToReport;
        return figure;
    }
    figure.state = DataState::Reported;
    const CycloneSituation &storm = part.storms.front();
    figure.subject = storm.view.localName.isEmpty() ? storm.view.name : storm.view.name + QLatin1Char(' ') + storm.view.localName;
    const auto nearest = std::min_element(storm.distances.begin(), storm.distances.end(),
                                          [](const auto &a, const auto &b) { return a.kilometres < b.kilometres; });
    if (nearest != storm.distances.end()) {
        figure.amount = nearest->kilometres;
        figure.where = nearest->district;
    } else {
        figure.amount = qQNaN();
    }
    // The outermost circle: the lowest wind threshold (force 7 for CMA, R34 or R30 elsewhere).
    const analysis::CircleExposure *outer = nullptr;
    for (const analysis::CircleExposure &circle : storm.exposure)
        if (!outer || metresPerSecond(circle.radii) < metresPerSecond(outer->radii))
            outer = &circle;
    if (outer) {
        figure.force7Label = outer->threshold;
        figure.inside = !outer->districtsNow.isEmpty();
        if (!figure.inside && !outer->districtsExpected.isEmpty())
            figure.force7At = outer->districtsExpected.front().second;
    }
    return figure;
}

KeyFigure stationsFigure(const StationsPart &part)
{
    KeyFigure figure{.kind = KeyFigure::Kind::Stations, .state = part.state, .newest = part.source.newest, .focus = TourFocus::Water};
    figure.count = part.overThreshold;
    figure.total = int(part.stations.size());
    for (const StationSituation &station : part.stations)
        if (station.severity() == 4)
            ++figure.severe;
    if (figure.count > 0) {
        figure.subject = part.stations.front().name;
        figure.amount = part.stations.front().excess().value_or(0);
    }
    return figure;
}

KeyFigure rainfallFigure(const RainfallPart &part)
{
    KeyFigure figure{.kind = KeyFigure::Kind::Rainfall, .state = part.state, .newest = part.source.newest, .focus = TourFocus::Rain};
    const RainWindow *window = part.shown();
    if (!window)
        return figure;
    figure.hours = window->hours;
    figure.total = int(window->districts.size());
    for (const analysis::DistrictRainfall &district : window->districts) {
        if (district.maxMm >= kRainstormMm)
            ++figure.count;
        if (figure.subject.isEmpty() || district.maxMm > figure.amount) {
            figure.subject = district.district;
            figure.amount = district.maxMm;
        }
    }
    return figure;
}

KeyFigure fireFigure(const FirePart &part)
{
    KeyFigure figure{.kind = KeyFigure::Kind::FireEvents, .state = part.state, .newest = part.source.newest, .focus = TourFocus::Fire};
    figure.total = part.inDistricts;
    for (const FireEventSituation &event : part.events)
        if (!event.event.district.isEmpty() && !event.check)
            ++figure.count;
    return figure;
}

KeyFigure incidentsFigure(const IncidentsPart &part)
{
    KeyFigure figure{.kind = KeyFigure::Kind::Incidents, .state = part.state, .newest = part.source.newest, .focus = TourFocus::Incidents};
    for (const incidents::Incident &incident : part.active) {
        const bool response = incident.state == incidents::IncidentState::Response && incident.level >= 1 && incident.level <= 4;
        ++figure.byLevel[response ? incident.level : 0];
        ++figure.total;
        if (incident.exercise)
            ++figure.severe;  // of them exercises (演练)
    }
    if (figure.state != DataState::NoData)
        figure.state = figure.total > 0 ? DataState::Reported : DataState::NothingToReport;
    return figure;
}

// The differing suggestion that matters most: the most severe level suggested (Ⅰ first), an
// ending last.
KeyFigure suggestionFigure(const Situation &situation)
{
    const PlansPart &part = situation.plans;
    KeyFigure figure{.kind = KeyFigure::Kind::Suggestion, .focus = TourFocus::Incidents};
    if (part.folder.isEmpty() || part.suggestions.isEmpty())
        return figure;
    // A suggestion is as current as the monitoring it was evaluated on.
    for (const PartSource *source : {&situation.warnings.source, &situation.cyclones.source, &situation.stations.source,
                                     &situation.rainfall.source, &situation.fire.source, &situation.fireDanger.source})
        figure.newest = newer(figure.newest, source->newest);
    figure.state = DataState::NothingToReport;
    const PlanSuggestion *chosen = nullptr;
    auto rank = [](const PlanSuggestion &s) { return s.suggestEnd ? 9 : (s.suggested == 0 ? 8 : s.suggested); };
    for (const PlanSuggestion &suggestion : part.suggestions) {
        if (!suggestion.differs())
            continue;
        ++figure.count;
        if (!chosen || rank(suggestion) < rank(*chosen))
            chosen = &suggestion;
    }
    if (!chosen) {
        // All agree: show the level in force of the most severe suggestion, if any.
        for (const PlanSuggestion &suggestion : part.suggestions)
            if (suggestion.suggested > 0 && (!chosen || suggestion.suggested < chosen->suggested))
                chosen = &suggestion;
    } else {
        figure.state = DataState::Reported;
    }
    if (chosen) {
        figure.subject = chosen->title;
        figure.where = chosen->incident;
        figure.suggested = chosen->suggested;
        figure.current = chosen->current;
        figure.suggestEnd = chosen->suggestEnd;
    }
    return figure;
}

KeyFigure tasksFigure(const IncidentsPart &part, const QDateTime &at)
{
    KeyFigure figure{.kind = KeyFigure::Kind::Tasks, .state = part.state, .newest = part.source.newest, .focus = TourFocus::Incidents};
    for (const incidents::ResponseTask *task : part.record.responses.checklist(part.record.incidents)) {
        const incidents::TaskState state = task->stateAt(at);
        if (state == incidents::TaskState::Closed || state == incidents::TaskState::Reported)
            continue;
        ++figure.total;
        if (state == incidents::TaskState::Overdue)
            ++figure.count;
    }
    if (figure.state != DataState::NoData)
        figure.state = figure.count > 0 ? DataState::Reported : DataState::NothingToReport;
    return figure;
}

KeyFigure resourcesFigure(const Situation &situation)
{
    const ResourcesPart &part = situation.resources;
    KeyFigure figure{.kind = KeyFigure::Kind::Resources, .newest = situation.incidents.source.newest, .focus = TourFocus::Resources};
    if (!part.matched)
        return figure;
    figure.state = DataState::NothingToReport;
    qint64 worst = 0;
    for (const KindBalance &kind : part.kinds) {
        if (kind.shortfall <= 0)
            continue;
        ++figure.count;
        figure.amount += double(kind.shortfall);
        if (kind.shortfall > worst) {
            worst = kind.shortfall;
            figure.subject = kind.kind;
        }
    }
    figure.total = int(part.kinds.size());
    for (const TeamPosition &position : part.positions)
        figure.newest = newer(figure.newest, position.at);
    if (figure.count > 0)
        figure.state = DataState::Reported;
    return figure;
}

KeyFigure reportsFigure(const Situation &situation)
{
    const ReportsPart &part = situation.reports;
    KeyFigure figure{.kind = KeyFigure::Kind::Reports, .state = situation.incidents.state, .newest = situation.incidents.source.newest,
                     .focus = TourFocus::Incidents};
    for (const ReportDueSituation &due : part.due) {
        const incidents::Incident *incident = situation.incidents.record.incidents.find(due.incident);
        if (due.issuedNumber == 0 && due.deadline.isValid()) {
            ++figure.total;
            figure.severe += incident && incident->exercise ? 1 : 0;  // owed by exercises (演练)
        }
        if (due.overdue)
            ++figure.count;
    }
    if (figure.state != DataState::NoData)
        figure.state = figure.count > 0 ? DataState::Reported : DataState::NothingToReport;
    return figure;
}

} // namespace

QString toString(TourFocus focus)
{
    switch (focus) {
    case TourFocus::Typhoon: return QStringLiteral("typhoon");
    case TourFocus::Water: return QStringLiteral("water");
    case TourFocus::Rain: return QStringLiteral("rain");
    case TourFocus::Fire: return QStringLiteral("fire");
    case TourFocus::Incidents: return QStringLiteral("incidents");
    case TourFocus::Resources: return QStringLiteral("resources");
    }
    return {};
}

std::optional<TourFocus> tourFocusFromString(const QString &name)
{
    for (TourFocus focus : kTourOrder)
        if (toString(focus) == name)
            return focus;
    return std::nullopt;
}

QList<KeyFigure> keyFigures(const Situation &situation, const WarningFilter &onThisMap)
{
    return {warningsFigure(situation.warnings, onThisMap),
            stormFigure(situation.cyclones),
            stationsFigure(situation.stations),
            rainfallFigure(situation.rainfall),
            fireFigure(situation.fire),
            incidentsFigure(situation.incidents),
            suggestionFigure(situation),
            tasksFigure(situation.incidents, situation.at),
            resourcesFigure(situation),
            reportsFigure(situation)};
}

bool hasContent(const Situation &situation, TourFocus focus)
{
    switch (focus) {
    case TourFocus::Typhoon: return !situation.cyclones.storms.isEmpty();
    case TourFocus::Water: return situation.stations.state != DataState::NoData && !situation.stations.stations.isEmpty();
    case TourFocus::Rain: return situation.rainfall.state != DataState::NoData && situation.rainfall.shown() != nullptr;
    case TourFocus::Fire:
        return situation.fire.state != DataState::NoData && (!situation.fire.events.isEmpty() || situation.fireDanger.state == DataState::Reported);
    case TourFocus::Incidents:
        return !situation.incidents.active.isEmpty()
               || std::any_of(situation.plans.suggestions.begin(), situation.plans.suggestions.end(),
                              [](const PlanSuggestion &s) { return s.suggested > 0 || s.differs(); });
    case TourFocus::Resources: return !situation.resources.needs.isEmpty() || !situation.resources.dispatches.isEmpty();
    }
    return false;
}

} // namespace lookout::situation

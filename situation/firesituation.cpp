// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "situation/firesituation.h"

#include "core/timeformat.h"
#include "store/divisionstore.h"
#include "store/fireweatherstore.h"
#include "store/hotspotstore.h"

#include <algorithm>
#include <tuple>

namespace lookout::situation {

QString confidenceKey(feeds::Hotspot::Confidence confidence)
{
    switch (confidence) {
    case feeds::Hotspot::Confidence::Low: return QStringLiteral("low");
    case feeds::Hotspot::Confidence::Nominal: return QStringLiteral("nominal");
    case feeds::Hotspot::Confidence::High: return QStringLiteral("high");
    }
    return {};
}

std::optional<incidents::HotspotCheck> checkOf(const analysis::FireEvent &event, const QList<incidents::HotspotCheck> &checks)
{
    std::optional<incidents::HotspotCheck> found;
    for (const incidents::HotspotCheck &check : checks) {
        if (haversineMetres(check.position, event.centre) > FirePart::kCheckReachKm * 1000.0)
            continue;
        if (check.lastDetection < event.first.addSecs(-FirePart::kWindowSeconds) || check.firstDetection > event.last)
            continue;
        if (!found || check.sentAt >= found->sentAt)
            found = check;
    }
    return found;
}

Result<FirePart> buildFirePart(store::Database &database, const QDateTime &at, const SituationInputs &inputs,
                               const QList<incidents::HotspotCheck> &checks)
{
    store::HotspotWindow window;
    auto stored = store::HotspotStore(database).between(at.addSecs(-FirePart::kWindowSeconds), at, inputs.area, &window);
    if (!stored)
        return stored.error();
    FirePart part;
    part.inFeed = window.detections;
    part.source.newest = window.newest;
    for (const auto &[instrument, satellite] : window.instruments)
        part.source.sources.append(QStringLiteral("NASA FIRMS %1 %2").arg(instrument, satellite).trimmed());
    part.source.sources.sort();
    part.hotspots = std::move(stored).value();
    for (const feeds::Hotspot &h : part.hotspots)
        part.highConfidence += h.confidence == feeds::Hotspot::Confidence::High ? 1 : 0;
    analysis::FireEventResult clustered = analysis::clusterHotspots(part.hotspots);
    analysis::assignDistricts(clustered.events, part.hotspots, inputs.districts, inputs.nameField);
    part.staticSourcesDropped = clustered.staticSourcesDropped;
    // The bureau's own fires first, newest first within each group; ties west to east, south to
    // north, so that the numbering is the same on every build.
    std::sort(clustered.events.begin(), clustered.events.end(), [](const analysis::FireEvent &a, const analysis::FireEvent &b) {
        return std::tuple(a.district.isEmpty(), b.last, b.first, a.centre.lon, a.centre.lat)
               < std::tuple(b.district.isEmpty(), a.last, a.first, b.centre.lon, b.centre.lat);
    });
    const store::DivisionStore divisions(database);
    for (analysis::FireEvent &event : clustered.events) {
        FireEventSituation situation;
        situation.check = checkOf(event, checks);
        if (!event.district.isEmpty()) {
            ++part.inDistricts;
            if (const auto district = divisions.resolve(event.district, DivisionLevel::District)) {
                situation.districtCode = district->code;
                auto towns = divisions.children(district->code);
                if (!towns)
                    return towns.error();
                for (const Division &town : *towns)
                    situation.towns.append(AreaRef{town.code, town.name});
            }
        }
        situation.event = std::move(event);
        part.events.append(std::move(situation));
    }
    part.state = part.inFeed == 0 ? DataState::NoData : part.inDistricts == 0 ? DataState::NothingToReport : DataState::Reported;
    return part;
}

Result<FireDangerPart> buildFireDangerPart(store::Database &database, const QDateTime &at, const SituationInputs &inputs)
{
    FireDangerPart part;
    part.day = at.toTimeZone(displayZone()).date();
    auto days = store::FireWeatherStore(database).between(part.day.addDays(-FireDangerPart::kSeasonDays), part.day);
    if (!days)
        return days.error();
    if (days->isEmpty())
        return part;
    part.source.sources = {QStringLiteral("daily noon fire weather (cffdrs CSV)")};
    const QList<analysis::StationDanger> stations = analysis::stationDanger(*days, part.day);
    part.stations = int(stations.size());
    part.districts = analysis::districtDanger(stations, inputs.districts, inputs.nameField);
    std::stable_sort(part.districts.begin(), part.districts.end(), [](const auto &a, const auto &b) {
        return a.dangerClass != b.dangerClass ? a.dangerClass > b.dangerClass : a.fwi > b.fwi;
    });
    bool high = false;
    for (const analysis::DistrictDanger &d : part.districts) {
        part.stale += part.isStale(d) ? 1 : 0;
        high = high || (analysis::fireDangerSignal(d.dangerClass) != analysis::FireDangerSignal::None && !part.isStale(d));
        if (d.dangerClass > 0 && (!part.source.newest.isValid() || d.date > part.source.newest.toTimeZone(displayZone()).date()))
            part.source.newest = QDateTime(d.date, QTime(12, 0), displayZone()).toUTC();
    }
    part.state = high ? DataState::Reported : DataState::NothingToReport;
    return part;
}

} // namespace lookout::situation

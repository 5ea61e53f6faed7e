// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "situation/stationsituation.h"

#include "core/timeformat.h"
#include "store/hydrologystore.h"

#include <algorithm>

namespace lookout::situation {

using Status = analysis::LevelState::Status;

std::optional<double> StationSituation::excess() const
{
    if (level.overGuaranteed && *level.overGuaranteed > 0)
        return level.overGuaranteed;
    if (level.overFloodLimit)
        return level.overFloodLimit;
    return level.overWarning;
}

int StationSituation::severity() const
{
    switch (level.status) {
    case Status::OverGuaranteed: return 4;
    case Status::OverWarning:
    case Status::OverFloodLimit: return 3;
    case Status::Normal: return 2;
    case Status::NoThreshold:
    case Status::OutsideFloodSeason:
    case Status::FloodLimitPeriodUnknown: return 1;
    case Status::NoData: return 0;
    }
    return 0;
}

QString statusKey(Status status)
{
    switch (status) {
    case Status::NoData: return QStringLiteral("no-data");
    case Status::NoThreshold: return QStringLiteral("no-threshold");
    case Status::Normal: return QStringLiteral("normal");
    case Status::OverWarning: return QStringLiteral("over-warning");
    case Status::OverGuaranteed: return QStringLiteral("over-guaranteed");
    case Status::OverFloodLimit: return QStringLiteral("over-flood-limit");
    case Status::OutsideFloodSeason: return QStringLiteral("outside-flood-season");
    case Status::FloodLimitPeriodUnknown: return QStringLiteral("flood-limit-period-unknown");
    }
    return {};
}

Result<StationsPart> buildStationsPart(store::Database &database, const QDateTime &at)
{
    auto data = store::HydrologyStore(database).between(at.addSecs(-StationsPart::kWindowSeconds), at);
    if (!data)
        return data.error();
    StationsPart part;
    if (auto sources = store::HydrologyStore(database).sources())
        part.source.sources = *sources;
    else
        return sources.error();
    for (const feeds::StationInfo &info : data->stations) {
        StationSituation station;
        station.stcd = info.stcd;
        station.name = info.stnm;
        station.river = info.rvnm;
        station.position = info.position;
        QList<feeds::RiverReading> river;
        for (const feeds::RiverReading &r : data->river)
            if (r.stcd == info.stcd)
                river.append(r);
        QList<feeds::ReservoirReading> reservoir;
        for (const feeds::ReservoirReading &r : data->reservoirs)
            if (r.stcd == info.stcd)
                reservoir.append(r);
        QList<feeds::FloodLimitPeriod> limits;
        for (const feeds::FloodLimitPeriod &p : data->floodLimits)
            if (p.stcd == info.stcd)
                limits.append(p);
        std::optional<feeds::RiverThresholds> thresholds;
        for (const feeds::RiverThresholds &t : data->riverThresholds)
            if (t.stcd == info.stcd)
                thresholds = t;
        station.reservoir = !reservoir.isEmpty() || !limits.isEmpty();
        for (const feeds::RiverReading &r : river)
            if (r.z && r.tm <= at)
                station.readings.append({r.tm, *r.z});
        for (const feeds::ReservoirReading &r : reservoir)
            if (r.rz && r.tm <= at)
                station.readings.append({r.tm, *r.rz});
        std::sort(station.readings.begin(), station.readings.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        if (station.reservoir) {
            station.level = analysis::evaluateReservoir(reservoir, limits, at);
            if (station.level.time.isValid())
                station.floodLimit = analysis::floodLimitOn(limits, station.level.time.toTimeZone(displayZone()).date());
        } else {
            station.level = analysis::evaluateRiver(river, thresholds, at);
            if (thresholds) {
                station.warningLevel = thresholds->wrz;
                station.guaranteedLevel = thresholds->grz;
            }
        }
        if (station.level.status == Status::NoData)
            continue;  // thresholds known, but no reading in the window: nothing to show
        station.stale = station.level.time.secsTo(at) > StationsPart::kStaleSeconds;
        if (!part.source.newest.isValid() || station.level.time > part.source.newest)
            part.source.newest = station.level.time;
        part.overThreshold += station.severity() >= 3 ? 1 : 0;
        part.withoutThreshold += station.severity() == 1 ? 1 : 0;
        part.withoutPosition += station.position ? 0 : 1;
        part.stale += station.stale ? 1 : 0;
        part.stations.append(station);
    }
    std::stable_sort(part.stations.begin(), part.stations.end(), [](const StationSituation &a, const StationSituation &b) {
        if (a.severity() != b.severity())
            return a.severity() > b.severity();
        return a.excess().value_or(-1e9) > b.excess().value_or(-1e9);
    });
    part.state = part.stations.isEmpty() ? DataState::NoData : part.overThreshold > 0 ? DataState::Reported : DataState::NothingToReport;
    return part;
}

} // namespace lookout::situation

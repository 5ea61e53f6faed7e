// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "analysis/firedanger.h"

#include <algorithm>

namespace lookout::analysis {

QList<StationDanger> stationDanger(const QList<feeds::DailyFireWeather> &days, const QDate &today,
                                   const DangerBreakpoints &breakpoints)
{
    // Group by station, days in order.
    QList<QList<feeds::DailyFireWeather>> stations;
    QList<feeds::DailyFireWeather> sorted = days;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        if (a.longitude != b.longitude)
            return a.longitude < b.longitude;
        if (a.latitude != b.latitude)
            return a.latitude < b.latitude;
        return a.date < b.date;
    });
    for (const feeds::DailyFireWeather &day : sorted) {
        if (day.date > today)
            continue;
        if (stations.isEmpty() || stations.back().front().longitude != day.longitude || stations.back().front().latitude != day.latitude)
            stations.append(QList<feeds::DailyFireWeather>());
        if (!stations.back().isEmpty() && stations.back().back().date == day.date)
            stations.back().back() = day;  // the same day twice: the later row
        else
            stations.back().append(day);
    }
    QList<StationDanger> result;
    for (const QList<feeds::DailyFireWeather> &station : stations) {
        // The last unbroken run of days: a gap restarts the codes.
        qsizetype start = station.size() - 1;
        while (start > 0 && station[start - 1].date.daysTo(station[start].date) == 1)
            --start;
        QList<FwiWeather> run;
        for (qsizetype i = start; i < station.size(); ++i) {
            const feeds::DailyFireWeather &d = station[i];
            run.append(FwiWeather{d.date.year(), d.date.month(), d.date.day(), d.temp, d.rh, d.wind, d.rain});
        }
        const QList<FwiCodes> codes = fwiSequence(run, station.back().latitude);
        if (codes.isEmpty())
            continue;
        StationDanger danger;
        danger.position = GeoPoint{station.back().longitude, station.back().latitude};
        danger.date = station.back().date;
        danger.codes = codes.back();
        danger.dangerClass = fireDangerClass(codes.back().fwi, breakpoints);
        danger.daysCarried = int(run.size());
        result.append(danger);
    }
    return result;
}

QList<DistrictDanger> districtDanger(const QList<StationDanger> &stations, const gis::VectorData &districts,
                                     const QString &nameField, double reachKm)
{
    QList<DistrictDanger> result;
    for (const gis::VectorFeature &feature : districts.features) {
        if (feature.kind != gis::GeometryKind::Polygon)
            continue;
        DistrictDanger district;
        district.district = feature.text(nameField);
        auto take = [&](const StationDanger &station) {
            if (station.dangerClass > district.dangerClass || (station.dangerClass == district.dangerClass && station.codes.fwi > district.fwi)) {
                district.dangerClass = station.dangerClass;
                district.fwi = station.codes.fwi;
                district.date = station.date;
            }
        };
        for (const StationDanger &station : stations) {
            if (!feature.bounds.contains(station.position.lon, station.position.lat))
                continue;
            int inside = 0;
            for (const auto &ring : feature.parts)
                inside += gis::ringContains(ring, station.position) ? 1 : 0;
            if (inside % 2 == 1) {
                take(station);
                ++district.stations;
            }
        }
        if (district.stations == 0) {
            const StationDanger *nearest = nullptr;
            double best = reachKm * 1000.0;
            for (const StationDanger &station : stations) {
                const double metres = haversineMetres(feature.labelPoint, station.position);
                if (metres <= best) {
                    best = metres;
                    nearest = &station;
                }
            }
            if (nearest) {
                take(*nearest);
                district.nearest = true;
            }
        }
        result.append(district);
    }
    return result;
}

} // namespace lookout::analysis

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "analysis/fireevents.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace lookout::analysis {

namespace {

int root(std::vector<int> &parent, int i)
{
    while (parent[std::size_t(i)] != i)
        i = parent[std::size_t(i)] = parent[std::size_t(parent[std::size_t(i)])];
    return i;
}

bool featureContains(const gis::VectorFeature &feature, GeoPoint point)
{
    if (feature.kind != gis::GeometryKind::Polygon || !feature.bounds.contains(point.lon, point.lat))
        return false;
    int inside = 0;
    for (const auto &ring : feature.parts)
        inside += gis::ringContains(ring, point) ? 1 : 0;
    return inside % 2 == 1;
}

} // namespace

FireEventResult clusterHotspots(const QList<feeds::Hotspot> &hotspots, const FireEventOptions &options)
{
    FireEventResult result;
    QList<int> kept;
    for (int i = 0; i < hotspots.size(); ++i) {
        if (options.dropStaticSources && hotspots[i].type > 0)
            ++result.staticSourcesDropped;
        else
            kept.append(i);
    }
    // A grid of cells one link distance high (and as wide in km at that latitude): links are
    // only looked for in a cell and its eight neighbours.
    const double cellDegrees = options.linkDistanceKm / 111.0;
    auto cellOf = [&](const GeoPoint &p) {
        const double lonScale = std::max(0.05, std::cos(p.lat * M_PI / 180.0));
        return std::pair<qint64, qint64>(qint64(std::floor(p.lon * lonScale / cellDegrees)), qint64(std::floor(p.lat / cellDegrees)));
    };
    QHash<std::pair<qint64, qint64>, QList<int>> grid;
    for (int k = 0; k < kept.size(); ++k)
        grid[cellOf(hotspots[kept[k]].position)].append(k);

    std::vector<int> parent(static_cast<std::size_t>(kept.size()));
    std::iota(parent.begin(), parent.end(), 0);
    const qint64 linkSeconds = qint64(options.linkHours * 3600);
    for (int k = 0; k < kept.size(); ++k) {
        const feeds::Hotspot &a = hotspots[kept[k]];
        const auto [cx, cy] = cellOf(a.position);
        for (qint64 dx = -1; dx <= 1; ++dx)
            for (qint64 dy = -1; dy <= 1; ++dy)
                for (int other : grid.value({cx + dx, cy + dy})) {
                    if (other <= k)
                        continue;
                    const feeds::Hotspot &b = hotspots[kept[other]];
                    if (std::abs(a.time.secsTo(b.time)) <= linkSeconds
                        && haversineMetres(a.position, b.position) <= options.linkDistanceKm * 1000.0)
                        parent[std::size_t(root(parent, other))] = root(parent, k);
                }
    }
    QHash<int, FireEvent> events;
    for (int k = 0; k < kept.size(); ++k)
        events[root(parent, k)].hotspots.append(kept[k]);
    for (FireEvent &event : events) {
        std::sort(event.hotspots.begin(), event.hotspots.end(),
                  [&](int a, int b) { return hotspots[a].time < hotspots[b].time; });
        double lon = 0, lat = 0;
        for (int index : event.hotspots) {
            const feeds::Hotspot &hotspot = hotspots[index];
            lon += hotspot.position.lon;
            lat += hotspot.position.lat;
            event.bounds.extend(hotspot.position.lon, hotspot.position.lat);
            event.maxFrp = std::max(event.maxFrp, hotspot.frp);
            if (int(hotspot.confidence) > int(event.confidence))
                event.confidence = hotspot.confidence;
        }
        event.centre = GeoPoint{lon / event.hotspots.size(), lat / event.hotspots.size()};
        event.first = hotspots[event.hotspots.front()].time;
        event.last = hotspots[event.hotspots.back()].time;
        result.events.append(event);
    }
    std::sort(result.events.begin(), result.events.end(), [](const FireEvent &a, const FireEvent &b) {
        return std::pair(a.last, a.maxFrp) > std::pair(b.last, b.maxFrp);
    });
    return result;
}

void assignDistricts(QList<FireEvent> &events, const QList<feeds::Hotspot> &hotspots, const gis::VectorData &districts,
                     const QString &nameField)
{
    for (FireEvent &event : events) {
        event.district.clear();
        for (const GeoPoint &point : {event.centre, hotspots[event.hotspots.front()].position}) {
            for (const gis::VectorFeature &feature : districts.features)
                if (featureContains(feature, point)) {
                    event.district = feature.text(nameField);
                    break;
                }
            if (!event.district.isEmpty())
                break;
        }
    }
}

} // namespace lookout::analysis

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "analysis/rainfallstats.h"

#include "gis/coordinatetransform.h"

#include <QMap>

#include <ogr_spatialref.h>

#include <algorithm>
#include <cmath>

namespace lookout::analysis {

namespace {

bool sameLattice(const gis::RainfallGrid &a, const gis::RainfallGrid &b)
{
    return a.width == b.width && a.height == b.height && a.geoTransform == b.geoTransform && a.crsWkt == b.crsWkt;
}

bool contains(const gis::VectorFeature &feature, GeoPoint point)
{
    if (feature.kind != gis::GeometryKind::Polygon || !feature.bounds.contains(point.lon, point.lat))
        return false;
    int inside = 0;
    for (const auto &ring : feature.parts)
        inside += gis::ringContains(ring, point) ? 1 : 0;
    return inside % 2 == 1;
}

} // namespace

Result<gis::RainfallGrid> accumulate(const QList<gis::RainfallGrid> &grids, const QDateTime &end, int hours)
{
    const QDateTime start = end.addSecs(qint64(-hours) * 3600);
    QList<const gis::RainfallGrid *> inside;
    for (const gis::RainfallGrid &grid : grids)
        if (grid.periodStart >= start && grid.validTime <= end)
            inside.append(&grid);
    std::sort(inside.begin(), inside.end(), [](const auto *a, const auto *b) { return a->periodStart < b->periodStart; });
    // The periods must tile [start, end]: no gap, no overlap.
    QDateTime covered = start;
    for (const gis::RainfallGrid *grid : inside) {
        if (grid->periodStart != covered)
            return makeError(Error::Code::NotFound,
                             grid->periodStart > covered
                                 ? QStringLiteral("no rainfall grid for %1 to %2").arg(covered.toString(Qt::ISODate), grid->periodStart.toString(Qt::ISODate))
                                 : QStringLiteral("rainfall grids overlap at %1").arg(grid->periodStart.toString(Qt::ISODate)));
        if (!sameLattice(*grid, *inside.front()))
            return makeError(Error::Code::InvalidArgument, QStringLiteral("rainfall grids on different lattices cannot be summed"),
                             {grid->source});
        covered = grid->validTime;
    }
    if (inside.isEmpty() || covered != end)
        return makeError(Error::Code::NotFound, QStringLiteral("the %1 h before %2 are not covered by the grids (up to %3)")
                                                    .arg(hours).arg(end.toString(Qt::ISODate), covered.toString(Qt::ISODate)));
    gis::RainfallGrid sum = *inside.front();
    sum.source = QStringLiteral("%1 grid(s)").arg(inside.size());
    sum.variable = QStringLiteral("%1 h accumulation").arg(hours);
    sum.periodStart = start;
    sum.validTime = end;
    for (qsizetype g = 1; g < inside.size(); ++g)
        for (std::size_t i = 0; i < sum.millimetres.size(); ++i)
            sum.millimetres[i] += inside[g]->millimetres[i];  // NaN stays NaN
    return sum;
}

namespace {

// Calls `visit` with the index of every cell whose centre lies inside the feature (even-odd over
// its rings), for a grid whose rows and columns follow its CRS's axes: the rings are taken into
// the grid's pixel space and filled scanline by scanline, so the cost is the cells inside plus
// rows x edges, not all cells x all vertices.
template <typename Visit>
void scanlineCells(const gis::RainfallGrid &grid, const std::vector<std::vector<GeoPoint>> &pixelRings, Visit visit)
{
    double top = 1e300, bottom = -1e300;
    for (const auto &ring : pixelRings)
        for (const GeoPoint &p : ring) {
            top = std::min(top, p.lat);
            bottom = std::max(bottom, p.lat);
        }
    const int firstRow = std::max(0, int(std::floor(top - 0.5)));
    const int lastRow = std::min(grid.height - 1, int(std::ceil(bottom)));
    std::vector<double> crossings;
    for (int row = firstRow; row <= lastRow; ++row) {
        const double yc = row + 0.5;
        crossings.clear();
        for (const auto &ring : pixelRings)
            for (std::size_t i = 0, n = ring.size(); i < n; ++i) {
                const GeoPoint &a = ring[i];
                const GeoPoint &b = ring[(i + 1) % n];
                if ((a.lat <= yc) != (b.lat <= yc))
                    crossings.push_back(a.lon + (yc - a.lat) * (b.lon - a.lon) / (b.lat - a.lat));
            }
        std::sort(crossings.begin(), crossings.end());
        for (std::size_t k = 0; k + 1 < crossings.size(); k += 2) {
            // Columns whose centre c + 0.5 lies in [from, to).
            const int from = std::max(0, int(std::ceil(crossings[k] - 0.5)));
            const int to = std::min(grid.width, int(std::ceil(crossings[k + 1] - 0.5)));
            for (int column = from; column < to; ++column)
                visit(std::size_t(row) * std::size_t(grid.width) + std::size_t(column), row);
        }
    }
}

} // namespace

Result<QList<DistrictRainfall>> districtRainfall(const gis::RainfallGrid &grid, const gis::VectorData &districts,
                                                 const QString &nameField)
{
    OGRSpatialReference crs;
    if (grid.crsWkt.isEmpty() || crs.importFromWkt(grid.crsWkt.toUtf8().constData()) != OGRERR_NONE)
        return makeError(Error::Code::InvalidArgument, QStringLiteral("the rainfall grid has no CRS"), {grid.source});
    const bool geographic = crs.IsGeographic();
    const auto &g = grid.geoTransform;
    const double det = g[1] * g[5] - g[2] * g[4];
    if (det == 0)
        return makeError(Error::Code::InvalidArgument, QStringLiteral("the rainfall grid's geotransform is singular"), {grid.source});
    auto toGrid = gis::CoordinateTransform::create(gis::kWgs84, grid.crsWkt);
    if (!toGrid)
        return toGrid.error();
    // A point in the grid's CRS to fractional (column, row), as GeoPoint{x: column, y: row}.
    auto toPixel = [&](double x, double y) {
        const double dx = x - g[0];
        const double dy = y - g[3];
        return GeoPoint{(g[5] * dx - g[2] * dy) / det, (-g[4] * dx + g[1] * dy) / det};
    };
    const bool axisAligned = g[2] == 0 && g[4] == 0;
    // Rotated grids: every cell centre in WGS-84, tested against each district.
    std::vector<double> xs;
    std::vector<double> ys;
    if (!axisAligned) {
        auto toWgs84 = gis::CoordinateTransform::create(grid.crsWkt, gis::kWgs84);
        if (!toWgs84)
            return toWgs84.error();
        for (int row = 0; row < grid.height; ++row)
            for (int column = 0; column < grid.width; ++column) {
                xs.push_back(g[0] + (column + 0.5) * g[1] + (row + 0.5) * g[2]);
                ys.push_back(g[3] + (column + 0.5) * g[4] + (row + 0.5) * g[5]);
            }
        toWgs84->transform(xs, ys);
    }

    QList<DistrictRainfall> result;
    for (const gis::VectorFeature &feature : districts.features) {
        if (feature.kind != gis::GeometryKind::Polygon)
            continue;
        DistrictRainfall stats;
        stats.district = feature.text(nameField);
        double area = 0, sum = 0, over50 = 0, over100 = 0, over250 = 0;
        // Geographic cells shrink towards the poles (cos latitude); projected cells are equal.
        auto add = [&](std::size_t i, double weight) {
            const float mm = grid.millimetres[i];
            if (std::isnan(mm))
                return;
            area += weight;
            sum += weight * mm;
            stats.maxMm = std::max(stats.maxMm, double(mm));
            over50 += mm >= 50 ? weight : 0;
            over100 += mm >= 100 ? weight : 0;
            over250 += mm >= 250 ? weight : 0;
            ++stats.cells;
        };
        if (axisAligned) {
            std::vector<std::vector<GeoPoint>> rings;
            for (const auto &ring : feature.parts) {
                std::vector<double> rx, ry;
                for (const GeoPoint &p : ring) {
                    rx.push_back(p.lon);
                    ry.push_back(p.lat);
                }
                toGrid->transform(rx, ry);
                std::vector<GeoPoint> pixels;
                for (std::size_t i = 0; i < rx.size(); ++i)
                    if (std::isfinite(rx[i]) && std::isfinite(ry[i]))
                        pixels.push_back(toPixel(rx[i], ry[i]));
                rings.push_back(std::move(pixels));
            }
            std::vector<double> rowWeight(std::size_t(grid.height), 1.0);
            if (geographic)
                for (int row = 0; row < grid.height; ++row)
                    rowWeight[std::size_t(row)] = std::cos((g[3] + (row + 0.5) * g[5]) * M_PI / 180.0);
            scanlineCells(grid, rings, [&](std::size_t i, int row) { add(i, rowWeight[std::size_t(row)]); });
        } else {
            for (std::size_t i = 0; i < xs.size(); ++i)
                if (std::isfinite(xs[i]) && contains(feature, GeoPoint{xs[i], ys[i]}))
                    add(i, geographic ? std::cos(ys[i] * M_PI / 180.0) : 1.0);
        }
        if (stats.cells == 0) {
            // Smaller than a cell: the cell under the label point, found in the grid's own CRS.
            std::vector<double> px{feature.labelPoint.lon};
            std::vector<double> py{feature.labelPoint.lat};
            toGrid->transform(px, py);
            if (std::isfinite(px[0]) && std::isfinite(py[0])) {
                const GeoPoint pixel = toPixel(px[0], py[0]);
                const int column = int(std::floor(pixel.lon));
                const int row = int(std::floor(pixel.lat));
                if (column >= 0 && column < grid.width && row >= 0 && row < grid.height) {
                    add(std::size_t(row) * std::size_t(grid.width) + std::size_t(column),
                        geographic ? std::cos(py[0] * M_PI / 180.0) : 1.0);
                    stats.fromNearestCell = stats.cells > 0;
                }
            }
        }
        if (area > 0) {
            stats.meanMm = sum / area;
            stats.shareOver50 = over50 / area;
            stats.shareOver100 = over100 / area;
            stats.shareOver250 = over250 / area;
        }
        result.append(stats);
    }
    return result;
}

RainstormSignal rainstormSignal(double mm3h, double mm6h, double mm12h)
{
    if (mm3h >= 100)
        return RainstormSignal::Red;
    if (mm3h >= 50)
        return RainstormSignal::Orange;
    if (mm6h >= 50)
        return RainstormSignal::Yellow;
    if (mm12h >= 50)
        return RainstormSignal::Blue;
    return RainstormSignal::None;
}

QString rainstormSignalName(RainstormSignal signal)
{
    switch (signal) {
    case RainstormSignal::None: return QStringLiteral("none");
    case RainstormSignal::Blue: return QStringLiteral("blue");
    case RainstormSignal::Yellow: return QStringLiteral("yellow");
    case RainstormSignal::Orange: return QStringLiteral("orange");
    case RainstormSignal::Red: return QStringLiteral("red");
    }
    return {};
}

} // namespace lookout::analysis

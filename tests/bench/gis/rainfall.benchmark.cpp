// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// Rainfall on the map and per district:
//  - the real GFS 6-h precipitation grid warped to the wall's 3840x2160 Web Mercator view of the
//    Pearl River Delta: Lookout's warpToView beside GDALWarp() with gdalwarp's own arguments
//    (-r bilinear -t_srs EPSG:3857 -te ... -ts 3840 2160 -ot Float32) on the same in-memory band;
//  - per-district statistics of a 0.005° grid over Guangdong (1.8 million cells) for its 21
//    cities: Lookout's districtRainfall beside QGIS's QgsZonalStatistics (tests/bench/qgis/
//    zonal_stats.py) on the same grid and polygons, which this program writes with
//    --write-zonal-inputs GRID.tif CITIES.geojson.
#include "analysis/rainfallstats.h"
#include "gis/coordinatetransform.h"
#include "gis/gdalerrorcapture.h"
#include "gis/rainfalllayer.h"
#include "gis/vectorsource.h"
#include "tests/support/boundarylayers.h"
#include "tests/support/testdata.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <benchmark/benchmark.h>
#include <gdal_priv.h>
#include <gdal_utils.h>
#include <ogr_spatialref.h>

#include <cmath>
#include <cstring>

using namespace lookout;

namespace {

QSize kWall(3840, 2160);

gis::RainfallGrid gfsGrid()
{
    const QString path = test::sharedData(QStringLiteral("grids/gfs.t12z.pgrbf120.2p5deg.grib2"));
    return gis::readRainfallGrid(path, gis::findRainfallBands(path).value().front()).value();
}

// The demo's wall extent widened to the wall's aspect, as the map canvas shows it.
GeoBox wallView()
{
    gis::MapSettings settings;
    settings.extent = test::prdExtentWebMercator();
    settings.outputSize = kWall;
    return settings.visibleExtent();
}

void BM_WarpRainfall4K(benchmark::State &state)
{
    const gis::RainfallGrid grid = gfsGrid();
    const GeoBox view = wallView();
    for (auto _ : state) {
        auto warped = gis::warpToView(grid, gis::kWebMercator, view, kWall);
        if (!warped)
            state.SkipWithError(warped.error().toString().toUtf8().constData());
        benchmark::DoNotOptimize(warped);
    }
}

// gdalwarp as a user runs it: on its default one thread, or with -multi -wo NUM_THREADS=ALL_CPUS.
void runGdalwarp(benchmark::State &state, bool multi)
{
    gis::ensureGdalRegistered();
    gis::RainfallGrid grid = gfsGrid();
    GDALDriver *mem = GetGDALDriverManager()->GetDriverByName("MEM");
    GDALDatasetUniquePtr source(mem->Create("", grid.width, grid.height, 1, GDT_Float32, nullptr));
    source->SetGeoTransform(grid.geoTransform.data());
    source->SetProjection(grid.crsWkt.toUtf8().constData());
    source->GetRasterBand(1)->SetNoDataValue(std::nan(""));
    if (source->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, grid.width, grid.height, grid.millimetres.data(), grid.width,
                                           grid.height, GDT_Float32, 0, 0) != CE_None)
        state.SkipWithError("cannot fill the source");
    const GeoBox view = wallView();
    const QStringList args{QStringLiteral("-q"), QStringLiteral("-of"), QStringLiteral("MEM"), QStringLiteral("-r"), QStringLiteral("bilinear"),
                           QStringLiteral("-t_srs"), QStringLiteral("EPSG:3857"), QStringLiteral("-te"), QString::number(view.xMin, 'f', 3),
                           QString::number(view.yMin, 'f', 3), QString::number(view.xMax, 'f', 3), QString::number(view.yMax, 'f', 3),
                           QStringLiteral("-ts"), QString::number(kWall.width()), QString::number(kWall.height()), QStringLiteral("-ot"),
                           QStringLiteral("Float32")};
    const QStringList threads = multi ? QStringList{QStringLiteral("-multi"), QStringLiteral("-wo"), QStringLiteral("NUM_THREADS=ALL_CPUS")}
                                      : QStringList();
    std::vector<QByteArray> storage;
    std::vector<char *> argv;
    for (const QString &arg : args + threads)
        storage.push_back(arg.toUtf8());
    for (QByteArray &arg : storage)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    GDALWarpAppOptions *options = GDALWarpAppOptionsNew(argv.data(), nullptr);
    GDALDatasetH sources[] = {GDALDataset::ToHandle(source.get())};
    for (auto _ : state) {
        int failed = 0;
        GDALDatasetH out = GDALWarp("", nullptr, 1, sources, options, &failed);
        if (!out || failed)
            state.SkipWithError("GDALWarp failed");
        GDALClose(out);
    }
    GDALWarpAppOptionsFree(options);
}

void BM_GdalwarpRainfall4K(benchmark::State &state)
{
    runGdalwarp(state, false);
}

void BM_GdalwarpMultiRainfall4K(benchmark::State &state)
{
    runGdalwarp(state, true);
}

// A smooth field of 0-300 mm over Guangdong at 0.005°, with the metadata Lookout's reader wants.
gis::RainfallGrid guangdongGrid()
{
    gis::RainfallGrid grid;
    grid.source = QStringLiteral("synthetic");
    grid.variable = QStringLiteral("band 1");
    grid.validTime = QDateTime(QDate(2018, 9, 17), QTime(0, 0), QTimeZone::utc());
    grid.periodStart = grid.validTime.addDays(-1);
    grid.width = 1600;
    grid.height = 1120;
    grid.geoTransform = {109.5, 0.005, 0, 25.6, 0, -0.005};
    OGRSpatialReference srs;
    srs.importFromEPSG(4326);
    char *wkt = nullptr;
    srs.exportToWkt(&wkt);
    grid.crsWkt = QString::fromUtf8(wkt);
    CPLFree(wkt);
    grid.millimetres.resize(std::size_t(grid.width) * std::size_t(grid.height));
    for (int row = 0; row < grid.height; ++row)
        for (int column = 0; column < grid.width; ++column)
            grid.millimetres[std::size_t(row) * std::size_t(grid.width) + std::size_t(column)] =
                float(150.0 * (1.0 + std::sin(column / 37.0) * std::cos(row / 23.0)));
    return grid;
}

gis::VectorData guangdongCities()
{
    const QString path = test::sharedData(QStringLiteral("boundaries/440000_full.json"));
    return gis::convertToWgs84(gis::readVectorFile(path, {QString(), gis::kGcj02}).value()).value();
}

void BM_DistrictRainfallGuangdong(benchmark::State &state)
{
    const gis::RainfallGrid grid = guangdongGrid();
    const gis::VectorData cities = guangdongCities();
    for (auto _ : state) {
        auto stats = analysis::districtRainfall(grid, cities, QStringLiteral("name"));
        if (!stats)
            state.SkipWithError(stats.error().toString().toUtf8().constData());
        benchmark::DoNotOptimize(stats);
    }
    state.SetItemsProcessed(state.iterations() * qint64(grid.millimetres.size()));
}

// Writes the Guangdong grid as GeoTIFF and the cities (WGS-84) as GeoJSON for the QGIS side.
int writeZonalInputs(const char *gridPath, const char *citiesPath)
{
    gis::ensureGdalRegistered();
    gis::RainfallGrid grid = guangdongGrid();
    GDALDriver *gtiff = GetGDALDriverManager()->GetDriverByName("GTiff");
    GDALDatasetUniquePtr out(gtiff->Create(gridPath, grid.width, grid.height, 1, GDT_Float32, nullptr));
    if (!out)
        return 1;
    out->SetGeoTransform(grid.geoTransform.data());
    out->SetProjection(grid.crsWkt.toUtf8().constData());
    out->SetMetadataItem("LOOKOUT_VALID_TIME", "2018-09-17T00:00:00Z");
    out->SetMetadataItem("LOOKOUT_PERIOD_HOURS", "24");
    if (out->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, grid.width, grid.height, grid.millimetres.data(), grid.width, grid.height,
                                        GDT_Float32, 0, 0) != CE_None)
        return 1;
    QJsonArray features;
    for (const gis::VectorFeature &feature : guangdongCities().features) {
        QJsonArray polygons;
        std::size_t ring = 0;
        for (std::uint32_t count : feature.polygonRingCounts) {
            QJsonArray rings;
            for (std::uint32_t i = 0; i < count; ++i, ++ring) {
                QJsonArray coordinates;
                for (const GeoPoint &p : feature.parts[ring])
                    coordinates.append(QJsonArray{p.lon, p.lat});
                coordinates.append(QJsonArray{feature.parts[ring].front().lon, feature.parts[ring].front().lat});
                rings.append(coordinates);
            }
            polygons.append(rings);
        }
        features.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                                    {QStringLiteral("properties"), QJsonObject{{QStringLiteral("name"), feature.text(QStringLiteral("name"))}}},
                                    {QStringLiteral("geometry"), QJsonObject{{QStringLiteral("type"), QStringLiteral("MultiPolygon")},
                                                                             {QStringLiteral("coordinates"), polygons}}}});
    }
    QFile file(QString::fromLocal8Bit(citiesPath));
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                         {QStringLiteral("features"), features}}).toJson(QJsonDocument::Compact));
    return 0;
}

} // namespace

BENCHMARK(BM_WarpRainfall4K)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_GdalwarpRainfall4K)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_GdalwarpMultiRainfall4K)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_DistrictRainfallGuangdong)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && std::strcmp(argv[1], "--write-zonal-inputs") == 0)
        return writeZonalInputs(argv[2], argv[3]);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

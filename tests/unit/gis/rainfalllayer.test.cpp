// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "gis/coordinatetransform.h"
#include "gis/rainfalllayer.h"
#include "tests/support/testdata.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <gtest/gtest.h>

#include <cmath>

using namespace lookout;
using namespace lookout::gis;

namespace {

QString wgs84Wkt()
{
    OGRSpatialReference srs;
    srs.importFromEPSG(4326);
    char *text = nullptr;
    srs.exportToWkt(&text);
    const QString wkt = QString::fromUtf8(text);
    CPLFree(text);
    return wkt;
}

// 10 x 10 one-degree cells over 105-115 E, 15-25 N; each cell holds 10 x its column.
RainfallGrid columnRamp()
{
    RainfallGrid grid;
    grid.source = QStringLiteral("synthetic");
    grid.variable = QStringLiteral("APCP24");
    grid.validTime = QDateTime(QDate(2020, 6, 1), QTime(0, 0), QTimeZone::utc());
    grid.periodStart = grid.validTime.addDays(-1);
    grid.width = grid.height = 10;
    grid.geoTransform = {105.0, 1.0, 0.0, 25.0, 0.0, -1.0};
    grid.crsWkt = wgs84Wkt();
    for (int row = 0; row < 10; ++row)
        for (int column = 0; column < 10; ++column)
            grid.millimetres.push_back(float(10 * column));
    return grid;
}

GeoBox mercatorBox(double lon0, double lat0, double lon1, double lat1)
{
    auto transform = CoordinateTransform::create(kWgs84, kWebMercator);
    EXPECT_TRUE(transform.ok());
    auto a = transform->transform(GeoPoint{lon0, lat0});
    auto b = transform->transform(GeoPoint{lon1, lat1});
    EXPECT_TRUE(a.ok() && b.ok());
    return GeoBox::fromCorners(a->lon, a->lat, b->lon, b->lat);
}

} // namespace

TEST(RainfallWarp, BilinearValuesInTheViewAndNoDataOutsideTheGrid)
{
    const RainfallGrid grid = columnRamp();
    // A view from 100 E (west of the grid) to 112 E: the left part has no data.
    const GeoBox view = mercatorBox(100.0, 18.0, 112.0, 22.0);
    auto warped = warpToView(grid, kWebMercator, view, QSize(240, 80));
    ASSERT_TRUE(warped.ok()) << warped.error().toString().toStdString();
    ASSERT_EQ(warped->size(), std::size_t(240 * 80));
    auto at = [&](double lon) {
        const int x = int((lon - 100.0) / 12.0 * 240);
        return (*warped)[std::size_t(40 * 240 + x)];
    };
    EXPECT_TRUE(std::isnan(at(102.0))) << at(102.0);
    // At 110.05 E the column coordinate is 4.55 cells: between 40 and 50 mm, bilinear.
    EXPECT_NEAR(at(110.05), 45.5, 0.6);
    EXPECT_NEAR(at(107.55), 20.5, 0.6);
}

TEST(RainfallWarp, MatchesGdalwarpOnTheRealGfsGrid)
{
    const QString gfs = test::sharedData(QStringLiteral("grids/gfs.t12z.pgrbf120.2p5deg.grib2"));
    auto bands = findRainfallBands(gfs);
    ASSERT_TRUE(bands.ok() && !bands->isEmpty());
    auto grid = readRainfallGrid(gfs, bands->front());
    ASSERT_TRUE(grid.ok()) << grid.error().toString().toStdString();
    // A wide view (South China Sea to the Yangtze) where the 6-h field has rain.
    const GeoBox view = mercatorBox(100.0, 5.0, 135.0, 35.0);
    const QSize size(350, 320);
    auto ours = warpToView(*grid, kWebMercator, view, size);
    ASSERT_TRUE(ours.ok()) << ours.error().toString().toStdString();

    QTemporaryDir dir;
    const QString band = dir.filePath(QStringLiteral("apcp.tif"));
    const QString out = dir.filePath(QStringLiteral("warped.tif"));
    QProcess tool;
    tool.start(QStringLiteral("gdal_translate"), {QStringLiteral("-q"), QStringLiteral("-b"), QString::number(bands->front().band), gfs, band});
    ASSERT_TRUE(tool.waitForFinished(60000) && tool.exitCode() == 0) << tool.readAllStandardError().toStdString();
    tool.start(QStringLiteral("gdalwarp"), {QStringLiteral("-q"), QStringLiteral("-r"), QStringLiteral("bilinear"), QStringLiteral("-t_srs"),
                                            QStringLiteral("EPSG:3857"), QStringLiteral("-te"), QString::number(view.xMin, 'f', 6),
                                            QString::number(view.yMin, 'f', 6), QString::number(view.xMax, 'f', 6),
                                            QString::number(view.yMax, 'f', 6), QStringLiteral("-ts"), QString::number(size.width()),
                                            QString::number(size.height()), QStringLiteral("-ot"), QStringLiteral("Float32"), band, out});
    ASSERT_TRUE(tool.waitForFinished(60000) && tool.exitCode() == 0) << tool.readAllStandardError().toStdString();
    GDALAllRegister();
    GDALDatasetUniquePtr reference(GDALDataset::Open(out.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    ASSERT_TRUE(reference);
    std::vector<float> theirs(std::size_t(size.width()) * std::size_t(size.height()));
    ASSERT_EQ(reference->GetRasterBand(1)->RasterIO(GF_Read, 0, 0, size.width(), size.height(), theirs.data(), size.width(),
                                                     size.height(), GDT_Float32, 0, 0),
              CE_None);
    int compared = 0, wet = 0;
    double worst = 0;
    for (std::size_t i = 0; i < theirs.size(); ++i) {
        if (std::isnan((*ours)[i]))
            continue;
        ++compared;
        wet += (*ours)[i] >= 0.1f ? 1 : 0;
        worst = std::max(worst, double(std::abs((*ours)[i] - theirs[i])));
    }
    EXPECT_GT(compared, int(theirs.size() * 9 / 10));
    EXPECT_GT(wet, 100);  // there is rain in this view to compare
    EXPECT_LT(worst, 0.01);
}

TEST(RainfallRampAndLayer, GradesForTheGridsPeriodAndTheCachedView)
{
    const RainfallRamp day = rainfallRamp(24);
    ASSERT_EQ(day.stops.size(), 6);
    EXPECT_EQ(day.colorFor(0.05f).alpha(), 0);  // dry is transparent
    EXPECT_EQ(day.colorFor(std::nanf("")).alpha(), 0);
    EXPECT_EQ(day.colorFor(49.9f), day.stops[2].color);   // 大雨 25-49.9
    EXPECT_EQ(day.colorFor(50.0f), day.stops[3].color);   // 暴雨 from 50
    EXPECT_EQ(rainfallRamp(12).colorFor(30.0f), rainfallRamp(12).stops[3].color);  // 12 h 暴雨 from 30
    EXPECT_TRUE(day.stops[3].label.contains(QStringLiteral("50")));
    EXPECT_TRUE(day.stops[3].label.contains(QStringLiteral("rainstorm")));  // the class's name (暴雨 in Chinese)
    EXPECT_FALSE(rainfallRamp(6).stops[3].label.contains(QStringLiteral("rainstorm")));  // no standard 6 h grades

    RainfallLayer layer(QStringLiteral("rain"), QStringLiteral("Rain"), std::make_shared<const RainfallGrid>(columnRamp()), day);
    const GeoBox view = mercatorBox(106.0, 16.0, 114.0, 24.0);
    auto first = layer.imageFor(kWebMercator, view, QSize(200, 200));
    auto second = layer.imageFor(kWebMercator, view, QSize(200, 200));
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(first->cacheKey(), second->cacheKey());  // the same view is not warped again
    auto moved = layer.imageFor(kWebMercator, mercatorBox(107.0, 16.0, 115.0, 24.0), QSize(200, 200));
    ASSERT_TRUE(moved.ok());
    EXPECT_NE(moved->cacheKey(), first->cacheKey());
    EXPECT_GT(qAlpha(first->pixel(190, 100)), 0);  // 80+ mm in the east
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// Accumulations, district statistics and rainstorm signals: a grid built over the real Zhuhai
// and Jiangmen districts with known amounts, and the real GFS APCP06 grid.
#include "analysis/rainfallstats.h"
#include "gis/coordinatetransform.h"
#include "gis/vectorsource.h"
#include "tests/support/testdata.h"

#include <QTimeZone>

#include <gtest/gtest.h>

#include <ogr_spatialref.h>

using namespace lookout;
using namespace lookout::analysis;

namespace {

gis::VectorData districts()
{
    gis::VectorData all;
    for (const char *file : {"boundaries/440400_full.json", "boundaries/440700_full.json"}) {
        auto read = gis::readVectorFile(test::sharedData(QString::fromLatin1(file)), {QString(), gis::kGcj02});
        auto converted = gis::convertToWgs84(std::move(read).value());
        for (auto &feature : converted->features)
            all.features.push_back(std::move(feature));
    }
    return all;
}

QString wgs84Wkt()
{
    OGRSpatialReference crs;
    crs.importFromEPSG(4326);
    char *wkt = nullptr;
    crs.exportToWkt(&wkt);
    const QString text = QString::fromUtf8(wkt);
    CPLFree(wkt);
    return text;
}

// A 0.01° grid over the two cities, one hour ending at `end`: `mm` west of 113°E, 0 east of it.
gis::RainfallGrid hourGrid(const QDateTime &end, float westMm)
{
    gis::RainfallGrid grid;
    grid.source = QStringLiteral("synthetic");
    grid.periodStart = end.addSecs(-3600);
    grid.validTime = end;
    grid.width = 260;
    grid.height = 160;
    grid.geoTransform = {111.8, 0.01, 0, 23.0, 0, -0.01};
    grid.crsWkt = wgs84Wkt();
    grid.millimetres.resize(std::size_t(grid.width) * std::size_t(grid.height));
    for (int row = 0; row < grid.height; ++row)
        for (int column = 0; column < grid.width; ++column)
            grid.millimetres[std::size_t(row * grid.width + column)] = 111.8 + (column + 0.5) * 0.01 < 113.0 ? westMm : 0.0f;
    return grid;
}

const DistrictRainfall *of(const QList<DistrictRainfall> &all, const QString &name)
{
    for (const DistrictRainfall &entry : all)
        if (entry.district == name)
            return &entry;
    return nullptr;
}

} // namespace

TEST(RainfallStats, ThreeHourAccumulationAndDistrictShares)
{
    const QDateTime end(QDate(2018, 9, 16), QTime(12, 0), QTimeZone::utc());
    const QList<gis::RainfallGrid> hours{hourGrid(end.addSecs(-2 * 3600), 20), hourGrid(end.addSecs(-3600), 30), hourGrid(end, 60)};
    auto threeHours = accumulate(hours, end, 3);
    ASSERT_TRUE(threeHours.ok()) << threeHours.error().toString().toStdString();
    EXPECT_DOUBLE_EQ(threeHours->hours(), 3.0);
    auto stats = districtRainfall(*threeHours, districts(), QStringLiteral("name"));
    ASSERT_TRUE(stats.ok()) << stats.error().toString().toStdString();
    ASSERT_EQ(stats->size(), 10);
    // 恩平市 lies wholly west of 113°E: 110 mm everywhere in it.
    const DistrictRainfall *enping = of(*stats, QStringLiteral("恩平市"));
    ASSERT_NE(enping, nullptr);
    EXPECT_GT(enping->cells, 1000);
    EXPECT_NEAR(enping->meanMm, 110.0, 1e-3);
    EXPECT_DOUBLE_EQ(enping->shareOver100, 1.0);
    EXPECT_DOUBLE_EQ(enping->shareOver250, 0.0);
    // 香洲区 lies east of it: dry.
    const DistrictRainfall *xiangzhou = of(*stats, QStringLiteral("香洲区"));
    ASSERT_NE(xiangzhou, nullptr);
    EXPECT_DOUBLE_EQ(xiangzhou->maxMm, 0.0);
    // 蓬江区 straddles 113°E: part over 100 mm, part dry, mean in between.
    const DistrictRainfall *pengjiang = of(*stats, QStringLiteral("蓬江区"));
    ASSERT_NE(pengjiang, nullptr);
    EXPECT_GT(pengjiang->shareOver100, 0.05);
    EXPECT_LT(pengjiang->shareOver100, 0.95);
    EXPECT_NEAR(pengjiang->meanMm, 110.0 * pengjiang->shareOver100, 1.0);
    // 110 mm in 3 hours is a red rainstorm signal; 50 mm in 6 hours yellow.
    EXPECT_EQ(rainstormSignal(enping->maxMm, enping->maxMm, enping->maxMm), RainstormSignal::Red);
    EXPECT_EQ(rainstormSignal(20, 55, 60), RainstormSignal::Yellow);
    EXPECT_EQ(rainstormSignal(60, 60, 60), RainstormSignal::Orange);
    EXPECT_EQ(rainstormSignal(10, 20, 50), RainstormSignal::Blue);
    EXPECT_EQ(rainstormSignal(10, 20, 49.9), RainstormSignal::None);
}

TEST(RainfallStats, GapsOverlapsAndLatticesAreErrors)
{
    const QDateTime end(QDate(2018, 9, 16), QTime(12, 0), QTimeZone::utc());
    EXPECT_FALSE(accumulate({hourGrid(end.addSecs(-2 * 3600), 1), hourGrid(end, 1)}, end, 3).ok());  // a missing hour
    EXPECT_FALSE(accumulate({hourGrid(end, 1)}, end, 3).ok());
    gis::RainfallGrid moved = hourGrid(end.addSecs(-3600), 1);
    moved.geoTransform[0] += 0.5;
    EXPECT_FALSE(accumulate({hourGrid(end.addSecs(-2 * 3600), 1), moved, hourGrid(end, 1)}, end, 3).ok());
    auto overlapping = accumulate({hourGrid(end.addSecs(-2 * 3600), 1), hourGrid(end.addSecs(-3600), 1), hourGrid(end.addSecs(-3600), 1),
                                   hourGrid(end, 1)}, end, 3);
    ASSERT_FALSE(overlapping.ok());
    EXPECT_NE(overlapping.error().message.indexOf(QStringLiteral("overlap")), -1);
}

TEST(RainfallStats, CoarseGfsGridOverSmallDistricts)
{
    auto bands = gis::findRainfallBands(test::sharedData(QStringLiteral("grids/gfs.t12z.pgrbf120.2p5deg.grib2")));
    ASSERT_TRUE(bands.ok());
    const auto apcp = std::find_if(bands->begin(), bands->end(), [](const gis::RainfallBand &b) { return b.variable == QLatin1String("APCP06"); });
    auto grid = gis::readRainfallGrid(test::sharedData(QStringLiteral("grids/gfs.t12z.pgrbf120.2p5deg.grib2")), *apcp);
    ASSERT_TRUE(grid.ok());
    auto stats = districtRainfall(*grid, districts(), QStringLiteral("name"));
    ASSERT_TRUE(stats.ok()) << stats.error().toString().toStdString();
    ASSERT_EQ(stats->size(), 10);
    // 2.5° cells are larger than any district: one district holds the centre at 112.5°E 22.5°N,
    // the others each take the cell under their label point.
    int nearest = 0;
    for (const DistrictRainfall &district : *stats) {
        EXPECT_EQ(district.cells, 1) << district.district.toStdString();
        EXPECT_GE(district.meanMm, 0.0);
        nearest += district.fromNearestCell ? 1 : 0;
    }
    EXPECT_EQ(nearest, 9);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// Rainfall grids from the real GRIB2, NetCDF and GeoTIFF files: times, periods and units from the
// metadata or a clear error, scale/offset and fill values applied.
#include "gis/gribeccodes.h"
#include "gis/rainfallgrid.h"
#include "tests/support/testdata.h"

#include <QFile>
#include <QTemporaryDir>

#include <gdal_priv.h>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <cmath>

using namespace lookout;
using namespace lookout::gis;

namespace {
QString grid(const char *file)
{
    return test::sharedData(QStringLiteral("grids/") + QString::fromLatin1(file));
}

float maximum(const RainfallGrid &rain, int *noData)
{
    float best = 0;
    *noData = 0;
    for (float cell : rain.millimetres) {
        if (std::isnan(cell))
            ++*noData;
        else
            best = std::max(best, cell);
    }
    return best;
}
} // namespace

// Environment Canada's RDPS on its polar stereographic grid: total precipitation with the period
// in product definition template 4.8 (tests/data/grids/SOURCES.md).
TEST(RainfallGrid, PolarStereographicAccumulationsReadTheirPeriodFromTheProductDefinition)
{
    const QString hourly = test::testData(QStringLiteral("grids/CMC_reg_APCP_SFC_0_ps10km_2024061200_P001.grib2"));
    auto bands = findRainfallBands(hourly);
    ASSERT_TRUE(bands.ok()) << bands.error().toString().toStdString();
    ASSERT_EQ(bands->size(), 1);
    auto hour = readRainfallGrid(hourly, bands->front());
    ASSERT_TRUE(hour.ok()) << hour.error().toString().toStdString();
    EXPECT_EQ(hour->periodStart, QDateTime(QDate(2024, 6, 12), QTime(0, 0), QTimeZone::utc()));
    EXPECT_EQ(hour->validTime, QDateTime(QDate(2024, 6, 12), QTime(1, 0), QTimeZone::utc()));
    EXPECT_EQ(hour->width, 935);
    EXPECT_EQ(hour->height, 824);
    EXPECT_DOUBLE_EQ(hour->geoTransform[1], 10000.0);
    EXPECT_TRUE(hour->crsWkt.contains(QLatin1String("Polar_Stereographic"))) << hour->crsWkt.toStdString();

    const QString daily = test::testData(QStringLiteral("grids/cmc_rdps_ps10km_apcp24_with_local_parameter.grib2"));
    QStringList skipped;
    auto dailyBands = findRainfallBands(daily, &skipped);
    ASSERT_TRUE(dailyBands.ok()) << dailyBands.error().toString().toStdString();
    ASSERT_EQ(dailyBands->size(), 1);  // the local parameter is not rainfall
    ASSERT_EQ(skipped.size(), 1);
    EXPECT_TRUE(skipped.front().contains(QStringLiteral("unknown"))) << skipped.front().toStdString();
    auto day = readRainfallGrid(daily, dailyBands->front());
    ASSERT_TRUE(day.ok()) << day.error().toString().toStdString();
    EXPECT_DOUBLE_EQ(day->hours(), 24.0);
    EXPECT_EQ(day->periodStart, QDateTime(QDate(2024, 6, 12), QTime(0, 0), QTimeZone::utc()));
    EXPECT_EQ(day->validTime, QDateTime(QDate(2024, 6, 13), QTime(0, 0), QTimeZone::utc()));
    int noData = 0;
    EXPECT_EQ(maximum(*day, &noData), maximum(*hour, &noData));  // the same cells, another period
}

// The period from template 4.8's values (GDAL's assembled order), in any unit of code table 4.4.
TEST(RainfallGrid, StatisticalPeriodFromTemplateValues)
{
    // ECMWF-style: 1 day ending 2025-09-13 00:00, as a centre writes "tp" without a name suffix.
    QList<qint64> values{1, 8, 2, 0, 148, 0, 0, 1, 0, 1, 0, 0, 255, 0, 0, 2025, 9, 13, 0, 0, 0, 1, 0, 1, 2, 2, 1, 1, 0};
    auto day = gribAccumulation(8, values);
    ASSERT_TRUE(day.ok()) << day.error().toString().toStdString();
    EXPECT_EQ(day->start, QDateTime(QDate(2025, 9, 12), QTime(0, 0), QTimeZone::utc()));
    EXPECT_EQ(day->end, QDateTime(QDate(2025, 9, 13), QTime(0, 0), QTimeZone::utc()));
    values[25] = 11;  // unit: 6 hours
    values[26] = 2;
    EXPECT_EQ(gribAccumulation(8, values)->start, QDateTime(QDate(2025, 9, 12), QTime(12, 0), QTimeZone::utc()));
    values[23] = 0;  // an average, not an accumulation
    EXPECT_FALSE(gribAccumulation(8, values).ok());
    values[23] = 1;
    values[25] = 3;  // months: not a fixed length
    EXPECT_FALSE(gribAccumulation(8, values).ok());
    EXPECT_FALSE(gribAccumulation(0, values).ok());            // no statistical period at all
    EXPECT_FALSE(gribAccumulation(8, values.mid(0, 20)).ok());  // cut short
}

TEST(RainfallGrid, GfsGrib2SixHourAccumulation)
{
    auto bands = findRainfallBands(grid("gfs.t12z.pgrbf120.2p5deg.grib2"));
    ASSERT_TRUE(bands.ok()) << bands.error().toString().toStdString();
    const auto apcp = std::find_if(bands->begin(), bands->end(), [](const RainfallBand &b) { return b.variable == QLatin1String("APCP06"); });
    ASSERT_NE(apcp, bands->end());
    EXPECT_EQ(apcp->band, 226);
    auto rain = readRainfallGrid(grid("gfs.t12z.pgrbf120.2p5deg.grib2"), *apcp);
    ASSERT_TRUE(rain.ok()) << rain.error().toString().toStdString();
    EXPECT_EQ(rain->validTime, QDateTime(QDate(2011, 1, 15), QTime(12, 0), QTimeZone::utc()));
    EXPECT_EQ(rain->periodStart, QDateTime(QDate(2011, 1, 15), QTime(6, 0), QTimeZone::utc()));
    EXPECT_DOUBLE_EQ(rain->hours(), 6.0);
    EXPECT_EQ(rain->width, 144);
    EXPECT_EQ(rain->height, 73);
    EXPECT_DOUBLE_EQ(rain->geoTransform[1], 2.5);
    int noData = 0;
    EXPECT_GT(maximum(*rain, &noData), 1.0f);
    EXPECT_TRUE(rain->crsWkt.contains(QLatin1String("GEOGCRS")) || rain->crsWkt.contains(QLatin1String("GEOGCS")));
}

TEST(RainfallGrid, NetcdfScaleFillAndPeriodFromTheFile)
{
    auto bands = findRainfallBands(grid("bom_rainfields_66_20201031_060000.prcp-c10.nc"));
    ASSERT_TRUE(bands.ok()) << bands.error().toString().toStdString();
    ASSERT_EQ(bands->size(), 1);
    auto rain = readRainfallGrid(grid("bom_rainfields_66_20201031_060000.prcp-c10.nc"), bands->front());
    ASSERT_TRUE(rain.ok()) << rain.error().toString().toStdString();
    EXPECT_EQ(rain->validTime, QDateTime(QDate(2020, 10, 31), QTime(6, 0), QTimeZone::utc()));
    EXPECT_EQ(rain->periodStart, QDateTime(QDate(2020, 10, 31), QTime(5, 50), QTimeZone::utc()));  // 10 minutes
    EXPECT_EQ(rain->width, 512);
    int noData = 0;
    EXPECT_NEAR(maximum(*rain, &noData), 15.1f, 1e-4);  // raw 302 x scale_factor 0.05
    EXPECT_EQ(noData, 0);  // this file has no _FillValue cell (raw minimum 0)
}

TEST(RainfallGrid, FillValuesBecomeNoData)
{
    // The same file with a patch of cells set to its _FillValue (-1) through GDAL: they must come
    // back as no data, not as -0.05 mm.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("filled.nc"));
    ASSERT_TRUE(QFile::copy(grid("bom_rainfields_66_20201031_060000.prcp-c10.nc"), copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        GDALDatasetUniquePtr dataset(GDALDataset::Open(("NETCDF:\"" + copy + "\":precipitation").toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_UPDATE));
        ASSERT_TRUE(dataset);
        std::vector<qint16> fill(10 * 10, -1);
        ASSERT_EQ(dataset->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, 10, 10, fill.data(), 10, 10, GDT_Int16, 0, 0), CE_None);
    }
    auto bands = findRainfallBands(copy);
    ASSERT_TRUE(bands.ok());
    auto rain = readRainfallGrid(copy, bands->front());
    ASSERT_TRUE(rain.ok()) << rain.error().toString().toStdString();
    int noData = 0;
    maximum(*rain, &noData);
    EXPECT_EQ(noData, 100);
    EXPECT_TRUE(std::isnan(rain->at(0, 0)));
}

TEST(RainfallGrid, NoTimeMetadataCcsdsAndCorruptFilesAreErrors)
{
    // A GeoTIFF without time or period: refused, never guessed.
    auto dem = findRainfallBands(grid("pysheds_hydrosheds_dem_3s.tif"));
    ASSERT_FALSE(dem.ok());
    EXPECT_EQ(dem.error().code, Error::Code::NotFound);
    auto forced = readRainfallGrid(grid("pysheds_hydrosheds_dem_3s.tif"), RainfallBand{1, {}, QStringLiteral("dem"), {}});
    ASSERT_FALSE(forced.ok());
    EXPECT_NE(forced.error().message.indexOf(QStringLiteral("no valid time or accumulation period")), -1);
    // Current ECMWF open data (CCSDS packing) decodes through ecCodes, but this message is a
    // precipitation rate at step 0, not an accumulation: refused, saying what it holds.
    auto ccsds = findRainfallBands(grid("ecmwf_ifs_0p25_20250912120000-0h-oper-fc.msg89_tprate_ccsds.grib2"));
    ASSERT_FALSE(ccsds.ok());
    EXPECT_EQ(ccsds.error().code, Error::Code::NotFound);
    EXPECT_NE(ccsds.error().message.indexOf(QStringLiteral("tprate")), -1) << ccsds.error().toString().toStdString();
    // A NetCDF rainfall file and a GRIB2 file cut short, and bytes that are no raster.
    QTemporaryDir dir;
    const QByteArray nc = test::readBytes(grid("bom_rainfields_66_20201031_060000.prcp-c10.nc"));
    EXPECT_FALSE(findRainfallBands(test::writeFile(dir, QStringLiteral("cut.nc"), nc.left(nc.size() / 3))).ok());
    const QByteArray grib = test::readBytes(grid("gfs.t12z.pgrbf120.2p5deg.grib2"));
    const QString cutGrib = test::writeFile(dir, QStringLiteral("cut.grib2"), grib.left(20000));
    auto cutBands = findRainfallBands(cutGrib);
    EXPECT_FALSE(cutBands.ok() && std::any_of(cutBands->begin(), cutBands->end(), [](const RainfallBand &b) { return b.band == 226; }));
    EXPECT_FALSE(findRainfallBands(test::writeFile(dir, QStringLiteral("noise.grib2"), QByteArray(5000, 'x'))).ok());
}

TEST(RainfallGrid, CcsdsGrib2DecodesWithEccodes)
{
    auto messages = readGribWithEccodes(grid("ecmwf_ifs_0p25_20250912120000-0h-oper-fc.msg89_tprate_ccsds.grib2"));
    ASSERT_TRUE(messages.ok()) << messages.error().toString().toStdString();
    ASSERT_EQ(messages->size(), 1);
    const GribMessage &rate = messages->front();
    EXPECT_EQ(rate.shortName, QStringLiteral("tprate"));
    EXPECT_EQ(rate.packingType, QStringLiteral("grid_ccsds"));
    EXPECT_EQ(rate.ni, 1440);
    EXPECT_EQ(rate.nj, 721);
    EXPECT_EQ(rate.referenceTime, QDateTime(QDate(2025, 9, 12), QTime(12, 0), QTimeZone::utc()));
    double maximum = 0;
    for (double value : rate.values)
        if (std::isfinite(value))
            maximum = std::max(maximum, value);
    EXPECT_NEAR(maximum, 0.00982, 0.00001);  // SOURCES.md, checked with ecCodes
    EXPECT_FALSE(rainfallFromGribMessage(rate, QStringLiteral("ecmwf")).ok());

    // The same lattice as a 6-hour total precipitation in metres: millimetres over 12-18 UTC.
    GribMessage total = rate;
    total.shortName = QStringLiteral("tp");
    total.units = QStringLiteral("m");
    total.stepRange = QStringLiteral("0-6");
    total.values.assign(total.values.size(), 0.012);
    auto rain = rainfallFromGribMessage(total, QStringLiteral("ecmwf"));
    ASSERT_TRUE(rain.ok());
    EXPECT_DOUBLE_EQ(rain->hours(), 6.0);
    EXPECT_EQ(rain->validTime, QDateTime(QDate(2025, 9, 12), QTime(18, 0), QTimeZone::utc()));
    EXPECT_NEAR(rain->at(0, 0), 12.0f, 1e-4);
    EXPECT_DOUBLE_EQ(rain->geoTransform[1], 0.25);
    EXPECT_DOUBLE_EQ(rain->geoTransform[0], -180.125);  // first longitude 180 = -180, half a cell west
}

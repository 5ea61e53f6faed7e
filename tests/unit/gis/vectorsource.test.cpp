// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "gis/coordinatetransform.h"
#include "gis/vectorsource.h"
#include "tests/support/testdata.h"

#include <QFile>
#include <QSet>

#include <gtest/gtest.h>

using namespace lookout;
using namespace lookout::gis;
using lookout::test::sharedData;

namespace {
QSet<QString> names(const VectorData &data, const QString &field)
{
    QSet<QString> result;
    for (const VectorFeature &feature : data.features)
        result.insert(feature.text(field));
    return result;
}
} // namespace

TEST(VectorSource, ReadsZhuhaiDistricts)
{
    auto data = readVectorFile(sharedData(QStringLiteral("boundaries/440400_full.json")));
    ASSERT_TRUE(data.ok()) << data.error().toString().toStdString();
    ASSERT_EQ(data->features.size(), 3u);
    EXPECT_EQ(names(*data, QStringLiteral("name")),
              (QSet<QString>{QStringLiteral("香洲区"), QStringLiteral("斗门区"), QStringLiteral("金湾区")}));
    // No "crs" member: RFC 7946 WGS-84, as the file claims (SOURCES.md: really GCJ-02).
    EXPECT_EQ(data->crs, kWgs84);
    EXPECT_EQ(data->vertexCount(), 1992u);  // SOURCES.md: 1,992 vertices
    // Extent from SOURCES.md: 113.085-114.326 E, 21.806-22.444 N.
    EXPECT_NEAR(data->bounds.xMin, 113.085, 0.001);
    EXPECT_NEAR(data->bounds.xMax, 114.326, 0.001);
    EXPECT_NEAR(data->bounds.yMin, 21.806, 0.001);
    EXPECT_NEAR(data->bounds.yMax, 22.444, 0.001);
    for (const VectorFeature &feature : data->features) {
        EXPECT_EQ(feature.kind, GeometryKind::Polygon);
        EXPECT_TRUE(feature.bounds.contains(feature.labelPoint.lon, feature.labelPoint.lat));
    }
}

TEST(VectorSource, ReadsJiangmenAndTheBomPrefixedChinaFile)
{
    auto jiangmen = readVectorFile(sharedData(QStringLiteral("boundaries/440700_full.json")));
    ASSERT_TRUE(jiangmen.ok()) << jiangmen.error().toString().toStdString();
    EXPECT_EQ(jiangmen->features.size(), 7u);
    EXPECT_TRUE(names(*jiangmen, QStringLiteral("name")).contains(QStringLiteral("台山市")));
    EXPECT_NEAR(jiangmen->bounds.xMin, 112.004, 0.001);
    EXPECT_NEAR(jiangmen->bounds.yMax, 22.856, 0.001);

    auto china = readVectorFile(sharedData(QStringLiteral("boundaries/100000_full.json")));
    ASSERT_TRUE(china.ok()) << china.error().toString().toStdString();
    EXPECT_EQ(china->features.size(), 35u);
    EXPECT_TRUE(names(*china, QStringLiteral("name")).contains(QStringLiteral("广东省")));

    auto hongKong = readVectorFile(sharedData(QStringLiteral("boundaries/hk_dc_land_2001_wgs84.json")));
    ASSERT_TRUE(hongKong.ok());
    EXPECT_EQ(hongKong->features.size(), 18u);
    EXPECT_TRUE(names(*hongKong, QStringLiteral("DC_CHIN")).contains(QStringLiteral("深水埗區")));
}

TEST(VectorSource, DeclaredGcj02IsConvertedToWgs84)
{
    auto raw = readVectorFile(sharedData(QStringLiteral("boundaries/440400_full.json")), {QString(), kGcj02});
    ASSERT_TRUE(raw.ok());
    EXPECT_EQ(raw->crs, kGcj02);
    EXPECT_FALSE(raw->crsFromFile);
    const GeoBox before = raw->bounds;
    auto converted = convertToWgs84(std::move(raw).value());
    ASSERT_TRUE(converted.ok());
    EXPECT_EQ(converted->crs, kWgs84);
    // GCJ-02 is ~0.005 deg east and ~0.003 deg south of WGS-84 here: converting moves west and north.
    EXPECT_NEAR(converted->bounds.xMin - before.xMin, -0.0051, 0.0004);
    EXPECT_NEAR(converted->bounds.yMin - before.yMin, 0.0030, 0.0004);
}

TEST(VectorSource, ClearErrorsForMissingEmptyAndCorruptFiles)
{
    QTemporaryDir dir;
    auto missing = readVectorFile(dir.filePath(QStringLiteral("nope.geojson")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, Error::Code::NotFound);

    auto empty = readVectorFile(test::writeFile(dir, QStringLiteral("empty.geojson"), {}));
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().code, Error::Code::Empty);
    EXPECT_TRUE(empty.error().toString().contains(QStringLiteral("empty.geojson")));

    auto noFeatures = readVectorFile(test::writeFile(dir, QStringLiteral("none.geojson"),
                                                     R"({"type":"FeatureCollection","features":[]})"));
    ASSERT_FALSE(noFeatures.ok());
    EXPECT_EQ(noFeatures.error().code, Error::Code::Empty);

    // The real Zhuhai file cut off in the middle, as a failed download would leave it.
    QFile real(sharedData(QStringLiteral("boundaries/440400_full.json")));
    ASSERT_TRUE(real.open(QIODevice::ReadOnly));
    const QByteArray truncated = real.readAll().left(20000);
    auto corrupt = readVectorFile(test::writeFile(dir, QStringLiteral("truncated.json"), truncated));
    ASSERT_FALSE(corrupt.ok());
    EXPECT_EQ(corrupt.error().code, Error::Code::Corrupt);
    EXPECT_TRUE(corrupt.error().toString().contains(QStringLiteral("truncated.json")));
    EXPECT_GT(corrupt.error().context.size(), 1);  // carries GDAL's reason

    auto garbage = readVectorFile(test::writeFile(dir, QStringLiteral("garbage.gpkg"), QByteArray(4096, '\x5a')));
    ASSERT_FALSE(garbage.ok());
    EXPECT_EQ(garbage.error().code, Error::Code::Corrupt);

    // Declaring GCJ-02 for projected data is refused rather than silently wrong.
    auto wrongCrs = readVectorFile(
        test::writeFile(dir, QStringLiteral("mercator.geojson"),
                        R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3857"}},)"
                        R"("features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[12640328,2541567]}}]})"),
        {QString(), kGcj02});
    ASSERT_FALSE(wrongCrs.ok());
    EXPECT_EQ(wrongCrs.error().code, Error::Code::InvalidArgument);
}

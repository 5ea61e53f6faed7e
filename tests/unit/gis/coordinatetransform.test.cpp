// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "gis/coordinatetransform.h"

#include <QtConcurrent/QtConcurrentRun>

#include <gtest/gtest.h>

using namespace lookout;
using namespace lookout::gis;

// Expected values produced with PROJ 9.1's cs2cs on Debian 12 (input in EPSG axis order, lat lon):
//   echo "22.25 113.55" | cs2cs -d 4 EPSG:4326 EPSG:3857   -> 12640328.1796 2541567.3031
//   echo "22.58 113.08" | cs2cs -d 4 EPSG:4326 EPSG:3857   -> 12588008.0189 2581305.1467
//   echo "22.25 113.55" | cs2cs -d 4 EPSG:4326 EPSG:4547   -> 2461552.4442 453613.5774 (northing easting)
//   echo "21.8 112.8"   | cs2cs -d 4 EPSG:4326 EPSG:4547   -> 2412137.3377 375905.8062
//   echo "22.25 113.55" | cs2cs -d 9 EPSG:4490 EPSG:4326   -> 22.250000000 113.550000000
namespace {
struct Case {
    const char *target;
    GeoPoint wgs84;
    double x;
    double y;
};
const Case kCases[] = {
    {"EPSG:3857", {113.55, 22.25}, 12640328.1796, 2541567.3031},
    {"EPSG:3857", {113.08, 22.58}, 12588008.0189, 2581305.1467},
    {"EPSG:4547", {113.55, 22.25}, 453613.5774, 2461552.4442},
    {"EPSG:4547", {112.80, 21.80}, 375905.8062, 2412137.3377},
};
} // namespace

TEST(CoordinateTransform, MatchesCs2csWithGisAxisOrder)
{
    for (const Case &c : kCases) {
        auto transform = CoordinateTransform::create(kWgs84, QString::fromLatin1(c.target));
        ASSERT_TRUE(transform.ok()) << transform.error().toString().toStdString();
        auto projected = transform->transform(c.wgs84);
        ASSERT_TRUE(projected.ok());
        EXPECT_NEAR(projected->lon, c.x, 0.001) << c.target;
        EXPECT_NEAR(projected->lat, c.y, 0.001) << c.target;
        auto back = transform->transform(*projected, true);
        ASSERT_TRUE(back.ok());
        EXPECT_NEAR(back->lon, c.wgs84.lon, 1e-9);
        EXPECT_NEAR(back->lat, c.wgs84.lat, 1e-9);
    }
}

TEST(CoordinateTransform, Cgcs2000IsWgs84ForDisplay)
{
    auto transform = CoordinateTransform::create(kCgcs2000, kWgs84);
    ASSERT_TRUE(transform.ok());
    auto point = transform->transform(GeoPoint{113.55, 22.25});
    ASSERT_TRUE(point.ok());
    EXPECT_NEAR(point->lon, 113.55, 1e-9);
    EXPECT_NEAR(point->lat, 22.25, 1e-9);
}

TEST(CoordinateTransform, BoxAndErrors)
{
    auto transform = CoordinateTransform::create(kWgs84, kWebMercator);
    ASSERT_TRUE(transform.ok());
    auto box = transform->transformBox(GeoBox::fromCorners(113.0, 22.0, 114.0, 23.0));
    ASSERT_TRUE(box.ok());
    EXPECT_NEAR(box->xMin, 12579102.47, 1.0);
    EXPECT_GT(box->yMax, box->yMin);

    auto unknown = CoordinateTransform::create(QStringLiteral("EPSG:999999"), kWgs84);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, Error::Code::Projection);
    auto gcj = CoordinateTransform::create(kGcj02, kWgs84);
    ASSERT_FALSE(gcj.ok());
    EXPECT_EQ(gcj.error().code, Error::Code::Unsupported);
    EXPECT_TRUE(isKnownCrs(kCgcs2000Gk114));
    EXPECT_FALSE(isKnownCrs(QStringLiteral("EPSG:999999")));

    // A latitude beyond the pole: PROJ fails the point, reported, not a crash.
    auto beyond = transform->transform(GeoPoint{0.0, 95.0});
    EXPECT_FALSE(beyond.ok());
}

TEST(CoordinateTransform, OneContextPerThread)
{
    // Each thread builds its own transform in its own PJ_CONTEXT; all agree.
    auto work = [] {
        auto transform = CoordinateTransform::create(kWgs84, kWebMercator);
        double sum = 0;
        for (int i = 0; i < 2000; ++i)
            sum += transform->transform(GeoPoint{113.0 + i * 1e-4, 22.0}).value().lon;
        return sum;
    };
    auto a = QtConcurrent::run(work);
    auto b = QtConcurrent::run(work);
    const double here = work();
    EXPECT_DOUBLE_EQ(a.result(), here);
    EXPECT_DOUBLE_EQ(b.result(), here);
}

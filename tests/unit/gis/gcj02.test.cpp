// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "gis/gcj02.h"

#include <gtest/gtest.h>

using namespace lookout;
using namespace lookout::gis;

TEST(Gcj02, ForwardOffsetMatchesThePublishedAlgorithmInThePrd)
{
    // Offsets stated in shared/data/boundaries/SOURCES.md (computed with the public algorithm):
    // Zhuhai (113.55, 22.25) dx = +0.00509, dy = -0.00297; Jiangmen (113.08, 22.58) +0.00545, -0.00269.
    const GeoPoint zhuhai = wgs84ToGcj02({113.55, 22.25});
    EXPECT_NEAR(zhuhai.lon - 113.55, 0.00509, 0.000005);
    EXPECT_NEAR(zhuhai.lat - 22.25, -0.00297, 0.000005);
    const GeoPoint jiangmen = wgs84ToGcj02({113.08, 22.58});
    EXPECT_NEAR(jiangmen.lon - 113.08, 0.00545, 0.000005);
    EXPECT_NEAR(jiangmen.lat - 22.58, -0.00269, 0.000005);
    // Several hundred metres, the reason the conversion matters.
    EXPECT_GT(haversineMetres({113.55, 22.25}, zhuhai), 500.0);
}

TEST(Gcj02, RoundTripWithinHalfAMetreOverThePearlRiverDelta)
{
    double worst = 0.0;
    for (double lon = 111.5; lon <= 115.0; lon += 0.05) {
        for (double lat = 21.0; lat <= 24.0; lat += 0.05) {
            const GeoPoint wgs{lon, lat};
            const GeoPoint back = gcj02ToWgs84(wgs84ToGcj02(wgs));
            worst = std::max(worst, haversineMetres(wgs, back));
        }
    }
    EXPECT_LT(worst, 0.5);
}

TEST(Gcj02, NoOffsetOutsideChina)
{
    const GeoPoint tokyo{139.69, 35.69};
    EXPECT_FALSE(isInsideGcj02Area(tokyo));
    EXPECT_EQ(wgs84ToGcj02(tokyo), tokyo);
    EXPECT_EQ(gcj02ToWgs84(tokyo), tokyo);
}

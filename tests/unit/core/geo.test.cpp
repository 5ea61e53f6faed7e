// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "core/geo.h"

#include <gtest/gtest.h>

using namespace lookout;

TEST(GeoBox, GrowsAndIntersects)
{
    GeoBox box;
    EXPECT_TRUE(box.isEmpty());
    box.extend(113.0, 22.0);
    box.extend(114.0, 23.0);
    EXPECT_FALSE(box.isEmpty());
    EXPECT_DOUBLE_EQ(box.width(), 1.0);
    EXPECT_TRUE(box.contains(113.5, 22.5));
    EXPECT_FALSE(box.contains(112.9, 22.5));
    EXPECT_TRUE(box.intersects(GeoBox::fromCorners(113.9, 22.9, 115, 24)));
    EXPECT_FALSE(box.intersects(GeoBox::fromCorners(114.1, 22.9, 115, 24)));
    EXPECT_FALSE(box.intersects(GeoBox()));
}

TEST(GeoBox, AspectWidensTheShortSide)
{
    const GeoBox box = GeoBox::fromCorners(0, 0, 10, 10);
    const GeoBox wide = box.withAspect(2.0);
    EXPECT_DOUBLE_EQ(wide.width(), 20.0);
    EXPECT_DOUBLE_EQ(wide.height(), 10.0);
    EXPECT_DOUBLE_EQ(wide.centerX(), 5.0);
    const GeoBox tall = box.withAspect(0.5);
    EXPECT_DOUBLE_EQ(tall.height(), 20.0);
    EXPECT_DOUBLE_EQ(box.scaled(0.5).width(), 5.0);
}

TEST(GeoPoint, ValidityAndDistance)
{
    EXPECT_TRUE((GeoPoint{113.55, 22.25}.isValid()));
    EXPECT_FALSE((GeoPoint{190.0, 22.25}.isValid()));
    EXPECT_FALSE((GeoPoint{113.0, -91.0}.isValid()));
    // One degree of latitude is ~111.2 km on the mean sphere.
    EXPECT_NEAR(haversineMetres({113.0, 22.0}, {113.0, 23.0}), 111195.0, 50.0);
    EXPECT_DOUBLE_EQ(haversineMetres({113.0, 22.0}, {113.0, 22.0}), 0.0);
}

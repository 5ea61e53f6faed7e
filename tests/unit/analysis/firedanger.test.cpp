// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "analysis/firedanger.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

using namespace lookout;
using namespace lookout::analysis;

namespace {

QList<feeds::DailyFireWeather> reference1985()
{
    auto days = feeds::parseDailyFireWeather(
        test::readBytes(test::sharedData(QStringLiteral("fireweather/cffdrs_test_fwi_inputs-1985_rows0001-0024.csv"))), QStringLiteral("1985"));
    EXPECT_TRUE(days.ok());
    return days ? *days : QList<feeds::DailyFireWeather>();
}

gis::VectorFeature square(const QString &name, double lon, double lat, double half)
{
    gis::VectorFeature feature;
    feature.kind = gis::GeometryKind::Polygon;
    feature.parts = {{{lon - half, lat - half}, {lon + half, lat - half}, {lon + half, lat + half}, {lon - half, lat + half}}};
    feature.polygonRingCounts = {1};
    for (const GeoPoint &p : feature.parts.front())
        feature.bounds.extend(p.lon, p.lat);
    feature.labelPoint = GeoPoint{lon, lat};
    feature.attributes.insert(QStringLiteral("name"), name);
    return feature;
}

} // namespace

TEST(FireDanger, StationCodesCarryOverItsDaysAndRestartAfterAGap)
{
    const QList<feeds::DailyFireWeather> days = reference1985();
    ASSERT_EQ(days.size(), 24);
    QList<FwiWeather> weather;
    for (const auto &d : days)
        weather.append(FwiWeather{d.date.year(), d.date.month(), d.date.day(), d.temp, d.rh, d.wind, d.rain});
    const QList<FwiCodes> expected = fwiSequence(weather, days.front().latitude);
    // Shuffled input and a clock in the middle of the run: the codes of that day.
    QList<feeds::DailyFireWeather> shuffled = days;
    std::reverse(shuffled.begin(), shuffled.end());
    const QDate middle = days[15].date;
    auto stations = stationDanger(shuffled, middle);
    ASSERT_EQ(stations.size(), 1);
    EXPECT_EQ(stations.front().date, middle);
    EXPECT_NEAR(stations.front().codes.fwi, expected[15].fwi, 1e-9);
    EXPECT_NEAR(stations.front().codes.dc, expected[15].dc, 1e-9);
    EXPECT_EQ(stations.front().daysCarried, 16);
    EXPECT_EQ(stations.front().dangerClass, fireDangerClass(expected[15].fwi));
    // A missing day: the codes start again from the start-up values after it.
    QList<feeds::DailyFireWeather> gap = days;
    gap.removeAt(10);
    auto restarted = stationDanger(gap, days.back().date);
    ASSERT_EQ(restarted.size(), 1);
    EXPECT_EQ(restarted.front().daysCarried, 13);
    EXPECT_NE(restarted.front().codes.dc, expected.back().dc);
}

TEST(FireDanger, DistrictsTakeTheirWorstStationOrTheNearestWithinReach)
{
    QList<StationDanger> stations(3);
    stations[0].position = GeoPoint{113.0, 22.6};
    stations[0].dangerClass = 2;
    stations[0].codes.fwi = 8;
    stations[1].position = GeoPoint{113.05, 22.62};
    stations[1].dangerClass = 4;
    stations[1].codes.fwi = 30;
    stations[2].position = GeoPoint{112.5, 22.0};  // ~20 km from "near"'s label point
    stations[2].dangerClass = 3;
    stations[2].codes.fwi = 15;
    gis::VectorData districts;
    districts.features = {square(QStringLiteral("inside"), 113.02, 22.61, 0.1), square(QStringLiteral("near"), 112.5, 21.82, 0.05),
                          square(QStringLiteral("far"), 110.0, 20.0, 0.05)};
    const QList<DistrictDanger> result = districtDanger(stations, districts, QStringLiteral("name"));
    ASSERT_EQ(result.size(), 3);
    EXPECT_EQ(result[0].dangerClass, 4);
    EXPECT_EQ(result[0].stations, 2);
    EXPECT_FALSE(result[0].nearest);
    EXPECT_EQ(result[1].dangerClass, 3);
    EXPECT_TRUE(result[1].nearest);
    EXPECT_EQ(result[2].dangerClass, 0);  // no station within 30 km: unknown, not low
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// Wind circles, the forecast cone and district exposure, on the real Mangkhut and Saola tracks
// and the real Zhuhai and Jiangmen districts.
#include "analysis/activestorms.h"
#include "analysis/typhoonexposure.h"
#include "analysis/typhoongeometry.h"
#include "feeds/trackparsers.h"
#include "gis/coordinatetransform.h"
#include "gis/vectorsource.h"
#include "tests/support/testdata.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace lookout;
using namespace lookout::analysis;

namespace {

feeds::TyphoonTrack wztf(const char *file)
{
    auto tracks = feeds::parseWztfJson(test::readBytes(test::sharedData(QStringLiteral("typhoon/") + QString::fromLatin1(file))),
                                       QString::fromLatin1(file));
    EXPECT_TRUE(tracks.ok());
    return tracks ? tracks->front() : feeds::TyphoonTrack();
}

// Zhuhai and Jiangmen districts, GCJ-02 converted to WGS-84 as the workspace keeps them.
gis::VectorData districts()
{
    gis::VectorData all;
    for (const char *file : {"boundaries/440400_full.json", "boundaries/440700_full.json"}) {
        auto read = gis::readVectorFile(test::sharedData(QString::fromLatin1(file)), {QString(), gis::kGcj02});
        EXPECT_TRUE(read.ok());
        auto converted = gis::convertToWgs84(std::move(read).value());
        EXPECT_TRUE(converted.ok());
        all.crs = converted->crs;
        for (auto &feature : converted->features)
            all.features.push_back(std::move(feature));
    }
    return all;
}

const feeds::TrackPoint &fixAt(const feeds::TyphoonTrack &track, const QDateTime &time)
{
    for (const feeds::TrackPoint &point : track.points)
        if (point.time == time)
            return point;
    ADD_FAILURE() << "no fix at " << time.toString(Qt::ISODate).toStdString();
    return track.points.front();
}

const CircleExposure *exposureOf(const QList<CircleExposure> &all, const QString &threshold)
{
    for (const CircleExposure &exposure : all)
        if (exposure.threshold == threshold)
            return &exposure;
    return nullptr;
}

} // namespace

TEST(TyphoonGeometry, DestinationAndBearingAgreeWithHaversine)
{
    const GeoPoint zhuhai{113.5767, 22.2707};
    for (double bearing : {0.0, 45.0, 135.0, 200.0, 315.0}) {
        const GeoPoint there = destination(zhuhai, bearing, 300.0);
        EXPECT_NEAR(haversineMetres(zhuhai, there) / 1000.0, 300.0, 0.01) << bearing;
        EXPECT_NEAR(bearingDegrees(zhuhai, there), bearing, 0.01) << bearing;
    }
    EXPECT_EQ(compassZh(292.5), QStringLiteral("西西北"));
    EXPECT_EQ(compassEn(135.0), QStringLiteral("SE"));
    EXPECT_EQ(compassEn(359.0), QStringLiteral("N"));
}

TEST(TyphoonGeometry, QuadrantOutlineHasEachQuadrantsRadius)
{
    feeds::WindRadii r34;
    r34.threshold = 34;
    r34.label = QStringLiteral("R34");
    r34.unit = feeds::DistanceUnit::NauticalMiles;
    r34.quadrants = {230, 200, 180, 230};  // JTWC Mangkhut 2018-09-16 00Z
    const GeoPoint centre{115.3, 20.8};
    const std::vector<GeoPoint> ring = windRadiiOutline(centre, r34, 8);
    ASSERT_FALSE(ring.empty());
    EXPECT_EQ(ring.front(), ring.back());
    // The points in the middle of each quadrant lie at that quadrant's radius.
    const double expected[] = {230 * 1.852, 200 * 1.852, 180 * 1.852, 230 * 1.852};
    for (int q = 0; q < 4; ++q)
        EXPECT_NEAR(haversineMetres(centre, ring[std::size_t(q * 9 + 4)]) / 1000.0, expected[q], 0.5) << q;
    EXPECT_EQ(windRadiiLabel(QStringLiteral("JTWC"), r34, 1), QStringLiteral("JTWC R34 (34 kt, 1-min) n mi"));
    // No radius at all: no outline.
    feeds::WindRadii none;
    none.quadrants = {0, 0, qQNaN(), 0};
    EXPECT_TRUE(windRadiiOutline(centre, none).empty());
    // JMA long/short: the long radius towards its direction.
    feeds::WindRadii jma;
    jma.label = QStringLiteral("R30");
    jma.longRadius = 300;
    jma.shortRadius = 100;
    jma.longDirection = QStringLiteral("NE");
    const std::vector<GeoPoint> ellipse = windRadiiOutline(centre, jma, 8);
    EXPECT_NEAR(haversineMetres(centre, ellipse[4]) / 1000.0, 300 * 1.852, 0.5);        // NE
    EXPECT_NEAR(haversineMetres(centre, ellipse[2 * 9 + 4]) / 1000.0, 100 * 1.852, 0.5); // SW
}

TEST(TyphoonGeometry, ConeGrowsWithLeadTime)
{
    EXPECT_DOUBLE_EQ(coneRadiusKm(0), 0.0);
    EXPECT_DOUBLE_EQ(coneRadiusKm(12), 50.0);
    EXPECT_DOUBLE_EQ(coneRadiusKm(6), 25.0);
    EXPECT_DOUBLE_EQ(coneRadiusKm(120), 380.0);
    EXPECT_DOUBLE_EQ(coneRadiusKm(200), 380.0);
    const feeds::TyphoonTrack saola = wztf("wztf_202309_Saola.json");
    ASSERT_EQ(saola.forecasts.size(), 2u);
    const gis::VectorFeature cone = forecastCone(saola.points.back().position, saola.forecasts[0].issued, saola.forecasts[0].points);
    ASSERT_EQ(cone.parts.size(), 1u);
    // Counter-clockwise (positive area), so pieces add up under a union fill.
    EXPECT_GT(gis::ringSignedArea(cone.parts[0]), 0.0);
    // The 24 h point's circle (90 km) is inside the cone's bounds.
    const GeoPoint end = saola.forecasts[0].points[0].position;
    EXPECT_LE(cone.bounds.xMin, destination(end, 270, 89).lon);
    EXPECT_GE(cone.bounds.xMax, destination(end, 90, 89).lon);
}

TEST(TyphoonGeometry, TrackFeaturesCarryGrades)
{
    const feeds::TyphoonTrack mangkhut = wztf("wztf_201822_Mangkhut.json");
    const gis::VectorData data = trackFeatures(mangkhut);
    EXPECT_EQ(data.features.size(), 2 * mangkhut.points.size() - 1);
    QSet<QString> grades;
    for (const gis::VectorFeature &feature : data.features)
        grades.insert(feature.text(QStringLiteral("grade")));
    EXPECT_TRUE(grades.contains(QStringLiteral("SuperTY")));
    EXPECT_TRUE(grades.contains(QStringLiteral("TS")));
}

TEST(TyphoonExposure, MangkhutForce7CircleCoversZhuhaiBeforeLandfall)
{
    const feeds::TyphoonTrack mangkhut = wztf("wztf_201822_Mangkhut.json");
    // 2018-09-16 08:00 Beijing: centre 115.6E 20.6N, force-7 radii 500/450/400/350 km.
    const feeds::TrackPoint &fix = fixAt(mangkhut, QDateTime(QDate(2018, 9, 16), QTime(0, 0), QTimeZone::utc()));
    auto exposure = windCircleExposure(mangkhut, fix, districts(), QStringLiteral("name"));
    ASSERT_TRUE(exposure.ok()) << exposure.error().toString().toStdString();
    const CircleExposure *force7 = exposureOf(*exposure, QStringLiteral("7级"));
    const CircleExposure *force10 = exposureOf(*exposure, QStringLiteral("10级"));
    ASSERT_NE(force7, nullptr);
    ASSERT_NE(force10, nullptr);
    for (const char *district : {"香洲区", "金湾区", "斗门区"})
        EXPECT_TRUE(force7->districtsNow.contains(QString::fromUtf8(district))) << district;
    EXPECT_TRUE(force7->label.startsWith(QStringLiteral("CMA 7级 (13.9 m/s, 2-min) km")));
    EXPECT_TRUE(force10->districtsNow.isEmpty());  // 120 km to the NW: still at sea
    EXPECT_TRUE(force7->districtsExpected.isEmpty());  // no forecast in this record
}

TEST(TyphoonExposure, SaolaForecastCarriesTheCircle)
{
    const feeds::TyphoonTrack saola = wztf("wztf_202309_Saola.json");
    const feeds::TrackPoint &last = saola.points.back();
    // A forecast moving the storm through the districts: make one from the real last point by
    // pointing a 12 h forecast at Zhuhai, then check expected times are after the fix and ordered.
    feeds::TyphoonTrack towards = saola;
    feeds::TrackPoint target = last;
    target.time = last.time.addSecs(12 * 3600);
    target.position = GeoPoint{113.3, 22.2};
    towards.forecasts = {feeds::ForecastTrack{QStringLiteral("CMA"), last.time, {target}}};
    feeds::TrackPoint fix = last;
    feeds::WindRadii force7;
    force7.threshold = 13.9;
    force7.thresholdUnit = feeds::WindUnit::MetresPerSecond;
    force7.label = QStringLiteral("7级");
    force7.unit = feeds::DistanceUnit::Kilometres;
    force7.quadrants = {60, 60, 60, 60};
    fix.radii = {force7};
    auto exposure = windCircleExposure(towards, fix, districts(), QStringLiteral("name"));
    ASSERT_TRUE(exposure.ok());
    ASSERT_EQ(exposure->size(), 1);
    const CircleExposure &circle = exposure->front();
    EXPECT_EQ(circle.forecastAgency, QStringLiteral("CMA"));
    ASSERT_FALSE(circle.districtsExpected.isEmpty());
    QDateTime previous = fix.time;
    for (const auto &[district, time] : circle.districtsExpected) {
        EXPECT_GT(time, fix.time) << district.toStdString();
        EXPECT_GE(time, previous);
        previous = time;
        EXPECT_FALSE(circle.districtsNow.contains(district));
    }
    EXPECT_TRUE(std::any_of(circle.districtsExpected.begin(), circle.districtsExpected.end(),
                            [](const auto &entry) { return entry.first == QStringLiteral("金湾区"); }));
}

TEST(TyphoonExposure, PositionAtInterpolates)
{
    const QDateTime t0(QDate(2018, 9, 16), QTime(0, 0), QTimeZone::utc());
    feeds::TrackPoint a;
    a.time = t0;
    a.position = {114.0, 20.0};
    feeds::TrackPoint b;
    b.time = t0.addSecs(6 * 3600);
    b.position = {111.0, 23.0};
    const auto middle = positionAt({a, b}, t0.addSecs(2 * 3600));
    ASSERT_TRUE(middle);
    EXPECT_DOUBLE_EQ(middle->lon, 113.0);
    EXPECT_DOUBLE_EQ(middle->lat, 21.0);
    EXPECT_FALSE(positionAt({a, b}, t0.addSecs(-1)));
    EXPECT_FALSE(positionAt({a, b}, t0.addSecs(7 * 3600)));
}

TEST(ActiveStorms, TracksOfOneStormFromSeveralAgenciesMeet)
{
    QList<feeds::TyphoonTrack> tracks;
    auto add = [&](const Result<std::vector<feeds::TyphoonTrack>> &parsed) {
        ASSERT_TRUE(parsed.ok());
        for (const feeds::TyphoonTrack &track : *parsed)
            tracks.append(track);
    };
    add(feeds::parseCmaBestTrack(test::readBytes(test::sharedData(QStringLiteral("typhoon/CH2018BST.txt"))), QStringLiteral("cma")));
    add(feeds::parseAtcfBDeck(test::readBytes(test::sharedData(QStringLiteral("typhoon/bwp262018.dat"))), QStringLiteral("atcf")));
    add(feeds::parseWztfJson(test::readBytes(test::sharedData(QStringLiteral("typhoon/wztf_201822_Mangkhut.json"))), QStringLiteral("wztf")));
    const QDateTime at(QDate(2018, 9, 16), QTime(0, 0), QTimeZone::utc());
    // As known then: every track cut at `at` (the store does this; here by hand).
    for (feeds::TyphoonTrack &track : tracks)
        std::erase_if(track.points, [&](const feeds::TrackPoint &point) { return point.time > at; });
    const GeoPoint zhuhai{113.5767, 22.2707};
    const QList<StormView> storms = activeStorms(tracks, at, zhuhai);
    ASSERT_EQ(storms.size(), 1);  // only Mangkhut was active then
    const StormView &mangkhut = storms.front();
    EXPECT_EQ(mangkhut.name, QStringLiteral("MANGKHUT"));
    EXPECT_EQ(mangkhut.localName, QStringLiteral("山竹"));
    EXPECT_EQ(mangkhut.tracks.size(), 3);
    ASSERT_NE(mangkhut.track(QStringLiteral("JTWC")), nullptr);
    ASSERT_NE(mangkhut.track(QStringLiteral("CMA"), QStringLiteral("CMA best")), nullptr);
    EXPECT_EQ(mangkhut.track(QStringLiteral("CMA"), QStringLiteral("CMA best"))->format, QStringLiteral("CMA best track"));
    EXPECT_EQ(mangkhut.track(QStringLiteral("CMA"), QStringLiteral("温州"))->format, QStringLiteral("温州台风网 JSON"));
    EXPECT_EQ(mangkhut.latestFix()->time, at);
    // Two days later nothing is active.
    EXPECT_TRUE(activeStorms(tracks, at.addDays(3), zhuhai).isEmpty());
    // Several storms active at once (2023-09-03: Saola near Zhuhai, Kirogi far east): nearest first.
    auto year2023 = feeds::parseCmaBestTrack(test::readBytes(test::sharedData(QStringLiteral("typhoon/CH2023BST.txt"))), QStringLiteral("cma"));
    ASSERT_TRUE(year2023.ok());
    const QDateTime saolaTime(QDate(2023, 9, 2), QTime(0, 0), QTimeZone::utc());
    QList<feeds::TyphoonTrack> known;
    for (feeds::TyphoonTrack track : *year2023) {
        std::erase_if(track.points, [&](const feeds::TrackPoint &point) { return point.time > saolaTime; });
        known.append(track);
    }
    const QList<StormView> both = activeStorms(known, saolaTime, zhuhai);
    ASSERT_GE(both.size(), 2);
    EXPECT_EQ(both.front().name, QStringLiteral("SAOLA"));
}

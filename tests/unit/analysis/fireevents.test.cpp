// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// Hotspots grouped into fire events and placed in districts, on the real January 2019 FIRMS
// files and the real Jiangmen and Zhuhai districts.
#include "analysis/fireevents.h"
#include "gis/coordinatetransform.h"
#include "gis/vectorsource.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

using namespace lookout;
using namespace lookout::analysis;

namespace {

QList<feeds::Hotspot> prdViirs()
{
    auto file = feeds::parseFirmsCsv(test::readBytes(test::sharedData(QStringLiteral("fire/VNP14IMGTDL_NRT_SouthEast_Asia_24h.csv"))),
                                     QStringLiteral("viirs"));
    EXPECT_TRUE(file.ok());
    QList<feeds::Hotspot> prd;
    for (const feeds::Hotspot &hotspot : file->hotspots)
        if (hotspot.position.lat >= 21.4 && hotspot.position.lat <= 23.2 && hotspot.position.lon >= 111.8 && hotspot.position.lon <= 114.4)
            prd.append(hotspot);
    return prd;
}

gis::VectorData focusDistricts()
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

} // namespace

TEST(FireEvents, PearlRiverDeltaDetectionsOfJanuary2019)
{
    const QList<feeds::Hotspot> hotspots = prdViirs();
    ASSERT_EQ(hotspots.size(), 16);
    FireEventResult result = clusterHotspots(hotspots);
    // Five pairs (two passes over the same fire, 12.5 h apart, a few hundred metres) and six
    // single detections.
    EXPECT_EQ(result.events.size(), 11);
    EXPECT_EQ(result.staticSourcesDropped, 0);
    int pairs = 0;
    for (const FireEvent &event : result.events) {
        EXPECT_LE(event.first, event.last);
        EXPECT_LT(event.bounds.width(), 0.05);
        pairs += event.hotspots.size() == 2 ? 1 : 0;
    }
    EXPECT_EQ(pairs, 5);

    assignDistricts(result.events, hotspots, focusDistricts(), QStringLiteral("name"));
    // Of the 11 fires in the box, four lie in Jiangmen or Zhuhai (checked against the boundary
    // files by hand); the others are in Yangjiang, Zhaoqing, Yunfu and Hong Kong/Shenzhen,
    // including the pair at 22.20N 112.03E just west of Taishan.
    QStringList districts;
    for (const FireEvent &event : result.events)
        if (!event.district.isEmpty())
            districts.append(event.district);
    districts.sort();
    EXPECT_EQ(districts, (QStringList{QStringLiteral("开平市"), QStringLiteral("蓬江区"), QStringLiteral("金湾区"), QStringLiteral("鹤山市")}));
    const auto westOfTaishan = std::find_if(result.events.begin(), result.events.end(), [](const FireEvent &event) {
        return std::abs(event.centre.lat - 22.1996) < 0.01 && std::abs(event.centre.lon - 112.0326) < 0.01;
    });
    ASSERT_NE(westOfTaishan, result.events.end());
    EXPECT_EQ(westOfTaishan->hotspots.size(), 2);
    EXPECT_TRUE(westOfTaishan->district.isEmpty());
}

TEST(FireEvents, StaticSourcesAreDroppedAndLinksRespectTime)
{
    auto archive = feeds::parseFirmsCsv(test::readBytes(test::sharedData(QStringLiteral("fire/fire_archive_M6_96619.csv"))),
                                        QStringLiteral("archive"));
    ASSERT_TRUE(archive.ok());
    const FireEventResult all = clusterHotspots(archive->hotspots);
    EXPECT_EQ(all.staticSourcesDropped, 345);  // 335 static land sources + 10 offshore
    int clustered = 0;
    for (const FireEvent &event : all.events)
        clustered += int(event.hotspots.size());
    EXPECT_EQ(clustered, 35666);
    EXPECT_LT(all.events.size(), 35666);  // neighbouring pixels of one fire are joined

    // Two detections at one place, 30 h apart, are two fires with a 24 h link; one with 48 h.
    feeds::Hotspot a;
    a.position = {112.0, 22.0};
    a.time = QDateTime(QDate(2019, 1, 22), QTime(6, 0), Qt::UTC);
    feeds::Hotspot b = a;
    b.time = a.time.addSecs(30 * 3600);
    EXPECT_EQ(clusterHotspots({a, b}).events.size(), 2);
    FireEventOptions longer;
    longer.linkHours = 48;
    EXPECT_EQ(clusterHotspots({a, b}, longer).events.size(), 1);
}

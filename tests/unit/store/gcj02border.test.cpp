// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The DataV boundaries are GCJ-02 with no CRS tag. Imported with their declared CRS, the
// Shenzhen-Hong Kong land border (Shenzhen River to Sha Tau Kok) must land on the independent
// WGS-84 Hong Kong districts file; read as they claim to be, they are hundreds of metres off.
#include "gis/coordinatetransform.h"
#include "gis/vectorsource.h"
#include "store/workspace.h"
#include "tests/support/testdata.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace lookout;
using namespace lookout::gis;
using lookout::test::sharedData;

namespace {

// Local metres around 22.5 N: enough for distances of a few kilometres.
struct Planar {
    double x;
    double y;
};
Planar planar(GeoPoint point)
{
    constexpr double kMetresPerDegreeLat = 110574.0;
    static const double kMetresPerDegreeLon = std::cos(22.5 * M_PI / 180.0) * 111320.0;
    return {point.lon * kMetresPerDegreeLon, point.lat * kMetresPerDegreeLat};
}

double distanceToRings(GeoPoint point, const VectorData &rings)
{
    const Planar p = planar(point);
    double best = std::numeric_limits<double>::max();
    for (const VectorFeature &feature : rings.features)
        for (const auto &ring : feature.parts)
            for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
                const Planar a = planar(ring[i]);
                const Planar b = planar(ring[i + 1]);
                const double dx = b.x - a.x;
                const double dy = b.y - a.y;
                const double length2 = dx * dx + dy * dy;
                const double t = length2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / length2, 0.0, 1.0) : 0.0;
                best = std::min(best, std::hypot(p.x - a.x - t * dx, p.y - a.y - t * dy));
            }
    return best;
}

const VectorFeature &shenzhen(const VectorData &cities)
{
    auto found = std::find_if(cities.features.begin(), cities.features.end(), [](const VectorFeature &feature) {
        return feature.attributes.value(QStringLiteral("adcode")).toLongLong() == 440300;
    });
    EXPECT_NE(found, cities.features.end());
    return *found;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? std::nan("") : values[values.size() / 2];
}

} // namespace

TEST(Gcj02Border, ImportedShenzhenBorderLandsOnTheWgs84HongKongBorder)
{
    QTemporaryDir dir;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto workspace = store::Workspace::create(dir.filePath(QStringLiteral("border.gpkg")), now);
    ASSERT_TRUE(workspace.ok()) << workspace.error().toString().toStdString();
    store::ImportRequest request;
    request.sourcePath = sharedData(QStringLiteral("boundaries/440000_full.json"));
    request.layerName = QStringLiteral("guangdong_cities");
    request.declaredCrs = kGcj02;
    ASSERT_TRUE(workspace->importVectorLayer(request, now).ok());

    auto converted = workspace->readLayer(QStringLiteral("guangdong_cities"));
    ASSERT_TRUE(converted.ok()) << converted.error().toString().toStdString();
    auto raw = readVectorFile(request.sourcePath);  // taken at its word: "WGS-84"
    ASSERT_TRUE(raw.ok());
    auto hongKong = readVectorFile(sharedData(QStringLiteral("boundaries/hk_dc_land_2001_wgs84.json")));
    ASSERT_TRUE(hongKong.ok());

    const VectorFeature &rawShenzhen = shenzhen(*raw);
    const VectorFeature &convertedShenzhen = shenzhen(*converted);
    ASSERT_EQ(rawShenzhen.parts.size(), convertedShenzhen.parts.size());

    std::vector<double> rawDistances;
    std::vector<double> convertedDistances;
    for (std::size_t part = 0; part < rawShenzhen.parts.size(); ++part) {
        const auto &rawRing = rawShenzhen.parts[part];
        const auto &convertedRing = convertedShenzhen.parts[part];
        ASSERT_EQ(rawRing.size(), convertedRing.size());
        for (std::size_t i = 0; i < rawRing.size(); ++i) {
            const GeoPoint r = rawRing[i];
            // The land border: Shenzhen River to Sha Tau Kok.
            if (r.lon < 114.04 || r.lon > 114.24 || r.lat < 22.45 || r.lat > 22.60)
                continue;
            const double rawDistance = distanceToRings(r, *hongKong);
            const double convertedDistance = distanceToRings(convertedRing[i], *hongKong);
            if (std::min(rawDistance, convertedDistance) > 1500.0)
                continue;  // a vertex of Shenzhen's coast, not of the border
            rawDistances.push_back(rawDistance);
            convertedDistances.push_back(convertedDistance);
        }
    }
    ASSERT_GE(rawDistances.size(), 10u);
    const double rawMedian = median(rawDistances);
    const double convertedMedian = median(convertedDistances);
    EXPECT_LT(convertedMedian, 100.0) << "converted median misfit " << convertedMedian << " m";
    EXPECT_GT(rawMedian, 200.0) << "unconverted median misfit " << rawMedian << " m";
}

TEST(Gcj02Border, HongKongOutlineInTheChinaFileMovesOntoTheGovernmentOutline)
{
    auto raw = readVectorFile(sharedData(QStringLiteral("boundaries/100000_full.json")));
    ASSERT_TRUE(raw.ok());
    auto converted = convertToWgs84(*readVectorFile(sharedData(QStringLiteral("boundaries/100000_full.json")),
                                                    {QString(), kGcj02}));
    ASSERT_TRUE(converted.ok());
    auto hongKong = readVectorFile(sharedData(QStringLiteral("boundaries/hk_dc_land_2001_wgs84.json")));
    ASSERT_TRUE(hongKong.ok());

    auto find = [](const VectorData &data) {
        return std::find_if(data.features.begin(), data.features.end(), [](const VectorFeature &feature) {
            return feature.attributes.value(QStringLiteral("adcode")).toString() == QStringLiteral("810000");
        });
    };
    auto rawHk = find(*raw);
    auto convertedHk = find(*converted);
    ASSERT_NE(rawHk, raw->features.end());
    ASSERT_NE(convertedHk, converted->features.end());
    std::vector<double> rawDistances;
    std::vector<double> convertedDistances;
    for (std::size_t part = 0; part < rawHk->parts.size(); ++part)
        for (std::size_t i = 0; i < rawHk->parts[part].size(); ++i) {
            rawDistances.push_back(distanceToRings(rawHk->parts[part][i], *hongKong));
            convertedDistances.push_back(distanceToRings(convertedHk->parts[part][i], *hongKong));
        }
    // SOURCES.md measured 264 m as-is and 54 m converted.
    EXPECT_GT(median(rawDistances), 200.0);
    EXPECT_LT(median(convertedDistances), 100.0);
}

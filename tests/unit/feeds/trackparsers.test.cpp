// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The typhoon track readers on every real file in shared/data/typhoon, and on broken copies.
#include "feeds/dataformat.h"
#include "feeds/trackparsers.h"
#include "tests/support/testdata.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace lookout;
using namespace lookout::feeds;

namespace {

QByteArray typhoonFile(const QString &name)
{
    const QByteArray bytes = test::readBytes(test::sharedData(QStringLiteral("typhoon/") + name));
    EXPECT_FALSE(bytes.isEmpty()) << name.toStdString();
    return bytes;
}

std::vector<TyphoonTrack> tracksOf(const Result<std::vector<TyphoonTrack>> &result)
{
    EXPECT_TRUE(result.ok()) << (result ? "" : result.error().toString().toStdString());
    return result ? *result : std::vector<TyphoonTrack>();
}

const TyphoonTrack *find(const std::vector<TyphoonTrack> &tracks, const QString &name, const QString &agency = {})
{
    for (const TyphoonTrack &track : tracks)
        if (track.name.compare(name, Qt::CaseInsensitive) == 0 && (agency.isEmpty() || track.agency == agency))
            return &track;
    return nullptr;
}

const TrackPoint *at(const TyphoonTrack &track, const char *utcIso)
{
    const QDateTime time = QDateTime::fromString(QString::fromLatin1(utcIso), Qt::ISODate);
    for (const TrackPoint &point : track.points)
        if (point.time == time)
            return &point;
    return nullptr;
}

std::string errorOf(const Result<std::vector<TyphoonTrack>> &result)
{
    EXPECT_FALSE(result.ok());
    return result ? std::string() : result.error().toString().toStdString();
}

} // namespace

TEST(CmaBestTrack, EveryYearFileReadsWithTheAnnouncedCounts)
{
    const std::pair<const char *, std::size_t> files[] = {
        {"CH2017BST.txt", 30}, {"CH2018BST.txt", 34}, {"CH2020BST.txt", 26}, {"CH2023BST.txt", 20}};
    for (const auto &[file, storms] : files) {
        const auto tracks = tracksOf(parseCmaBestTrack(typhoonFile(QString::fromLatin1(file)), QString::fromLatin1(file)));
        EXPECT_EQ(tracks.size(), storms) << file;
    }
}

TEST(CmaBestTrack, HatoAtLandfallAndMangkhut)
{
    const auto tracks = tracksOf(parseCmaBestTrack(typhoonFile(QStringLiteral("CH2017BST.txt")), QStringLiteral("CH2017BST.txt")));
    const TyphoonTrack *hato = find(tracks, QStringLiteral("HATO"));
    ASSERT_NE(hato, nullptr);
    EXPECT_EQ(hato->stormId, QStringLiteral("1713"));
    EXPECT_EQ(hato->points.size(), 26u);
    // "2017082303 6 218 1138  935      52": off-synoptic, the landfall fix near Zhuhai.
    const TrackPoint *fix = at(*hato, "2017-08-23T03:00:00Z");
    ASSERT_NE(fix, nullptr);
    EXPECT_DOUBLE_EQ(fix->position.lat, 21.8);
    EXPECT_DOUBLE_EQ(fix->position.lon, 113.8);
    EXPECT_EQ(fix->grade, TyphoonGrade::SuperTY);
    ASSERT_TRUE(fix->maxWind);
    EXPECT_EQ(fix->maxWind->value, 52.0);
    EXPECT_EQ(fix->maxWind->unit, WindUnit::MetresPerSecond);
    EXPECT_EQ(fix->maxWind->averagingMinutes, 2);
    EXPECT_EQ(fix->pressureHpa, 935.0);

    const auto year2018 = tracksOf(parseCmaBestTrack(typhoonFile(QStringLiteral("CH2018BST.txt")), QStringLiteral("CH2018BST.txt")));
    const TyphoonTrack *mangkhut = find(year2018, QStringLiteral("MANGKHUT"));
    ASSERT_NE(mangkhut, nullptr);
    EXPECT_EQ(mangkhut->points.size(), 52u);
    EXPECT_EQ(mangkhut->points.front().time, QDateTime(QDate(2018, 9, 7), QTime(0, 0), QTimeZone::utc()));
}

TEST(CmaBestTrack, BrokenFilesAreRefusedWithTheLine)
{
    const QByteArray good = typhoonFile(QStringLiteral("CH2018BST.txt"));
    // Cut at a line end: the last storm is short of its announced lines. Cut mid-line: a short row.
    EXPECT_NE(errorOf(parseCmaBestTrack(good.left(good.lastIndexOf('\n', good.size() - 100)), QStringLiteral("cut.txt")))
                  .find("the file ends"),
              std::string::npos);
    EXPECT_NE(errorOf(parseCmaBestTrack(good.left(good.size() - 15), QStringLiteral("cut.txt"))).find("expected 6 fields"),
              std::string::npos);
    QByteArray badField = good;
    badField.replace("2018090700 1 121 1678 1002      13", "2018090700 1 121 1678 1002      1x");
    EXPECT_NE(errorOf(parseCmaBestTrack(badField, QStringLiteral("bad.txt"))).find("bad.txt line 958"), std::string::npos);
    EXPECT_NE(errorOf(parseCmaBestTrack("hello\n", QStringLiteral("x.txt"))).find("66666"), std::string::npos);
    EXPECT_FALSE(parseCmaBestTrack({}, QStringLiteral("empty.txt")).ok());
}

TEST(AtcfBDeck, MangkhutRowsMergedByTimeWithQuadrantRadii)
{
    const auto tracks = tracksOf(parseAtcfBDeck(typhoonFile(QStringLiteral("bwp262018.dat")), QStringLiteral("bwp262018.dat")));
    ASSERT_EQ(tracks.size(), 1u);
    const TyphoonTrack &track = tracks[0];
    EXPECT_EQ(track.agency, QStringLiteral("JTWC"));
    EXPECT_EQ(track.name, QStringLiteral("MANGKHUT"));
    EXPECT_EQ(track.stormId, QStringLiteral("WP262018"));
    EXPECT_EQ(track.points.size(), 44u);  // 109 lines, 44 distinct times
    const TrackPoint *point = at(track, "2018-09-16T00:00:00Z");
    ASSERT_NE(point, nullptr);
    EXPECT_DOUBLE_EQ(point->position.lat, 20.8);
    EXPECT_DOUBLE_EQ(point->position.lon, 115.3);
    ASSERT_TRUE(point->maxWind);
    EXPECT_EQ(point->maxWind->value, 80.0);
    EXPECT_EQ(point->maxWind->unit, WindUnit::Knots);
    EXPECT_EQ(point->maxWind->averagingMinutes, 1);
    EXPECT_EQ(point->grade, TyphoonGrade::Unknown);  // no GB/T grade made up from a 1-min wind
    ASSERT_EQ(point->radii.size(), 3u);
    const WindRadii &r34 = point->radii[0];
    EXPECT_EQ(r34.label, QStringLiteral("R34"));
    EXPECT_EQ(r34.threshold, 34.0);
    EXPECT_EQ(r34.thresholdUnit, WindUnit::Knots);
    EXPECT_EQ(r34.unit, DistanceUnit::NauticalMiles);
    EXPECT_EQ(r34.quadrants, (std::array<double, 4>{230, 200, 180, 230}));
    EXPECT_NEAR(r34.largestKilometres(), 230 * 1.852, 1e-9);
    EXPECT_EQ(point->radii[2].label, QStringLiteral("R64"));
}

TEST(AtcfBDeck, BrokenRowsAreRefused)
{
    QByteArray bad = typhoonFile(QStringLiteral("bwp262018.dat"));
    bad.replace("208N, 1153E", "208Q, 1153E");
    EXPECT_NE(errorOf(parseAtcfBDeck(bad, QStringLiteral("b.dat"))).find("not an ATCF position"), std::string::npos);
    EXPECT_NE(errorOf(parseAtcfBDeck("WP, 26, 20180916\n", QStringLiteral("c.dat"))).find("c.dat line 1"), std::string::npos);
}

TEST(Ibtracs, ActiveFileOneTrackPerStormAndAgency)
{
    const QByteArray bytes = typhoonFile(QStringLiteral("ibtracs.ACTIVE.list.v04r00.csv"));
    const auto tracks = tracksOf(parseIbtracsCsv(bytes, QStringLiteral("ibtracs.csv")));
    const TyphoonTrack *ewiniar = find(tracks, QStringLiteral("EWINIAR"), QStringLiteral("JTWC/NHC (USA)"));
    ASSERT_NE(ewiniar, nullptr);
    EXPECT_EQ(ewiniar->format, QStringLiteral("IBTrACS v04r00"));
    EXPECT_EQ(ewiniar->points.size(), 27u);
    bool sawRadii = false;
    for (const TrackPoint &point : ewiniar->points) {
        ASSERT_TRUE(point.maxWind);
        EXPECT_EQ(point.maxWind->unit, WindUnit::Knots);
        EXPECT_EQ(point.maxWind->averagingMinutes, 1);
        for (const WindRadii &radii : point.radii)
            sawRadii = sawRadii || radii.label == QLatin1String("R34");
    }
    EXPECT_TRUE(sawRadii);
    EXPECT_NE(find(tracks, QStringLiteral("IALY")), nullptr);
    EXPECT_NE(find(tracks, QStringLiteral("REMAL")), nullptr);
}

TEST(Ibtracs, V04r01ColumnSetIsMappedByName)
{
    // v04r01 inserts 11 KMA columns after HKO_PRES: build such a file from the real one.
    const QByteArray bytes = typhoonFile(QStringLiteral("ibtracs.ACTIVE.list.v04r00.csv"));
    const QList<QByteArray> lines = bytes.split('\n');
    QByteArray v04r01;
    const QByteArray kma = "KMA_LAT,KMA_LON,KMA_CAT,KMA_WIND,KMA_PRES,KMA_R50_DIR,KMA_R50_LONG,KMA_R50_SHORT,KMA_R30_DIR,KMA_R30_LONG,KMA_R30_SHORT";
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        QList<QByteArray> fields = lines[i].split(',');
        const QList<QByteArray> header = lines[0].split(',');
        const int after = int(header.indexOf("HKO_PRES")) + 1;
        const QList<QByteArray> inserted = i == 0 ? kma.split(',') : QList<QByteArray>(11, " ");
        for (int k = 0; k < inserted.size(); ++k)
            fields.insert(after + k, inserted[k]);
        v04r01 += fields.join(',') + '\n';
    }
    const auto original = tracksOf(parseIbtracsCsv(bytes, QStringLiteral("v04r00.csv")));
    const auto shifted = tracksOf(parseIbtracsCsv(v04r01, QStringLiteral("v04r01.csv")));
    ASSERT_EQ(original.size(), shifted.size());
    EXPECT_EQ(shifted.front().format, QStringLiteral("IBTrACS v04r01"));
    for (std::size_t i = 0; i < original.size(); ++i) {
        ASSERT_EQ(original[i].points.size(), shifted[i].points.size());
        for (std::size_t p = 0; p < original[i].points.size(); ++p) {
            EXPECT_EQ(original[i].points[p].position, shifted[i].points[p].position);
            EXPECT_EQ(original[i].points[p].pressureHpa, shifted[i].points[p].pressureHpa);
        }
    }
}

TEST(Ibtracs, WrongColumnCountAndMissingColumnsAreRefused)
{
    QByteArray bytes = typhoonFile(QStringLiteral("ibtracs.ACTIVE.list.v04r00.csv"));
    const qsizetype third = bytes.indexOf('\n', bytes.indexOf('\n') + 1) + 1;
    bytes.insert(bytes.indexOf('\n', third), ",extra");
    EXPECT_NE(errorOf(parseIbtracsCsv(bytes, QStringLiteral("x.csv"))).find("x.csv line 3"), std::string::npos);
    EXPECT_NE(errorOf(parseIbtracsCsv("a,b\n1,2\n", QStringLiteral("y.csv"))).find("not an IBTrACS"), std::string::npos);
}

TEST(WztfTrack, MangkhutInBeijingTimeConvertedToUtc)
{
    const auto tracks = tracksOf(parseWztfJson(typhoonFile(QStringLiteral("wztf_201822_Mangkhut.json")), QStringLiteral("m.json")));
    ASSERT_EQ(tracks.size(), 1u);
    const TyphoonTrack &track = tracks[0];
    EXPECT_EQ(track.name, QStringLiteral("MANGKHUT"));
    EXPECT_EQ(track.localName, QStringLiteral("山竹"));
    EXPECT_EQ(track.points.size(), 105u);
    ASSERT_EQ(track.landfalls.size(), 2u);
    EXPECT_EQ(track.landfalls[1].place, QStringLiteral("广东省江门市台山沿海"));
    EXPECT_EQ(track.landfalls[1].time, QDateTime(QDate(2018, 9, 16), QTime(9, 0), QTimeZone::utc()));
    // Force-7 radii are labelled as such, in km, never as R34.
    bool sawForce7 = false;
    for (const TrackPoint &point : track.points)
        for (const WindRadii &radii : point.radii)
            if (radii.label == QStringLiteral("7级")) {
                sawForce7 = true;
                EXPECT_EQ(radii.unit, DistanceUnit::Kilometres);
                EXPECT_DOUBLE_EQ(radii.threshold, 13.9);
                EXPECT_EQ(radii.thresholdUnit, WindUnit::MetresPerSecond);
            }
    EXPECT_TRUE(sawForce7);
    // Beijing 2018-09-17T11:00 is 03:00 UTC; "西西北" is 292.5°; TS.
    const TrackPoint *point = at(track, "2018-09-17T03:00:00Z");
    ASSERT_NE(point, nullptr);
    EXPECT_EQ(point->grade, TyphoonGrade::TS);
    EXPECT_EQ(point->moveDirectionDegrees, 292.5);
    EXPECT_EQ(point->moveSpeedKmh, 25.0);
}

TEST(WztfTrack, EveryFileAndSaolaJsonEqualsCsv)
{
    for (const char *file : {"wztf_201713_Hato.json", "wztf_202007_Higos.json", "wztf_202309_Saola.json"})
        EXPECT_FALSE(tracksOf(parseWztfJson(typhoonFile(QString::fromLatin1(file)), QString::fromLatin1(file))).empty()) << file;
    const auto json = tracksOf(parseWztfJson(typhoonFile(QStringLiteral("wztf_202309_Saola.json")), QStringLiteral("wztf_202309_Saola.json")));
    const auto csv = tracksOf(parseWztfCsv(typhoonFile(QStringLiteral("wztf_202309_Saola.csv")), QStringLiteral("wztf_202309_Saola.csv")));
    ASSERT_EQ(json.size(), 1u);
    ASSERT_EQ(csv.size(), 1u);
    ASSERT_EQ(json[0].points.size(), 153u);
    ASSERT_EQ(csv[0].points.size(), json[0].points.size());
    for (std::size_t i = 0; i < json[0].points.size(); ++i) {
        EXPECT_EQ(csv[0].points[i].time, json[0].points[i].time) << i;
        EXPECT_EQ(csv[0].points[i].position, json[0].points[i].position) << i;
        EXPECT_EQ(csv[0].points[i].radii.size(), json[0].points[i].radii.size()) << i;
    }
    // The last point's forecasts: JTWC (美国) and HKO (中国香港), one point each, same in both.
    for (const auto *tracks : {&json, &csv}) {
        const TyphoonTrack &track = (*tracks)[0];
        ASSERT_EQ(track.forecasts.size(), 2u);
        EXPECT_EQ(track.forecasts[0].agency, QStringLiteral("JTWC"));
        EXPECT_EQ(track.forecasts[1].agency, QStringLiteral("HKO"));
        ASSERT_EQ(track.forecasts[0].points.size(), 1u);
        EXPECT_EQ(track.forecasts[0].points[0].time, QDateTime(QDate(2023, 9, 4), QTime(6, 0), QTimeZone::utc()));
        EXPECT_EQ(track.forecasts[0].issued, track.points.back().time);
    }
    // Beijing 2023-09-02T08:00 = 00 UTC, as CH2023BST.txt has it.
    EXPECT_NE(at(json[0], "2023-09-02T00:00:00Z"), nullptr);
}

TEST(WztfTrack, BrokenFilesAreRefused)
{
    const QByteArray json = typhoonFile(QStringLiteral("wztf_201822_Mangkhut.json"));
    EXPECT_NE(errorOf(parseWztfJson(json.left(json.size() / 2), QStringLiteral("cut.json"))).find("cut.json"), std::string::npos);
    QByteArray badTime = json;
    badTime.replace("\"time\":\"2018-09-17T11:00:00\"", "\"time\":\"17/09/2018 11:00\"");
    EXPECT_NE(errorOf(parseWztfJson(badTime, QStringLiteral("t.json"))).find("time '17/09/2018 11:00' unreadable"), std::string::npos);
    EXPECT_NE(errorOf(parseWztfJson("[{\"a\": 1}]", QStringLiteral("n.json"))).find("not a 温州台风网 track"), std::string::npos);
    QByteArray csv = typhoonFile(QStringLiteral("wztf_202309_Saola.csv"));
    csv.replace("2023-08-24T11:00:00,124.9,20.2,", "2023-08-24T11:00:00,124.9,20.2,,");
    EXPECT_NE(errorOf(parseWztfCsv(csv, QStringLiteral("s.csv"))).find("s.csv"), std::string::npos);
}

TEST(DataFormat, EveryRealFileIsRecognisedByContent)
{
    const std::pair<const char *, DataFormat> files[] = {
        {"typhoon/CH2017BST.txt", DataFormat::CmaBestTrack}, {"typhoon/CH2023BST.txt", DataFormat::CmaBestTrack},
        {"typhoon/bwp262018.dat", DataFormat::AtcfBDeck}, {"typhoon/ibtracs.ACTIVE.list.v04r00.csv", DataFormat::IbtracsCsv},
        {"typhoon/wztf_201713_Hato.json", DataFormat::WztfJson}, {"typhoon/wztf_201822_Mangkhut.json", DataFormat::WztfJson},
        {"typhoon/wztf_202309_Saola.csv", DataFormat::WztfCsv},
        {"warnings/tw-wra_reservoir_zh-tw_bom.xml", DataFormat::CapAlert},
        {"warnings/chain1_oasis-cap11-appxA3_earthquake_alert.xml", DataFormat::CapAlert},
        {"warnings/au-bom_warning.xml", DataFormat::CapAlert},
        {"warnings/feed_us-ny_rss-index.xml", DataFormat::CapIndex},
        {"warnings/feed_us-nws_atom-index_small.xml", DataFormat::CapIndex},
        {"fire/MODIS_C6_SouthEast_Asia_24h.csv", DataFormat::FirmsCsv},
        {"fire/VNP14IMGTDL_NRT_SouthEast_Asia_24h.csv", DataFormat::FirmsCsv},
        {"fire/fire_archive_M6_96619.csv", DataFormat::FirmsCsv},
    };
    for (const auto &[file, format] : files) {
        const auto detected = detectFormat(test::readBytes(test::sharedData(QString::fromLatin1(file))));
        ASSERT_TRUE(detected.has_value()) << file;
        EXPECT_EQ(*detected, format) << file;
    }
    EXPECT_FALSE(detectFormat(test::readBytes(test::sharedData(QStringLiteral("boundaries/440400_full.json")))).has_value());
    EXPECT_FALSE(detectFormat({}).has_value());
    EXPECT_FALSE(detectFormat("<html><body>503</body></html>").has_value());
    EXPECT_EQ(formatFromId(QStringLiteral("ibtracs")), DataFormat::IbtracsCsv);
    EXPECT_FALSE(formatFromId(QStringLiteral("shapefile")).has_value());
}

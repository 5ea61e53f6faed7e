// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// FIRMS hotspot files: both instruments' column sets, both confidence scales, the archive's type.
#include "feeds/firmscsv.h"
#include "tests/support/testdata.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace lookout;
using namespace lookout::feeds;

namespace {
HotspotFile read(const char *file)
{
    auto parsed = parseFirmsCsv(test::readBytes(test::sharedData(QStringLiteral("fire/") + QString::fromLatin1(file))),
                                QString::fromLatin1(file));
    EXPECT_TRUE(parsed.ok()) << file << (parsed ? "" : parsed.error().toString().toStdString());
    return parsed ? *parsed : HotspotFile();
}

int inPearlRiverDelta(const HotspotFile &file)
{
    return int(std::count_if(file.hotspots.begin(), file.hotspots.end(), [](const Hotspot &h) {
        return h.position.lat >= 21.4 && h.position.lat <= 23.2 && h.position.lon >= 111.8 && h.position.lon <= 114.4;
    }));
}
} // namespace

TEST(Firms, ModisNrtFile)
{
    const HotspotFile modis = read("MODIS_C6_SouthEast_Asia_24h.csv");
    EXPECT_EQ(modis.hotspots.size(), 1661);
    EXPECT_EQ(modis.product, QStringLiteral("MODIS NRT"));
    EXPECT_EQ(inPearlRiverDelta(modis), 3);
    const Hotspot &first = modis.hotspots.front();
    EXPECT_EQ(first.instrument, QStringLiteral("MODIS"));
    EXPECT_EQ(first.time, QDateTime(QDate(2019, 1, 22), QTime(3, 5), QTimeZone::utc()));  // "0305" is HHMM UTC
    EXPECT_EQ(first.confidencePercent, 48);
    EXPECT_EQ(first.confidence, Hotspot::Confidence::Nominal);
    EXPECT_DOUBLE_EQ(first.brightness, 301.6);
    EXPECT_EQ(first.type, -1);
}

TEST(Firms, ViirsNrtFileWithConfidenceWords)
{
    const HotspotFile viirs = read("VNP14IMGTDL_NRT_SouthEast_Asia_24h.csv");
    EXPECT_EQ(viirs.hotspots.size(), 5870);
    EXPECT_EQ(viirs.product, QStringLiteral("VIIRS NRT"));
    EXPECT_EQ(inPearlRiverDelta(viirs), 16);
    int low = 0, nominal = 0, high = 0;
    for (const Hotspot &hotspot : viirs.hotspots) {
        EXPECT_EQ(hotspot.confidencePercent, -1);
        (hotspot.confidence == Hotspot::Confidence::Low ? low : hotspot.confidence == Hotspot::Confidence::High ? high : nominal)++;
    }
    EXPECT_EQ(low, 488);  // SOURCES.md
    EXPECT_EQ(nominal, 5307);
    EXPECT_EQ(high, 75);
}

TEST(Firms, ArchiveWithInstrumentAndType)
{
    const HotspotFile archive = read("fire_archive_M6_96619.csv");
    EXPECT_EQ(archive.hotspots.size(), 36011);
    EXPECT_EQ(archive.product, QStringLiteral("MODIS archive"));
    int types[4] = {};
    for (const Hotspot &hotspot : archive.hotspots)
        ++types[hotspot.type];
    EXPECT_EQ(types[0], 35666);
    EXPECT_EQ(types[2], 335);
    EXPECT_EQ(types[3], 10);
    EXPECT_EQ(archive.hotspots.front().satellite, QStringLiteral("Terra"));
}

TEST(Firms, LetterConfidenceShortTimesAndBrokenRows)
{
    // Current FIRMS API style: VIIRS l/n/h letters, instrument column, acq_time without zeros.
    const QByteArray api = "latitude,longitude,bright_ti4,scan,track,acq_date,acq_time,satellite,instrument,confidence,version,bright_ti5,frp,daynight\n"
                           "22.20004,112.03057,330.1,0.39,0.36,2019-01-22,305,N20,VIIRS,h,2.0NRT,290.2,5.1,N\n"
                           "22.19925,112.03463,320.4,0.39,0.36,2019-01-22,1830,N20,VIIRS,l,2.0NRT,289.0,4.3,N\n";
    auto parsed = parseFirmsCsv(api, QStringLiteral("api.csv"));
    ASSERT_TRUE(parsed.ok()) << parsed.error().toString().toStdString();
    ASSERT_EQ(parsed->hotspots.size(), 2);
    EXPECT_EQ(parsed->hotspots[0].confidence, Hotspot::Confidence::High);
    EXPECT_EQ(parsed->hotspots[0].time, QDateTime(QDate(2019, 1, 22), QTime(3, 5), QTimeZone::utc()));
    EXPECT_FALSE(parsed->hotspots[0].day);
    EXPECT_EQ(parsed->hotspots[1].confidence, Hotspot::Confidence::Low);

    QByteArray wrongCount = api;
    wrongCount.replace("4.3,N\n", "4.3,N,extra\n");
    EXPECT_NE(parseFirmsCsv(wrongCount, QStringLiteral("w.csv")).error().toString().indexOf(QStringLiteral("w.csv line 3")), -1);
    QByteArray badTime = api;
    badTime.replace(",1830,", ",1875,");
    EXPECT_NE(parseFirmsCsv(badTime, QStringLiteral("t.csv")).error().toString().indexOf(QStringLiteral("unreadable")), -1);
    QByteArray badLatitude = api;
    badLatitude.replace("22.19925", "92.19925");
    EXPECT_FALSE(parseFirmsCsv(badLatitude, QStringLiteral("l.csv")).ok());
    EXPECT_FALSE(parseFirmsCsv("a,b\n1,2\n", QStringLiteral("x.csv")).ok());
    EXPECT_FALSE(parseFirmsCsv({}, QStringLiteral("empty.csv")).ok());
}

TEST(Firms, ALargeFileReadsTheSameInTwoHalvesWithTrueLineNumbers)
{
    // The real archive three times over (about 8.6 MB): past the size read on two threads.
    const QByteArray archive = test::readBytes(test::sharedData(QStringLiteral("fire/fire_archive_M6_96619.csv")));
    auto single = feeds::parseFirmsCsv(archive, QStringLiteral("archive"));
    ASSERT_TRUE(single.ok());
    const qsizetype headerEnd = archive.indexOf('\n') + 1;
    const QByteArray rows = archive.mid(headerEnd);
    const QByteArray large = archive + rows + rows;
    ASSERT_GT(large.size(), 4 << 20);
    auto halves = feeds::parseFirmsCsv(large, QStringLiteral("large"));
    ASSERT_TRUE(halves.ok()) << halves.error().toString().toStdString();
    ASSERT_EQ(halves->hotspots.size(), 3 * single->hotspots.size());
    for (qsizetype copy = 0; copy < 3; ++copy)
        for (qsizetype i : {qsizetype(0), single->hotspots.size() / 2, single->hotspots.size() - 1}) {
            const feeds::Hotspot &a = single->hotspots.at(i);
            const feeds::Hotspot &b = halves->hotspots.at(copy * single->hotspots.size() + i);
            EXPECT_EQ(a.time, b.time);
            EXPECT_EQ(a.position, b.position);
            EXPECT_EQ(a.frp, b.frp);
        }
    // A broken row late in the file is named by its own line, not its line within the half.
    const int lines = int(large.count('\n'));
    QByteArray broken = large;
    const qsizetype lastRow = broken.lastIndexOf('\n', broken.size() - 2) + 1;
    broken.replace(lastRow, 3, "999");  // latitude 999
    auto refused = feeds::parseFirmsCsv(broken, QStringLiteral("broken"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().context.join(' ').contains(QStringLiteral("line %1").arg(lines))) << refused.error().toString().toStdString();
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The real 统计用区划代码 of Zhuhai and Jiangmen, and tables that are wrong in every way.
#include "feeds/divisionscsv.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

using namespace lookout;
using namespace lookout::feeds;

namespace {
QByteArray divisionsFile(const char *name)
{
    return test::readBytes(test::sharedData(QStringLiteral("divisions/") + QString::fromLatin1(name)));
}
} // namespace

TEST(DivisionsCsv, TheStatisticsBureauTablesDownToTowns)
{
    auto cities = parseDivisionsCsv(divisionsFile("cities_4404_4407.csv"), QStringLiteral("cities"));
    auto districts = parseDivisionsCsv(divisionsFile("districts_4404_4407.csv"), QStringLiteral("districts"));
    auto towns = parseDivisionsCsv(divisionsFile("towns_4404_4407.csv"), QStringLiteral("towns"));
    ASSERT_TRUE(cities.ok() && districts.ok() && towns.ok()) << (towns ? "" : towns.error().toString().toStdString());
    EXPECT_EQ(cities->size(), 2);
    EXPECT_EQ(districts->size(), 10);
    ASSERT_EQ(towns->size(), 113);
    EXPECT_EQ(cities->front().name, QStringLiteral("珠海市"));
    EXPECT_EQ(cities->front().level, DivisionLevel::City);
    EXPECT_EQ(cities->front().parent, QStringLiteral("44"));
    const auto gongbei = std::find_if(towns->begin(), towns->end(), [](const Division &d) { return d.code == QLatin1String("440402005"); });
    ASSERT_NE(gongbei, towns->end());
    EXPECT_EQ(gongbei->name, QStringLiteral("拱北街道"));
    EXPECT_EQ(gongbei->level, DivisionLevel::Town);
    EXPECT_EQ(gongbei->parent, QStringLiteral("440402"));
    // Codes stay text: a leading zero or a long code is never turned into a number.
    for (const Division &town : *towns)
        EXPECT_EQ(town.code.size(), 9) << town.code.toStdString();
}

TEST(DivisionsCsv, AWrongTableNamesItsLineAndField)
{
    struct Case {
        const char *csv;
        const char *expected;
    } cases[] = {
        {"", "empty"},
        {"code,name\n", "no rows"},
        {"id,name\n440402,香洲区\n", "line 1; code"},
        {"code,name\n440402,香洲区\n44040,短\n", "line 3; code"},
        {"code,name\n440402,\n", "line 2; name"},
        {"code,name,level\n440402,香洲区,town\n", "line 2; level"},
        {"code,name,areaCode\n440402005,拱北街道,440403\n", "line 2; areaCode"},
        {"code,name,parent\n440402005,拱北街道,4404\n", "line 2; parent"},
        {"code,name\n440402,香洲区\n440402,香洲区\n", "line 3; code"},
        {"code,name\n440402,香洲区,extra\n", "line 2"},
        {"code,name\n440402,\"香洲区\n", "not closed"},
    };
    for (const Case &c : cases) {
        auto parsed = parseDivisionsCsv(QByteArray(c.csv), QStringLiteral("bad.csv"));
        ASSERT_FALSE(parsed.ok()) << c.csv;
        EXPECT_TRUE(parsed.error().toString().contains(QString::fromUtf8(c.expected))) << c.csv << " -> " << parsed.error().toString().toStdString();
    }
    // The level and parent columns may be given, and agree.
    auto stated = parseDivisionsCsv("code,name,level,parent\n440402005,拱北街道,镇街,440402\n", QStringLiteral("ok.csv"));
    ASSERT_TRUE(stated.ok()) << stated.error().toString().toStdString();
}

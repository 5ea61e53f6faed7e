// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "feeds/divisionscsv.h"
#include "store/divisionstore.h"
#include "store/workspace.h"
#include "tests/support/testdata.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace lookout;
using namespace lookout::store;

TEST(DivisionStore, ResolvesCodesAndNamesAndListsATownsDistrict)
{
    QTemporaryDir dir;
    auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.gpkg")), QDateTime(QDate(2026, 11, 30), QTime(0, 0), QTimeZone::utc()));
    ASSERT_TRUE(workspace.ok());
    DivisionStore divisions(workspace->database());
    // Before any import a name is kept as given, without a code.
    auto bare = resolveArea(divisions, QStringLiteral("台山市"));
    ASSERT_TRUE(bare.ok());
    EXPECT_EQ(*bare, (AreaRef{QString(), QStringLiteral("台山市")}));

    for (const char *file : {"cities_4404_4407.csv", "districts_4404_4407.csv", "towns_4404_4407.csv"}) {
        auto parsed = feeds::parseDivisionsCsv(test::readBytes(test::sharedData(QStringLiteral("divisions/") + QString::fromLatin1(file))),
                                               QString::fromLatin1(file));
        ASSERT_TRUE(parsed.ok());
        ASSERT_TRUE(divisions.add(*parsed, QString::fromLatin1(file)).ok());
    }
    EXPECT_EQ(divisions.all()->size(), 125);
    EXPECT_EQ(divisions.children(QStringLiteral("440402"))->size(), 19);
    EXPECT_EQ(divisions.resolve(QStringLiteral("台山市"))->code, QStringLiteral("440781"));
    EXPECT_EQ(divisions.resolve(QStringLiteral("440402005"))->name, QStringLiteral("拱北街道"));
    EXPECT_EQ(resolveArea(divisions, QStringLiteral("拱北街道"), DivisionLevel::Town)->code, QStringLiteral("440402005"));
    // A district asked for as a town, and a name that is no division, are refused with the reason.
    auto wrongLevel = divisions.resolve(QStringLiteral("台山市"), DivisionLevel::Town);
    EXPECT_EQ(wrongLevel.error().code, Error::Code::NotFound);
    auto unknown = resolveArea(divisions, QStringLiteral("九龙城区"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("lookout divisions list")));
    // Importing the same file again replaces, it does not double.
    auto towns = feeds::parseDivisionsCsv(test::readBytes(test::sharedData(QStringLiteral("divisions/towns_4404_4407.csv"))), QStringLiteral("t"));
    ASSERT_TRUE(divisions.add(*towns, QStringLiteral("t")).ok());
    EXPECT_EQ(divisions.all()->size(), 125);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "core/clock.h"
#include "core/timeformat.h"

#include <gtest/gtest.h>

using namespace lookout;

TEST(TimeFormat, ShowsShanghaiTimeForUtc)
{
    const QDateTime utc(QDate(2018, 9, 16), QTime(9, 0), QTimeZone::utc());  // Mangkhut landfall hour
    EXPECT_EQ(formatLocal(utc), QStringLiteral("2018-09-16 17:00"));
    EXPECT_EQ(formatUtc(utc), QStringLiteral("2018-09-16 09:00Z"));
    // Across midnight local time.
    const QDateTime late(QDate(2017, 8, 22), QTime(20, 30, 5), QTimeZone::utc());
    EXPECT_EQ(formatLocal(late, true), QStringLiteral("2017-08-23 04:30:05"));
}

TEST(TimeFormat, ParsesOnlyZonedTimes)
{
    auto zulu = parseUtc(QStringLiteral("2018-09-16T00:00Z"));
    ASSERT_TRUE(zulu.has_value());
    EXPECT_EQ(*zulu, QDateTime(QDate(2018, 9, 16), QTime(0, 0), QTimeZone::utc()));
    auto beijing = parseUtc(QStringLiteral("2017-08-23T12:50:00+08:00"));
    ASSERT_TRUE(beijing.has_value());
    EXPECT_EQ(beijing->toUTC().time(), QTime(4, 50));
    auto date = parseUtc(QStringLiteral("2021-08-16"));
    ASSERT_TRUE(date.has_value());
    EXPECT_EQ(date->date(), QDate(2021, 8, 16));
    EXPECT_FALSE(parseUtc(QStringLiteral("2018-09-16T00:00")).has_value());  // zone missing
    EXPECT_FALSE(parseUtc(QStringLiteral("yesterday")).has_value());
    EXPECT_FALSE(parseUtc(QStringLiteral("2018-13-40")).has_value());
}

TEST(TimeFormat, AgesReadFromAcrossTheRoom)
{
    EXPECT_EQ(formatAge(45), QStringLiteral("45 s"));
    EXPECT_EQ(formatAge(12 * 60 + 5), QStringLiteral("12 min"));
    EXPECT_EQ(formatAge(3 * 3600 + 20 * 60), QStringLiteral("3 h 20 min"));
    EXPECT_EQ(formatAge(2 * 3600), QStringLiteral("2 h"));
    EXPECT_EQ(formatAge(5 * 86400 + 100), QStringLiteral("5 d"));
    EXPECT_EQ(formatAge(qint64(5.3 * 365.25 * 86400)), QStringLiteral("5.3 y"));
    EXPECT_EQ(formatAge(-10), QStringLiteral("future"));
}

TEST(Clock, FrozenAndReplay)
{
    const QDateTime at(QDate(2018, 9, 16), QTime(0, 0), QTimeZone::utc());
    const Clock frozen = Clock::frozenAt(at);
    EXPECT_EQ(frozen.now(), at);
    EXPECT_EQ(frozen.mode(), Clock::Mode::Frozen);

    const Clock replay = Clock::replayFrom(at);
    const QDateTime replayNow = replay.now();
    EXPECT_GE(replayNow, at);
    EXPECT_LT(replayNow, at.addSecs(60));  // replay runs from the scenario start, not from today

    const Clock live;
    EXPECT_GT(live.now(), QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()));
    EXPECT_EQ(live.now().timeSpec(), Qt::UTC);
}

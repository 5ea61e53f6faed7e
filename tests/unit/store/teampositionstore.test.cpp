// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// Team positions kept with their time: each team's latest fix as known at T, a team's track, a fix
// at a time already kept replaced.
#include "store/teampositionstore.h"
#include "store/workspace.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace lookout;
using namespace lookout::store;

TEST(TeamPositionStore, TheLatestFixOfEachTeamAtTAndATrack)
{
    QTemporaryDir dir;
    auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.gpkg")), QDateTime(QDate(2026, 11, 30), QTime(0, 0), QTimeZone::utc()));
    ASSERT_TRUE(workspace.ok());
    TeamPositionStore store(workspace->database());
    const QDateTime t0(QDate(2018, 9, 15), QTime(22, 0), QTimeZone::utc());
    ASSERT_TRUE(store.add({{QStringLiteral("team-a"), t0, {113.30, 22.21}, 30.0, QStringLiteral("gps-a"), 5},
                           {QStringLiteral("team-a"), t0.addSecs(600), {113.35, 22.20}, std::nullopt, QStringLiteral("gps-a"), 5},
                           {QStringLiteral("team-b"), t0.addSecs(300), {113.55, 22.27}, 12.5, QStringLiteral("gps-b"), 10}})
                    .ok());
    auto at = store.latestAt(t0.addSecs(400));
    ASSERT_TRUE(at.ok()) << at.error().toString().toStdString();
    ASSERT_EQ(at->size(), 2);
    EXPECT_EQ(at->at(0).team, QStringLiteral("team-a"));
    EXPECT_EQ(at->at(0).at, t0) << "the 22:10 fix is not known at 22:06:40";
    EXPECT_EQ(at->at(0).speedKmh, 30.0);
    EXPECT_EQ(at->at(1).team, QStringLiteral("team-b"));
    EXPECT_EQ(at->at(1).staleMinutes, 10);
    auto later = store.latestAt(t0.addSecs(3600));
    ASSERT_TRUE(later.ok());
    EXPECT_EQ(later->at(0).position, (GeoPoint{113.35, 22.20}));
    EXPECT_FALSE(later->at(0).speedKmh.has_value());
    EXPECT_TRUE(store.latestAt(t0.addSecs(-1))->isEmpty());

    // The same team and time again: replaced, not doubled.
    ASSERT_TRUE(store.add({{QStringLiteral("team-a"), t0, {113.31, 22.22}, 31.0, QStringLiteral("gps-a"), 5}}).ok());
    auto track = store.track(QStringLiteral("team-a"), t0, t0.addSecs(3600));
    ASSERT_TRUE(track.ok());
    ASSERT_EQ(track->size(), 2);
    EXPECT_EQ(track->front().position, (GeoPoint{113.31, 22.22}));
    EXPECT_EQ(track->back().at, t0.addSecs(600));
}

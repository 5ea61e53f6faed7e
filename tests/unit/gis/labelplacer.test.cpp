// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "gis/labelplacer.h"
#include "gis/layerstyle.h"

#include <gtest/gtest.h>

using namespace lookout::gis;

namespace {
LabelCandidate label(const QString &text, QPointF anchor, int priority)
{
    QFont font(mapFontFamily());
    font.setPixelSize(20);
    return LabelCandidate{text, anchor, font, Qt::white, Qt::black, 2.0, priority};
}
} // namespace

TEST(LabelPlacer, NeverOverlapsAndHonoursPriority)
{
    LabelPlacer placer(QSizeF(400, 300));
    std::vector<LabelCandidate> candidates;
    candidates.push_back(label(QStringLiteral("斗门区"), {200, 150}, 0));
    candidates.push_back(label(QStringLiteral("香洲区"), {200, 150}, 10));  // same spot, more important
    candidates.push_back(label(QStringLiteral("金湾区"), {205, 152}, 5));
    const auto placed = placer.place(candidates);
    ASSERT_GE(placed.size(), 2u);
    EXPECT_EQ(placed.front().label.text, QStringLiteral("香洲区"));
    EXPECT_EQ(placed.front().rect.center(), QPointF(200, 150));  // the winner sits on its anchor
    for (std::size_t i = 0; i < placed.size(); ++i)
        for (std::size_t j = i + 1; j < placed.size(); ++j)
            EXPECT_FALSE(placed[i].rect.intersects(placed[j].rect)) << i << " " << j;
}

TEST(LabelPlacer, DropsWhatFitsNowhereAndKeepsOffReservedAreas)
{
    LabelPlacer placer(QSizeF(120, 40));
    placer.reserve(QRectF(0, 0, 60, 40));
    std::vector<LabelCandidate> candidates{label(QStringLiteral("江门"), {30, 20}, 0),
                                           label(QStringLiteral("台山"), {90, 20}, 0),
                                           label(QStringLiteral("开平市很长的名字"), {90, 20}, 0)};
    const auto placed = placer.place(candidates);
    for (const auto &item : placed)
        EXPECT_FALSE(item.rect.intersects(QRectF(0, 0, 60, 40))) << item.label.text.toStdString();
    EXPECT_LT(placed.size(), candidates.size());
}

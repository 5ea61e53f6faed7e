// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "gis/layergroups.h"

#include <gtest/gtest.h>

using namespace lookout::gis;

namespace {
// The groups as (begin, end) pairs, for readable expectations.
std::vector<std::pair<std::size_t, std::size_t>> split(const std::vector<double> &costs, std::size_t groups)
{
    std::vector<std::pair<std::size_t, std::size_t>> out;
    for (const LayerGroup &group : contiguousGroups(costs, groups))
        out.emplace_back(group.begin, group.end);
    return out;
}
using Ranges = std::vector<std::pair<std::size_t, std::size_t>>;
} // namespace

TEST(LayerGroups, CoversEveryLayerOnceInOrder)
{
    const std::vector<double> costs{5, 1, 1, 1, 1, 9, 2};
    for (std::size_t groups = 1; groups <= 9; ++groups) {
        const auto ranges = split(costs, groups);
        ASSERT_EQ(ranges.size(), std::min(groups, costs.size())) << groups;
        std::size_t next = 0;
        for (const auto &[begin, end] : ranges) {
            EXPECT_EQ(begin, next);
            EXPECT_LT(begin, end);
            next = end;
        }
        EXPECT_EQ(next, costs.size());
    }
}

TEST(LayerGroups, BalancesCost)
{
    // One heavy layer at the bottom (the province layer) and four light ones: the heavy one gets
    // its own group.
    EXPECT_EQ(split({100, 10, 10, 10, 10}, 2), (Ranges{{0, 1}, {1, 5}}));
    EXPECT_EQ(split({10, 10, 10, 10, 100}, 2), (Ranges{{0, 4}, {4, 5}}));
    EXPECT_EQ(split({1, 1, 1, 1}, 2), (Ranges{{0, 2}, {2, 4}}));
    EXPECT_EQ(split({1, 1, 1, 1, 1, 1}, 3), (Ranges{{0, 2}, {2, 4}, {4, 6}}));
}

TEST(LayerGroups, EdgeCases)
{
    EXPECT_TRUE(split({}, 4).empty());
    EXPECT_EQ(split({3}, 4), (Ranges{{0, 1}}));
    EXPECT_EQ(split({1, 2, 3}, 0), (Ranges{{0, 3}}));
    // Zero and negative estimates count as nothing, but every group still gets a layer.
    EXPECT_EQ(split({0, 0, 0}, 3), (Ranges{{0, 1}, {1, 2}, {2, 3}}));
    EXPECT_EQ(split({-5, 4, 4}, 2), (Ranges{{0, 2}, {2, 3}}));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "gis/layergroups.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace lookout::gis {

std::vector<LayerGroup> contiguousGroups(const std::vector<double> &costs, std::size_t groupCount)
{
    const std::size_t n = costs.size();
    std::vector<LayerGroup> groups;
    if (n == 0)
        return groups;
    groupCount = std::clamp<std::size_t>(groupCount, 1, n);
    const double total = std::accumulate(costs.begin(), costs.end(), 0.0, [](double sum, double cost) {
        return sum + std::max(cost, 0.0);
    });

    std::size_t begin = 0;
    double done = 0.0;
    for (std::size_t group = 0; group < groupCount; ++group) {
        const std::size_t groupsLeft = groupCount - group;
        if (groupsLeft == 1) {
            groups.push_back({begin, n});
            break;
        }
        const double target = total * double(group + 1) / double(groupCount);
        // Take at least one layer, and leave at least one for each group still to come; stop at
        // the boundary whose running total lands closest to this group's share.
        std::size_t end = begin + 1;
        done += std::max(costs[begin], 0.0);
        while (end < n - (groupsLeft - 1)) {
            const double next = done + std::max(costs[end], 0.0);
            if (std::fabs(next - target) >= std::fabs(done - target))
                break;
            done = next;
            ++end;
        }
        groups.push_back({begin, end});
        begin = end;
    }
    return groups;
}

} // namespace lookout::gis

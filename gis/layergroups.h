// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <cstddef>
#include <vector>

namespace lookout::gis {

// A run of consecutive layers [begin, end) in draw order, drawn into one image by one pool thread.
struct LayerGroup {
    std::size_t begin = 0;
    std::size_t end = 0;
};

// Splits layers (in draw order, each with an estimated drawing cost) into at most `groupCount`
// non-empty consecutive runs of about equal total cost. Consecutive runs keep the draw order
// when the runs' images are composed, and using no more images than there are threads saves the
// allocation, clearing and blending of a 4K image per extra layer.
std::vector<LayerGroup> contiguousGroups(const std::vector<double> &costs, std::size_t groupCount);

} // namespace lookout::gis

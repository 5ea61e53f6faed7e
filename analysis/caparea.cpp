// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "analysis/caparea.h"

#include "analysis/typhoongeometry.h"

namespace lookout::analysis {

std::vector<std::vector<GeoPoint>> capAreaRings(const feeds::CapInfo &info)
{
    std::vector<std::vector<GeoPoint>> rings;
    for (const feeds::CapArea &area : info.areas) {
        for (const auto &polygon : area.polygons)
            if (polygon.size() >= 4)
                rings.push_back(polygon);
        for (const feeds::CapCircle &circle : area.circles)
            if (circle.radiusKm > 0) {
                std::vector<GeoPoint> ring;
                for (int i = 0; i <= 48; ++i)
                    ring.push_back(destination(circle.centre, 360.0 * (i % 48) / 48, circle.radiusKm));
                rings.push_back(std::move(ring));
            }
    }
    return rings;
}

} // namespace lookout::analysis

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "gis/mapsettings.h"

namespace lookout::test {

// The five boundary files of shared/data/boundaries as map layers, in draw order, GCJ-02 ones
// converted to WGS-84 and styled by role exactly as the demo workspace is: China provinces
// (region), Guangdong cities (context), Hong Kong districts (reference), Jiangmen and Zhuhai
// districts (focus). Used by the render tests and the map-render benchmark.
Result<QList<std::shared_ptr<const gis::MapLayer>>> boundaryLayers();

// The demo's wall extent (Jiangmen and Zhuhai) in Web Mercator.
GeoBox prdExtentWebMercator();

} // namespace lookout::test

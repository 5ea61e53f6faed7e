// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/geo.h"

namespace lookout::gis {

// GCJ-02 ("Mars coordinates") is WGS-84 with the non-linear offset that Chinese web maps (AMap and
// its DataV boundaries, Tencent, ...) are legally required to apply: 300-600 m in the Pearl River
// Delta. The forward function is the publicly documented one (Krasovsky 1940 ellipsoid constants);
// it has no closed-form inverse, so gcj02ToWgs84 iterates it to below 1e-9 degrees (~0.1 mm).
// Outside mainland China's box (lon 72.004-137.8347, lat 0.8293-55.8271) no offset is applied,
// which is what the map providers do. Pure functions, any thread.

bool isInsideGcj02Area(GeoPoint point);
GeoPoint wgs84ToGcj02(GeoPoint wgs84);
GeoPoint gcj02ToWgs84(GeoPoint gcj02);

} // namespace lookout::gis

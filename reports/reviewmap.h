// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/geo.h"
#include "core/result.h"
#include "gis/maplayer.h"

#include <QImage>
#include <QList>
#include <QString>

#include <memory>

namespace lookout::reports {

// A map for a printed report: `layers` (bottom first, as a view's layer model gives them)
// rendered through gis over `extent` (WGS-84 lon/lat, shown in Web Mercator) with scale bar and
// north arrow, and `stamp` (its time, "as known then") across its foot. Synchronous: for the CLI
// and tests, never on a GUI thread. An error names the layers that failed.
Result<QImage> renderReportMap(const QList<std::shared_ptr<const gis::MapLayer>> &layers, const GeoBox &extent, const QString &stamp,
                               QSize size = QSize(1800, 1200));

} // namespace lookout::reports

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/division.h"
#include "core/geo.h"
#include "feeds/feedconfig.h"
#include "gis/vectordata.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace lookout::situation {

// What a workspace's situation is measured against, read once on the owner's thread (GDAL reads
// the layers) and handed to every build: the bureau's districts (WGS-84 polygons with a name),
// the districts distances are given from, the point "nearest the bureau" means, the area that
// counts as "on this map", and the live feeds whose health each part reports. Plain value.
struct SituationInputs {
    gis::VectorData districts;
    QString nameField = QStringLiteral("name");
    QList<QPair<QString, GeoPoint>> references;
    QList<Division> divisions;  // the workspace's divisions table (codes of the districts, towns)
    GeoPoint focus;
    static constexpr double kAreaScale = 1.6;  // the home view widened by 60 %
    GeoBox area;  // hotspots and warning areas outside it are counted, not listed; empty: everywhere

    // The live feeds (a seat running `lookout feeds`): the cache folder holding their health
    // files, and which kind of data each source id delivers. Empty on a replay.
    QString feedCache;
    QHash<QString, feeds::FeedKind> feedKinds;

    // A seat of a shared server (a libpq connection string): the record is read from there,
    // through the seat's own policies; empty: the workspace's own record.
    QString recordServer;

    bool onMap(const GeoPoint &point) const { return area.isEmpty() || area.contains(point.lon, point.lat); }
};

} // namespace lookout::situation

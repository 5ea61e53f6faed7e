// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "gis/vectordata.h"
#include "situation/situation.h"
#include "store/sqlitedatabase.h"

#include <QPair>

namespace lookout::situation {

// What the cyclone part is measured against: the bureau's districts (WGS-84 polygons with a
// name), the districts distances are given from, and the point "nearest the bureau" means.
struct CycloneInputs {
    gis::VectorData districts;
    QString nameField = QStringLiteral("name");
    QList<QPair<QString, GeoPoint>> references;
    GeoPoint focus;
};

// The cyclones part at `at` from the workspace's tracks (as known then). Any thread, with that
// thread's own database connection.
Result<CyclonesPart> buildCyclonesPart(store::SqliteDatabase &database, const QDateTime &at, const CycloneInputs &inputs);
// The storms of `tracks` (already cut to `at`) active then, as the part holds them. Pure.
QList<CycloneSituation> activeCyclones(const QList<feeds::TyphoonTrack> &tracks, const QDateTime &at, const CycloneInputs &inputs);

} // namespace lookout::situation

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "incidents/inventorybook.h"
#include "plans/matching.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace lookout::plans {

// The division an inventory row belongs to: from its `area` column (a code or a name), else from
// its position; an error when neither resolves.
using InventoryAreaResolver = std::function<Result<AreaRef>(const QString &area, GeoPoint position)>;

// An inventory CSV (docs/resources.md): Lookout's layout (id, kind, name, lon, lat, area, status and
// the columns of each kind; a depot's stock one row per item), or Sahana Eden's shelter layout
// (Name, Type, Lat, Lon, Capacity Day, Capacity Night, Population, Status). Every bad row is an
// error naming the file, the line and the field; nothing of a bad file is used.
Result<QList<incidents::InventoryItem>> readInventoryCsv(const QByteArray &bytes, const QString &file, const InventoryAreaResolver &areas,
                                                          bool exercise);

// What the inventory offers the matching, by kind: a team is one "rescue-team"; a depot's stock
// lines are their items ("sandbags" …); an open shelter its free places at night
// ("shelter-places"); equipment its type. Only what is available (a shelter: open) can be matched.
QList<Resource> matchableResources(const QList<incidents::InventoryItem> &items);

} // namespace lookout::plans

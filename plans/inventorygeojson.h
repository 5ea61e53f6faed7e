// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "incidents/inventorybook.h"
#include "plans/inventoryimport.h"

#include <QByteArray>
#include <QString>

namespace lookout::plans {

// An inventory as a GeoJSON (RFC 7946) FeatureCollection of Point features whose properties are
// the CSV's columns (docs/resources.md): the same fields, values and errors, as the CSV reader
// and this one make each record into an item through one function (plans/inventoryfields).
// Beyond the CSV: `specialties` may be an array of texts, and a depot may list its stock as
// `stock: [{item, quantity, unit}, …]` in one feature. Features are numbered from 1 in errors
// ("inv.geojson feature 3"). Every bad feature is listed (the first 20) and nothing of a bad
// file is used; JSON that does not parse is an error giving the byte offset and line.
// Plain function; any thread.
Result<QList<incidents::InventoryItem>> readInventoryGeoJson(const QByteArray &bytes, const QString &file, const InventoryAreaResolver &areas,
                                                              bool exercise);

} // namespace lookout::plans

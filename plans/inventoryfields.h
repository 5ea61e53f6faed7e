// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/geo.h"
#include "core/result.h"
#include "incidents/inventorybook.h"
#include "plans/inventoryimport.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

// What the inventory readers of Lookout's layout share (a CSV row, a GeoJSON feature): the fields
// of one record, by name, made into an item, so both formats accept and refuse exactly the same
// values with the same words. Plain functions and values; any thread.
namespace lookout::plans {

// One record of an inventory file.
struct InventoryRecord {
    QString where;  // "inv.csv line 3", "inv.geojson feature 2": the first context of its errors
    // A field's trimmed text by its lower-case name (docs/resources.md); empty when absent.
    std::function<QString(const QString &name)> field;
    // Called after the id and kind are known good, so a record's errors come in the CSV's order.
    std::function<Result<GeoPoint>()> position;
};

// An error of one record: its context is the record's place, then the field.
Error inventoryFieldError(const QString &where, const QString &field, const QString &message);

// A whole number ≥ 0 of people, places or pieces (an empty field: `fallback`).
Result<int> inventoryCount(const QString &text, const QString &where, const QString &field, int fallback = 0);

// What is wrong with a file whose records `bad` could not be read (one error: itself; more: each
// listed, up to 20, under "N of TOTAL RECORDS are bad; nothing of the file is used").
Error badInventoryRecords(const QList<Error> &bad, const QString &file, qsizetype total, const QString &records);

// The items of one file in file order. A depot's further records add stock lines to it (one
// record per stock item, as in the CSV); any other repeated id is an error.
class InventoryCollector {
public:
    // Reads the record's fields (id, kind, name, status, the fields of its kind, area) and keeps
    // the item, or says which field of the record is wrong.
    Result<void> add(const InventoryRecord &record, const InventoryAreaResolver &areas, bool exercise);
    const QList<incidents::InventoryItem> &items() const { return m_items; }

private:
    QList<incidents::InventoryItem> m_items;
    QHash<QString, qsizetype> m_byId;
};

} // namespace lookout::plans

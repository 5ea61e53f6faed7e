// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "plans/inventoryimport.h"

#include "feeds/csvreader.h"
#include "plans/csvrows.h"
#include "plans/inventoryfields.h"

#include <QHash>

#include <cmath>

namespace lookout::plans {

namespace {

using incidents::InventoryItem;
using incidents::ResourceKind;
using incidents::ResourceStatus;

using csv::rowError;

// Where a row is, for its errors: "inv.csv line 3".
QString rowPlace(const QString &file, int line)
{
    return QStringLiteral("%1 line %2").arg(file).arg(line);
}

// Sahana Eden's shelter export: one shelter per row, its name its id.
Result<QList<InventoryItem>> readSahanaShelters(feeds::CsvReader &reader, const QStringList &header, const QString &file,
                                                const InventoryAreaResolver &areas, bool exercise)
{
    const feeds::CsvColumns columns(header);
    QList<InventoryItem> items;
    QHash<QString, int> seen;
    auto read = csv::forEachRow(reader, header.size(), file, [&](const QStringList &row, int line) -> Result<void> {
        InventoryItem item;
        item.kind = ResourceKind::Shelter;
        item.exercise = exercise;
        item.name = columns.value(row, QStringLiteral("name"));
        if (item.name.isEmpty())
            return rowError(file, line, QStringLiteral("Name"), QStringLiteral("empty"));
        if (seen.contains(item.name))
            return rowError(file, line, QStringLiteral("Name"), QStringLiteral("\"%1\" is also on line %2").arg(item.name).arg(seen.value(item.name)));
        seen.insert(item.name, line);
        item.id = item.name;
        item.shelterType = columns.value(row, QStringLiteral("type"));
        auto point = csv::position(columns, row, QStringLiteral("lon"), QStringLiteral("lat"), file, line);
        if (!point)
            return point.error();
        item.position = *point;
        for (const auto &[name, into] : {std::pair{QStringLiteral("capacity day"), &item.capacityDay},
                                         std::pair{QStringLiteral("capacity night"), &item.capacityNight},
                                         std::pair{QStringLiteral("population"), &item.occupancy}}) {
            auto value = inventoryCount(columns.value(row, name), rowPlace(file, line), name);
            if (!value)
                return value.error();
            *into = *value;
        }
        const QString status = columns.value(row, QStringLiteral("status")).toLower();
        item.status = status == QLatin1String("closed") ? ResourceStatus::Closed
                      : status == QLatin1String("full")  ? ResourceStatus::Full
                                                         : ResourceStatus::Open;
        if (!status.isEmpty() && status != QLatin1String("open") && status != QLatin1String("closed") && status != QLatin1String("full"))
            return rowError(file, line, QStringLiteral("Status"), QStringLiteral("\"%1\" is not Open, Closed or Full").arg(status));
        auto area = areas(QString(), item.position);
        if (!area)
            return Error(area.error()).withContext(rowPlace(file, line));
        item.area = *area;
        items.append(item);
        return {};
    });
    if (!read)
        return read.error();
    return items;
}

} // namespace

Result<QList<InventoryItem>> readInventoryCsv(const QByteArray &bytes, const QString &file, const InventoryAreaResolver &areas, bool exercise)
{
    feeds::CsvReader reader(bytes);
    QStringList header;
    if (!reader.next(header) || header.join(QString()).trimmed().isEmpty())
        return makeError(Error::Code::Empty, QStringLiteral("the file is empty: a header line is needed"), {file});
    for (QString &name : header)
        name = name.trimmed().toLower();
    Result<QList<InventoryItem>> result = QList<InventoryItem>{};
    if (header.contains(QStringLiteral("capacity day")) && header.contains(QStringLiteral("name")) && !header.contains(QStringLiteral("kind"))) {
        result = readSahanaShelters(reader, header, file, areas, exercise);
    } else {
        const feeds::CsvColumns columns(header);
        for (const char *required : {"id", "kind", "lon", "lat"})
            if (!columns.has(QLatin1String(required)))
                return rowError(file, 1, QLatin1String(required),
                                QStringLiteral("no '%1' column (Lookout's layout needs id, kind, lon, lat; Sahana Eden's shelters Name, Type, "
                                               "Lat, Lon, Capacity Day, Capacity Night, Population, Status)").arg(QLatin1String(required)));
        // Each row is one record of the layout the GeoJSON reader shares (plans/inventoryfields).
        // Every bad row is listed, not only the first: a file is fixed in one go.
        InventoryCollector collector;
        QList<Error> bad;
        qsizetype rows = 0;
        auto read = csv::forEachRow(reader, header.size(), file, [&](const QStringList &row, int line) -> Result<void> {
            const InventoryRecord record{rowPlace(file, line), [&](const QString &name) { return columns.value(row, name); },
                                         [&] { return csv::position(columns, row, QStringLiteral("lon"), QStringLiteral("lat"), file, line); }};
            ++rows;
            if (auto added = collector.add(record, areas, exercise); !added)
                bad.append(added.error());
            return {};
        });
        if (!read)
            return read.error();
        if (!bad.isEmpty())
            return badInventoryRecords(bad, file, rows, QStringLiteral("rows"));
        result = collector.items();
    }
    if (!result)
        return result;
    if (result->isEmpty())
        return makeError(Error::Code::Empty, QStringLiteral("no resource in the file"), {file});
    return result;
}

QList<Resource> matchableResources(const QList<InventoryItem> &items)
{
    QList<Resource> resources;
    for (const InventoryItem &item : items) {
        const bool available = item.status == ResourceStatus::Available || item.status == ResourceStatus::Open;
        switch (item.kind) {
        case ResourceKind::Team:
            resources.append({item.id, QStringLiteral("rescue-team"), 1, item.position, available});
            break;
        case ResourceKind::Depot:
            for (const incidents::StockLine &line : item.stock)
                resources.append({item.id + QLatin1Char('/') + line.item, line.item, qint64(std::floor(line.quantity)), item.position, available});
            break;
        case ResourceKind::Shelter:
            resources.append({item.id, QStringLiteral("shelter-places"), std::max(0, item.capacityNight - item.occupancy), item.position, available});
            break;
        case ResourceKind::Equipment:
            resources.append({item.id, item.equipmentType, item.quantity, item.position, available});
            break;
        }
    }
    return resources;
}

} // namespace lookout::plans

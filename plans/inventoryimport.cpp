// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "plans/inventoryimport.h"

#include "feeds/csvreader.h"
#include "plans/csvrows.h"

#include <QHash>

#include <cmath>

namespace lookout::plans {

namespace {

using incidents::InventoryItem;
using incidents::ResourceKind;
using incidents::ResourceStatus;

using csv::rowError;

// A whole number of people or places (an int), through the shared reader.
Result<int> count(const feeds::CsvColumns &columns, const QStringList &row, const QString &name, const QString &file, int line, int fallback = 0)
{
    auto value = csv::wholeNumber(columns, row, name, file, line, fallback);
    if (!value)
        return value.error();
    if (*value > 1000000000)
        return rowError(file, line, name, QStringLiteral("%1 is too large").arg(*value));
    return int(*value);
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
            auto value = count(columns, row, name, file, line);
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
            return Error(area.error()).withContext(QStringLiteral("%1 line %2").arg(file).arg(line));
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
        QList<InventoryItem> items;
        QHash<QString, qsizetype> byId;
        auto read = csv::forEachRow(reader, header.size(), file, [&](const QStringList &row, int line) -> Result<void> {
            const QString id = columns.value(row, QStringLiteral("id"));
            if (id.isEmpty())
                return rowError(file, line, QStringLiteral("id"), QStringLiteral("empty"));
            const auto kind = incidents::resourceKindFromString(columns.value(row, QStringLiteral("kind")).toLower());
            if (!kind)
                return rowError(file, line, QStringLiteral("kind"), QStringLiteral("\"%1\" is not one of team, depot, shelter, equipment")
                                                                        .arg(columns.value(row, QStringLiteral("kind"))));
            // A depot's further rows add stock lines to it.
            if (byId.contains(id)) {
                InventoryItem &kept = items[byId.value(id)];
                if (kept.kind != ResourceKind::Depot || *kind != ResourceKind::Depot)
                    return rowError(file, line, QStringLiteral("id"), QStringLiteral("\"%1\" is used twice (only a depot takes one row per stock item)").arg(id));
            }
            InventoryItem item;
            item.id = id;
            item.kind = *kind;
            item.exercise = exercise;
            item.name = columns.value(row, QStringLiteral("name"));
            auto point = csv::position(columns, row, QStringLiteral("lon"), QStringLiteral("lat"), file, line);
            if (!point)
                return point.error();
            item.position = *point;
            const QString statusText = columns.value(row, QStringLiteral("status")).toLower();
            const auto status = statusText.isEmpty() ? std::optional(*kind == ResourceKind::Shelter ? ResourceStatus::Open : ResourceStatus::Available)
                                                     : incidents::resourceStatusFromString(statusText);
            if (!status || !incidents::statusFits(*kind, *status))
                return rowError(file, line, QStringLiteral("status"), QStringLiteral("\"%1\" is not a status of a %2").arg(statusText, incidents::toString(*kind)));
            item.status = *status;
            switch (*kind) {
            case ResourceKind::Team: {
                item.unit = columns.value(row, QStringLiteral("unit"));
                auto people = count(columns, row, QStringLiteral("people"), file, line);
                if (!people)
                    return people.error();
                item.people = *people;
                item.specialties = columns.value(row, QStringLiteral("specialties")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
                for (QString &specialty : item.specialties)
                    specialty = specialty.trimmed();
                item.base = columns.value(row, QStringLiteral("base"));
                break;
            }
            case ResourceKind::Depot: {
                const QString stockItem = columns.value(row, QStringLiteral("item"));
                if (!stockItem.isEmpty()) {
                    bool ok = false;
                    const double quantity = columns.value(row, QStringLiteral("quantity")).toDouble(&ok);
                    if (!ok || quantity < 0)
                        return rowError(file, line, QStringLiteral("quantity"), QStringLiteral("\"%1\" is not a quantity of 0 or more")
                                                                                    .arg(columns.value(row, QStringLiteral("quantity"))));
                    item.stock.append({stockItem, quantity, columns.value(row, QStringLiteral("stock_unit"))});
                }
                break;
            }
            case ResourceKind::Shelter: {
                item.shelterLevel = columns.value(row, QStringLiteral("level"));
                item.shelterType = columns.value(row, QStringLiteral("type"));
                for (const auto &[name, into] : {std::pair{QStringLiteral("capacity_day"), &item.capacityDay},
                                                 std::pair{QStringLiteral("capacity_night"), &item.capacityNight},
                                                 std::pair{QStringLiteral("occupancy"), &item.occupancy}}) {
                    auto value = count(columns, row, name, file, line);
                    if (!value)
                        return value.error();
                    *into = *value;
                }
                break;
            }
            case ResourceKind::Equipment: {
                item.equipmentType = columns.value(row, QStringLiteral("type"));
                if (item.equipmentType.isEmpty())
                    return rowError(file, line, QStringLiteral("type"), QStringLiteral("equipment names its type (pump, generator, boat …)"));
                auto quantity = count(columns, row, QStringLiteral("quantity"), file, line, 1);
                if (!quantity)
                    return quantity.error();
                item.quantity = *quantity;
                break;
            }
            }
            auto area = areas(columns.value(row, QStringLiteral("area")), item.position);
            if (!area)
                return Error(area.error()).withContext(QStringLiteral("%1 line %2").arg(file).arg(line));
            item.area = *area;
            if (byId.contains(id)) {
                items[byId.value(id)].stock += item.stock;
                return {};
            }
            byId.insert(id, items.size());
            items.append(item);
            return {};
        });
        if (!read)
            return read.error();
        result = items;
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

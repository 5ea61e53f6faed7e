// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "plans/inventoryfields.h"

#include <cmath>

namespace lookout::plans {

using incidents::InventoryItem;
using incidents::ResourceKind;
using incidents::ResourceStatus;

Error inventoryFieldError(const QString &where, const QString &field, const QString &message)
{
    return makeError(Error::Code::Corrupt, message, {where, field});
}

Result<int> inventoryCount(const QString &text, const QString &where, const QString &field, int fallback)
{
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < 0 || value != std::floor(value) || value > 1e12)
        return inventoryFieldError(where, field, QStringLiteral("\"%1\" is not a whole number of 0 or more").arg(text));
    if (value > 1000000000)
        return inventoryFieldError(where, field, QStringLiteral("%1 is too large").arg(qint64(value)));
    return int(value);
}

namespace {

// The fields of a kind; the common ones (id, kind, name, position, status, area) are read by the caller.
Result<void> readKindFields(const InventoryRecord &record, InventoryItem &item)
{
    const auto field = [&](const char *name) { return record.field(QLatin1String(name)); };
    const auto count = [&](const char *name, int &into, int fallback = 0) -> Result<void> {
        auto value = inventoryCount(field(name), record.where, QLatin1String(name), fallback);
        if (!value)
            return value.error();
        into = *value;
        return {};
    };
    switch (item.kind) {
    case ResourceKind::Team: {
        item.unit = field("unit");
        if (auto people = count("people", item.people); !people)
            return people;
        item.specialties = field("specialties").split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (QString &specialty : item.specialties)
            specialty = specialty.trimmed();
        item.base = field("base");
        break;
    }
    case ResourceKind::Depot: {
        const QString stockItem = field("item");
        if (!stockItem.isEmpty()) {
            bool ok = false;
            const double quantity = field("quantity").toDouble(&ok);
            if (!ok || !std::isfinite(quantity) || quantity < 0)  // toDouble() takes "nan" and "inf"
                return inventoryFieldError(record.where, QStringLiteral("quantity"),
                                           QStringLiteral("\"%1\" is not a quantity of 0 or more").arg(field("quantity")));
            item.stock.append({stockItem, quantity, field("stock_unit")});
        }
        break;
    }
    case ResourceKind::Shelter: {
        item.shelterLevel = field("level");
        item.shelterType = field("type");
        for (const auto &[name, into] : {std::pair{"capacity_day", &item.capacityDay}, std::pair{"capacity_night", &item.capacityNight},
                                         std::pair{"occupancy", &item.occupancy}})
            if (auto value = count(name, *into); !value)
                return value;
        break;
    }
    case ResourceKind::Equipment: {
        item.equipmentType = field("type");
        if (item.equipmentType.isEmpty())
            return inventoryFieldError(record.where, QStringLiteral("type"), QStringLiteral("equipment names its type (pump, generator, boat …)"));
        if (auto quantity = count("quantity", item.quantity, 1); !quantity)
            return quantity;
        break;
    }
    }
    return {};
}

} // namespace

Result<void> InventoryCollector::add(const InventoryRecord &record, const InventoryAreaResolver &areas, bool exercise)
{
    const QString id = record.field(QStringLiteral("id"));
    if (id.isEmpty())
        return inventoryFieldError(record.where, QStringLiteral("id"), QStringLiteral("empty"));
    const QString kindText = record.field(QStringLiteral("kind"));
    const auto kind = incidents::resourceKindFromString(kindText.toLower());
    if (!kind)
        return inventoryFieldError(record.where, QStringLiteral("kind"), QStringLiteral("\"%1\" is not one of team, depot, shelter, equipment").arg(kindText));
    // A depot's further records add stock lines to it.
    if (m_byId.contains(id)) {
        const InventoryItem &kept = m_items[m_byId.value(id)];
        if (kept.kind != ResourceKind::Depot || *kind != ResourceKind::Depot)
            return inventoryFieldError(record.where, QStringLiteral("id"),
                                       QStringLiteral("\"%1\" is used twice (only a depot takes one row per stock item)").arg(id));
    }
    InventoryItem item;
    item.id = id;
    item.kind = *kind;
    item.exercise = exercise;
    item.name = record.field(QStringLiteral("name"));
    auto point = record.position();
    if (!point)
        return point.error();
    item.position = *point;
    const QString statusText = record.field(QStringLiteral("status")).toLower();
    const auto status = statusText.isEmpty() ? std::optional(*kind == ResourceKind::Shelter ? ResourceStatus::Open : ResourceStatus::Available)
                                             : incidents::resourceStatusFromString(statusText);
    if (!status || !incidents::statusFits(*kind, *status))
        return inventoryFieldError(record.where, QStringLiteral("status"),
                                   QStringLiteral("\"%1\" is not a status of a %2").arg(statusText, incidents::toString(*kind)));
    item.status = *status;
    if (auto fields = readKindFields(record, item); !fields)
        return fields;
    auto area = areas(record.field(QStringLiteral("area")), item.position);
    if (!area)
        return Error(area.error()).withContext(record.where);
    item.area = *area;
    if (m_byId.contains(id)) {
        m_items[m_byId.value(id)].stock += item.stock;
        return {};
    }
    m_byId.insert(id, m_items.size());
    m_items.append(item);
    return {};
}

Error badInventoryRecords(const QList<Error> &bad, const QString &file, qsizetype total, const QString &records)
{
    if (bad.size() == 1)
        return bad.front();
    // Enough to see what is wrong with a file without flooding the duty officer's terminal.
    constexpr qsizetype kListed = 20;
    QStringList context{file};
    for (qsizetype i = 0; i < std::min(bad.size(), kListed); ++i)
        context.append(bad[i].toString());
    if (bad.size() > kListed)
        context.append(QStringLiteral("and %1 more").arg(bad.size() - kListed));
    return makeError(Error::Code::Corrupt, QStringLiteral("%1 of %2 %3 are bad; nothing of the file is used").arg(bad.size()).arg(total).arg(records),
                     context);
}

} // namespace lookout::plans

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "incidents/inventorybook.h"

#include "core/wordtable.h"
#include "incidents/recorddraft.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace lookout::incidents {

namespace {

const std::array<std::pair<ResourceKind, const char *>, 4> kKinds{
    {{ResourceKind::Team, "team"}, {ResourceKind::Depot, "depot"}, {ResourceKind::Shelter, "shelter"}, {ResourceKind::Equipment, "equipment"}}};
const std::array<std::pair<ResourceStatus, const char *>, 7> kStatuses{{{ResourceStatus::Available, "available"},
                                                                        {ResourceStatus::Assigned, "assigned"},
                                                                        {ResourceStatus::Resting, "resting"},
                                                                        {ResourceStatus::Unavailable, "unavailable"},
                                                                        {ResourceStatus::Open, "open"},
                                                                        {ResourceStatus::Closed, "closed"},
                                                                        {ResourceStatus::Full, "full"}}};

Error invalid(const QString &message, const QString &id)
{
    return makeError(Error::Code::InvalidArgument, message, {QStringLiteral("resource %1").arg(id)});
}

} // namespace

QString toString(ResourceKind kind) { return wordOf(kKinds, kind); }
std::optional<ResourceKind> resourceKindFromString(const QString &text) { return valueOf(kKinds, text); }
QString toString(ResourceStatus status) { return wordOf(kStatuses, status); }
std::optional<ResourceStatus> resourceStatusFromString(const QString &text) { return valueOf(kStatuses, text); }

bool statusFits(ResourceKind kind, ResourceStatus status)
{
    switch (kind) {
    case ResourceKind::Team:
        return status == ResourceStatus::Available || status == ResourceStatus::Assigned || status == ResourceStatus::Resting
               || status == ResourceStatus::Unavailable;
    case ResourceKind::Shelter: return status == ResourceStatus::Open || status == ResourceStatus::Closed || status == ResourceStatus::Full;
    case ResourceKind::Depot:
    case ResourceKind::Equipment:
        return status == ResourceStatus::Available || status == ResourceStatus::Assigned || status == ResourceStatus::Unavailable;
    }
    return false;
}

QJsonObject toJson(const InventoryItem &item)
{
    QJsonObject object{{QStringLiteral("id"), item.id},
                       {QStringLiteral("kind"), toString(item.kind)},
                       {QStringLiteral("name"), item.name},
                       {QStringLiteral("area"), areaToJson(item.area)},
                       {QStringLiteral("position"), QJsonArray{item.position.lon, item.position.lat}},
                       {QStringLiteral("status"), toString(item.status)},
                       {QStringLiteral("source"), item.source}};
    if (item.exercise)
        object.insert(QStringLiteral("exercise"), true);
    switch (item.kind) {
    case ResourceKind::Team:
        object.insert(QStringLiteral("unit"), item.unit);
        object.insert(QStringLiteral("people"), item.people);
        object.insert(QStringLiteral("specialties"), QJsonArray::fromStringList(item.specialties));
        object.insert(QStringLiteral("base"), item.base);
        break;
    case ResourceKind::Depot: {
        QJsonArray stock;
        for (const StockLine &line : item.stock)
            stock.append(QJsonObject{{QStringLiteral("item"), line.item}, {QStringLiteral("quantity"), line.quantity}, {QStringLiteral("unit"), line.unit}});
        object.insert(QStringLiteral("stock"), stock);
        break;
    }
    case ResourceKind::Shelter:
        object.insert(QStringLiteral("level"), item.shelterLevel);
        object.insert(QStringLiteral("type"), item.shelterType);
        object.insert(QStringLiteral("capacityDay"), item.capacityDay);
        object.insert(QStringLiteral("capacityNight"), item.capacityNight);
        object.insert(QStringLiteral("occupancy"), item.occupancy);
        break;
    case ResourceKind::Equipment:
        object.insert(QStringLiteral("type"), item.equipmentType);
        object.insert(QStringLiteral("quantity"), item.quantity);
        break;
    }
    return object;
}

InventoryItem inventoryItemFromJson(const QJsonObject &object)
{
    InventoryItem item;
    item.id = object.value(QStringLiteral("id")).toString();
    item.kind = resourceKindFromString(object.value(QStringLiteral("kind")).toString()).value_or(ResourceKind::Equipment);
    item.name = object.value(QStringLiteral("name")).toString();
    item.area = areaFromJson(object.value(QStringLiteral("area")));
    const QJsonArray position = object.value(QStringLiteral("position")).toArray();
    item.position = GeoPoint{position.at(0).toDouble(), position.at(1).toDouble()};
    item.status = resourceStatusFromString(object.value(QStringLiteral("status")).toString()).value_or(ResourceStatus::Unavailable);
    item.exercise = object.value(QStringLiteral("exercise")).toBool();
    item.source = object.value(QStringLiteral("source")).toString();
    item.unit = object.value(QStringLiteral("unit")).toString();
    item.people = object.value(QStringLiteral("people")).toInt();
    for (const QJsonValue &specialty : object.value(QStringLiteral("specialties")).toArray())
        item.specialties.append(specialty.toString());
    item.base = object.value(QStringLiteral("base")).toString();
    for (const QJsonValue &line : object.value(QStringLiteral("stock")).toArray())
        item.stock.append({line[QStringLiteral("item")].toString(), line[QStringLiteral("quantity")].toDouble(), line[QStringLiteral("unit")].toString()});
    const bool shelter = item.kind == ResourceKind::Shelter;
    item.shelterLevel = shelter ? object.value(QStringLiteral("level")).toString() : QString();
    item.shelterType = shelter ? object.value(QStringLiteral("type")).toString() : QString();
    item.capacityDay = object.value(QStringLiteral("capacityDay")).toInt();
    item.capacityNight = object.value(QStringLiteral("capacityNight")).toInt();
    item.occupancy = object.value(QStringLiteral("occupancy")).toInt();
    item.equipmentType = shelter ? QString() : object.value(QStringLiteral("type")).toString();
    item.quantity = object.value(QStringLiteral("quantity")).toInt();
    return item;
}

const InventoryItem *InventoryBook::find(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_items[*it];
}

InventoryItem *InventoryBook::findMutable(const QString &id)
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_items[*it];
}

const Dispatch *InventoryBook::dispatch(int number) const
{
    return number >= 1 && number <= m_dispatches.size() ? &m_dispatches[number - 1] : nullptr;
}

namespace {

// "depot-1/sandbags" → ("depot-1", "sandbags"); "team-1" → ("team-1", "").
std::pair<QString, QString> splitResource(const QString &resource)
{
    const qsizetype slash = resource.indexOf(QLatin1Char('/'));
    return slash < 0 ? std::pair{resource, QString()} : std::pair{resource.left(slash), resource.mid(slash + 1)};
}

} // namespace

void InventoryBook::apply(const store::JournalEntry &entry)
{
    if (entry.kind.startsWith(QLatin1String("dispatch."))) {
        applyDispatch(entry);
        return;
    }
    if (!entry.kind.startsWith(QLatin1String("resource")))
        return;
    const QJsonObject payload = entry.payloadObject();
    auto stamp = [&](InventoryItem &item) {
        item.sequence = entry.sequence;
        item.since = entry.at();
        item.changedBy = entry.user;
    };
    if (entry.kind == kinds::kResourcesImported) {
        for (const QJsonValue &value : payload.value(QStringLiteral("items")).toArray()) {
            InventoryItem item = inventoryItemFromJson(value.toObject());
            item.source = payload.value(QStringLiteral("source")).toString();
            stamp(item);
            if (InventoryItem *kept = findMutable(item.id)) {
                *kept = item;
            } else {
                m_index.insert(item.id, m_items.size());
                m_items.append(item);
            }
        }
        return;
    }
    InventoryItem *item = findMutable(payload.value(QStringLiteral("id")).toString());
    if (!item)
        return;
    if (entry.kind == kinds::kResourceStatus) {
        if (const auto status = resourceStatusFromString(payload.value(QStringLiteral("status")).toString()); status && statusFits(item->kind, *status))
            item->status = *status;
    } else if (entry.kind == kinds::kResourceStock) {
        const StockLine line{payload.value(QStringLiteral("item")).toString(), payload.value(QStringLiteral("quantity")).toDouble(),
                             payload.value(QStringLiteral("unit")).toString()};
        auto kept = std::find_if(item->stock.begin(), item->stock.end(), [&](const StockLine &s) { return s.item == line.item; });
        if (kept != item->stock.end())
            *kept = line;
        else
            item->stock.append(line);
    } else if (entry.kind == kinds::kResourceOccupancy) {
        item->occupancy = payload.value(QStringLiteral("occupancy")).toInt();
    } else {
        return;
    }
    stamp(*item);
}

void InventoryBook::applyDispatch(const store::JournalEntry &entry)
{
    const QJsonObject payload = entry.payloadObject();
    if (entry.kind == kinds::kDispatchOrdered) {
        Dispatch order;
        order.number = int(m_dispatches.size()) + 1;
        order.sequence = entry.sequence;
        order.resource = payload.value(QStringLiteral("resource")).toString();
        order.incident = payload.value(QStringLiteral("incident")).toString();
        order.need = payload.value(QStringLiteral("need")).toString();
        order.quantity = payload.value(QStringLiteral("quantity")).toInteger();
        order.orderedAt = entry.at();
        order.eta = timeFromIso(payload.value(QStringLiteral("eta")));
        order.orderedBy = entry.user;
        const auto [id, stockItem] = splitResource(order.resource);
        InventoryItem *item = findMutable(id);
        if (!item)
            return;
        m_dispatches.append(order);
        if (item->kind == ResourceKind::Team || item->kind == ResourceKind::Equipment) {
            item->status = ResourceStatus::Assigned;
        } else if (item->kind == ResourceKind::Depot) {
            for (StockLine &line : item->stock)
                if (line.item == stockItem)
                    line.quantity -= double(order.quantity);
        } else {
            item->occupancy += int(order.quantity);
        }
        item->sequence = entry.sequence;
        item->since = entry.at();
        item->changedBy = entry.user;
        return;
    }
    const int number = payload.value(QStringLiteral("dispatch")).toInt();
    if (number < 1 || number > m_dispatches.size() || !m_dispatches[number - 1].isOpen())
        return;
    Dispatch *order = &m_dispatches[number - 1];
    if (entry.kind == kinds::kDispatchArrived) {
        order->arrivedAt = entry.at();
        return;
    }
    if (entry.kind != kinds::kDispatchReleased)
        return;
    order->releasedAt = entry.at();
    InventoryItem *item = findMutable(splitResource(order->resource).first);
    if (!item)
        return;
    if (item->kind == ResourceKind::Team || item->kind == ResourceKind::Equipment)
        item->status = ResourceStatus::Available;
    else if (item->kind == ResourceKind::Shelter)
        item->occupancy = std::max(0, item->occupancy - int(order->quantity));
    item->sequence = entry.sequence;
    item->since = entry.at();
    item->changedBy = entry.user;
}

Result<store::JournalDraft> InventoryBook::orderDispatch(const QString &resource, const QString &incident, const QString &need, qint64 quantity,
                                                        double etaMinutes, const Actor &actor) const
{
    const auto [id, stockItem] = splitResource(resource);
    const InventoryItem *item = find(id);
    if (!item)
        return makeError(Error::Code::NotFound, QStringLiteral("no such resource"), {resource});
    if (quantity <= 0 || etaMinutes < 0)
        return invalid(QStringLiteral("a dispatch sends a quantity of 1 or more with an ETA"), resource);
    qint64 free = 0;
    switch (item->kind) {
    case ResourceKind::Team: free = item->status == ResourceStatus::Available ? 1 : 0; break;
    case ResourceKind::Equipment: free = item->status == ResourceStatus::Available ? item->quantity : 0; break;
    case ResourceKind::Shelter: free = item->status == ResourceStatus::Open ? std::max(0, item->capacityNight - item->occupancy) : 0; break;
    case ResourceKind::Depot:
        for (const StockLine &line : item->stock)
            if (line.item == stockItem && item->status == ResourceStatus::Available)
                free = qint64(line.quantity);
        break;
    }
    if (quantity > free)
        return invalid(QStringLiteral("%1 available, %2 asked").arg(free).arg(quantity), resource);
    const QDateTime eta = actor.at.addSecs(qint64(std::llround(etaMinutes * 60)));
    return draftOf(actor, kinds::kDispatchOrdered,
                   {{QStringLiteral("resource"), resource}, {QStringLiteral("incident"), incident}, {QStringLiteral("need"), need},
                    {QStringLiteral("quantity"), quantity}, {QStringLiteral("eta"), isoTime(eta)},
                    {QStringLiteral("text"), QStringLiteral("dispatch %1 x %2 to %3, ETA %4 min").arg(resource).arg(quantity).arg(need).arg(etaMinutes, 0, 'f', 0)}});
}

Result<store::JournalDraft> InventoryBook::reportArrival(int number, const Actor &actor) const
{
    const Dispatch *order = dispatch(number);
    if (!order)
        return makeError(Error::Code::NotFound, QStringLiteral("no such dispatch"), {QStringLiteral("dispatch %1").arg(number)});
    if (order->arrivedAt.isValid() || !order->isOpen())
        return invalid(QStringLiteral("its arrival or release is recorded already"), order->resource);
    return draftOf(actor, kinds::kDispatchArrived, {{QStringLiteral("dispatch"), number}, {QStringLiteral("incident"), order->incident},
                                                    {QStringLiteral("resource"), order->resource}, {QStringLiteral("need"), order->need},
                                                    {QStringLiteral("text"), QStringLiteral("arrived: %1 at %2").arg(order->resource, order->need)}});
}

Result<store::JournalDraft> InventoryBook::release(int number, const Actor &actor) const
{
    const Dispatch *order = dispatch(number);
    if (!order)
        return makeError(Error::Code::NotFound, QStringLiteral("no such dispatch"), {QStringLiteral("dispatch %1").arg(number)});
    if (!order->isOpen())
        return invalid(QStringLiteral("released already"), order->resource);
    return draftOf(actor, kinds::kDispatchReleased, {{QStringLiteral("dispatch"), number}, {QStringLiteral("incident"), order->incident},
                                                     {QStringLiteral("resource"), order->resource}, {QStringLiteral("need"), order->need},
                                                     {QStringLiteral("text"), QStringLiteral("released: %1 from %2").arg(order->resource, order->need)}});
}

Result<store::JournalDraft> InventoryBook::import(const QList<InventoryItem> &items, const QString &source, const Actor &actor) const
{
    if (items.isEmpty())
        return makeError(Error::Code::Empty, QStringLiteral("nothing to import"), {source});
    QJsonArray array;
    for (const InventoryItem &item : items) {
        if (!statusFits(item.kind, item.status))
            return invalid(QStringLiteral("a %1 cannot be %2").arg(toString(item.kind), toString(item.status)), item.id);
        array.append(toJson(item));
    }
    return draftOf(actor, kinds::kResourcesImported, {{QStringLiteral("source"), source}, {QStringLiteral("items"), array}});
}

Result<store::JournalDraft> InventoryBook::setStatus(const QString &id, ResourceStatus status, const QString &note, const Actor &actor) const
{
    const InventoryItem *item = find(id);
    if (!item)
        return makeError(Error::Code::NotFound, QStringLiteral("no such resource"), {id});
    if (!statusFits(item->kind, status))
        return invalid(QStringLiteral("a %1 cannot be %2").arg(toString(item->kind), toString(status)), id);
    if (item->status == status)
        return invalid(QStringLiteral("it is %1 already").arg(toString(status)), id);
    return draftOf(actor, kinds::kResourceStatus, {{QStringLiteral("id"), id}, {QStringLiteral("status"), toString(status)}, {QStringLiteral("note"), note.trimmed()}});
}

Result<store::JournalDraft> InventoryBook::setStock(const QString &id, const QString &item, double quantity, const QString &unit,
                                                   const Actor &actor) const
{
    const InventoryItem *kept = find(id);
    if (!kept)
        return makeError(Error::Code::NotFound, QStringLiteral("no such resource"), {id});
    if (kept->kind != ResourceKind::Depot)
        return invalid(QStringLiteral("only a depot keeps stock"), id);
    if (item.trimmed().isEmpty() || quantity < 0)
        return invalid(QStringLiteral("stock is an item and a quantity of 0 or more"), id);
    return draftOf(actor, kinds::kResourceStock,
                   {{QStringLiteral("id"), id}, {QStringLiteral("item"), item.trimmed()}, {QStringLiteral("quantity"), quantity}, {QStringLiteral("unit"), unit.trimmed()}});
}

Result<store::JournalDraft> InventoryBook::setOccupancy(const QString &id, int occupancy, const Actor &actor) const
{
    const InventoryItem *kept = find(id);
    if (!kept)
        return makeError(Error::Code::NotFound, QStringLiteral("no such resource"), {id});
    if (kept->kind != ResourceKind::Shelter)
        return invalid(QStringLiteral("only a shelter has occupancy"), id);
    if (occupancy < 0)
        return invalid(QStringLiteral("occupancy is 0 or more"), id);
    return draftOf(actor, kinds::kResourceOccupancy, {{QStringLiteral("id"), id}, {QStringLiteral("occupancy"), occupancy}});
}

} // namespace lookout::incidents

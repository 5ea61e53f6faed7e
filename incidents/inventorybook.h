// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/division.h"
#include "core/geo.h"
#include "core/result.h"
#include "incidents/incident.h"
#include "incidents/vocabulary.h"
#include "store/journal.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lookout::incidents {

namespace kinds {
inline const QString kResourcesImported = QStringLiteral("resources.imported");
inline const QString kResourceStatus = QStringLiteral("resource.status");
inline const QString kResourceStock = QStringLiteral("resource.stock");
inline const QString kResourceOccupancy = QStringLiteral("resource.occupancy");
inline const QString kDispatchOrdered = QStringLiteral("dispatch.ordered");
inline const QString kDispatchArrived = QStringLiteral("dispatch.arrived");
inline const QString kDispatchReleased = QStringLiteral("dispatch.released");
} // namespace kinds

QString toString(ResourceKind kind);      // "team", "depot", "shelter", "equipment"
std::optional<ResourceKind> resourceKindFromString(const QString &text);
QString toString(ResourceStatus status);  // "available" … "full"
std::optional<ResourceStatus> resourceStatusFromString(const QString &text);
// Whether a status belongs to a kind (a team is never "open", a shelter never "resting").
bool statusFits(ResourceKind kind, ResourceStatus status);

struct StockLine {
    QString item;      // "sandbags", "life-jackets", "pumps" …
    double quantity = 0;
    QString unit;      // "bags", "pieces" …
    bool operator==(const StockLine &) const = default;
};

// One item of the inventory, as the record says it is at T.
struct InventoryItem {
    QString id;
    ResourceKind kind = ResourceKind::Team;
    QString name;
    AreaRef area;            // its division, by code and name
    GeoPoint position;
    ResourceStatus status = ResourceStatus::Available;
    bool exercise = false;   // exercise inventory: shown as such everywhere
    QString source;          // the file or feed it came from
    // Teams
    QString unit;
    int people = 0;
    QStringList specialties;
    QString base;
    // Depots
    QList<StockLine> stock;
    // Shelters (GB/T 44012): level (province … village), type (indoor/outdoor, comprehensive …)
    QString shelterLevel;
    QString shelterType;
    int capacityDay = 0;
    int capacityNight = 0;
    int occupancy = 0;
    // Equipment
    QString equipmentType;
    int quantity = 0;
    // The last change
    qint64 sequence = 0;
    QDateTime since;
    QString changedBy;

    bool operator==(const InventoryItem &) const = default;
};

QJsonObject toJson(const InventoryItem &item);
InventoryItem inventoryItemFromJson(const QJsonObject &object);

// A dispatch order (调度): a confirmed assignment of a resource to a need, its ETA, and when it
// arrived and was released. `resource` is as the matching names it: an item's id, or a depot's
// id/item ("depot-1/sandbags").
struct Dispatch {
    int number = 0;  // 1, 2, … in record order
    qint64 sequence = 0;
    QString resource;
    QString incident;
    QString need;
    qint64 quantity = 0;
    QDateTime orderedAt;
    QDateTime eta;
    QString orderedBy;
    QDateTime arrivedAt;
    QDateTime releasedAt;
    bool isOpen() const { return !releasedAt.isValid(); }
};

// The inventory as the record says it is: an import adds (or replaces) items in one entry, and
// each change of status, stock or occupancy is an entry of its own (who, when), so the inventory
// as known at T is the fold of the entries up to T. Same contract as the other books.
class InventoryBook {
public:
    void apply(const store::JournalEntry &entry);
    const QList<InventoryItem> &items() const { return m_items; }
    const InventoryItem *find(const QString &id) const;
    const QList<Dispatch> &dispatches() const { return m_dispatches; }
    const Dispatch *dispatch(int number) const;

    // `items` added in one entry (nothing half-imported); ids already kept are replaced.
    Result<store::JournalDraft> import(const QList<InventoryItem> &items, const QString &source, const Actor &actor) const;
    Result<store::JournalDraft> setStatus(const QString &id, ResourceStatus status, const QString &note, const Actor &actor) const;
    Result<store::JournalDraft> setStock(const QString &id, const QString &item, double quantity, const QString &unit,
                                         const Actor &actor) const;
    Result<store::JournalDraft> setOccupancy(const QString &id, int occupancy, const Actor &actor) const;
    // A dispatch: the resource becomes assigned (a team, equipment), a depot's stock goes down, a
    // shelter's occupancy goes up; refused for what is not available or not enough.
    Result<store::JournalDraft> orderDispatch(const QString &resource, const QString &incident, const QString &need, qint64 quantity,
                                              double etaMinutes, const Actor &actor) const;
    Result<store::JournalDraft> reportArrival(int dispatch, const Actor &actor) const;
    // Released: a team or equipment is available again, a shelter's places are free again.
    Result<store::JournalDraft> release(int dispatch, const Actor &actor) const;

private:
    InventoryItem *findMutable(const QString &id);
    void applyDispatch(const store::JournalEntry &entry);

    QList<InventoryItem> m_items;
    QHash<QString, qsizetype> m_index;
    QList<Dispatch> m_dispatches;
};

} // namespace lookout::incidents

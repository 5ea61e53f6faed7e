// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "plans/inventoryosm.h"

#include "gis/osmpbfreading.h"


#include <cstring>
#include <optional>
#include <vector>

namespace lookout::plans {

namespace {

using incidents::InventoryItem;
using incidents::ResourceKind;
using incidents::ResourceStatus;

QString tag(const osmium::TagList &tags, const char *key)
{
    return QString::fromUtf8(tags.get_value_by_key(key, "")).trimmed();
}

// A count OSM gives as free text ("120", "about 50"): only a plain whole number is believed.
int wholeTag(const osmium::TagList &tags, const char *key)
{
    bool ok = false;
    const int value = tag(tags, key).toInt(&ok);
    return ok && value >= 0 ? value : 0;
}

// The item a tagged object is, without its id, position and area; nullopt when it is none of ours.
// One object is one item: amenity wins over emergency=assembly_point, so an id is never used twice.
std::optional<InventoryItem> itemOf(const osmium::TagList &tags)
{
    const QString amenity = tag(tags, "amenity");
    const bool assembly = tag(tags, "emergency") == QLatin1String("assembly_point");
    InventoryItem item;
    QString name = tag(tags, "name:zh");
    if (name.isEmpty())
        name = tag(tags, "name");
    if (amenity == QLatin1String("fire_station")) {
        item.kind = ResourceKind::Team;
        item.status = ResourceStatus::Available;
        item.unit = tag(tags, "operator").isEmpty() ? name : tag(tags, "operator");
        item.specialties = {QStringLiteral("fire")};
    } else if (amenity == QLatin1String("hospital")) {
        // Not one of our kinds: its beds are what a response draws on, so equipment of that type.
        item.kind = ResourceKind::Equipment;
        item.status = ResourceStatus::Available;
        item.equipmentType = QStringLiteral("hospital-beds");
        item.quantity = wholeTag(tags, "beds");
    } else if (assembly) {
        item.kind = ResourceKind::Shelter;
        item.status = ResourceStatus::Open;
        item.shelterType = QStringLiteral("outdoor assembly point");
        item.capacityDay = item.capacityNight = wholeTag(tags, "capacity");
        // For a shelter the specialties are the hazards it is for (assembly_point:flood=yes …).
        constexpr std::string_view kPrefix = "assembly_point:";
        for (const osmium::Tag &hazard : tags)
            if (std::string_view(hazard.key()).starts_with(kPrefix) && std::strcmp(hazard.value(), "yes") == 0)
                item.specialties.append(QString::fromUtf8(hazard.key() + kPrefix.size()));
    } else {
        return std::nullopt;
    }
    item.name = name.isEmpty() ? (item.kind == ResourceKind::Shelter ? QStringLiteral("assembly_point") : amenity) : name;
    return item;
}

class ResourceCollector : public osmium::handler::Handler {
public:
    std::vector<InventoryItem> items;
    int unlocated = 0;  // ways none of whose nodes is in the extract

    void node(const osmium::Node &node)
    {
        auto item = itemOf(node.tags());
        if (!item)
            return;
        if (!node.location().valid()) {
            ++unlocated;
            return;
        }
        item->id = QStringLiteral("osm-node-%1").arg(node.id());
        item->position = {node.location().lon(), node.location().lat()};
        items.push_back(std::move(*item));
    }

    void way(const osmium::Way &way)
    {
        auto item = itemOf(way.tags());
        if (!item)
            return;
        // The mean of the nodes' locations (a closed way's last node is its first): inside any
        // building-sized outline, and the extract is never near the antimeridian for us.
        const osmium::WayNodeList &nodes = way.nodes();
        const std::size_t count = nodes.size() > 1 && way.is_closed() ? nodes.size() - 1 : nodes.size();
        double lon = 0, lat = 0;
        int located = 0;
        for (std::size_t i = 0; i < count; ++i) {
            if (!nodes[i].location().valid())
                continue;
            lon += nodes[i].location().lon();
            lat += nodes[i].location().lat();
            ++located;
        }
        if (located == 0) {
            ++unlocated;
            return;
        }
        item->id = QStringLiteral("osm-way-%1").arg(way.id());
        item->position = {lon / located, lat / located};
        items.push_back(std::move(*item));
    }
};

} // namespace

Result<OsmInventory> readInventoryOsm(const QString &path, const InventoryAreaResolver &areas, bool exercise)
{
    ResourceCollector collector;
    if (auto read = gis::readOsmPbf(path, collector); !read)
        return read.error();
    if (collector.items.empty() && collector.unlocated == 0)
        return makeError(Error::Code::Empty, QStringLiteral("no fire station, hospital or assembly point in the extract"), {path});
    OsmInventory inventory;
    inventory.skippedOutsideAreas = collector.unlocated;
    for (InventoryItem &item : collector.items) {
        // Placed by its position alone: an OSM object names no division of ours.
        auto area = areas(QString(), item.position);
        if (!area) {
            ++inventory.skippedOutsideAreas;
            continue;
        }
        item.area = *area;
        item.exercise = exercise;
        item.source = path;
        inventory.items.append(std::move(item));
    }
    return inventory;
}

} // namespace lookout::plans

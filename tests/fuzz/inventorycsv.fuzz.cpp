// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// libFuzzer target: the plans' CSV readers on arbitrary bytes — the inventory (Lookout's layout
// and Sahana Eden's shelters) and `lookout match`'s needs and resources files. Each returns what
// its consumer takes, or one located error; none throws or crashes.
#include "plans/inventoryimport.h"
#include "plans/matchfiles.h"

#include <cmath>
#include <cstddef>
#include <cstdint>

namespace {

bool onTheGlobe(lookout::GeoPoint point)
{
    return std::abs(point.lon) <= 180 && std::abs(point.lat) <= 90;
}

template <typename T>
void checkError(const lookout::Result<T> &result)
{
    if (!result && (result.error().message.isEmpty() || result.error().context.isEmpty()))
        __builtin_trap();  // an error that says nothing, or not where
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const lookout::plans::InventoryAreaResolver areas = [](const QString &area, lookout::GeoPoint point) -> lookout::Result<lookout::AreaRef> {
        if (area.isEmpty() && point.lon < 0)
            return lookout::makeError(lookout::Error::Code::InvalidArgument, QStringLiteral("in none of the districts"), {QStringLiteral("area")});
        return lookout::AreaRef{QStringLiteral("440402"), area.isEmpty() ? QStringLiteral("香洲区") : area};
    };
    const auto items = lookout::plans::readInventoryCsv(bytes, QStringLiteral("fuzz.csv"), areas, false);
    checkError(items);
    if (items) {
        for (const lookout::incidents::InventoryItem &item : *items) {
            if (item.id.isEmpty() || !lookout::incidents::statusFits(item.kind, item.status) || !onTheGlobe(item.position))
                __builtin_trap();  // an item the inventory book would refuse
            if (item.people < 0 || item.quantity < 0 || item.capacityDay < 0 || item.capacityNight < 0 || item.occupancy < 0)
                __builtin_trap();
        }
        for (const lookout::plans::Resource &resource : lookout::plans::matchableResources(*items))
            if (resource.quantity < 0)
                __builtin_trap();  // the matching takes no negative supply
    }
    const auto needs = lookout::plans::readNeedsCsv(bytes, QStringLiteral("needs.csv"));
    checkError(needs);
    if (needs)
        for (const lookout::plans::Need &need : *needs)
            if (need.quantity < 0 || !onTheGlobe(need.position) || (need.withinMinutes && !(*need.withinMinutes >= 0)))
                __builtin_trap();
    const auto resources = lookout::plans::readResourcesCsv(bytes, QStringLiteral("resources.csv"));
    checkError(resources);
    if (resources)
        for (const lookout::plans::Resource &resource : *resources)
            if (resource.quantity < 0 || !onTheGlobe(resource.position))
                __builtin_trap();
    return 0;
}

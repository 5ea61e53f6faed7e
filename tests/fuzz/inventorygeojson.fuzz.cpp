// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// libFuzzer target: the GeoJSON inventory reader (QJsonDocument underneath) on arbitrary bytes
// returns items that the record would take, or one located error; it never throws or crashes.
// The resolver refuses the western hemisphere, so the "in no district" path is fuzzed too.
#include "plans/inventorygeojson.h"

#include <cmath>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const lookout::plans::InventoryAreaResolver areas = [](const QString &area, lookout::GeoPoint point) -> lookout::Result<lookout::AreaRef> {
        if (area.isEmpty() && point.lon < 0)
            return lookout::makeError(lookout::Error::Code::InvalidArgument, QStringLiteral("in none of the districts"), {QStringLiteral("area")});
        return lookout::AreaRef{QStringLiteral("440402"), area.isEmpty() ? QStringLiteral("香洲区") : area};
    };
    const auto items = lookout::plans::readInventoryGeoJson(bytes, QStringLiteral("fuzz.geojson"), areas, false);
    if (!items) {
        if (items.error().message.isEmpty() || items.error().context.isEmpty())
            __builtin_trap();  // an error that says nothing, or not where
        return 0;
    }
    if (items->isEmpty())
        __builtin_trap();  // success holds something
    for (const lookout::incidents::InventoryItem &item : *items) {
        if (item.id.isEmpty() || !lookout::incidents::statusFits(item.kind, item.status))
            __builtin_trap();  // an item the inventory book would refuse
        if (!(std::abs(item.position.lon) <= 180) || !(std::abs(item.position.lat) <= 90))
            __builtin_trap();  // a position outside the globe let through
        if (item.people < 0 || item.quantity < 0 || item.capacityDay < 0 || item.capacityNight < 0 || item.occupancy < 0)
            __builtin_trap();
        for (const lookout::incidents::StockLine &line : item.stock)
            if (line.item.isEmpty() || !(line.quantity >= 0))
                __builtin_trap();
    }
    return 0;
}

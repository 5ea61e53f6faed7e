// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "inventoryareas.h"

#include "store/divisionstore.h"

namespace lookout::app {

plans::InventoryAreaResolver inventoryAreaResolver(store::Workspace &workspace, const plans::PlanAreas &areas)
{
    return [&workspace, &areas](const QString &area, GeoPoint point) -> Result<AreaRef> {
        if (!area.isEmpty())
            return store::resolveArea(store::DivisionStore(workspace.database()), area);
        if (const plans::PlanAreas::District *district = areas.districtAt(point); district && !district->code.isEmpty())
            return AreaRef{district->code, district->name};
        return makeError(Error::Code::InvalidArgument, QStringLiteral("the position lies in none of the workspace's districts: give an area column"),
                         {QStringLiteral("area")});
    };
}

} // namespace lookout::app

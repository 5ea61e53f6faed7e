// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "plans/inventoryimport.h"
#include "plans/planareas.h"
#include "store/workspace.h"

namespace lookout::app {

// The division of an inventory row in this workspace: its `area` (a code or a name in the
// divisions table), else the district whose boundary holds its position. `workspace` and `areas`
// must outlive the resolver.
plans::InventoryAreaResolver inventoryAreaResolver(store::Workspace &workspace, const plans::PlanAreas &areas);

} // namespace lookout::app

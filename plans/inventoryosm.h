// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "incidents/inventorybook.h"
#include "plans/inventoryimport.h"

#include <QList>
#include <QString>

namespace lookout::plans {

// What an OpenStreetMap extract offers the inventory, and how much of it lies outside the
// workspace's districts (an extract always covers more than the bureau's area, so those are
// counted and left out rather than refusing the file).
struct OsmInventory {
    QList<incidents::InventoryItem> items;
    int skippedOutsideAreas = 0;
};

// Reads the nodes and ways of an .osm.pbf (libosmium; a way stands at the mean of its nodes'
// locations) that are resources (docs/resources.md):
// - amenity=fire_station: a team, its unit the `operator` (else the name), specialty "fire";
// - amenity=hospital: equipment of type "hospital-beds", as many as `beds` says (else 0);
// - emergency=assembly_point: a shelter of type "outdoor assembly point", `capacity` places day
//   and night (else 0), its specialties the hazards it is for (assembly_point:flood=yes → "flood").
// Ids are "osm-node-<id>" / "osm-way-<id>"; the name is name:zh, else name, else the tag's value.
// Each is placed by `areas` from its position alone; where that fails the item is skipped and
// counted. A file that cannot be read, is not PBF or is cut short is an error naming it.
// Plain function; any thread (libosmium reads on its own threads meanwhile).
Result<OsmInventory> readInventoryOsm(const QString &path, const InventoryAreaResolver &areas, bool exercise);

} // namespace lookout::plans

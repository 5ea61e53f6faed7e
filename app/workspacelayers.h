// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "maplayermodel.h"
#include "store/workspace.h"

#include <QRectF>

namespace lookout::app {

// Reads every layer of the workspace into the map's layer model, styled by its role, with its
// provenance for the sources panel. Fails on the first layer that cannot be read.
Result<void> loadWorkspaceLayers(const store::Workspace &workspace, qml::MapLayerModel &model);

// The workspace's home view in lon/lat (its "home_extent" setting), else the union of its
// focus layers, else of all layers.
QRectF homeExtent(const store::Workspace &workspace, const qml::MapLayerModel &model);

} // namespace lookout::app

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "store/workspace.h"

namespace lookout::app {

// The demo workspace's default location (per user, e.g. ~/.local/share/Lookout/demo.gpkg).
QString defaultDemoWorkspacePath();

// Opens the workspace at path, or, when nothing is there yet, creates it from the boundary files
// embedded in the binary (packaging/data, as demo-layers.json lists them): each GCJ-02 file
// converted to WGS-84, with its source, data date and feature count. A failed creation removes
// the half-made file so the next run starts clean.
Result<store::Workspace> openOrCreateDemoWorkspace(const QString &path, const QDateTime &now);

} // namespace lookout::app

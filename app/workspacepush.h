// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace lookout::app {

// What `lookout workspace push` moved and how the server's record verified afterwards.
struct PushedWorkspace {
    qint64 entries = 0;
    QByteArray headHash;  // the same on both sides, or the push is reported failed
    QList<std::pair<QString, qint64>> tables;  // rows per table (settings, layers, data), in order
    int plans = 0;  // plan files moved into lookout_plans
};

// Moves an embedded workspace to a server set up by `server init`, into an empty workspace there,
// in one transaction on the server: the settings, the map layers (PostGIS), every table of
// monitoring data (warnings, tracks, hotspots, water, grids, fire weather, divisions, team
// positions), the plan files of its plans folder, and the record, entry for entry (sequence,
// time, user, payload and hashes as they are), each with the division it concerns (folded from
// the record as it goes); then verifies the server's chain and compares its head with the
// workspace's. Run by the server's administrator. `progress` is told each step.
Result<PushedWorkspace> pushWorkspace(const QString &workspacePath, const QString &connection,
                                      const std::function<void(const QString &step)> &progress = {});

} // namespace lookout::app

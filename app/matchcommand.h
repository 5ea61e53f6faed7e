// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"

#include <QStringList>

namespace lookout::app {

// `lookout match --needs FILE.csv --resources FILE.csv [--osm FILE.pbf | --speed-kmh 40 --detour 1.3] [--json]`:
// the optimal matching and the gap list on files alone (docs/resources.md).
struct MatchCommand {
    QString needs;
    QString resources;
    QString osm;
    double speedKmh = 40;
    double detour = 1.3;
    bool json = false;
};

Result<MatchCommand> parseMatchCommand(const QStringList &arguments);
QString matchHelpText();
int runMatchCommand(const MatchCommand &command);

} // namespace lookout::app

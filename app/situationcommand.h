// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "store/workspace.h"

#include <QDateTime>

namespace lookout::app {

// `lookout situation [--at TIME] [--json]`: the situation as known at `at`, as readable lines or
// as the JSON of docs/situation.md (for other systems). Returns the exit code.
int runSituation(store::Workspace &workspace, const QDateTime &at, bool json);

} // namespace lookout::app

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "recordcommands.h"
#include "store/journal.h"

namespace lookout::app {

// `lookout duty log|shift|roster|handover|confirm` (see recordHelpText). The handover reads the
// warnings and water levels from `workspace` (never null for it); `at` is the action's time.
int runDuty(const RecordCommand &command, store::Journal &journal, store::Workspace *workspace, const QDateTime &at);

} // namespace lookout::app

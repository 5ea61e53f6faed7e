// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "commandline.h"
#include "store/workspace.h"

#include <QDateTime>

namespace lookout::app {

// The command-line verbs that work on the workspace's data and need no GUI. Each prints its
// result on stdout, problems on stderr (one line each), and returns the process exit code.

// `lookout ingest FILE...`: every file whole or not at all; a bar on stderr for large files.
int runIngest(const CommandLine &line, store::Workspace &workspace, const QDateTime &now);
// `lookout feeds run`: the scheduler feeding the workspace; with --once one round, then the
// health table and exit 1 if any source failed. Runs the event loop.
int runFeeds(const CommandLine &line, store::Workspace &workspace);
// `lookout fwi FILE.csv`: the six FWI codes per day, as CSV on stdout. Needs no workspace.
int runFwi(const CommandLine &line);
// `lookout warnings list`: the registry as known at `at`.
int runWarningsList(const CommandLine &line, store::Workspace &workspace, const QDateTime &at);

} // namespace lookout::app

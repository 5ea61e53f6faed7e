// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/division.h"
#include "core/result.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace lookout::store {
class Workspace;
}

namespace lookout::app {

// `lookout incident …`, `lookout journal …` and `lookout duty …`: the record from the command
// line, on the workspace's GeoPackage or, with --postgres, on a shared PostgreSQL server.
struct RecordCommand {
    QString noun;   // incident | journal | duty
    QString verb;   // open | level | note | close | list | verify | export | handover
    QStringList positional;
    QString title, hazard, commander, reason, text, areaFile, postgres, user, seat, anchor;
    QString incident, role, outgoing, incoming;  // duty
    QDateTime from, to;                           // duty shift
    QStringList districts, towns, warnings;  // districts and towns by code or name
    bool exercise = false;
};

// Parses what follows `lookout incident|journal|duty`; a clear one-line error when it makes no sense.
Result<RecordCommand> parseRecordCommand(const QString &noun, const QStringList &arguments);
QString recordHelpText();
// Runs it; `workspace` is null with --postgres. `at` is the action's time (the scenario clock,
// --at) or, for list and export, the time the record is seen as known at. Returns the exit code.
int runRecordCommand(const RecordCommand &command, store::Workspace *workspace, const std::optional<QDateTime> &at);
// The command's --district and --town, each resolved to its code through the workspace's
// divisions (names only without a workspace, or before any divisions are imported).
Result<QList<AreaRef>> resolveAreas(const RecordCommand &command, store::Workspace *workspace);
// Whether the command reads the workspace's monitoring data as well as the record (the handover).
bool needsWorkspace(const RecordCommand &command);

} // namespace lookout::app

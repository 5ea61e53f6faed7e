// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"

#include <QStringList>

namespace lookout::app {

// `lookout workspace create`, `lookout layer import|list|remove` and `lookout divisions
// import|list`: making a workspace and filling it with a bureau's own layers and divisions.
struct WorkspaceCommand {
    QString noun;  // workspace | layer | divisions
    QString verb;  // create | push | import | list | remove
    QStringList positional;
    QString title, name, crs, labelField, role, sourceLayer, under, postgres;
    bool replace = false;
};

Result<WorkspaceCommand> parseWorkspaceCommand(const QString &noun, const QStringList &arguments);
QString workspaceHelpText();
// "workspace X does not exist; create it with: lookout workspace create X" — what every command
// says when given a workspace path with nothing there (no command creates one silently).
QString missingWorkspaceMessage(const QString &path);
// Runs it on the workspace at `path` (`create` makes it; the others open it). Returns the exit code.
int runWorkspaceCommand(const WorkspaceCommand &command, const QString &path);

} // namespace lookout::app

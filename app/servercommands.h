// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace lookout::app {

// lookout server init|user add|user list|user remove|refusals --postgres CONNINFO: a shared
// PostgreSQL server for seats at four levels (store/serveradmin.h), run by its administrator.
struct ServerCommand {
    QString verb;        // init | user-add | user-list | user-remove | refusals
    QString postgres;    // a libpq connection string or URI, or a service ("service=lookout")
    QString name, role, division, passwordFile;
};

Result<ServerCommand> parseServerCommand(const QStringList &arguments);
QString serverHelpText();
int runServerCommand(const ServerCommand &command);

} // namespace lookout::app

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QString>

namespace lookout::store {

// What a first connection to a shared server said: in, or a password wanted, or why not.
struct ServerLogin {
    bool connected = false;
    bool needsPassword = false;  // the server asked for one and none was given (or it was wrong)
    QString user;                // the role this connection logs in as (libpq's choice when unnamed)
    QString server;              // postgresql://host:port/database, no secrets
    QString error;
};

// Connects once to `connection` (with `password` when given, for this attempt only) and hangs up.
// libpq's own sources apply as always: the connection string, a service file, PGPASSWORD, .pgpass,
// client certificates. Lookout never writes a password anywhere.
ServerLogin tryServerLogin(const QString &connection, const QString &password = {});

// For the rest of this process, every connection to a server (libpq's and GDAL's) authenticates
// with `password` (PGPASSWORD in this process's environment only; nothing is written to disk).
void usePasswordForThisSession(const QString &password);

} // namespace lookout::store

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "store/serverlogin.h"

#include "store/database.h"

#include <QtGlobal>

#include <libpq-fe.h>

#include <memory>

namespace lookout::store {

ServerLogin tryServerLogin(const QString &connection, const QString &password)
{
    const QByteArray conninfo = connection.toUtf8(), secret = password.toUtf8();
    // The caller's string first (expanded: a URI, a service), then the password for this attempt.
    const char *keys[] = {"dbname", password.isEmpty() ? nullptr : "password", nullptr};
    const char *values[] = {conninfo.constData(), secret.constData(), nullptr};
    std::unique_ptr<PGconn, decltype(&PQfinish)> attempt(PQconnectdbParams(keys, values, 1), &PQfinish);
    ServerLogin login;
    login.connected = PQstatus(attempt.get()) == CONNECTION_OK;
    login.needsPassword = !login.connected && PQconnectionNeedsPassword(attempt.get());
    login.user = QString::fromUtf8(PQuser(attempt.get()));
    login.server = serverDisplayName(attempt.get());
    if (!login.connected)
        login.error = QString::fromUtf8(PQerrorMessage(attempt.get())).trimmed();
    return login;
}

void usePasswordForThisSession(const QString &password)
{
    qputenv("PGPASSWORD", password.toUtf8());
}

} // namespace lookout::store

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "core/identity.h"

#include <QByteArray>

#include <pwd.h>
#include <unistd.h>

namespace lookout {

namespace {

QString environment(const char *name)
{
    return QString::fromLocal8Bit(qgetenv(name)).trimmed();
}

QString accountName()
{
    for (const char *variable : {"USER", "LOGNAME"})
        if (const QString user = environment(variable); !user.isEmpty())
            return user;
    const passwd *account = ::getpwuid(::geteuid());
    return account && account->pw_name ? QString::fromLocal8Bit(account->pw_name) : QString();
}

QString hostName()
{
    char host[256] = {};
    return ::gethostname(host, sizeof host - 1) == 0 && host[0] ? QString::fromLocal8Bit(host) : QStringLiteral("unknown-seat");
}

} // namespace

Identity resolveIdentity(const QString &user, const QString &seat, UserFallback fallback)
{
    Identity identity;
    identity.user = user.trimmed();
    if (identity.user.isEmpty())
        identity.user = environment("LOOKOUT_USER");
    if (identity.user.isEmpty() && fallback == UserFallback::Account)
        identity.user = accountName();
    identity.seat = seat.trimmed();
    if (identity.seat.isEmpty())
        identity.seat = environment("LOOKOUT_SEAT");
    if (identity.seat.isEmpty())
        identity.seat = hostName();
    return identity;
}

} // namespace lookout

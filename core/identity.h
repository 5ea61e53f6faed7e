// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QString>

namespace lookout {

// Who acts, and from which seat: what the record writes beside every entry. The one place where
// the command line and the desk work it out, so that one officer at one machine is never
// recorded under two seats.
struct Identity {
    QString user;  // empty: nobody signed in (the desk asks)
    QString seat;  // never empty
};

enum class UserFallback {
    Account,  // the command line: $LOOKOUT_USER, else the login account ($USER, $LOGNAME, the passwd entry)
    None,     // a shared desk: $LOOKOUT_USER only; otherwise the officer signs in at the desk
};

// `user`/`seat` given (--user, --seat, a sign-in) win; else the environment: $LOOKOUT_USER (see
// `fallback`) and $LOOKOUT_SEAT, else the machine's host name as the seat.
Identity resolveIdentity(const QString &user = {}, const QString &seat = {}, UserFallback fallback = UserFallback::Account);

} // namespace lookout

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"

#include <QString>

namespace lookout::qml {
class AppController;
}

namespace lookout::app {

// The login of a seat on a shared server (`--postgres CONNINFO`), before its workspace opens:
// in at once when libpq has what it needs (no password asked, a .pgpass or service file, a client
// certificate); else, when `interactive`, the sign-in view asks the password until the server lets
// the role in or the person quits (Error::Code::Cancelled). The password is used for this
// process's connections only. Returns the role that logged in: the officer of every desk action.
Result<QString> signInToServer(const QString &connection, qml::AppController &controller, bool interactive);

// For `render --view login`: the sign-in as the server would ask it, without connecting further.
void prepareSignInView(const QString &connection, qml::AppController &controller);

} // namespace lookout::app

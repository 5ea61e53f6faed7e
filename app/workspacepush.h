// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace lookout::app {

// What `lookout workspace push` moved and how the server's record verified afterwards.
struct PushedRecord {
    qint64 entries = 0;
    QByteArray headHash;  // the same on both sides, or the push is reported failed
};

// Moves an embedded workspace's record to a server set up by `server init`, entry for entry
// (sequence, time, user, payload and hashes as they are), each with the division it concerns
// (folded from the record as it goes), into an empty record there; then verifies the server's
// chain and compares its head with the workspace's. Run by the server's administrator.
Result<PushedRecord> pushRecord(const QString &workspacePath, const QString &connection);

} // namespace lookout::app

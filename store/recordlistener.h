// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

#include <memory>

struct pg_conn;

namespace lookout::store {

// What a shared server announces when an entry is committed: its sequence and division, never
// its content (NOTIFY bypasses row-level security, so the payload must not carry any). A seat
// that hears one re-reads the record through its own policies.
struct RecordNotice {
    qint64 sequence = 0;
    QString division;
};

// A seat's ear on the server (LISTEN lookout_record) on a connection of its own. wait() blocks up
// to its timeout for notices; a dropped connection or a restarted server is an error at once
// (Error::Code::Io), and reconnect() tries again (the caller backs off between tries).
// Thread contract: one thread at a time.
class RecordListener {
public:
    static Result<std::unique_ptr<RecordListener>> connect(const QString &connection);
    ~RecordListener();
    RecordListener(const RecordListener &) = delete;
    RecordListener &operator=(const RecordListener &) = delete;

    // The notices that arrived within `timeoutMs` (empty when none did).
    Result<QList<RecordNotice>> wait(int timeoutMs);
    bool isConnected() const;
    Result<void> reconnect();

private:
    explicit RecordListener(QString connection) : m_connectionString(std::move(connection)) {}
    Result<void> open();

    QString m_connectionString;
    pg_conn *m_connection = nullptr;
};

} // namespace lookout::store

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "store/recordlistener.h"

#include <QElapsedTimer>

#include <libpq-fe.h>
#include <poll.h>

namespace lookout::store {

namespace {

Error lost(pg_conn *connection, const QString &what)
{
    return makeError(Error::Code::Io, QStringLiteral("the connection to the server was lost: %1").arg(QString::fromUtf8(PQerrorMessage(connection)).trimmed()),
                     {what});
}

} // namespace

Result<std::unique_ptr<RecordListener>> RecordListener::connect(const QString &connection)
{
    std::unique_ptr<RecordListener> listener(new RecordListener(connection));
    if (auto opened = listener->open(); !opened)
        return opened.error();
    return listener;
}

RecordListener::~RecordListener()
{
    if (m_connection)
        PQfinish(m_connection);
}

Result<void> RecordListener::open()
{
    if (m_connection)
        PQfinish(m_connection);
    m_connection = PQconnectdb(m_connectionString.toUtf8().constData());
    if (PQstatus(m_connection) != CONNECTION_OK)
        return makeError(Error::Code::Io, QStringLiteral("cannot reach the server: %1").arg(QString::fromUtf8(PQerrorMessage(m_connection)).trimmed()),
                         {m_connectionString});
    PGresult *result = PQexec(m_connection, "LISTEN lookout_record");
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    PQclear(result);
    if (!ok)
        return lost(m_connection, QStringLiteral("LISTEN lookout_record"));
    return {};
}

bool RecordListener::isConnected() const
{
    return m_connection && PQstatus(m_connection) == CONNECTION_OK;
}

Result<void> RecordListener::reconnect()
{
    return open();
}

Result<QList<RecordNotice>> RecordListener::wait(int timeoutMs)
{
    QList<RecordNotice> notices;
    QElapsedTimer timer;
    timer.start();
    while (true) {
        if (!isConnected())
            return lost(m_connection, QStringLiteral("waiting for the record"));
        if (!PQconsumeInput(m_connection))
            return lost(m_connection, QStringLiteral("waiting for the record"));
        while (PGnotify *notify = PQnotifies(m_connection)) {
            const QStringList parts = QString::fromUtf8(notify->extra).split(QLatin1Char(' '));
            notices.append({parts.value(0).toLongLong(), parts.value(1)});
            PQfreemem(notify);
        }
        const qint64 left = timeoutMs - timer.elapsed();
        if (!notices.isEmpty() || left <= 0)
            return notices;
        pollfd descriptor{PQsocket(m_connection), POLLIN, 0};
        if (descriptor.fd < 0)
            return lost(m_connection, QStringLiteral("waiting for the record"));
        ::poll(&descriptor, 1, int(left));
        if (descriptor.revents & (POLLHUP | POLLERR)) {
            (void)PQconsumeInput(m_connection);
            return lost(m_connection, QStringLiteral("waiting for the record"));
        }
    }
}

} // namespace lookout::store

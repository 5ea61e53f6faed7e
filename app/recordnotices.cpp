// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "recordnotices.h"

#include "appcontroller.h"

#include "core/timeformat.h"
#include "store/recordlistener.h"

#include <QCoreApplication>

#include <algorithm>

namespace lookout::app {

RecordNotices::RecordNotices(QString connection, QObject *parent) : QObject(parent), m_connection(std::move(connection)) {}

RecordNotices::~RecordNotices()
{
    m_stop = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void RecordNotices::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->start();
}

void RecordNotices::run()
{
    std::unique_ptr<store::RecordListener> listener;
    int backoffMs = 1000;
    bool told = false;  // whether the views know the state yet
    while (!m_stop) {
        if (!listener || !listener->isConnected()) {
            Result<void> up = listener ? listener->reconnect() : [&]() -> Result<void> {
                auto made = store::RecordListener::connect(m_connection);
                if (!made)
                    return made.error();
                listener = std::move(made).value();
                return {};
            }();
            if (!up) {
                if (m_connected || !told)
                    emit connectionChanged(false, QDateTime::currentDateTimeUtc(), up.error().message);
                m_connected = false;
                told = true;
                for (int slept = 0; slept < backoffMs && !m_stop; slept += 100)
                    QThread::msleep(100);
                backoffMs = std::min(backoffMs * 2, 30000);
                continue;
            }
            backoffMs = 1000;
            m_connected = true;
            told = true;
            emit connectionChanged(true, QDateTime::currentDateTimeUtc(), QString());
            emit noticed(0);  // what was missed while away is read now
        }
        auto notices = listener->wait(500);
        if (!notices) {
            m_connected = false;
            emit connectionChanged(false, QDateTime::currentDateTimeUtc(), notices.error().message);
            continue;
        }
        if (!notices->isEmpty())
            emit noticed(notices->back().sequence);
    }
}

} // namespace lookout::app

namespace lookout::app {

void showServerState(RecordNotices &notices, qml::AppController &controller)
{
    QObject::connect(&notices, &RecordNotices::connectionChanged, &controller, [&controller](bool up, const QDateTime &since, const QString &why) {
        controller.setServerState(up ? QCoreApplication::translate("App", "Shared record: connected")
                                     : QCoreApplication::translate("App", "SHARED RECORD LOST since %1: reconnecting; actions are refused (%2)")
                                           .arg(formatLocal(since), why.section(QLatin1Char('\n'), 0, 0).trimmed()),  // libpq's first line
                                  !up);
    });
}

} // namespace lookout::app

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>

namespace lookout::qml {
class AppController;
}

namespace lookout::app {

// A live seat's ear on its shared server, on a thread of its own: noticed() when another seat
// committed an entry (the seat then rebuilds its situation, reading through its own policies);
// connectionChanged() at once when the server goes away (with the time, so the views can show it
// in red) and when it is back, after reconnecting with back-off (1 s doubling to 30 s).
class RecordNotices : public QObject {
    Q_OBJECT
public:
    explicit RecordNotices(QString connection, QObject *parent = nullptr);
    ~RecordNotices() override;

    void start();
    bool isConnected() const { return m_connected; }

signals:
    void noticed(qint64 sequence);
    void connectionChanged(bool connected, const QDateTime &since, const QString &why);

private:
    void run();

    QString m_connection;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_connected{false};
};

// Shows the notices' connection on `controller` (the desk's status bar, the wall's header): red
// with the time and the reason while the server is lost.
void showServerState(RecordNotices &notices, qml::AppController &controller);

} // namespace lookout::app

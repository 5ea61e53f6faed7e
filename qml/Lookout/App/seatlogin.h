// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace lookout::qml {

// The sign-in to a shared server (LoginView.qml): the server and the login it asks a password
// for, and what came of the last attempt. The attempt itself is the composition root's
// (app/main.cpp): it returns why it failed, or nothing when the login is in.
class SeatLogin : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("filled by the application")
    Q_PROPERTY(QString server READ server NOTIFY changed FINAL)
    Q_PROPERTY(QString user READ user NOTIFY changed FINAL)
    Q_PROPERTY(QString message READ message NOTIFY changed FINAL)

public:
    using Attempt = std::function<QString(const QString &password)>;
    explicit SeatLogin(QObject *parent = nullptr) : QObject(parent) {}

    void setUp(const QString &server, const QString &user, Attempt attempt);
    QString server() const { return m_server; }
    QString user() const { return m_user; }
    QString message() const { return m_message; }

    // Tries the password; `accepted` when the server lets the login in.
    Q_INVOKABLE void signIn(const QString &password);
    Q_INVOKABLE void cancel() { emit cancelled(); }

signals:
    void changed();
    void accepted();
    void cancelled();

private:
    QString m_server;
    QString m_user;
    QString m_message;
    Attempt m_attempt;
};

} // namespace lookout::qml

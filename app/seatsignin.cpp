// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "seatsignin.h"

#include "appcontroller.h"
#include "viewloader.h"

#include "store/serverlogin.h"

#include <QEventLoop>
#include <QGuiApplication>
#include <QQmlApplicationEngine>

namespace lookout::app {

void prepareSignInView(const QString &connection, qml::AppController &controller)
{
    const store::ServerLogin probe = store::tryServerLogin(connection);
    controller.login()->setUp(probe.server, probe.user, {});
}

Result<QString> signInToServer(const QString &connection, qml::AppController &controller, bool interactive)
{
    const store::ServerLogin first = store::tryServerLogin(connection);
    if (first.connected)
        return first.user;
    if (!first.needsPassword)
        return makeError(Error::Code::Io, QStringLiteral("cannot reach the shared server: %1").arg(first.error), {first.server});
    if (!interactive)
        return makeError(Error::Code::Refused,
                         QStringLiteral("the shared server asks a password for %1: for a run without a person at the screen, give it "
                                        "in a .pgpass or service file (Lookout never stores one), or open the desk to be asked")
                             .arg(first.user),
                         {first.server});
    QString role;
    controller.login()->setUp(first.server, first.user, [&](const QString &password) -> QString {
        const store::ServerLogin attempt = store::tryServerLogin(connection, password);
        if (!attempt.connected)
            return attempt.error;
        store::usePasswordForThisSession(password);
        role = attempt.user;
        return {};
    });
    const QString view = controller.view();
    controller.setView(QStringLiteral("login"));
    // Closing the sign-in quits this loop, not the application that follows it.
    QGuiApplication::setQuitOnLastWindowClosed(false);
    QEventLoop loop;
    bool accepted = false;
    QObject::connect(controller.login(), &qml::SeatLogin::accepted, &loop, [&] {
        accepted = true;
        loop.quit();
    });
    QObject::connect(controller.login(), &qml::SeatLogin::cancelled, &loop, &QEventLoop::quit);
    QObject::connect(qGuiApp, &QGuiApplication::lastWindowClosed, &loop, &QEventLoop::quit);
    {
        QQmlApplicationEngine engine;
        engine.load(prepareEngine(engine));
        if (engine.rootObjects().isEmpty())
            return makeError(Error::Code::Internal, QStringLiteral("the sign-in did not load (run lookout --self-test)"));
        loop.exec();
    }
    QGuiApplication::setQuitOnLastWindowClosed(true);
    controller.setView(view);
    if (!accepted)
        return makeError(Error::Code::Cancelled, QStringLiteral("not signed in to the shared server"), {first.server});
    return role;
}

} // namespace lookout::app

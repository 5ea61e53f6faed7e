// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "seatlogin.h"

namespace lookout::qml {

void SeatLogin::setUp(const QString &server, const QString &user, Attempt attempt)
{
    m_server = server;
    m_user = user;
    m_message.clear();
    m_attempt = std::move(attempt);
    emit changed();
}

void SeatLogin::signIn(const QString &password)
{
    if (password.isEmpty()) {
        m_message = tr("Type the password of %1.").arg(m_user);
        emit changed();
        return;
    }
    const QString failure = m_attempt ? m_attempt(password) : tr("There is no server to sign in to.");
    m_message = failure;
    emit changed();
    if (failure.isEmpty())
        emit accepted();
}

} // namespace lookout::qml

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "core/identity.h"

#include <QByteArray>

#include <gtest/gtest.h>

using namespace lookout;

namespace {
// Sets an environment variable for one test and puts the old value back.
class ScopedEnvironment {
public:
    ScopedEnvironment(const char *name, const QByteArray &value) : m_name(name), m_old(qgetenv(name)), m_had(qEnvironmentVariableIsSet(name))
    {
        value.isNull() ? qunsetenv(name) : qputenv(name, value);
    }
    ~ScopedEnvironment() { m_had ? qputenv(m_name, m_old) : qunsetenv(m_name); }

private:
    const char *m_name;
    QByteArray m_old;
    bool m_had;
};
} // namespace

// The command line and a desk on one machine name the same seat, so one officer is never
// recorded under two; only the user's fallback differs (a shared desk asks instead).
TEST(Identity, TheCommandLineAndTheDeskAgreeOnTheSeat)
{
    {
        ScopedEnvironment seat("LOOKOUT_SEAT", QByteArray());
        ScopedEnvironment user("LOOKOUT_USER", QByteArray());
        ScopedEnvironment login("USER", "li.duty");
        const Identity cli = resolveIdentity();
        const Identity desk = resolveIdentity({}, {}, UserFallback::None);
        EXPECT_EQ(cli.seat, desk.seat);
        EXPECT_FALSE(cli.seat.isEmpty());  // the host name
        EXPECT_EQ(cli.user, QStringLiteral("li.duty"));
        EXPECT_TRUE(desk.user.isEmpty()) << "a shared desk does not take the login account for the officer";
    }
    {
        ScopedEnvironment seat("LOOKOUT_SEAT", "desk-2");
        ScopedEnvironment user("LOOKOUT_USER", "王值班");
        EXPECT_EQ(resolveIdentity().seat, QStringLiteral("desk-2"));
        EXPECT_EQ(resolveIdentity({}, {}, UserFallback::None).user, QStringLiteral("王值班"));
        EXPECT_EQ(resolveIdentity(QStringLiteral(" zhang "), QStringLiteral("wall")).user, QStringLiteral("zhang"));
        EXPECT_EQ(resolveIdentity(QStringLiteral(" zhang "), QStringLiteral("wall")).seat, QStringLiteral("wall"));
    }
}

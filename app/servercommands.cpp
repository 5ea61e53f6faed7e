// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "servercommands.h"

#include "optionreader.h"

#include "core/timeformat.h"
#include "store/serveradmin.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace lookout::app {

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "lookout: %s\n", qPrintable(message));
    return 1;
}

// The password from its file (first line), else asked at the terminal without echo; none when
// there is no terminal (a certificate or peer login).
Result<QString> passwordOf(const ServerCommand &command)
{
    if (!command.passwordFile.isEmpty()) {
        QFile file(command.passwordFile);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(Error::Code::Io, QStringLiteral("cannot read the password file: %1").arg(file.errorString()), {command.passwordFile});
        const QString password = QString::fromUtf8(file.readLine()).trimmed();
        if (password.isEmpty())
            return makeError(Error::Code::Empty, QStringLiteral("the password file's first line is empty"), {command.passwordFile});
        return password;
    }
    if (!::isatty(STDIN_FILENO))
        return QString();
    std::fprintf(stderr, "Password for %s: ", qPrintable(command.name));
    termios saved{};
    ::tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    QTextStream in(stdin);
    const QString password = in.readLine();
    ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::fprintf(stderr, "\n");
    return password.trimmed();
}

} // namespace

QString serverHelpText()
{
    return QStringLiteral(
        "  server init --postgres CONNINFO   the seats' schema, group roles, functions and row-level\n"
        "                                   security on a PostgreSQL 15 server with PostGIS (admin)\n"
        "  server user add NAME --role ROLE --division CODE [--password-file FILE] --postgres CONNINFO\n"
        "                                   a person's login (SCRAM; asked when no file): ROLE one of\n"
        "                                   city-commander, city-duty, district-duty, town-liaison,\n"
        "                                   viewer, verifier; CODE the division (4404, 440402, 440402005)\n"
        "  server user list|remove [NAME] --postgres CONNINFO\n"
        "  server refusals --postgres CONNINFO   the writes the server refused: who, what, when\n");
}

Result<ServerCommand> parseServerCommand(const QStringList &arguments)
{
    ServerCommand command;
    QString verb = arguments.value(0);
    int from = 1;
    if (verb == QLatin1String("user")) {
        verb = QStringLiteral("user-") + arguments.value(1);
        from = 2;
    }
    static const QStringList verbs{QStringLiteral("init"), QStringLiteral("user-add"), QStringLiteral("user-list"), QStringLiteral("user-remove"),
                                   QStringLiteral("refusals")};
    if (!verbs.contains(verb))
        return makeError(Error::Code::InvalidArgument, QStringLiteral("server takes init, user add|list|remove, refusals"));
    command.verb = verb;
    auto positional = OptionReader(QStringLiteral("server ") + verb)
                          .value("--postgres", &command.postgres).value("--role", &command.role).value("--division", &command.division)
                          .value("--password-file", &command.passwordFile)
                          .read(arguments, from);
    if (!positional)
        return positional.error();
    if (command.postgres.isEmpty())
        return makeError(Error::Code::InvalidArgument, QStringLiteral("server %1 takes --postgres CONNINFO").arg(verb));
    const bool named = verb == QLatin1String("user-add") || verb == QLatin1String("user-remove");
    if (named != (positional->size() == 1) || positional->size() > 1)
        return makeError(Error::Code::InvalidArgument, named ? QStringLiteral("server %1 takes one NAME").arg(verb) : QStringLiteral("server %1 takes no NAME").arg(verb));
    command.name = positional->value(0);
    if (verb == QLatin1String("user-add") && (command.role.isEmpty() || command.division.isEmpty()))
        return makeError(Error::Code::InvalidArgument, QStringLiteral("server user add takes --role ROLE and --division CODE"));
    return command;
}

int runServerCommand(const ServerCommand &command)
{
    QTextStream out(stdout);
    if (command.verb == QLatin1String("init")) {
        auto done = store::initServer(command.postgres);
        if (!done)
            return fail(done.error().toString());
        out << "the server is set up for seats (schema, roles, policies)" << Qt::endl;
        if (!done->isEmpty())
            std::fprintf(stderr, "lookout: warning: %s\n", qPrintable(*done));
        return 0;
    }
    if (command.verb == QLatin1String("user-add")) {
        auto password = passwordOf(command);
        if (!password)
            return fail(password.error().toString());
        if (auto done = store::addSeatUser(command.postgres, {command.name, command.role, command.division, {}}, *password); !done)
            return fail(done.error().toString());
        out << "added " << command.name << " (" << command.role << ", " << command.division << ")" << Qt::endl;
        return 0;
    }
    if (command.verb == QLatin1String("user-remove")) {
        if (auto done = store::removeSeatUser(command.postgres, command.name); !done)
            return fail(done.error().toString());
        out << "removed " << command.name << Qt::endl;
        return 0;
    }
    if (command.verb == QLatin1String("user-list")) {
        auto users = store::seatUsers(command.postgres);
        if (!users)
            return fail(users.error().toString());
        for (const store::SeatUser &user : *users)
            out << "  " << user.name << "  " << user.kind << "  " << user.division << "  since " << formatLocal(user.createdAt) << Qt::endl;
        return 0;
    }
    auto refused = store::refusals(command.postgres);
    if (!refused)
        return fail(refused.error().toString());
    for (const store::Refusal &refusal : *refused)
        out << "  " << formatLocal(refusal.at) << "  " << refusal.user << "  " << refusal.what << "  " << refusal.division << "  " << refusal.reason << Qt::endl;
    return 0;
}

} // namespace lookout::app

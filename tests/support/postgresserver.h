// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace lookout::test {

// A throw-away PostgreSQL server for one test program: initdb in a temporary folder, pg_ctl
// start on a free loopback port (trust authentication, no Unix socket outside the folder), and
// stop with its files removed when the object goes. Under root (CI containers) the server runs as
// the `postgres` user, since PostgreSQL refuses to run as root.
class PostgresServer {
public:
    // Null with `why` set when no PostgreSQL server binaries are installed or the server will not start.
    static std::unique_ptr<PostgresServer> start(QString *why);
    // The same with TLS (a certificate for "localhost" from a CA made for the run: caFile()) and
    // SCRAM passwords required of every role but the administrator ("lookout", trusted).
    static std::unique_ptr<PostgresServer> startSecured(QString *why);
    QString caFile() const { return m_caFile; }
    ~PostgresServer();

    QString connection(const QString &database = QStringLiteral("postgres")) const;  // libpq keyword string
    // The same as another role (trust authentication: the role's name is enough on loopback).
    QString connectionAs(const QString &user, const QString &database = QStringLiteral("postgres")) const;
    int port() const { return m_port; }
    // A program of the same PostgreSQL installation (pgbench, psql), by name.
    QString program(const QString &name) const { return m_binaries + QLatin1Char('/') + name; }
    // Stops the server (fast: sessions are cut) and starts it again on the same port and files.
    bool restart(QString *output = nullptr);
    // Runs SQL through psql (as a person at the console would, bypassing Lookout); true on success.
    bool psql(const QString &sql, QString *output = nullptr, const QString &user = {}) const;
    // psql with a connection string of the caller's (TLS options, a password).
    bool psqlWith(const QString &connection, const QString &sql, QString *output = nullptr) const;

private:
    PostgresServer() = default;
    static std::unique_ptr<PostgresServer> start(QString *why, bool secured);
    static bool makeCertificates(const QString &folder, QString *why);
    QString m_binaries;
    QTemporaryDir m_dir;
    QString m_data;
    int m_port = 0;
    bool m_asPostgresUser = false;
    QString m_caFile;
    QString m_extraOptions;
};

} // namespace lookout::test

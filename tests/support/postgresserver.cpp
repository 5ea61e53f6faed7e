// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "tests/support/postgresserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace lookout::test {

namespace {

QString findBinaries()
{
    QProcess config;
    config.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
    if (config.waitForFinished(10000) && config.exitCode() == 0) {
        const QString dir = QString::fromLocal8Bit(config.readAllStandardOutput()).trimmed();
        if (QFile::exists(dir + QStringLiteral("/initdb")))
            return dir;
    }
    const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString &version : versions)
        if (QFile::exists(QStringLiteral("/usr/lib/postgresql/%1/bin/initdb").arg(version)))
            return QStringLiteral("/usr/lib/postgresql/%1/bin").arg(version);
    return {};
}

// A port the kernel just handed out on 127.0.0.1 and released again.
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

// Runs a program (as `postgres` when asked), returning its exit code and output.
int run(bool asPostgres, const QString &program, const QStringList &arguments, QString *output, int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (asPostgres)
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        if (output)
            *output = QStringLiteral("%1 did not finish").arg(program);
        return -1;
    }
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

std::unique_ptr<PostgresServer> PostgresServer::start(QString *why)
{
    return start(why, false);
}

std::unique_ptr<PostgresServer> PostgresServer::startSecured(QString *why)
{
    return start(why, true);
}

// A certificate authority and a server certificate for "localhost" signed by it, in `folder`
// (ca.crt, server.crt, server.key): what a bureau's server would have from its own CA.
bool PostgresServer::makeCertificates(const QString &folder, QString *why)
{
    const QString ca = folder + QStringLiteral("/ca"), server = folder + QStringLiteral("/server");
    const QList<QStringList> steps{
        {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-x509"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
         QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-subj"), QStringLiteral("/CN=Lookout test CA"), QStringLiteral("-keyout"),
         ca + QStringLiteral(".key"), QStringLiteral("-out"), ca + QStringLiteral(".crt")},
        {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-nodes"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-subj"),
         QStringLiteral("/CN=localhost"), QStringLiteral("-keyout"), server + QStringLiteral(".key"), QStringLiteral("-out"), server + QStringLiteral(".csr")},
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), server + QStringLiteral(".csr"), QStringLiteral("-CA"), ca + QStringLiteral(".crt"),
         QStringLiteral("-CAkey"), ca + QStringLiteral(".key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
         QStringLiteral("-extfile"), folder + QStringLiteral("/san.cnf"), QStringLiteral("-out"), server + QStringLiteral(".crt")}};
    QFile san(folder + QStringLiteral("/san.cnf"));
    if (!san.open(QIODevice::WriteOnly) || san.write("subjectAltName=DNS:localhost\n") < 0)
        return false;
    san.close();
    for (const QStringList &arguments : steps)
        if (run(false, QStringLiteral("openssl"), arguments, why) != 0)
            return false;
    return QFile::setPermissions(server + QStringLiteral(".key"), QFile::ReadOwner | QFile::WriteOwner);
}

std::unique_ptr<PostgresServer> PostgresServer::start(QString *why, bool secured)
{
    std::unique_ptr<PostgresServer> server(new PostgresServer);
    server->m_binaries = findBinaries();
    if (server->m_binaries.isEmpty()) {
        *why = QStringLiteral("no PostgreSQL server binaries (initdb); scripts/setup installs postgresql-15");
        return nullptr;
    }
    server->m_asPostgresUser = ::geteuid() == 0;
    server->m_data = server->m_dir.filePath(QStringLiteral("data"));
    if (server->m_asPostgresUser) {
        // The temporary folder is root's: hand it to the server's user.
        if (run(false, QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), server->m_dir.path()}, why) != 0)
            return nullptr;
    }
    QString output;
    if (secured) {
        // TLS with a certificate for "localhost" from a CA made here, and passwords (SCRAM) for
        // every role but the administrator's.
        if (!makeCertificates(server->m_dir.path(), why))
            return nullptr;
        server->m_caFile = server->m_dir.filePath(QStringLiteral("ca.crt"));
        server->m_extraOptions = QStringLiteral(" -c ssl=on -c ssl_cert_file='%1/server.crt' -c ssl_key_file='%1/server.key' -c hba_file='%1/pg_hba.conf'")
                                     .arg(server->m_dir.path());
        QFile hba(server->m_dir.filePath(QStringLiteral("pg_hba.conf")));
        if (!hba.open(QIODevice::WriteOnly)
            || hba.write("local all all trust\nhost all lookout 127.0.0.1/32 trust\nhostssl all all 127.0.0.1/32 scram-sha-256\n") < 0)
            return nullptr;
        hba.close();
        if (server->m_asPostgresUser && run(false, QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), server->m_dir.path()}, why) != 0)
            return nullptr;
    }
    if (run(server->m_asPostgresUser, server->m_binaries + QStringLiteral("/initdb"),
            {QStringLiteral("-D"), server->m_data, QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
             QStringLiteral("lookout"), QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-sync"), QStringLiteral("--no-locale")},
            &output) != 0) {
        *why = QStringLiteral("initdb failed: ") + output;
        return nullptr;
    }
    // A port can be taken between the probe and the start: try a few.
    for (int attempt = 0; attempt < 5; ++attempt) {
        server->m_port = freePort();
        const QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -c unix_socket_directories='%2' -c max_connections=60")
                                    .arg(server->m_port).arg(server->m_dir.path())
                                + server->m_extraOptions;
        if (run(server->m_asPostgresUser, server->m_binaries + QStringLiteral("/pg_ctl"),
                {QStringLiteral("-D"), server->m_data, QStringLiteral("-o"), options, QStringLiteral("-l"),
                 server->m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                 QStringLiteral("start")},
                &output) == 0)
            return server;
    }
    QFile log(server->m_dir.filePath(QStringLiteral("server.log")));
    *why = QStringLiteral("pg_ctl start failed: ") + output + (log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll()) : QString());
    server->m_port = 0;
    return nullptr;
}

PostgresServer::~PostgresServer()
{
    if (m_port == 0)
        return;
    QString output;
    (void)run(m_asPostgresUser, m_binaries + QStringLiteral("/pg_ctl"),
              {QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
              &output);
}

QString PostgresServer::connection(const QString &database) const
{
    return QStringLiteral("host=127.0.0.1 port=%1 user=lookout dbname=%2 connect_timeout=10").arg(m_port).arg(database);
}

bool PostgresServer::restart(QString *output)
{
    const QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -c unix_socket_directories='%2' -c max_connections=60")
                                .arg(m_port).arg(m_dir.path())
                            + m_extraOptions;
    QString ignored;
    return run(m_asPostgresUser, m_binaries + QStringLiteral("/pg_ctl"),
               {QStringLiteral("-D"), m_data, QStringLiteral("-o"), options, QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")),
                QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("restart")},
               output ? output : &ignored)
           == 0;
}

QString PostgresServer::connectionAs(const QString &user, const QString &database) const
{
    return QStringLiteral("host=127.0.0.1 port=%1 user=%2 dbname=%3 connect_timeout=10").arg(m_port).arg(user, database);
}

bool PostgresServer::psqlWith(const QString &connection, const QString &sql, QString *output) const
{
    return run(false, QStringLiteral("psql"),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("-A"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                QStringLiteral("-d"), connection, QStringLiteral("-c"), sql},
               output)
           == 0;
}

bool PostgresServer::psql(const QString &sql, QString *output, const QString &user) const
{
    return run(false, QStringLiteral("psql"),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("-A"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                QStringLiteral("-d"), user.isEmpty() ? connection() : connectionAs(user), QStringLiteral("-c"), sql},
               output)
           == 0;
}

} // namespace lookout::test

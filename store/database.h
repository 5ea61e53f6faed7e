// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

struct pg_conn;

namespace lookout::store {

// A location names where a workspace lives: a GeoPackage file's path, or a shared server as
// "PG:" followed by a libpq connection string (GDAL's spelling, so the map layers open the same).
constexpr QLatin1StringView kServerPrefix("PG:");
inline bool isServerLocation(const QString &location)
{
    return location.startsWith(kServerPrefix);
}
inline QString serverLocation(const QString &connection)
{
    return kServerPrefix + connection;
}
// How a connected server is shown: postgresql://host:port/database, never its connection string.
QString serverDisplayName(pg_conn *connection);

// What a column of the current row holds (for copying rows between backends).
enum class ValueKind { Null, Integer, Real, Text, Blob };

// One prepared statement of a backend (SQLite or PostgreSQL); Statement is its face.
class StatementBackend {
public:
    virtual ~StatementBackend() = default;
    virtual void bindText(int index, QByteArrayView utf8) = 0;
    virtual void bindInteger(int index, qint64 value) = 0;
    virtual void bindReal(int index, double value) = 0;
    virtual void bindBlob(int index, QByteArrayView bytes) = 0;
    virtual void bindNull(int index) = 0;
    virtual Result<bool> step() = 0;
    virtual void reset() = 0;
    virtual QByteArrayView textBytes(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual QByteArrayView bytes(int column) const = 0;
    virtual bool isNull(int column) const = 0;
    virtual ValueKind kind(int column) const = 0;
};

class Statement;
// Every row the statement gives, each turned into a value by `read(statement)`.
template <typename Read>
auto collectRows(Statement &statement, Read read) -> Result<QList<decltype(read(statement))>>;

// A prepared statement. Bind with 1-based indexes (`?1` in the SQL, on either backend), step()
// until it says no more rows. Belongs to its database's thread; finalised on destruction.
class Statement {
public:
    explicit Statement(std::unique_ptr<StatementBackend> backend) : m_backend(std::move(backend)) {}

    Statement &bind(int index, const QString &value) { return bindText(index, value.toUtf8()); }
    Statement &bind(int index, const char *value) { return bindText(index, QByteArrayView(value)); }
    // UTF-8 text without going through QString (hot paths: bulk ingest).
    Statement &bindText(int index, QByteArrayView utf8)
    {
        m_backend->bindText(index, utf8);
        return *this;
    }
    Statement &bind(int index, qint64 value)
    {
        m_backend->bindInteger(index, value);
        return *this;
    }
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value)
    {
        m_backend->bindReal(index, value);
        return *this;
    }
    Statement &bind(int index, const QByteArray &blob) { return bindBlob(index, blob); }
    Statement &bindBlob(int index, QByteArrayView bytes)  // copied
    {
        m_backend->bindBlob(index, bytes);
        return *this;
    }
    Statement &bind(int index, const QDateTime &utc);  // "yyyy-MM-ddTHH:mm:ssZ" UTC text; NULL when invalid
    Statement &bindNull(int index)
    {
        m_backend->bindNull(index);
        return *this;
    }
    Statement &bind(int index, const std::optional<double> &value) { return value ? bind(index, *value) : bindNull(index); }

    // Runs one step: true when a row is ready, false when done.
    Result<bool> step() { return m_backend->step(); }
    // Steps to the end (for INSERT/UPDATE) and resets for the next use.
    Result<void> run();
    void reset() { m_backend->reset(); }

    QString text(int column) const
    {
        const QByteArrayView bytes = m_backend->textBytes(column);
        return bytes.isNull() ? QString() : QString::fromUtf8(bytes);
    }
    qint64 integer(int column) const { return m_backend->integer(column); }
    double real(int column) const { return m_backend->real(column); }
    QByteArray blob(int column) const { return m_backend->bytes(column).toByteArray(); }
    // The column's bytes without a copy, valid until the next step() or reset().
    QByteArrayView bytes(int column) const { return m_backend->bytes(column); }
    QDateTime time(int column) const;
    bool isNull(int column) const { return m_backend->isNull(column); }
    ValueKind kind(int column) const { return m_backend->kind(column); }
    std::optional<double> optionalReal(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<double>(real(column));
    }

private:
    std::unique_ptr<StatementBackend> m_backend;
};

// One connection of a backend; Database is its face.
class DatabaseBackend {
public:
    virtual ~DatabaseBackend() = default;
    virtual Result<void> exec(const QString &sql) = 0;
    virtual Result<std::unique_ptr<StatementBackend>> prepare(const QString &sql) = 0;
    virtual Result<void> begin() = 0;
    virtual bool hasTable(const QString &name) = 0;
    virtual pg_conn *postgresConnection() { return nullptr; }
};

// One connection to a workspace's tables: the GeoPackage file through SQLite, or a shared server
// through libpq. The stores write one SQL for both: `?N` parameters, ON CONFLICT for upserts,
// RETURNING for new ids, lookout_geometry(?N) for a GeoPackage geometry blob (PostGIS geometry on
// a server). Used on one thread at a time.
// SQLite: WAL mode with a busy timeout, so it shares the file with GDAL's connection and with
// other processes. PostgreSQL: the login's privileges and row-level security apply to every read.
class Database {
public:
    enum class Kind { Sqlite, Postgres };

    // A GeoPackage's path, or a server location (isServerLocation); a server is always writable
    // as far as its grants go.
    static Result<Database> open(const QString &location, bool readOnly = false);
    static Result<Database> openSqlite(const QString &path, bool readOnly = false);
    static Result<Database> connectPostgres(const QString &connection);

    Database(Database &&other) noexcept = default;
    Database &operator=(Database &&other) noexcept = default;
    ~Database();

    Result<void> exec(const QString &sql) { return m_backend->exec(sql); }
    Result<Statement> prepare(const QString &sql);
    bool hasTable(const QString &name) { return m_backend->hasTable(name); }
    Kind kind() const { return m_kind; }
    // The server's connection (nullptr for a GeoPackage), for the record's appends inside this
    // connection's transaction (store/storejournal.h).
    pg_conn *postgresConnection() { return m_backend->postgresConnection(); }
    // The file's path, or the server as postgresql://host:port/database (no password).
    const QString &path() const { return m_path; }

    // Runs `work` in one transaction (SQLite: IMMEDIATE): committed when it returns success,
    // rolled back otherwise (nothing partial is ever stored).
    template <typename Work>
    auto transaction(Work &&work) -> decltype(work())
    {
        if (auto begun = m_backend->begin(); !begun)
            return begun.error();
        auto result = work();
        if (!result) {
            (void)exec(QStringLiteral("ROLLBACK"));
            return result;
        }
        if (auto committed = exec(QStringLiteral("COMMIT")); !committed) {
            (void)exec(QStringLiteral("ROLLBACK"));
            return committed.error();
        }
        return result;
    }

private:
    Database(std::unique_ptr<DatabaseBackend> backend, Kind kind, QString path)
        : m_backend(std::move(backend)), m_kind(kind), m_path(std::move(path))
    {
    }
    std::unique_ptr<DatabaseBackend> m_backend;
    Kind m_kind = Kind::Sqlite;
    QString m_path;
};

template <typename Read>
auto collectRows(Statement &statement, Read read) -> Result<QList<decltype(read(statement))>>
{
    QList<decltype(read(statement))> items;
    while (true) {
        auto row = statement.step();
        if (!row)
            return row.error();
        if (!*row)
            return items;
        items.append(read(statement));
    }
}

} // namespace lookout::store

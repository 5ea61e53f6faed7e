// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The GeoPackage file's backend of store::Database (SQLite).
#include "store/database.h"

#include <sqlite3.h>

#include <utility>

namespace lookout::store {

namespace {
// SQLite keeps allocation statistics behind a global mutex unless told not to: two locks per
// malloc, on every bound value of a bulk insert. Set before the library initialises (at load,
// before GDAL or anything else opens a database); later it is refused, which is harmless.
const int kNoMemoryStatistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);

Error sqliteError(sqlite3 *database, const QString &what, const QString &path)
{
    return makeError(Error::Code::Io, QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(database))), {path});
}

// lookout_geometry(blob): a GeoPackage geometry blob as the geom columns keep it (the server's
// function of the same name turns it into PostGIS geometry).
void geometryFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    sqlite3_result_value(context, values[0]);
}

class SqliteStatementBackend final : public StatementBackend {
public:
    SqliteStatementBackend(sqlite3_stmt *statement, sqlite3 *database) : m_statement(statement), m_database(database) {}
    ~SqliteStatementBackend() override { sqlite3_finalize(m_statement); }

    void bindText(int index, QByteArrayView utf8) override
    {
        // A null view is bound as empty text (as QString() was), not as NULL.
        m_bindError |= sqlite3_bind_text(m_statement, index, utf8.data() ? utf8.data() : "", int(utf8.size()), SQLITE_TRANSIENT) != SQLITE_OK;
    }
    void bindInteger(int index, qint64 value) override { m_bindError |= sqlite3_bind_int64(m_statement, index, value) != SQLITE_OK; }
    void bindReal(int index, double value) override { m_bindError |= sqlite3_bind_double(m_statement, index, value) != SQLITE_OK; }
    void bindBlob(int index, QByteArrayView bytes) override
    {
        m_bindError |= sqlite3_bind_blob64(m_statement, index, bytes.data(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT) != SQLITE_OK;
    }
    void bindNull(int index) override { m_bindError |= sqlite3_bind_null(m_statement, index) != SQLITE_OK; }

    Result<bool> step() override
    {
        if (m_bindError)
            return makeError(Error::Code::Internal, QStringLiteral("SQLite bind failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_database))));
        const int status = sqlite3_step(m_statement);
        if (status == SQLITE_ROW)
            return true;
        if (status == SQLITE_DONE)
            return false;
        return makeError(Error::Code::Io, QStringLiteral("SQLite: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_database))),
                         {QString::fromUtf8(sqlite3_sql(m_statement)).left(80)});
    }
    void reset() override
    {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        m_bindError = false;
    }

    QByteArrayView textBytes(int column) const override
    {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return bytes ? QByteArrayView(bytes, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
    }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_statement, column); }
    double real(int column) const override { return sqlite3_column_double(m_statement, column); }
    QByteArrayView bytes(int column) const override
    {
        const void *data = sqlite3_column_blob(m_statement, column);
        return data ? QByteArrayView(static_cast<const char *>(data), sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
    }
    bool isNull(int column) const override { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    ValueKind kind(int column) const override
    {
        switch (sqlite3_column_type(m_statement, column)) {
        case SQLITE_INTEGER: return ValueKind::Integer;
        case SQLITE_FLOAT: return ValueKind::Real;
        case SQLITE_TEXT: return ValueKind::Text;
        case SQLITE_BLOB: return ValueKind::Blob;
        default: return ValueKind::Null;
        }
    }

private:
    sqlite3_stmt *m_statement = nullptr;
    sqlite3 *m_database = nullptr;
    bool m_bindError = false;
};

class SqliteBackend final : public DatabaseBackend {
public:
    SqliteBackend(sqlite3 *database, QString path) : m_database(database), m_path(std::move(path)) {}
    ~SqliteBackend() override { sqlite3_close_v2(m_database); }

    Result<void> exec(const QString &sql) override
    {
        char *message = nullptr;
        if (sqlite3_exec(m_database, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            const QString text = QString::fromUtf8(message ? message : "unknown error");
            sqlite3_free(message);
            return makeError(Error::Code::Io, QStringLiteral("SQLite: %1").arg(text), {m_path, sql.left(80)});
        }
        return {};
    }
    Result<std::unique_ptr<StatementBackend>> prepare(const QString &sql) override
    {
        sqlite3_stmt *statement = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(m_database, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK)
            return sqliteError(m_database, QStringLiteral("cannot prepare '%1'").arg(sql.left(80)), m_path);
        return std::unique_ptr<StatementBackend>(new SqliteStatementBackend(statement, m_database));
    }
    Result<void> begin() override { return exec(QStringLiteral("BEGIN IMMEDIATE")); }
    bool hasTable(const QString &name) override
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_database, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1", -1, &statement, nullptr) != SQLITE_OK)
            return false;
        const QByteArray utf8 = name.toUtf8();
        sqlite3_bind_text(statement, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        const bool found = sqlite3_step(statement) == SQLITE_ROW;
        sqlite3_finalize(statement);
        return found;
    }

private:
    sqlite3 *m_database = nullptr;
    QString m_path;
};

} // namespace

Result<Database> Database::openSqlite(const QString &path, bool readOnly)
{
    sqlite3 *raw = nullptr;
    const int flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOMUTEX;
    const int opened = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    auto backend = std::make_unique<SqliteBackend>(raw, path);  // closes `raw` on every path out
    if (opened != SQLITE_OK)
        return sqliteError(raw, QStringLiteral("cannot open"), path);
    sqlite3_busy_timeout(raw, 10000);
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_create_function_v2(raw, "lookout_geometry", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, geometryFunction, nullptr,
                               nullptr, nullptr);
    // WAL, and an fsync of the WAL at every commit (synchronous=FULL): a committed record entry
    // survives a crash or power loss, not only the process being killed.
    if (!readOnly)
        if (auto wal = backend->exec(QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL")); !wal)
            return wal.error();
    // 64 MB of page cache (the default is 2 MB): a bulk ingest's transaction then stays in memory
    // until it commits instead of spilling pages to the WAL as it goes.
    if (auto cache = backend->exec(QStringLiteral("PRAGMA cache_size=-65536")); !cache)
        return cache.error();
    return Database(std::move(backend), Kind::Sqlite, path);
}

} // namespace lookout::store

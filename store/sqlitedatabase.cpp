// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "store/sqlitedatabase.h"

#include <sqlite3.h>

#include <cstdio>
#include <utility>

namespace lookout::store {

namespace {
Error sqliteError(sqlite3 *database, const QString &what, const QString &path)
{
    return makeError(Error::Code::Io, QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(database))), {path});
}
} // namespace

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr)), m_database(other.m_database), m_bindError(other.m_bindError)
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_database = other.m_database;
        m_bindError = other.m_bindError;
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

SqliteStatement &SqliteStatement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    m_bindError |= sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) != SQLITE_OK;
    return *this;
}

SqliteStatement &SqliteStatement::bindText(int index, QByteArrayView utf8)
{
    m_bindError |= sqlite3_bind_text(m_statement, index, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT) != SQLITE_OK;
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    m_bindError |= sqlite3_bind_int64(m_statement, index, value) != SQLITE_OK;
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, double value)
{
    m_bindError |= sqlite3_bind_double(m_statement, index, value) != SQLITE_OK;
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QByteArray &blob)
{
    m_bindError |= sqlite3_bind_blob64(m_statement, index, blob.constData(), sqlite3_uint64(blob.size()), SQLITE_TRANSIENT) != SQLITE_OK;
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QDateTime &utc)
{
    if (!utc.isValid())
        return bindNull(index);
    // Written by hand: the same text as Qt::ISODate for UTC, without its formatter's cost
    // (bulk ingest binds a time per row).
    const QDateTime time = utc.toUTC();
    const QDate date = time.date();
    const QTime clock = time.time();
    char text[32];
    const int length = std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", date.year(), date.month(),
                                     date.day(), clock.hour(), clock.minute(), clock.second());
    return bindText(index, QByteArrayView(text, length));
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    m_bindError |= sqlite3_bind_null(m_statement, index) != SQLITE_OK;
    return *this;
}

Result<bool> SqliteStatement::step()
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

Result<void> SqliteStatement::run()
{
    Result<bool> stepped = true;
    while (stepped && *stepped)
        stepped = step();
    reset();
    if (!stepped)
        return stepped.error();
    return {};
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_bindError = false;
}

QString SqliteStatement::text(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column)) : QString();
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QByteArray SqliteStatement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_statement, column);
    return data ? QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_statement, column)) : QByteArray();
}

QDateTime SqliteStatement::time(int column) const
{
    if (isNull(column))
        return {};
    return QDateTime::fromString(text(column), Qt::ISODate).toUTC();
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

Result<SqliteDatabase> SqliteDatabase::open(const QString &path, bool readOnly)
{
    SqliteDatabase database;
    database.m_path = path;
    const int flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path.toUtf8().constData(), &database.m_database, flags, nullptr) != SQLITE_OK) {
        Error error = sqliteError(database.m_database, QStringLiteral("cannot open"), path);
        return error;
    }
    sqlite3_busy_timeout(database.m_database, 10000);
    sqlite3_extended_result_codes(database.m_database, 1);
    if (!readOnly)
        if (auto wal = database.exec(QStringLiteral("PRAGMA journal_mode=WAL")); !wal)
            return wal.error();
    return database;
}

SqliteDatabase::SqliteDatabase(SqliteDatabase &&other) noexcept
    : m_database(std::exchange(other.m_database, nullptr)), m_path(std::move(other.m_path))
{
}

SqliteDatabase &SqliteDatabase::operator=(SqliteDatabase &&other) noexcept
{
    if (this != &other) {
        sqlite3_close_v2(m_database);
        m_database = std::exchange(other.m_database, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

SqliteDatabase::~SqliteDatabase()
{
    sqlite3_close_v2(m_database);
}

Error SqliteDatabase::lastError(const QString &what) const
{
    return sqliteError(m_database, what, m_path);
}

Result<void> SqliteDatabase::exec(const QString &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_database, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
        return makeError(Error::Code::Io, QStringLiteral("SQLite: %1").arg(text), {m_path, sql.left(80)});
    }
    return {};
}

Result<SqliteStatement> SqliteDatabase::prepare(const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_database, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK)
        return lastError(QStringLiteral("cannot prepare '%1'").arg(sql.left(80)));
    return SqliteStatement(statement, m_database);
}

qint64 SqliteDatabase::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_database);
}

bool SqliteDatabase::hasTable(const QString &name)
{
    auto statement = prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1"));
    if (!statement)
        return false;
    statement->bind(1, name);
    auto row = statement->step();
    return row && *row;
}

} // namespace lookout::store

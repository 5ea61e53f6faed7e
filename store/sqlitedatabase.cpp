// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "store/sqlitedatabase.h"

#include <sqlite3.h>

#include <utility>

namespace lookout::store {

namespace {
// SQLite keeps allocation statistics behind a global mutex unless told not to: two locks per
// malloc, on every bound value of a bulk insert. Set before the library initialises (at load,
// before GDAL or anything else opens a database); later it is refused, which is harmless.
const int kNoMemoryStatistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
} // namespace

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

SqliteStatement &SqliteStatement::bindBlob(int index, QByteArrayView bytes)
{
    m_bindError |= sqlite3_bind_blob64(m_statement, index, bytes.data(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT) != SQLITE_OK;
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
    // Written by hand: the same text as Qt::ISODate gives for UTC, without its formatter's cost
    // (bulk ingest binds a time per row). Civil date from days since 1970 (H. Hinnant's
    // days-to-civil algorithm), years 0000-9999.
    const qint64 seconds = utc.toSecsSinceEpoch();
    qint64 days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
    const qint64 secondOfDay = seconds - days * 86400;
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    const int month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    const int year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
    if (year < 0 || year > 9999)
        return bind(index, utc.toUTC().toString(Qt::ISODate));
    char text[20];
    auto put = [&text](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, year, 4);
    text[4] = '-';
    put(5, month, 2);
    text[7] = '-';
    put(8, day, 2);
    text[10] = 'T';
    put(11, int(secondOfDay / 3600), 2);
    text[13] = ':';
    put(14, int(secondOfDay / 60 % 60), 2);
    text[16] = ':';
    put(17, int(secondOfDay % 60), 2);
    text[19] = 'Z';
    return bindText(index, QByteArrayView(text, 20));
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

QByteArrayView SqliteStatement::bytes(int column) const
{
    const void *data = sqlite3_column_blob(m_statement, column);
    return data ? QByteArrayView(static_cast<const char *>(data), sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
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
    // WAL, and an fsync of the WAL at every commit (synchronous=FULL): a committed record entry
    // survives a crash or power loss, not only the process being killed.
    if (!readOnly)
        if (auto wal = database.exec(QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL")); !wal)
            return wal.error();
    // 64 MB of page cache (the default is 2 MB): a bulk ingest's transaction then stays in memory
    // until it commits instead of spilling pages to the WAL as it goes.
    if (auto cache = database.exec(QStringLiteral("PRAGMA cache_size=-65536")); !cache)
        return cache.error();
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

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_database);
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

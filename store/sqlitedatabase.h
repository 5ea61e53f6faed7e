// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>

#include <optional>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace lookout::store {

class SqliteStatement;
// Every row the statement gives, each turned into a value by `read(statement)`.
template <typename Read>
auto collectRows(SqliteStatement &statement, Read read) -> Result<QList<decltype(read(statement))>>;

// A prepared SQLite statement. Bind with 1-based indexes, step() until it says no more rows.
// Belongs to its database's thread; finalised on destruction.
class SqliteStatement {
public:
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    ~SqliteStatement();

    SqliteStatement &bind(int index, const QString &value);
    SqliteStatement &bind(int index, const char *value) { return bindText(index, QByteArrayView(value)); }
    // UTF-8 text without going through QString (hot paths: bulk ingest).
    SqliteStatement &bindText(int index, QByteArrayView utf8);
    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqliteStatement &bind(int index, double value);
    SqliteStatement &bind(int index, const QByteArray &blob);
    SqliteStatement &bindBlob(int index, QByteArrayView bytes);  // copied by SQLite
    SqliteStatement &bind(int index, const QDateTime &utc);  // "yyyy-MM-ddTHH:mm:ssZ" UTC text; NULL when invalid
    SqliteStatement &bindNull(int index);
    SqliteStatement &bind(int index, const std::optional<double> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Runs one step: true when a row is ready, false when done.
    Result<bool> step();
    // Steps to the end (for INSERT/UPDATE) and resets for the next use.
    Result<void> run();
    void reset();

    QString text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;
    // The column's bytes without a copy, valid until the next step() or reset().
    QByteArrayView bytes(int column) const;
    QDateTime time(int column) const;
    bool isNull(int column) const;
    std::optional<double> optionalReal(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<double>(real(column));
    }

private:
    friend class SqliteDatabase;
    SqliteStatement(sqlite3_stmt *statement, sqlite3 *database) : m_statement(statement), m_database(database) {}
    sqlite3_stmt *m_statement = nullptr;
    sqlite3 *m_database = nullptr;
    bool m_bindError = false;
};

// One SQLite connection (the workspace's GeoPackage file), for Lookout's own tables, where
// prepared statements and explicit transactions matter (registries, journals, bulk ingest).
// Used on one thread at a time. Opened in WAL mode with a busy timeout, so it shares the file
// with GDAL's connection and with other processes.
class SqliteDatabase {
public:
    static Result<SqliteDatabase> open(const QString &path, bool readOnly = false);
    SqliteDatabase(SqliteDatabase &&other) noexcept;
    SqliteDatabase &operator=(SqliteDatabase &&other) noexcept;
    ~SqliteDatabase();

    Result<void> exec(const QString &sql);
    Result<SqliteStatement> prepare(const QString &sql);
    qint64 lastInsertRowId() const;
    int changes() const;  // rows the last statement changed
    bool hasTable(const QString &name);
    const QString &path() const { return m_path; }

    // Runs `work` in one IMMEDIATE transaction: committed when it returns success, rolled back
    // otherwise (nothing partial is ever stored).
    template <typename Work>
    auto transaction(Work &&work) -> decltype(work())
    {
        if (auto begun = exec(QStringLiteral("BEGIN IMMEDIATE")); !begun)
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
    SqliteDatabase() = default;
    Error lastError(const QString &what) const;
    sqlite3 *m_database = nullptr;
    QString m_path;
};

template <typename Read>
auto collectRows(SqliteStatement &statement, Read read) -> Result<QList<decltype(read(statement))>>
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

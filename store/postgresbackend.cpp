// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// A shared server's backend of store::Database (PostgreSQL through libpq).
#include "store/database.h"

#include <libpq-fe.h>

#include <cmath>
#include <vector>

namespace lookout::store {

namespace {

constexpr Oid kByteaOid = 17;

using ResultPtr = std::unique_ptr<PGresult, decltype(&PQclear)>;

Error serverError(PGconn *connection, const PGresult *result, const QString &what)
{
    const char *message = result ? PQresultErrorMessage(result) : PQerrorMessage(connection);
    return makeError(Error::Code::Io, QStringLiteral("PostgreSQL: %1").arg(QString::fromUtf8(message).trimmed()), {what});
}

// `?N` parameters as PostgreSQL's `$N`, outside quoted text and identifiers.
QByteArray dollarParameters(const QString &sql)
{
    QByteArray out = sql.toUtf8();
    char quote = 0;
    for (char &c : out) {
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '?') {
            c = '$';
        }
    }
    return out;
}

class PostgresStatementBackend final : public StatementBackend {
public:
    PostgresStatementBackend(PGconn *connection, QByteArray sql) : m_connection(connection), m_sql(std::move(sql)) {}

    void bindText(int index, QByteArrayView utf8) override { put(index, utf8.toByteArray(), false); }
    void bindInteger(int index, qint64 value) override { put(index, QByteArray::number(value), false); }
    void bindReal(int index, double value) override
    {
        if (std::isnan(value))
            put(index, QByteArrayLiteral("NaN"), false);
        else if (std::isinf(value))
            put(index, value > 0 ? QByteArrayLiteral("Infinity") : QByteArrayLiteral("-Infinity"), false);
        else
            put(index, QByteArray::number(value, 'g', 17), false);
    }
    void bindBlob(int index, QByteArrayView bytes) override { put(index, bytes.toByteArray(), true); }
    void bindNull(int index) override
    {
        grow(index);
        m_null[std::size_t(index - 1)] = true;
    }

    Result<bool> step() override
    {
        if (!m_result) {
            const int count = int(m_values.size());
            std::vector<const char *> values(std::size_t(count), nullptr);
            std::vector<int> lengths(std::size_t(count), 0);
            for (int i = 0; i < count; ++i) {
                if (m_null[std::size_t(i)])
                    continue;
                values[std::size_t(i)] = m_values[std::size_t(i)].constData();
                lengths[std::size_t(i)] = int(m_values[std::size_t(i)].size());
            }
            m_result.reset(PQexecParams(m_connection, m_sql.constData(), count, m_types.data(), values.data(), lengths.data(),
                                        m_formats.data(), 0));
            const ExecStatusType status = m_result ? PQresultStatus(m_result.get()) : PGRES_FATAL_ERROR;
            if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
                Error error = serverError(m_connection, m_result.get(), QString::fromUtf8(m_sql.left(80)));
                m_result.reset();
                return error;
            }
            m_row = -1;
        }
        m_decoded.clear();
        return ++m_row < PQntuples(m_result.get());
    }
    void reset() override
    {
        m_result.reset();
        m_values.clear();
        m_null.clear();
        m_types.clear();
        m_formats.clear();
        m_decoded.clear();
    }

    QByteArrayView textBytes(int column) const override
    {
        if (isNull(column))
            return {};
        return QByteArrayView(PQgetvalue(m_result.get(), m_row, column), PQgetlength(m_result.get(), m_row, column));
    }
    qint64 integer(int column) const override
    {
        const QByteArrayView text = textBytes(column);
        if (text == "t")
            return 1;
        if (text == "f")
            return 0;
        return QByteArray::fromRawData(text.data(), text.size()).toLongLong();
    }
    double real(int column) const override
    {
        const QByteArrayView text = textBytes(column);
        if (text == "NaN")
            return std::nan("");
        if (text == "Infinity" || text == "-Infinity")
            return text.startsWith('-') ? -INFINITY : INFINITY;
        return QByteArray::fromRawData(text.data(), text.size()).toDouble();
    }
    QByteArrayView bytes(int column) const override
    {
        if (isNull(column))
            return {};
        if (PQftype(m_result.get(), column) != kByteaOid)
            return textBytes(column);
        auto decoded = m_decoded.find(column);
        if (decoded == m_decoded.end()) {
            std::size_t length = 0;
            unsigned char *raw = PQunescapeBytea(reinterpret_cast<const unsigned char *>(PQgetvalue(m_result.get(), m_row, column)), &length);
            decoded = m_decoded.insert(column, QByteArray(reinterpret_cast<const char *>(raw), qsizetype(length)));
            PQfreemem(raw);
        }
        return *decoded;
    }
    bool isNull(int column) const override
    {
        return !m_result || m_row < 0 || PQgetisnull(m_result.get(), m_row, column);
    }
    ValueKind kind(int column) const override
    {
        if (isNull(column))
            return ValueKind::Null;
        switch (PQftype(m_result.get(), column)) {
        case 16: case 20: case 21: case 23: return ValueKind::Integer;  // bool, int8, int2, int4
        case 700: case 701: case 1700: return ValueKind::Real;          // float4, float8, numeric
        case kByteaOid: return ValueKind::Blob;
        default: return ValueKind::Text;
        }
    }

private:
    void grow(int index)
    {
        const std::size_t size = std::size_t(std::max<qsizetype>(index, qsizetype(m_values.size())));
        m_values.resize(size);
        m_null.resize(size, true);
        m_types.resize(size, 0);
        m_formats.resize(size, 0);
    }
    void put(int index, QByteArray value, bool binary)
    {
        grow(index);
        const std::size_t at = std::size_t(index - 1);
        m_values[at] = std::move(value);
        m_null[at] = false;
        m_types[at] = binary ? kByteaOid : 0;  // text parameters take their type from where they stand
        m_formats[at] = binary ? 1 : 0;
    }

    PGconn *m_connection = nullptr;
    QByteArray m_sql;
    std::vector<QByteArray> m_values;
    std::vector<bool> m_null;
    std::vector<Oid> m_types;
    std::vector<int> m_formats;
    ResultPtr m_result{nullptr, &PQclear};
    int m_row = -1;
    mutable QHash<int, QByteArray> m_decoded;  // bytea columns of the current row, unescaped
};

class PostgresBackend final : public DatabaseBackend {
public:
    explicit PostgresBackend(PGconn *connection) : m_connection(connection) {}
    ~PostgresBackend() override { PQfinish(m_connection); }

    Result<void> exec(const QString &sql) override
    {
        ResultPtr result(PQexec(m_connection, sql.toUtf8().constData()), &PQclear);
        const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            return serverError(m_connection, result.get(), sql.left(80));
        return {};
    }
    Result<std::unique_ptr<StatementBackend>> prepare(const QString &sql) override
    {
        return std::unique_ptr<StatementBackend>(new PostgresStatementBackend(m_connection, dollarParameters(sql)));
    }
    Result<void> begin() override { return exec(QStringLiteral("BEGIN")); }
    PGconn *postgresConnection() override { return m_connection; }
    bool hasTable(const QString &name) override
    {
        const QByteArray utf8 = name.toUtf8();
        const char *values[] = {utf8.constData()};
        ResultPtr result(PQexecParams(m_connection, "SELECT to_regclass($1) IS NOT NULL", 1, nullptr, values, nullptr, nullptr, 0), &PQclear);
        return result && PQresultStatus(result.get()) == PGRES_TUPLES_OK && PQntuples(result.get()) == 1 &&
               QByteArrayView(PQgetvalue(result.get(), 0, 0)) == "t";
    }

private:
    PGconn *m_connection = nullptr;
};

} // namespace

QString serverDisplayName(pg_conn *connection)
{
    return QStringLiteral("postgresql://%1:%2/%3")
        .arg(QString::fromUtf8(PQhost(connection)), QString::fromUtf8(PQport(connection)), QString::fromUtf8(PQdb(connection)));
}

Result<Database> Database::connectPostgres(const QString &connection)
{
    PGconn *raw = PQconnectdb(connection.toUtf8().constData());
    auto backend = std::make_unique<PostgresBackend>(raw);  // finishes `raw` on every path out
    if (PQstatus(raw) != CONNECTION_OK)
        return makeError(Error::Code::Io,
                         QStringLiteral("cannot reach the shared server: %1").arg(QString::fromUtf8(PQerrorMessage(raw)).trimmed()));
    return Database(std::move(backend), Kind::Postgres, serverDisplayName(raw));
}

} // namespace lookout::store

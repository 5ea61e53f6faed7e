// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "store/postgresjournal.h"

#include "store/database.h"

#include <QtEndian>

#include <libpq-fe.h>

#include <array>
#include <vector>

namespace lookout::store {

namespace {

constexpr qint64 kAppendLock = kPostgresAppendLock;
constexpr int kRowsPerInsert = 500;
constexpr int kRowsPerPage = 20000;

} // namespace

const char *const kPostgresJournalSchema = R"(
SET client_min_messages = warning;
CREATE TABLE IF NOT EXISTS lookout_journal (
  seq BIGINT PRIMARY KEY, at_ms BIGINT NOT NULL, user_name TEXT NOT NULL, seat TEXT NOT NULL,
  kind TEXT NOT NULL, payload TEXT NOT NULL, corrects BIGINT, prev_hash BYTEA NOT NULL, hash BYTEA NOT NULL);
ALTER TABLE lookout_journal ADD COLUMN IF NOT EXISTS division TEXT NOT NULL DEFAULT '';
CREATE INDEX IF NOT EXISTS lookout_journal_at ON lookout_journal (at_ms);
CREATE OR REPLACE FUNCTION lookout_journal_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the record is append-only: % refused on lookout_journal; append a correction', TG_OP;
END $$;
CREATE OR REPLACE TRIGGER lookout_journal_no_change BEFORE UPDATE OR DELETE ON lookout_journal
  FOR EACH ROW EXECUTE FUNCTION lookout_journal_refuse();
CREATE OR REPLACE TRIGGER lookout_journal_no_truncate BEFORE TRUNCATE ON lookout_journal
  FOR EACH STATEMENT EXECUTE FUNCTION lookout_journal_refuse();
)";

namespace {

using ResultPtr = std::unique_ptr<PGresult, decltype(&PQclear)>;

Error serverError(pg_conn *connection, const PGresult *result, const QString &what)
{
    const char *message = result ? PQresultErrorMessage(result) : PQerrorMessage(connection);
    return makeError(Error::Code::Io, QStringLiteral("PostgreSQL: %1").arg(QString::fromUtf8(message).trimmed()), {what});
}

qint64 bigEndian64(const char *data)
{
    return qFromBigEndian<qint64>(data);
}

QByteArrayView field(const PGresult *result, int row, int column)
{
    return QByteArrayView(PQgetvalue(result, row, column), PQgetlength(result, row, column));
}

} // namespace

Result<std::unique_ptr<PostgresJournal>> PostgresJournal::connect(const QString &connection)
{
    pg_conn *raw = PQconnectdb(connection.toUtf8().constData());
    if (PQstatus(raw) != CONNECTION_OK) {
        Error error = makeError(Error::Code::Io,
                                QStringLiteral("cannot reach the PostgreSQL record: %1").arg(QString::fromUtf8(PQerrorMessage(raw)).trimmed()),
                                {connection});
        PQfinish(raw);
        return error;
    }
    const QString location = serverDisplayName(raw);
    std::unique_ptr<PostgresJournal> journal(new PostgresJournal(raw, location));
    if (auto created = journal->createSchema(); !created)
        return created.error();
    return journal;
}

Result<std::unique_ptr<PostgresJournal>> PostgresJournal::borrow(pg_conn *connection, const QString &location)
{
    std::unique_ptr<PostgresJournal> journal(new PostgresJournal(connection, location));
    journal->m_owned = false;
    if (auto read = journal->readSeat(); !read)
        return read.error();
    return journal;
}

PostgresJournal::~PostgresJournal()
{
    if (m_owned)
        PQfinish(m_connection);
}

Result<QList<JournalEntry>> PostgresJournal::appendWithin(const QList<JournalDraft> &drafts)
{
    QList<JournalDraft> own = drafts;
    if (m_seat)
        for (JournalDraft &draft : own)
            if (draft.division.isEmpty())
                draft.division = m_division;
    return appendInTransaction(own, -1);
}

Result<void> PostgresJournal::exec(const char *sql)
{
    ResultPtr result(PQexec(m_connection, sql), &PQclear);
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return serverError(m_connection, result.get(), QString::fromUtf8(sql).simplified().left(80));
    return {};
}

Result<void> PostgresJournal::readSeat()
{
    ResultPtr who(PQexec(m_connection, "SELECT session_user, to_regproc('lookout_journal_head') IS NOT NULL"), &PQclear);
    if (PQresultStatus(who.get()) != PGRES_TUPLES_OK)
        return serverError(m_connection, who.get(), QStringLiteral("asking who this session is"));
    m_sessionUser = QString::fromUtf8(PQgetvalue(who.get(), 0, 0));
    m_seat = QByteArray(PQgetvalue(who.get(), 0, 1)) == "t";
    if (m_seat) {
        ResultPtr division(PQexec(m_connection, "SELECT coalesce(lookout_my_division(), '')"), &PQclear);
        if (PQresultStatus(division.get()) != PGRES_TUPLES_OK)
            return serverError(m_connection, division.get(), QStringLiteral("asking which division this seat is"));
        m_division = QString::fromUtf8(PQgetvalue(division.get(), 0, 0));
    }
    return {};
}

Result<void> PostgresJournal::createSchema()
{
    // A server set up for seats is the administrator's: a seat creates nothing there.
    if (auto read = readSeat(); !read)
        return read;
    if (m_seat)
        return {};
    // Seats starting together must not race to create the same objects.
    if (auto begun = exec("BEGIN"); !begun)
        return begun;
    const QByteArray lock = "SELECT pg_advisory_xact_lock(" + QByteArray::number(kAppendLock) + ")";
    if (auto locked = exec(lock.constData()); !locked) {
        (void)exec("ROLLBACK");
        return locked;
    }
    if (auto created = exec(kPostgresJournalSchema); !created) {
        (void)exec("ROLLBACK");
        return created;
    }
    return exec("COMMIT");
}

Result<QList<JournalEntry>> PostgresJournal::append(const QList<JournalDraft> &drafts, qint64 expectedHead)
{
    if (drafts.isEmpty())
        return QList<JournalEntry>();
    return inTransaction(drafts, [&] { return appendInTransaction(drafts, expectedHead); });
}

Result<JournalEntry> PostgresJournal::appendChecked(qint64 knownHead, const MakeDraft &make)
{
    QList<JournalDraft> made;
    auto entries = inTransaction(made, [&]() -> Result<QList<JournalEntry>> {
        const QByteArray lock = "SELECT pg_advisory_xact_lock(" + QByteArray::number(kAppendLock) + ")";
        if (auto locked = exec(lock.constData()); !locked)
            return locked.error();
        QList<JournalEntry> news;
        if (auto scanned = scan(knownHead + 1, [&](const JournalEntry &entry) {
                news.append(entry);
                return true;
            });
            !scanned)
            return scanned.error();
        auto draft = make(news);
        if (!draft)
            return refusedReadOr(draft.error());
        made = {*draft};
        return appendInTransaction(made, -1);  // the lock is held: no seat got in between
    });
    if (!entries)
        return entries.error();
    return entries->first();
}

Error PostgresJournal::refusedReadOr(const Error &error)
{
    // "No such incident" on a seat may be one it cannot see: the server tells, and audits it.
    if (!m_seat || error.code != Error::Code::NotFound || error.context.isEmpty())
        return error;
    const QByteArray incident = error.context.front().toUtf8();
    const char *values[] = {incident.constData()};
    ResultPtr hidden(PQexecParams(m_connection, "SELECT lookout_refused_read($1)", 1, nullptr, values, nullptr, nullptr, 0), &PQclear);
    if (PQresultStatus(hidden.get()) != PGRES_TUPLES_OK || QByteArrayView(PQgetvalue(hidden.get(), 0, 0)) != "t")
        return error;
    return makeError(Error::Code::Refused,
                     QStringLiteral("incident %1 is outside what %2 (division %3) may see: refused and audited by the server")
                         .arg(QString::fromUtf8(incident), m_sessionUser, m_division),
                     error.context);
}

Result<QList<JournalEntry>> PostgresJournal::inTransaction(const QList<JournalDraft> &drafts, const std::function<Result<QList<JournalEntry>>()> &work)
{
    if (auto begun = exec("BEGIN"); !begun)
        return begun.error();
    auto entries = work();
    if (!entries) {
        (void)exec("ROLLBACK");
        if (m_seat && entries.error().code == Error::Code::Refused && !drafts.isEmpty()) {
            // In the seat's words: who may not write what, then the server's own.
            return makeError(Error::Code::Refused,
                             QStringLiteral("the shared server refused it: %1 (division %2) may not write an entry for %3")
                                 .arg(m_sessionUser, m_division.isEmpty() ? QStringLiteral("none") : m_division,
                                      drafts.front().division.isEmpty() ? QStringLiteral("every seat (public)") : QStringLiteral("division ") + drafts.front().division),
                             {entries.error().message});
        }
        return entries;
    }
    if (auto committed = exec("COMMIT"); !committed)
        return committed.error();
    return entries;
}

Result<QList<JournalEntry>> PostgresJournal::appendInTransaction(const QList<JournalDraft> &drafts, qint64 expectedHead)
{
    const QByteArray lock = "SELECT pg_advisory_xact_lock(" + QByteArray::number(kAppendLock) + ")";
    if (auto locked = exec(lock.constData()); !locked)
        return locked.error();
    // The head the command was checked against is the last entry this seat sees; the chain goes
    // on from the true head, which on a seats' server only lookout_journal_head() tells.
    ResultPtr head(PQexecParams(m_connection, "SELECT seq, hash FROM lookout_journal ORDER BY seq DESC LIMIT 1", 0, nullptr,
                                nullptr, nullptr, nullptr, 1),
                   &PQclear);
    if (PQresultStatus(head.get()) != PGRES_TUPLES_OK)
        return serverError(m_connection, head.get(), QStringLiteral("reading the head of the record"));
    const qint64 visibleHead = PQntuples(head.get()) == 0 ? 0 : bigEndian64(PQgetvalue(head.get(), 0, 0));
    if (expectedHead >= 0 && expectedHead != visibleHead)
        return headMovedError(expectedHead, visibleHead);
    if (m_seat) {
        head.reset(PQexecParams(m_connection, "SELECT seq, hash FROM lookout_journal_head() WHERE seq IS NOT NULL", 0, nullptr, nullptr, nullptr,
                                nullptr, 1));
        if (PQresultStatus(head.get()) != PGRES_TUPLES_OK)
            return serverError(m_connection, head.get(), QStringLiteral("reading the head of the record"));
    }
    const bool empty = PQntuples(head.get()) == 0;
    const qint64 headSequence = empty ? 0 : bigEndian64(PQgetvalue(head.get(), 0, 0));
    // On a seats' server an entry is by the role that logged in, whatever the draft said.
    QList<JournalDraft> own = drafts;
    if (m_seat)
        for (JournalDraft &draft : own)
            draft.user = m_sessionUser;
    auto entries = empty ? chainDrafts(own, 0, zeroHash()) : chainDrafts(own, headSequence, field(head.get(), 0, 1).toByteArray());
    if (!entries)
        return entries.error();

    QStringList divisions;
    for (const JournalDraft &draft : own)
        divisions << draft.division;
    if (auto inserted = insertEntries(*entries, divisions); !inserted)
        return inserted.error();
    return entries;
}

Result<void> PostgresJournal::insertEntries(const QList<JournalEntry> &entries, const QStringList &divisions)
{
    // Multi-row INSERTs with binary parameters (bytea and bigint need no escaping that way).
    constexpr int kColumns = 10;
    for (qsizetype first = 0; first < entries.size(); first += kRowsPerInsert) {
        const qsizetype rows = std::min<qsizetype>(kRowsPerInsert, entries.size() - first);
        QByteArray sql = "INSERT INTO lookout_journal (seq, at_ms, user_name, seat, kind, payload, corrects, prev_hash, hash, division) VALUES ";
        std::vector<QByteArray> storage;
        storage.reserve(std::size_t(rows) * kColumns);
        std::vector<const char *> values;
        std::vector<int> lengths;
        std::vector<int> formats;
        std::vector<unsigned int> types;
        auto add = [&](QByteArray bytes, unsigned int type, bool isNull = false) {
            storage.push_back(std::move(bytes));
            values.push_back(isNull ? nullptr : storage.back().constData());
            lengths.push_back(int(storage.back().size()));
            formats.push_back(1);
            types.push_back(type);
        };
        auto int8 = [](qint64 value) {
            QByteArray bytes(8, Qt::Uninitialized);
            qToBigEndian(value, bytes.data());
            return bytes;
        };
        constexpr unsigned int kInt8 = 20, kText = 25, kBytea = 17;
        for (qsizetype row = 0; row < rows; ++row) {
            const JournalEntry &entry = entries.at(first + row);
            const int base = int(row) * kColumns;
            sql += (row ? ",(" : "(");
            for (int column = 1; column <= kColumns; ++column)
                sql += (column > 1 ? ",$" : "$") + QByteArray::number(base + column);
            sql += ')';
            add(int8(entry.sequence), kInt8);
            add(int8(entry.atMs), kInt8);
            add(entry.user.toUtf8(), kText);
            add(entry.seat.toUtf8(), kText);
            add(entry.kind.toUtf8(), kText);
            add(entry.payload, kText);
            add(int8(entry.corrects), kInt8, entry.corrects == 0);
            add(entry.previousHash, kBytea);
            add(entry.hash, kBytea);
            add(divisions.value(first + row).toUtf8(), kText);
        }
        ResultPtr inserted(PQexecParams(m_connection, sql.constData(), int(values.size()), types.data(), values.data(),
                                        lengths.data(), formats.data(), 0),
                           &PQclear);
        if (PQresultStatus(inserted.get()) != PGRES_COMMAND_OK) {
            Error error = serverError(m_connection, inserted.get(), QStringLiteral("appending to the record"));
            const char *state = PQresultErrorField(inserted.get(), PG_DIAG_SQLSTATE);
            if (state && QByteArray(state) == "42501")  // insufficient_privilege: a policy or a grant refused it
                error.code = Error::Code::Refused;
            return error;
        }
    }
    return {};
}

Result<void> PostgresJournal::importEntries(const QList<JournalEntry> &entries, const QStringList &divisions)
{
    if (auto begun = exec("BEGIN"); !begun)
        return begun;
    const QByteArray lock = "SELECT pg_advisory_xact_lock(" + QByteArray::number(kAppendLock) + ")";
    auto imported = [&]() -> Result<void> {
        if (auto locked = exec(lock.constData()); !locked)
            return locked;
        ResultPtr head(PQexec(m_connection, "SELECT count(*) FROM lookout_journal"), &PQclear);
        if (PQresultStatus(head.get()) != PGRES_TUPLES_OK)
            return serverError(m_connection, head.get(), QStringLiteral("reading the record"));
        if (QByteArray(PQgetvalue(head.get(), 0, 0)) != "0")
            return makeError(Error::Code::Conflict, QStringLiteral("the server's record is not empty: a workspace is pushed into a new server only"), {m_location});
        return insertEntries(entries, divisions);
    }();
    if (!imported) {
        (void)exec("ROLLBACK");
        return imported;
    }
    return exec("COMMIT");
}

Result<void> PostgresJournal::scanRows(qint64 fromSequence, const std::function<bool(const JournalRow &)> &visit)
{
    // Keyset pages: a million entries never sit in memory at once.
    qint64 next = fromSequence;
    JournalRow entry;
    while (true) {
        const QByteArray from = QByteArray::number(next);
        const QByteArray limit = QByteArray::number(kRowsPerPage);
        const std::array<const char *, 2> values{from.constData(), limit.constData()};
        ResultPtr page(PQexecParams(m_connection,
                                    "SELECT seq, at_ms, user_name, seat, kind, payload, corrects, prev_hash, hash "
                                    "FROM lookout_journal WHERE seq >= $1 ORDER BY seq LIMIT $2",
                                    2, nullptr, values.data(), nullptr, nullptr, 1),
                       &PQclear);
        if (PQresultStatus(page.get()) != PGRES_TUPLES_OK)
            return serverError(m_connection, page.get(), QStringLiteral("reading the record"));
        const int rows = PQntuples(page.get());
        for (int row = 0; row < rows; ++row) {
            entry.sequence = bigEndian64(PQgetvalue(page.get(), row, 0));
            entry.atMs = bigEndian64(PQgetvalue(page.get(), row, 1));
            entry.user = field(page.get(), row, 2);
            entry.seat = field(page.get(), row, 3);
            entry.kind = field(page.get(), row, 4);
            entry.payload = field(page.get(), row, 5);
            entry.corrects = PQgetisnull(page.get(), row, 6) ? 0 : bigEndian64(PQgetvalue(page.get(), row, 6));
            entry.previousHash = field(page.get(), row, 7);
            entry.hash = field(page.get(), row, 8);
            if (!visit(entry))
                return {};
        }
        if (rows < kRowsPerPage)
            return {};
        next = entry.sequence + 1;
    }
}

Result<qint64> PostgresJournal::count()
{
    ResultPtr result(PQexecParams(m_connection, "SELECT count(*) FROM lookout_journal", 0, nullptr, nullptr, nullptr, nullptr, 1),
                     &PQclear);
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
        return serverError(m_connection, result.get(), QStringLiteral("counting the record"));
    return bigEndian64(PQgetvalue(result.get(), 0, 0));
}

} // namespace lookout::store

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "store/journal.h"

#include <functional>
#include <memory>

struct pg_conn;

namespace lookout::store {

// The record's table on PostgreSQL with its append-only triggers (what a plain connection creates
// on first use, and what `server init` builds the seats' schema on).
extern const char *const kPostgresJournalSchema;
// The advisory lock every appender (and `server init`) takes: one chain, one writer at a time.
constexpr long long kPostgresAppendLock = 0x4c4f4f4b4f5554;  // "LOOKOUT"

// The record on a shared PostgreSQL server, for several seats (wall, desks, districts) at once:
// the same table as the GeoPackage's (lookout_journal), created on first connect, with triggers
// that refuse UPDATE, DELETE and TRUNCATE. An append takes a transaction-scoped advisory lock,
// reads the head and writes after it, so appends from many processes queue into one chain;
// commits are durable (synchronous_commit as the server has it, on by default).
// On a server set up by `lookout server init` (store/serveradmin.h) the journal is a seat's: it
// creates nothing, writes entries as the role it logged in as, reads what row-level security lets
// it see, chains after the true head (lookout_journal_head()), and has a refused write audited.
// Thread contract: one thread at a time (one libpq connection).
class PostgresJournal final : public Journal {
public:
    // `connection` is a libpq connection string or URI ("host=127.0.0.1 port=5433 dbname=lookout").
    static Result<std::unique_ptr<PostgresJournal>> connect(const QString &connection);
    ~PostgresJournal() override;
    PostgresJournal(const PostgresJournal &) = delete;
    PostgresJournal &operator=(const PostgresJournal &) = delete;

    Result<QList<JournalEntry>> append(const QList<JournalDraft> &drafts, qint64 expectedHead = -1) override;
    // Under the append lock for the whole step: the news, the check, the append.
    Result<JournalEntry> appendChecked(qint64 knownHead, const MakeDraft &make) override;
    Result<void> scanRows(qint64 fromSequence, const std::function<bool(const JournalRow &)> &visit) override;
    Result<qint64> count() override;
    QString location() const override { return m_location; }
    // Entries of another record, exactly as they are (sequence, time, user, hashes), each with the
    // division it concerns, into an empty record here (the chain trigger checks every link); for
    // `workspace push`. Refused when this record is not empty.
    Result<void> importEntries(const QList<JournalEntry> &entries, const QStringList &divisions);
    // The record on `connection`, owned by someone else (a store::Database), for appends inside
    // that connection's open transaction (appendWithin). Creates nothing.
    static Result<std::unique_ptr<PostgresJournal>> borrow(pg_conn *connection, const QString &location);
    // append() inside the caller's transaction, under the append lock until it ends. On a seat, an
    // entry meant for everyone ("" division) is the seat's own act: it gets the seat's division.
    Result<QList<JournalEntry>> appendWithin(const QList<JournalDraft> &drafts);
    // A server set up for seats (row-level security), and the role this connection logged in as.
    bool isSeat() const { return m_seat; }
    QString scope() const override { return m_seat ? m_division : QString(); }
    const QString &sessionUser() const { return m_sessionUser; }

private:
    PostgresJournal(pg_conn *connection, QString location) : m_connection(connection), m_location(std::move(location)) {}
    Result<void> exec(const char *sql);
    Result<void> createSchema();
    Result<void> readSeat();
    // `error` as it is, or, when it is a seat's "no such incident" for one the server holds
    // outside the seat's divisions, a refusal (which the server audits).
    Error refusedReadOr(const Error &error);
    Result<QList<JournalEntry>> appendInTransaction(const QList<JournalDraft> &drafts, qint64 expectedHead);
    Result<void> insertEntries(const QList<JournalEntry> &entries, const QStringList &divisions);
    // Runs `work` in a transaction: committed when it succeeds, rolled back when not (a refusal
    // in the seat's words; the server audited it).
    Result<QList<JournalEntry>> inTransaction(const QList<JournalDraft> &drafts, const std::function<Result<QList<JournalEntry>>()> &work);

    pg_conn *m_connection = nullptr;
    bool m_owned = true;
    QString m_location;
    bool m_seat = false;
    QString m_sessionUser;
    QString m_division;
};

} // namespace lookout::store

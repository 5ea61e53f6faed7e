// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "store/journal.h"
#include "store/database.h"

namespace lookout::store {

// The record in the workspace's GeoPackage (table lookout_journal, schema v6), where triggers
// refuse every UPDATE and DELETE, so sqlite3 or QGIS cannot change a row without first dropping
// them (which verify then catches by the hashes). Each append is one IMMEDIATE transaction: it
// reads the head and writes after it under SQLite's write lock, so seats in several processes on
// one machine keep one chain. WAL with synchronous=FULL: a committed append survives a crash.
// Thread contract: the database's.
class SqliteJournal final : public Journal {
public:
    explicit SqliteJournal(Database &database) : m_database(database) {}

    Result<QList<JournalEntry>> append(const QList<JournalDraft> &drafts, qint64 expectedHead = -1) override;
    Result<void> scanRows(qint64 fromSequence, const std::function<bool(const JournalRow &)> &visit) override;
    Result<qint64> count() override;
    // The same as append() inside a transaction the caller has open, so that a store's own rows
    // and their record entries commit together (a warning kept and "warning received").
    Result<QList<JournalEntry>> appendWithin(const QList<JournalDraft> &drafts, qint64 expectedHead = -1);
    QString location() const override { return m_database.path(); }

private:
    Database &m_database;
};

// The record of the workspace at `path` on a connection of its own (a JournalWriter's thread, a
// child process). The workspace must already hold the record (opened once by Lookout, schema 6).
Result<std::unique_ptr<Journal>> openSqliteJournal(const QString &path);

} // namespace lookout::store

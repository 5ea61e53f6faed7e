// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "store/sqlitejournal.h"

namespace lookout::store {

namespace {
// A journal that owns its connection.
class OwningSqliteJournal final : public Journal {
public:
    explicit OwningSqliteJournal(Database database) : m_database(std::move(database)), m_journal(m_database) {}
    Result<QList<JournalEntry>> append(const QList<JournalDraft> &drafts, qint64 expectedHead) override
    {
        return m_journal.append(drafts, expectedHead);
    }
    Result<void> scanRows(qint64 fromSequence, const std::function<bool(const JournalRow &)> &visit) override
    {
        return m_journal.scanRows(fromSequence, visit);
    }
    Result<qint64> count() override { return m_journal.count(); }
    QString location() const override { return m_journal.location(); }

private:
    Database m_database;
    SqliteJournal m_journal;
};
} // namespace

Result<std::unique_ptr<Journal>> openSqliteJournal(const QString &path)
{
    auto database = Database::open(path);
    if (!database)
        return database.error();
    if (!database->hasTable(QStringLiteral("lookout_journal")))
        return makeError(Error::Code::NotFound, QStringLiteral("this workspace has no record yet: open it once with this Lookout"),
                         {path});
    return std::unique_ptr<Journal>(std::make_unique<OwningSqliteJournal>(std::move(database).value()));
}

Result<QList<JournalEntry>> SqliteJournal::append(const QList<JournalDraft> &drafts, qint64 expectedHead)
{
    if (drafts.isEmpty())
        return QList<JournalEntry>();
    return m_database.transaction([&]() { return appendWithin(drafts, expectedHead); });
}

Result<QList<JournalEntry>> SqliteJournal::appendWithin(const QList<JournalDraft> &drafts, qint64 expectedHead)
{
    if (drafts.isEmpty())
        return QList<JournalEntry>();
    auto head = m_database.prepare(QStringLiteral("SELECT seq, hash FROM lookout_journal ORDER BY seq DESC LIMIT 1"));
    if (!head)
        return head.error();
    auto row = head->step();
    if (!row)
        return row.error();
    const qint64 headSequence = *row ? head->integer(0) : 0;
    if (expectedHead >= 0 && expectedHead != headSequence)
        return headMovedError(expectedHead, headSequence);
    auto entries = *row ? chainDrafts(drafts, headSequence, head->blob(1)) : chainDrafts(drafts, 0, zeroHash());
    if (!entries)
        return entries.error();
    auto insert = m_database.prepare(QStringLiteral(
        "INSERT INTO lookout_journal (seq, at_ms, user_name, seat, kind, payload, corrects, prev_hash, hash) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    if (!insert)
        return insert.error();
    for (const JournalEntry &entry : *entries) {
        insert->bind(1, entry.sequence).bind(2, entry.atMs).bind(3, entry.user).bind(4, entry.seat)
            .bind(5, entry.kind).bindText(6, entry.payload);
        if (entry.corrects > 0)
            insert->bind(7, entry.corrects);
        else
            insert->bindNull(7);
        insert->bind(8, entry.previousHash).bind(9, entry.hash);
        if (auto done = insert->run(); !done)
            return Error(done.error()).withContext(QStringLiteral("appending %1 to the record").arg(entry.kind));
    }
    return entries;
}

Result<void> SqliteJournal::scanRows(qint64 fromSequence, const std::function<bool(const JournalRow &)> &visit)
{
    auto select = m_database.prepare(QStringLiteral(
        "SELECT seq, at_ms, user_name, seat, kind, payload, corrects, prev_hash, hash FROM lookout_journal "
        "WHERE seq >= ?1 ORDER BY seq"));
    if (!select)
        return select.error();
    select->bind(1, fromSequence);
    JournalRow row;
    while (true) {
        auto stepped = select->step();
        if (!stepped)
            return stepped.error();
        if (!*stepped)
            return {};
        row.sequence = select->integer(0);
        row.atMs = select->integer(1);
        row.user = select->bytes(2);
        row.seat = select->bytes(3);
        row.kind = select->bytes(4);
        row.payload = select->bytes(5);
        row.corrects = select->isNull(6) ? 0 : select->integer(6);
        row.previousHash = select->bytes(7);
        row.hash = select->bytes(8);
        if (!visit(row))
            return {};
    }
}

Result<qint64> SqliteJournal::count()
{
    auto statement = m_database.prepare(QStringLiteral("SELECT count(*) FROM lookout_journal"));
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    return statement->integer(0);
}

} // namespace lookout::store

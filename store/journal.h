// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>

namespace lookout::store {

// An event about to be written to the record: who (user and seat), when (UTC, on the clock in
// force: the scenario clock during an exercise or replay), what (a kind such as
// "incident.level" and its typed payload as a JSON object), and, for a correction, the sequence
// number of the entry it corrects. The incidents library owns the kinds and their payloads.
struct JournalDraft {
    QDateTime at;
    QString user;
    QString seat;
    QString kind;
    QJsonObject payload;
    qint64 corrects = 0;
    // The division code the entry concerns ("" public): what a shared server's row-level security
    // keys on (incidents/entrydivision.h). Kept beside the entry, not in its hash.
    QString division;
};

// An entry as the record keeps it. `payload` is the canonical JSON text exactly as stored (what
// the hash covers); `hash` = SHA-256(previousHash || canonicalBytes(entry)), the first entry's
// previousHash being 32 zero bytes. Sequence numbers start at 1 and have no gaps.
struct JournalEntry {
    qint64 sequence = 0;
    qint64 atMs = 0;  // UTC milliseconds since 1970
    QString user;
    QString seat;
    QString kind;
    QByteArray payload;
    qint64 corrects = 0;
    QByteArray previousHash;
    QByteArray hash;

    QDateTime at() const { return QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC); }
    QJsonObject payloadObject() const;
};

// A stored row as the backend hands it over, without copies: the text fields as UTF-8 views into
// the backend's buffers, valid only during the visit. Verify reads a million of these a second.
struct JournalRow {
    qint64 sequence = 0;
    qint64 atMs = 0;
    qint64 corrects = 0;
    QByteArrayView user;
    QByteArrayView seat;
    QByteArrayView kind;
    QByteArrayView payload;
    QByteArrayView previousHash;
    QByteArrayView hash;

    JournalEntry toEntry() const;
};

// The bytes the hash covers: a version tag, then every field as a netstring ("len:bytes,"), so no
// two different entries can share them whatever their text holds. The row form writes into `out`
// (cleared first) so a walk over the record reuses one buffer.
QByteArray canonicalBytes(const JournalEntry &entry);
void canonicalBytes(const JournalRow &row, QByteArray &out);
QByteArray chainHash(const QByteArray &previousHash, const QByteArray &canonical);
QByteArray zeroHash();
// The payload as the record stores it: compact JSON, keys sorted (QJsonObject keeps them so).
QByteArray canonicalPayload(const QJsonObject &payload);
// InvalidArgument naming the draft when it has no time, user, seat or kind.
Result<void> checkDraft(const JournalDraft &draft);
// Completes drafts into chained entries after `previous` (sequence 0 and zeroHash for an empty
// record); InvalidArgument naming the draft when one has no time, user, seat or kind.
Result<QList<JournalEntry>> chainDrafts(const QList<JournalDraft> &drafts, qint64 previousSequence,
                                        const QByteArray &previousHash);
// The Conflict error for an append whose expected head has moved on.
Error headMovedError(qint64 expectedHead, qint64 actualHead);

// The store interface every backend implements (the embedded GeoPackage, PostgreSQL). Entries
// are only ever appended: each backend refuses UPDATE and DELETE on its table itself, so even a
// program that bypasses this class cannot quietly change the record.
// Thread contract: one thread at a time; JournalWriter gives many threads one durable writer.
class Journal {
public:
    virtual ~Journal() = default;
    // Appends the drafts, chained after the current head, in one durable transaction: all or none.
    // Safe against other processes appending to the same store at the same time. With
    // `expectedHead` >= 0, appends only if the record still ends at that sequence (Conflict
    // otherwise): a command checked against the state it saw is not recorded after another seat's
    // change it has not seen.
    virtual Result<QList<JournalEntry>> append(const QList<JournalDraft> &drafts, qint64 expectedHead = -1) = 0;
    // A command checked and appended as one step: `make` is given the entries after `knownHead`
    // (what other seats wrote since the caller last looked) and returns the draft to append, or
    // why not. Here: read, then append with `expectedHead` (Conflict when a seat got in between;
    // the caller tries again). A backend that can hold its append lock while `make` runs does so,
    // and never answers Conflict: a seat that sees much of a busy record is never starved.
    using MakeDraft = std::function<Result<JournalDraft>(const QList<JournalEntry> &news)>;
    virtual Result<JournalEntry> appendChecked(qint64 knownHead, const MakeDraft &make);
    // Every stored row in sequence order, from `fromSequence`, as stored (nothing checked);
    // `visit` returns false to stop early.
    virtual Result<void> scanRows(qint64 fromSequence, const std::function<bool(const JournalRow &)> &visit) = 0;
    // The same as entries (copied out of the backend's buffers).
    Result<void> scan(qint64 fromSequence, const std::function<bool(const JournalEntry &)> &visit);
    virtual Result<qint64> count() = 0;
    // Where the record is, for messages ("workspace.gpkg", "postgresql://127.0.0.1:5433/lookout").
    virtual QString location() const = 0;
    // The division a seat's journal writes for on a shared server with row-level security (it
    // sees only part of the record); "" for a journal that holds the whole record.
    virtual QString scope() const { return {}; }
};

// The entries recorded at or before `knownAt` (every entry when invalid), in sequence order: the
// record as it was known then, from which incident lists, levels and logs are rebuilt.
Result<QList<JournalEntry>> entriesKnownAt(Journal &journal, const QDateTime &knownAt);
Result<std::optional<JournalEntry>> entryAt(Journal &journal, qint64 sequence);

// What `lookout journal verify` reports: the first entry that was altered, removed or moved,
// with a sentence saying how that was seen, or nothing when the chain holds.
struct JournalProblem {
    enum class Kind { Altered, Rehashed, Removed, Moved, HeadMismatch };
    Kind kind = Kind::Altered;
    qint64 sequence = 0;
    QString message;
};

struct JournalVerification {
    qint64 entries = 0;
    QByteArray headHash;  // the last entry's hash: publish it (handover, export) to anchor the record
    std::optional<JournalProblem> problem;
    bool ok() const { return !problem.has_value(); }
};

// Walks entries in stored order and checks each against the chain; feed it with Journal::scan.
class JournalVerifier {
public:
    // False once a problem is found (later entries are not looked at).
    bool add(const JournalRow &row);
    // An anchor published earlier (an exported head hash): catches a record cut short or rewritten
    // from some entry on with every later hash recomputed, which the chain alone cannot.
    void expectHead(const QByteArray &hash, qint64 sequence);
    JournalVerification finish();

private:
    bool hashMatches(const JournalRow &row);

    JournalVerification m_result;
    QByteArray m_canonical;
    QByteArray m_previousHash = zeroHash();
    qint64 m_expected = 1;
    QByteArray m_anchorHash;
    qint64 m_anchorSequence = 0;
    bool m_anchorSeen = false;
};

Result<JournalVerification> verifyJournal(Journal &journal, const QByteArray &anchorHash = {}, qint64 anchorSequence = 0);

} // namespace lookout::store

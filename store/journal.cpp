// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "store/journal.h"

#include <QJsonDocument>

#include <openssl/evp.h>

#include <charconv>
#include <cstring>
#include <memory>

namespace lookout::store {

namespace {

constexpr int kHashBytes = 32;
// How far from its place verify looks for an entry that was moved rather than altered.
constexpr qint64 kMoveSearch = 64;

// OpenSSL's SHA-256 (SHA-NI where the CPU has it: verify hashes a million entries in well under
// a second). One fetched digest per thread, reused.
class Sha256 {
public:
    Sha256() : m_digest(EVP_MD_fetch(nullptr, "SHA256", nullptr)), m_context(EVP_MD_CTX_new()) {}
    ~Sha256()
    {
        EVP_MD_CTX_free(m_context);
        EVP_MD_free(m_digest);
    }
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void hash(QByteArrayView first, QByteArrayView second, char *out)
    {
        unsigned int length = 0;
        EVP_DigestInit_ex2(m_context, m_digest, nullptr);
        EVP_DigestUpdate(m_context, first.data(), std::size_t(first.size()));
        EVP_DigestUpdate(m_context, second.data(), std::size_t(second.size()));
        EVP_DigestFinal_ex(m_context, reinterpret_cast<unsigned char *>(out), &length);
    }

private:
    EVP_MD *m_digest;
    EVP_MD_CTX *m_context;
};

void appendNetstring(QByteArray &out, QByteArrayView bytes)
{
    char digits[24];
    char *end = std::to_chars(digits, digits + sizeof digits - 1, bytes.size()).ptr;
    *end++ = ':';
    out.append(digits, end - digits);
    out.append(bytes);
    out.append(',');
}

void appendNumber(QByteArray &out, qint64 value)
{
    char digits[24];
    char *end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    appendNetstring(out, QByteArrayView(digits, end - digits));
}

// SHA-256(previousHash || canonical) into `out` (32 bytes).
void chainHashInto(QByteArrayView previousHash, QByteArrayView canonical, char *out)
{
    thread_local Sha256 sha;
    sha.hash(previousHash, canonical, out);
}

QString hex(const QByteArray &hash)
{
    return QString::fromLatin1(hash.toHex().left(16));
}

} // namespace

QJsonObject JournalEntry::payloadObject() const
{
    return QJsonDocument::fromJson(payload).object();
}

JournalEntry JournalRow::toEntry() const
{
    return JournalEntry{sequence,
                        atMs,
                        QString::fromUtf8(user),
                        QString::fromUtf8(seat),
                        QString::fromUtf8(kind),
                        payload.toByteArray(),
                        corrects,
                        previousHash.toByteArray(),
                        hash.toByteArray()};
}

void canonicalBytes(const JournalRow &row, QByteArray &out)
{
    out.resize(0);  // keeps the buffer (clear() would free it)
    out.append("lookout-journal/1\n");
    appendNumber(out, row.sequence);
    appendNumber(out, row.atMs);
    appendNetstring(out, row.user);
    appendNetstring(out, row.seat);
    appendNetstring(out, row.kind);
    appendNumber(out, row.corrects);
    appendNetstring(out, row.payload);
}

QByteArray canonicalBytes(const JournalEntry &entry)
{
    const QByteArray user = entry.user.toUtf8();
    const QByteArray seat = entry.seat.toUtf8();
    const QByteArray kind = entry.kind.toUtf8();
    const JournalRow row{entry.sequence, entry.atMs, entry.corrects, user, seat, kind, entry.payload, entry.previousHash, entry.hash};
    QByteArray out;
    canonicalBytes(row, out);
    return out;
}

QByteArray chainHash(const QByteArray &previousHash, const QByteArray &canonical)
{
    QByteArray out(kHashBytes, Qt::Uninitialized);
    chainHashInto(previousHash, canonical, out.data());
    return out;
}

Result<void> Journal::scan(qint64 fromSequence, const std::function<bool(const JournalEntry &)> &visit)
{
    return scanRows(fromSequence, [&](const JournalRow &row) { return visit(row.toEntry()); });
}

Result<JournalEntry> Journal::appendChecked(qint64 knownHead, const MakeDraft &make)
{
    QList<JournalEntry> news;
    auto scanned = scan(knownHead + 1, [&](const JournalEntry &entry) {
        news.append(entry);
        return true;
    });
    if (!scanned)
        return scanned.error();
    auto draft = make(news);
    if (!draft)
        return draft.error();
    auto appended = append({*draft}, news.isEmpty() ? knownHead : news.back().sequence);
    if (!appended)
        return appended.error();
    return appended->first();
}

QByteArray zeroHash()
{
    return QByteArray(kHashBytes, '\0');
}

QByteArray canonicalPayload(const QJsonObject &payload)
{
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

Result<void> checkDraft(const JournalDraft &draft)
{
    if (!draft.at.isValid() || draft.user.trimmed().isEmpty() || draft.seat.trimmed().isEmpty() || draft.kind.trimmed().isEmpty())
        return makeError(Error::Code::InvalidArgument, QStringLiteral("a record entry needs a time, a user, a seat and a kind"),
                         {QStringLiteral("%1 by '%2' at '%3'").arg(draft.kind, draft.user, draft.seat)});
    return {};
}

Result<QList<JournalEntry>> chainDrafts(const QList<JournalDraft> &drafts, qint64 previousSequence,
                                        const QByteArray &previousHash)
{
    QList<JournalEntry> entries;
    entries.reserve(drafts.size());
    QByteArray previous = previousHash;
    qint64 sequence = previousSequence;
    for (const JournalDraft &draft : drafts) {
        if (auto checked = checkDraft(draft); !checked)
            return checked.error();
        if (draft.corrects < 0 || draft.corrects > sequence)
            return makeError(Error::Code::InvalidArgument,
                             QStringLiteral("a correction must point at an entry already in the record"),
                             {QStringLiteral("corrects %1, the record has %2").arg(draft.corrects).arg(sequence)});
        JournalEntry entry;
        entry.sequence = ++sequence;
        entry.atMs = draft.at.toMSecsSinceEpoch();
        entry.user = draft.user;
        entry.seat = draft.seat;
        entry.kind = draft.kind;
        entry.payload = canonicalPayload(draft.payload);
        entry.corrects = draft.corrects;
        entry.previousHash = previous;
        entry.hash = chainHash(previous, canonicalBytes(entry));
        previous = entry.hash;
        entries.append(std::move(entry));
    }
    return entries;
}

Error headMovedError(qint64 expectedHead, qint64 actualHead)
{
    return makeError(Error::Code::Conflict,
                     QStringLiteral("the record changed meanwhile (another seat wrote entry %1): look again before acting").arg(actualHead),
                     {QStringLiteral("expected the record to end at %1").arg(expectedHead)});
}

Result<QList<JournalEntry>> entriesKnownAt(Journal &journal, const QDateTime &knownAt)
{
    const bool all = !knownAt.isValid();
    const qint64 limit = all ? 0 : knownAt.toMSecsSinceEpoch();
    QList<JournalEntry> entries;
    auto scanned = journal.scan(1, [&](const JournalEntry &entry) {
        if (all || entry.atMs <= limit)
            entries.append(entry);
        return true;
    });
    if (!scanned)
        return scanned.error();
    return entries;
}

Result<std::optional<JournalEntry>> entryAt(Journal &journal, qint64 sequence)
{
    std::optional<JournalEntry> found;
    auto scanned = journal.scan(sequence, [&](const JournalEntry &entry) {
        if (entry.sequence == sequence)
            found = entry;
        return false;
    });
    if (!scanned)
        return scanned.error();
    return found;
}

bool JournalVerifier::hashMatches(const JournalRow &row)
{
    // One buffer for every entry: no allocation per entry on a walk over millions.
    canonicalBytes(row, m_canonical);
    char digest[kHashBytes];
    chainHashInto(row.previousHash, m_canonical, digest);
    return row.hash.size() == kHashBytes && std::memcmp(digest, row.hash.data(), kHashBytes) == 0;
}

bool JournalVerifier::add(const JournalRow &row)
{
    if (m_result.problem)
        return false;
    auto fail = [&](JournalProblem::Kind kind, qint64 sequence, const QString &message) {
        m_result.problem = JournalProblem{kind, sequence, message};
        return false;
    };
    if (row.sequence > m_expected)
        return fail(JournalProblem::Kind::Removed, m_expected,
                    row.sequence == m_expected + 1
                        ? QStringLiteral("entry %1 was removed: the record goes from %2 to %3").arg(m_expected).arg(m_expected - 1).arg(row.sequence)
                        : QStringLiteral("entries %1 to %2 were removed").arg(m_expected).arg(row.sequence - 1));
    if (row.sequence < m_expected)
        return fail(JournalProblem::Kind::Moved, row.sequence, QStringLiteral("entry %1 appears twice or out of order").arg(row.sequence));
    if (!hashMatches(row)) {
        // A row moved to another place (its sequence changed, nothing else) still hashes right
        // under its original sequence number: say where it came from.
        for (qint64 delta = 1; delta <= kMoveSearch; ++delta)
            for (const qint64 original : {row.sequence - delta, row.sequence + delta}) {
                if (original < 1)
                    continue;
                JournalRow probe = row;
                probe.sequence = original;
                if (hashMatches(probe))
                    return fail(JournalProblem::Kind::Moved, row.sequence,
                                QStringLiteral("entry %1 holds entry %2, moved: the record was reordered").arg(row.sequence).arg(original));
            }
        return fail(JournalProblem::Kind::Altered, row.sequence,
                    QStringLiteral("entry %1 (%2 by %3) was altered: its content no longer matches its hash %4…")
                        .arg(row.sequence)
                        .arg(QString::fromUtf8(row.kind), QString::fromUtf8(row.user), hex(row.hash.toByteArray())));
    }
    if (row.previousHash != m_previousHash)
        return fail(JournalProblem::Kind::Rehashed, row.sequence - 1,
                    QStringLiteral("entry %1 was altered and its hash recomputed: entry %2 still chains to the original %3…")
                        .arg(row.sequence - 1).arg(row.sequence).arg(hex(row.previousHash.toByteArray())));
    if (m_anchorSequence == row.sequence) {
        m_anchorSeen = true;
        if (row.hash != m_anchorHash)
            return fail(JournalProblem::Kind::HeadMismatch, row.sequence,
                        QStringLiteral("entry %1 does not match the published hash %2…: the record was rewritten from it or before it")
                            .arg(row.sequence).arg(hex(m_anchorHash)));
    }
    std::memcpy(m_previousHash.data(), row.hash.data(), kHashBytes);  // no allocation per entry
    ++m_expected;
    ++m_result.entries;
    return true;
}

void JournalVerifier::expectHead(const QByteArray &hash, qint64 sequence)
{
    m_anchorHash = hash;
    m_anchorSequence = sequence;
}

JournalVerification JournalVerifier::finish()
{
    if (!m_result.problem && m_anchorSequence > 0 && !m_anchorSeen)
        m_result.problem = JournalProblem{JournalProblem::Kind::Removed, m_result.entries + 1,
                                          QStringLiteral("the record ends at entry %1, but entry %2 was published: entries %3 to %2 were removed")
                                              .arg(m_result.entries).arg(m_anchorSequence).arg(m_result.entries + 1)};
    m_result.headHash = m_previousHash;
    return m_result;
}

Result<JournalVerification> verifyJournal(Journal &journal, const QByteArray &anchorHash, qint64 anchorSequence)
{
    JournalVerifier verifier;
    if (anchorSequence > 0)
        verifier.expectHead(anchorHash, anchorSequence);
    auto scanned = journal.scanRows(1, [&](const JournalRow &row) { return verifier.add(row); });
    if (!scanned)
        return scanned.error();
    return verifier.finish();
}

} // namespace lookout::store

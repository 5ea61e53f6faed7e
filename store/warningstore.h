// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "feeds/capalert.h"
#include "store/database.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace lookout::store {

// A CAP message as the workspace keeps it: the original bytes (the legal record of what was
// received), the parsed form, and when and from where it came.
struct StoredWarning {
    qint64 id = 0;
    feeds::CapAlert alert;
    QByteArray xml;
    QDateTime receivedAt;
    QString source;  // feed id or file
};

// A message about to be kept: parsed already (feeds' parser), with its bytes.
struct IncomingWarning {
    QByteArray xml;
    feeds::CapAlert alert;
    QString source;
    QDateTime receivedAt;
};

struct WarningAcknowledgement {
    QString sender;
    QString identifier;
    QString acknowledgedBy;
    QString seat;
    QDateTime acknowledgedAt;
    QString note;
};

// The record kinds the warning store writes with its rows (store/journal.h), in one transaction.
inline const QString kWarningReceivedKind = QStringLiteral("warning.received");
inline const QString kWarningAcknowledgedKind = QStringLiteral("warning.acknowledged");
// Who receives what the feeds and `lookout ingest` bring in.
inline const QString kFeedsUser = QStringLiteral("lookout-feeds");

struct WarningAddResult {
    int added = 0;
    int alreadyKept = 0;  // the same sender, identifier and sent were kept before
};

// The warning registry's storage in the workspace: every message ever received is kept, never
// changed; the registry (incidents::WarningRegistry) works out chains and live heads from it.
// Thread contract: the database's (one thread at a time).
class WarningStore {
public:
    explicit WarningStore(Database &database) : m_database(database) {}

    // Keeps all messages in one transaction: all or none. A message already kept is counted,
    // not duplicated, so re-fetching a feed is harmless. Each new one is also a "warning.received"
    // entry in the record, at its receivedAt, by kFeedsUser at the source.
    Result<WarningAddResult> add(const QList<IncomingWarning> &messages);
    // Every message received at or before `knownAt` (all when invalid), oldest first, parsed
    // again from the kept bytes; a kept message that no longer parses is an Error (corruption).
    Result<QList<StoredWarning>> messages(const QDateTime &knownAt = {}) const;
    qint64 count() const;

    // Keeps the acknowledgement and its "warning.acknowledged" record entry together.
    Result<void> acknowledge(const WarningAcknowledgement &acknowledgement);
    Result<QList<WarningAcknowledgement>> acknowledgements(const QDateTime &knownAt = {}) const;

private:
    Database &m_database;
};

} // namespace lookout::store

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "store/warningstore.h"

#include "store/gpkggeometry.h"

#include "feeds/capparser.h"
#include "store/storejournal.h"

namespace lookout::store {

Result<WarningAddResult> WarningStore::add(const QList<IncomingWarning> &messages)
{
    return m_database.transaction([&]() -> Result<WarningAddResult> {
        auto insert = m_database.prepare(QStringLiteral(
            "INSERT INTO lookout_cap_messages (sender, identifier, sent, status, msg_type, severity, event, "
            "headline, area_desc, expires, received_at, source, xml, geom) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, lookout_geometry(?14)) "
            "ON CONFLICT (sender, identifier, sent) DO NOTHING RETURNING id"));
        if (!insert)
            return insert.error();
        WarningAddResult result;
        QList<JournalDraft> received;
        for (const IncomingWarning &message : messages) {
            const feeds::CapAlert &alert = message.alert;
            const feeds::CapInfo *info = alert.infoFor(QStringLiteral("zh-CN"));
            QStringList areas;
            if (info)
                for (const feeds::CapArea &area : info->areas)
                    areas.append(area.areaDesc);
            insert->bind(1, alert.sender).bind(2, alert.identifier).bind(3, alert.sent)
                .bind(4, feeds::toString(alert.status)).bind(5, feeds::toString(alert.msgType))
                .bind(6, feeds::toString(alert.severity())).bind(7, info ? info->event : QString())
                .bind(8, info ? info->headline : QString()).bind(9, areas.join(QStringLiteral("; ")))
                .bind(10, alert.expires()).bind(11, message.receivedAt).bind(12, message.source).bind(13, message.xml);
            // Its areas as polygons (circles as rings) for GIS programs; none when it gives only codes.
            const QByteArray geometry = info ? gpkgMultiPolygon(feeds::areaRings(*info)) : QByteArray();
            geometry.isEmpty() ? insert->bindNull(14) : insert->bind(14, geometry);
            auto inserted = insert->step();  // a row when kept, none when already kept
            if (!inserted)
                return Error(inserted.error()).withContext(QStringLiteral("keeping %1").arg(alert.identifier));
            const bool added = *inserted;
            (added ? result.added : result.alreadyKept) += 1;
            insert->reset();
            if (added)
                received.append(JournalDraft{message.receivedAt, kFeedsUser,
                                             message.source.isEmpty() ? QStringLiteral("ingest") : message.source, kWarningReceivedKind,
                                             QJsonObject{{QStringLiteral("sender"), alert.sender},
                                                         {QStringLiteral("identifier"), alert.identifier},
                                                         {QStringLiteral("sent"), alert.sent.toString(Qt::ISODate)},
                                                         {QStringLiteral("msg_type"), feeds::toString(alert.msgType)},
                                                         {QStringLiteral("status"), feeds::toString(alert.status)},
                                                         {QStringLiteral("severity"), feeds::toString(alert.severity())},
                                                         {QStringLiteral("event"), info ? info->event : QString()}},
                                             0});
        }
        if (auto recorded = appendWithin(m_database, received); !recorded)
            return recorded.error();
        return result;
    });
}

Result<QList<StoredWarning>> WarningStore::messages(const QDateTime &knownAt) const
{
    auto select = m_database.prepare(QStringLiteral(
        "SELECT id, xml, received_at, source FROM lookout_cap_messages "
        "WHERE CAST(?1 AS TEXT) IS NULL OR received_at <= ?1 ORDER BY received_at, id"));
    if (!select)
        return select.error();
    select->bind(1, knownAt);
    QList<StoredWarning> result;
    while (true) {
        auto row = select->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        StoredWarning stored;
        stored.id = select->integer(0);
        stored.xml = select->blob(1);
        stored.receivedAt = select->time(2);
        stored.source = select->text(3);
        auto alert = feeds::parseCapAlert(stored.xml, QStringLiteral("workspace message %1").arg(stored.id));
        if (!alert)
            return Error(alert.error()).withContext(QStringLiteral("a kept warning no longer reads (workspace corrupted?)"));
        stored.alert = std::move(alert).value();
        result.append(std::move(stored));
    }
    return result;
}

qint64 WarningStore::count() const
{
    auto statement = m_database.prepare(QStringLiteral("SELECT count(*) FROM lookout_cap_messages"));
    if (!statement)
        return -1;
    auto row = statement->step();
    return row && *row ? statement->integer(0) : -1;
}

Result<void> WarningStore::acknowledge(const WarningAcknowledgement &ack)
{
    if (ack.acknowledgedBy.trimmed().isEmpty() || !ack.acknowledgedAt.isValid())
        return makeError(Error::Code::InvalidArgument, QStringLiteral("an acknowledgement needs who and when"));
    auto known = m_database.prepare(QStringLiteral("SELECT 1 FROM lookout_cap_messages WHERE sender = ?1 AND identifier = ?2"));
    if (!known)
        return known.error();
    known->bind(1, ack.sender).bind(2, ack.identifier);
    auto found = known->step();
    if (!found)
        return found.error();
    if (!*found)
        return makeError(Error::Code::NotFound, QStringLiteral("no such warning to acknowledge"), {ack.sender, ack.identifier});
    // On a shared server the acknowledgement is by the role that logged in (its policy checks).
    QString by = ack.acknowledgedBy;
    if (m_database.kind() == Database::Kind::Postgres) {
        auto who = m_database.prepare(QStringLiteral("SELECT session_user"));
        if (!who)
            return who.error();
        if (auto row = who->step(); !row || !*row)
            return row ? makeError(Error::Code::Internal, QStringLiteral("no session user")) : row.error();
        by = who->text(0);
    }
    auto insert = m_database.prepare(QStringLiteral(
        "INSERT INTO lookout_warning_acks (sender, identifier, acknowledged_by, seat, acknowledged_at, note) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!insert)
        return insert.error();
    insert->bind(1, ack.sender).bind(2, ack.identifier).bind(3, by).bind(4, ack.seat)
        .bind(5, ack.acknowledgedAt).bind(6, ack.note);
    return m_database.transaction([&]() -> Result<void> {
        if (auto done = insert->run(); !done)
            return done;
        const JournalDraft draft{ack.acknowledgedAt, by, ack.seat.isEmpty() ? QStringLiteral("unknown-seat") : ack.seat,
                                 kWarningAcknowledgedKind,
                                 QJsonObject{{QStringLiteral("sender"), ack.sender}, {QStringLiteral("identifier"), ack.identifier},
                                             {QStringLiteral("note"), ack.note}},
                                 0};
        if (auto recorded = appendWithin(m_database, {draft}); !recorded)
            return recorded.error();
        return {};
    });
}

Result<QList<WarningAcknowledgement>> WarningStore::acknowledgements(const QDateTime &knownAt) const
{
    auto select = m_database.prepare(QStringLiteral(
        "SELECT sender, identifier, acknowledged_by, seat, acknowledged_at, note FROM lookout_warning_acks "
        "WHERE CAST(?1 AS TEXT) IS NULL OR acknowledged_at <= ?1 ORDER BY acknowledged_at, id"));
    if (!select)
        return select.error();
    select->bind(1, knownAt);
    QList<WarningAcknowledgement> result;
    while (true) {
        auto row = select->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        result.append(WarningAcknowledgement{select->text(0), select->text(1), select->text(2), select->text(3),
                                             select->time(4), select->text(5)});
    }
    return result;
}

} // namespace lookout::store

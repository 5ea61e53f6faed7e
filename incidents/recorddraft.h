// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "incidents/incident.h"
#include "store/journal.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

// What every book of the record writes and reads the same way: a draft from an actor, and times
// as ISO 8601 UTC with milliseconds.
namespace lookout::incidents {

inline store::JournalDraft draftOf(const Actor &actor, const QString &kind, const QJsonObject &payload, qint64 corrects = 0)
{
    return store::JournalDraft{actor.at, actor.user, actor.seat, kind, payload, corrects};
}

inline QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime timeFromIso(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace lookout::incidents

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/division.h"
#include "core/geo.h"
#include "core/result.h"
#include "incidents/incidentbook.h"
#include "store/journal.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace lookout::incidents {

namespace kinds {
inline const QString kResourceRequested = QStringLiteral("request.made");
inline const QString kRequestCancelled = QStringLiteral("request.cancelled");
} // namespace kinds

// A request for resources entered on the desk, in the terms of OASIS EDXL-RM's RequestResource:
// the resource type (a kind of need: "rescue-team", "sandbags", "shelter-places", …), the quantity,
// where it is needed (a division, and the point it is to reach) and when (RequestedArrival).
struct ResourceRequest {
    int number = 0;  // 1, 2, … in record order: "request-1"
    qint64 sequence = 0;
    QString incident;
    QString kind;
    qint64 quantity = 0;
    AreaRef area;
    GeoPoint position;
    QDateTime neededBy;  // invalid: as soon as possible, no deadline
    QString note;
    QDateTime requestedAt;
    QString requestedBy;
    QDateTime cancelledAt;
    QString cancelledBy;

    QString id() const { return QStringLiteral("request-%1").arg(number); }
    bool isOpen() const { return !cancelledAt.isValid(); }
};

// The desk's requests as the record says they are: made, and perhaps cancelled. What meets them is
// the dispatches naming them (InventoryBook). Same contract as the other books.
class RequestBook {
public:
    void apply(const store::JournalEntry &entry);
    const QList<ResourceRequest> &requests() const { return m_requests; }
    const ResourceRequest *request(int number) const;

    // A request for an incident the record knows and has not closed: a kind, a quantity of 1 or
    // more, a place, perhaps a time it is needed by (not before the request).
    Result<store::JournalDraft> make(const IncidentBook &incidents, const ResourceRequest &request, const Actor &actor) const;
    Result<store::JournalDraft> cancel(int number, const QString &reason, const Actor &actor) const;

private:
    QList<ResourceRequest> m_requests;
};

} // namespace lookout::incidents

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "incidents/requestbook.h"

#include "incidents/incidentbook.h"
#include "incidents/recorddraft.h"

#include <QJsonArray>

namespace lookout::incidents {

const ResourceRequest *RequestBook::request(int number) const
{
    return number >= 1 && number <= m_requests.size() ? &m_requests[number - 1] : nullptr;
}

void RequestBook::apply(const store::JournalEntry &entry)
{
    if (!entry.kind.startsWith(QLatin1String("request.")))
        return;
    const QJsonObject payload = entry.payloadObject();
    if (entry.kind == kinds::kResourceRequested) {
        ResourceRequest request;
        request.number = int(m_requests.size()) + 1;
        request.sequence = entry.sequence;
        request.incident = payload.value(QStringLiteral("incident")).toString();
        request.kind = payload.value(QStringLiteral("kind")).toString();
        request.quantity = payload.value(QStringLiteral("quantity")).toInteger();
        request.area = areaFromJson(payload.value(QStringLiteral("area")));
        const QJsonArray position = payload.value(QStringLiteral("position")).toArray();
        request.position = GeoPoint{position.at(0).toDouble(), position.at(1).toDouble()};
        request.neededBy = timeFromIso(payload.value(QStringLiteral("neededBy")));
        request.note = payload.value(QStringLiteral("note")).toString();
        request.requestedAt = entry.at();
        request.requestedBy = entry.user;
        m_requests.append(request);
        return;
    }
    if (entry.kind != kinds::kRequestCancelled)
        return;
    const int number = payload.value(QStringLiteral("request")).toInt();
    if (number < 1 || number > m_requests.size() || !m_requests[number - 1].isOpen())
        return;
    m_requests[number - 1].cancelledAt = entry.at();
    m_requests[number - 1].cancelledBy = entry.user;
}

Result<store::JournalDraft> RequestBook::make(const IncidentBook &incidents, const ResourceRequest &request, const Actor &actor) const
{
    const Incident *incident = incidents.find(request.incident);
    if (!incident)
        return makeError(Error::Code::NotFound, QStringLiteral("no such incident"), {request.incident});
    if (incident->state == IncidentState::Closed)
        return makeError(Error::Code::InvalidArgument, QStringLiteral("the incident is closed"), {request.incident});
    auto invalid = [](const QString &message, const QString &field) { return makeError(Error::Code::InvalidArgument, message, {field}); };
    if (request.kind.trimmed().isEmpty())
        return invalid(QStringLiteral("a request names the kind of resource it needs"), QStringLiteral("kind"));
    if (request.quantity <= 0)
        return invalid(QStringLiteral("a request asks for 1 or more"), QStringLiteral("quantity"));
    if (!request.position.isValid() || request.position == GeoPoint{})
        return invalid(QStringLiteral("a request names where it is needed"), QStringLiteral("where"));
    if (request.neededBy.isValid() && request.neededBy < actor.at)
        return invalid(QStringLiteral("needed by a time already past"), QStringLiteral("needed by"));
    QJsonObject payload{{QStringLiteral("incident"), request.incident},
                        {QStringLiteral("kind"), request.kind.trimmed()},
                        {QStringLiteral("quantity"), request.quantity},
                        {QStringLiteral("area"), areaToJson(request.area)},
                        {QStringLiteral("position"), QJsonArray{request.position.lon, request.position.lat}},
                        {QStringLiteral("note"), request.note.trimmed()},
                        {QStringLiteral("text"), QStringLiteral("request %1 x %2 at %3").arg(request.kind.trimmed()).arg(request.quantity).arg(request.area.display())}};
    if (request.neededBy.isValid())
        payload.insert(QStringLiteral("neededBy"), isoTime(request.neededBy));
    return draftOf(actor, kinds::kResourceRequested, payload);
}

Result<store::JournalDraft> RequestBook::cancel(int number, const QString &reason, const Actor &actor) const
{
    const ResourceRequest *request = this->request(number);
    if (!request)
        return makeError(Error::Code::NotFound, QStringLiteral("no such request"), {QStringLiteral("request-%1").arg(number)});
    if (!request->isOpen())
        return makeError(Error::Code::InvalidArgument, QStringLiteral("cancelled already"), {request->id()});
    return draftOf(actor, kinds::kRequestCancelled, {{QStringLiteral("request"), number}, {QStringLiteral("incident"), request->incident},
                                                      {QStringLiteral("reason"), reason.trimmed()},
                                                      {QStringLiteral("text"), QStringLiteral("request %1 cancelled: %2").arg(number).arg(reason.trimmed())}});
}

} // namespace lookout::incidents

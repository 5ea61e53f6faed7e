// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "resourcedesk.h"

#include <QCoreApplication>

namespace lookout::qml {

namespace {

QString readOnly()
{
    return QCoreApplication::translate("ResourceDesk", "A replay: the record is read-only.");
}

} // namespace

ResourceDesk::ResourceDesk(QObject *parent)
    : QObject(parent),
      m_items({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("kindText"), QStringLiteral("status"),
               QStringLiteral("statusText"), QStringLiteral("statusColor"), QStringLiteral("area"), QStringLiteral("areaCode"), QStringLiteral("detail"),
               QStringLiteral("exercise"), QStringLiteral("since"), QStringLiteral("statuses"), QStringLiteral("stockItems")}),
      m_kinds({QStringLiteral("kind"), QStringLiteral("kindText"), QStringLiteral("available"), QStringLiteral("committed"), QStringLiteral("needed"),
               QStringLiteral("shortfall")}),
      m_needs({QStringLiteral("id"), QStringLiteral("needText"), QStringLiteral("incident"), QStringLiteral("kind"), QStringLiteral("quantity"), QStringLiteral("dispatched"),
               QStringLiteral("area"), QStringLiteral("neededBy"), QStringLiteral("origin"), QStringLiteral("request")}),
      m_proposals({QStringLiteral("need"), QStringLiteral("needText"), QStringLiteral("incident"), QStringLiteral("resource"), QStringLiteral("resourceName"),
                   QStringLiteral("quantity"), QStringLiteral("minutes"), QStringLiteral("kind")}),
      m_gaps({QStringLiteral("need"), QStringLiteral("needText"), QStringLiteral("kind"), QStringLiteral("needed"), QStringLiteral("covered"), QStringLiteral("shortfall"),
              QStringLiteral("reason")}),
      m_dispatches({QStringLiteral("number"), QStringLiteral("resource"), QStringLiteral("need"), QStringLiteral("needText"), QStringLiteral("quantity"), QStringLiteral("eta"),
                    QStringLiteral("stateText"), QStringLiteral("late"), QStringLiteral("arrived")})
{
}

void ResourceDesk::setSummary(const Summary &summary)
{
    m_summary = summary;
    emit changed();
}

void ResourceDesk::setInventory(QList<QVariantMap> items)
{
    m_allItems = std::move(items);
    applyFilter();
    emit changed();
}

void ResourceDesk::setMatching(QList<QVariantMap> kinds, QList<QVariantMap> needs, QList<QVariantMap> proposals, QList<QVariantMap> gaps,
                               QList<QVariantMap> dispatches)
{
    m_kinds.setRows(std::move(kinds));
    m_needs.setRows(std::move(needs));
    m_proposals.setRows(std::move(proposals));
    m_gaps.setRows(std::move(gaps));
    m_dispatches.setRows(std::move(dispatches));
}

void ResourceDesk::setFilter(const QString &kind, const QString &status, const QString &area)
{
    m_kindFilter = kind;
    m_statusFilter = status;
    m_areaFilter = area.trimmed();
    applyFilter();
    emit changed();
}

void ResourceDesk::applyFilter()
{
    QList<QVariantMap> shown;
    for (const QVariantMap &item : m_allItems) {
        if (!m_kindFilter.isEmpty() && item.value(QStringLiteral("kind")).toString() != m_kindFilter)
            continue;
        if (!m_statusFilter.isEmpty() && item.value(QStringLiteral("status")).toString() != m_statusFilter)
            continue;
        if (!m_areaFilter.isEmpty() && !item.value(QStringLiteral("areaCode")).toString().startsWith(m_areaFilter)
            && !item.value(QStringLiteral("area")).toString().contains(m_areaFilter))
            continue;
        shown.append(item);
    }
    m_items.setRows(std::move(shown));
}

void ResourceDesk::setActions(Actions actions)
{
    m_actions = std::move(actions);
    emit changed();
}

QString ResourceDesk::setStatus(const QString &id, const QString &status, const QString &note)
{
    if (!m_actions.setStatus)
        return readOnly();
    return m_actions.setStatus(id, status, note);
}

QString ResourceDesk::setStock(const QString &id, const QString &item, const QString &quantity, const QString &unit)
{
    bool ok = false;
    const double value = quantity.trimmed().toDouble(&ok);
    if (item.trimmed().isEmpty() || !ok || value < 0)
        return QCoreApplication::translate("ResourceDesk", "Give the item and a quantity of 0 or more.");
    if (!m_actions.setStock)
        return readOnly();
    return m_actions.setStock(id, item.trimmed(), value, unit.trimmed());
}

QString ResourceDesk::confirm(int proposal)
{
    if (proposal < 0 || proposal >= m_proposals.rowCount())
        return QCoreApplication::translate("ResourceDesk", "That proposal is no longer in the matching.");
    if (!m_actions.confirm)
        return readOnly();
    return m_actions.confirm(m_proposals.get(proposal));
}

QString ResourceDesk::request(const QString &incident, const QString &kind, const QString &quantity, const QString &where,
                              const QString &withinHours, const QString &note)
{
    bool ok = false;
    const qint64 count = quantity.trimmed().toLongLong(&ok);
    if (incident.isEmpty())
        return QCoreApplication::translate("ResourceDesk", "Select the incident on the Incidents page first.");
    if (kind.trimmed().isEmpty() || !ok || count <= 0 || where.trimmed().isEmpty())
        return QCoreApplication::translate("ResourceDesk", "A request names a kind, a quantity of 1 or more and where it is needed.");
    double hours = 0;
    if (!withinHours.trimmed().isEmpty()) {
        hours = withinHours.trimmed().toDouble(&ok);
        if (!ok || hours <= 0)
            return QCoreApplication::translate("ResourceDesk", "\"Needed within\" is a number of hours (or empty: no deadline).");
    }
    if (!m_actions.request)
        return readOnly();
    return m_actions.request(incident, kind.trimmed(), count, where.trimmed(), hours, note.trimmed());
}

QString ResourceDesk::cancelRequest(int request, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return QCoreApplication::translate("ResourceDesk", "Say why the request is cancelled.");
    if (!m_actions.cancelRequest)
        return readOnly();
    return m_actions.cancelRequest(request, reason.trimmed());
}

QString ResourceDesk::arrived(int dispatch)
{
    if (!m_actions.arrived)
        return readOnly();
    return m_actions.arrived(dispatch);
}

QString ResourceDesk::release(int dispatch)
{
    if (!m_actions.release)
        return readOnly();
    return m_actions.release(dispatch);
}

QString resourceKindText(incidents::ResourceKind kind)
{
    switch (kind) {
    case incidents::ResourceKind::Team: return QCoreApplication::translate("ResourceDesk", "Team");
    case incidents::ResourceKind::Depot: return QCoreApplication::translate("ResourceDesk", "Depot");
    case incidents::ResourceKind::Shelter: return QCoreApplication::translate("ResourceDesk", "Shelter");
    case incidents::ResourceKind::Equipment: return QCoreApplication::translate("ResourceDesk", "Equipment");
    }
    return {};
}

QString resourceStatusText(incidents::ResourceStatus status)
{
    switch (status) {
    case incidents::ResourceStatus::Available: return QCoreApplication::translate("ResourceDesk", "available");
    case incidents::ResourceStatus::Assigned: return QCoreApplication::translate("ResourceDesk", "assigned");
    case incidents::ResourceStatus::Resting: return QCoreApplication::translate("ResourceDesk", "resting");
    case incidents::ResourceStatus::Unavailable: return QCoreApplication::translate("ResourceDesk", "unavailable");
    case incidents::ResourceStatus::Open: return QCoreApplication::translate("ResourceDesk", "open");
    case incidents::ResourceStatus::Closed: return QCoreApplication::translate("ResourceDesk", "closed");
    case incidents::ResourceStatus::Full: return QCoreApplication::translate("ResourceDesk", "full");
    }
    return {};
}

QString needKindText(const QString &kind)
{
    if (kind == QLatin1String("rescue-team"))
        return QCoreApplication::translate("ResourceDesk", "rescue teams");
    if (kind == QLatin1String("shelter-places"))
        return QCoreApplication::translate("ResourceDesk", "shelter places");
    if (kind == QLatin1String("sandbags"))
        return QCoreApplication::translate("ResourceDesk", "sandbags");
    if (kind == QLatin1String("pumps"))
        return QCoreApplication::translate("ResourceDesk", "pumps");
    if (kind == QLatin1String("boats"))
        return QCoreApplication::translate("ResourceDesk", "boats");
    if (kind == QLatin1String("life-jackets"))
        return QCoreApplication::translate("ResourceDesk", "life jackets");
    return kind;
}

QString inventoryDetail(const incidents::InventoryItem &item)
{
    switch (item.kind) {
    case incidents::ResourceKind::Team:
        return QCoreApplication::translate("ResourceDesk", "%n people", nullptr, item.people)
               + (item.specialties.isEmpty() ? QString() : QString(QStringLiteral(", ") + item.specialties.join(QStringLiteral("/"))));
    case incidents::ResourceKind::Depot: {
        QStringList stock;
        for (const incidents::StockLine &line : item.stock)
            stock.append(QStringLiteral("%1 %2 %3").arg(needKindText(line.item)).arg(line.quantity).arg(line.unit).trimmed());
        return stock.join(QStringLiteral(", "));
    }
    case incidents::ResourceKind::Shelter:
        return QCoreApplication::translate("ResourceDesk", "%1/%2 places (day/night), %3 in").arg(item.capacityDay).arg(item.capacityNight).arg(item.occupancy);
    case incidents::ResourceKind::Equipment: return QStringLiteral("%1 × %2").arg(item.quantity).arg(needKindText(item.equipmentType));
    }
    return {};
}

} // namespace lookout::qml

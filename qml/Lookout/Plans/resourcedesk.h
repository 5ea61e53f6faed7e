// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "incidents/inventorybook.h"
#include "rowlistmodel.h"

#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace lookout::qml {

// Resources as the desk and the wall show them, from the situation's resources part and the
// record's inventory:
// - items (id, name, kind, kindText, status, statusText, statusColor, area, detail, exercise,
//   since, stockItems): the inventory as known at T, filtered by kind, status and area;
// - kinds (kind, available, committed, needed, shortfall): the balance per kind of need;
// - needs (id, incident, kind, quantity, dispatched, area, neededBy, origin, request);
// - proposals (need, incident, resource, resourceName, quantity, minutes): the optimal matching,
//   each confirmed by the commander into a dispatch;
// - gaps (need, kind, needed, covered, shortfall, reason);
// - dispatches (number, resource, need, quantity, eta, stateText, late, arrived).
// Filled by the scenario presenter; the actions are the composition's. GUI thread.
class ResourceDesk : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("filled by the scenario")
    Q_PROPERTY(lookout::qml::RowListModel *items READ items CONSTANT FINAL)
    Q_PROPERTY(lookout::qml::RowListModel *kinds READ kinds CONSTANT FINAL)
    Q_PROPERTY(lookout::qml::RowListModel *needs READ needs CONSTANT FINAL)
    Q_PROPERTY(lookout::qml::RowListModel *proposals READ proposals CONSTANT FINAL)
    Q_PROPERTY(lookout::qml::RowListModel *gaps READ gaps CONSTANT FINAL)
    Q_PROPERTY(lookout::qml::RowListModel *dispatches READ dispatches CONSTANT FINAL)
    Q_PROPERTY(QString travel READ travel NOTIFY changed FINAL)
    Q_PROPERTY(bool estimate READ estimate NOTIFY changed FINAL)
    Q_PROPERTY(QString summary READ summary NOTIFY changed FINAL)
    Q_PROPERTY(int shortfall READ shortfall NOTIFY changed FINAL)
    Q_PROPERTY(QString age READ age NOTIFY changed FINAL)
    Q_PROPERTY(QVariantList focus READ focus NOTIFY changed FINAL)
    Q_PROPERTY(int inventoryCount READ inventoryCount NOTIFY changed FINAL)
    Q_PROPERTY(int exerciseItems READ exerciseItems NOTIFY changed FINAL)
    Q_PROPERTY(bool canAct READ canAct NOTIFY changed FINAL)
    Q_PROPERTY(QString kindFilter READ kindFilter NOTIFY changed FINAL)
    Q_PROPERTY(QString statusFilter READ statusFilter NOTIFY changed FINAL)
    Q_PROPERTY(QString areaFilter READ areaFilter NOTIFY changed FINAL)

public:
    explicit ResourceDesk(QObject *parent = nullptr);

    RowListModel *items() { return &m_items; }
    RowListModel *kinds() { return &m_kinds; }
    RowListModel *needs() { return &m_needs; }
    RowListModel *proposals() { return &m_proposals; }
    RowListModel *gaps() { return &m_gaps; }
    RowListModel *dispatches() { return &m_dispatches; }
    QString travel() const { return m_summary.travel; }
    bool estimate() const { return m_summary.estimate; }
    QString summary() const { return m_summary.text; }
    int shortfall() const { return m_summary.shortfall; }
    QString age() const { return m_summary.age; }
    QVariantList focus() const { return m_summary.focus; }
    int inventoryCount() const { return int(m_allItems.size()); }
    int exerciseItems() const { return m_summary.exerciseItems; }
    bool canAct() const { return bool(m_actions.setStatus); }
    QString kindFilter() const { return m_kindFilter; }
    QString statusFilter() const { return m_statusFilter; }
    QString areaFilter() const { return m_areaFilter; }

    struct Summary {
        QString travel;
        bool estimate = true;
        QString text;
        int shortfall = 0;
        int exerciseItems = 0;
        QString age;  // "changed 3 h 25 min ago": the inventory's last change, its data age
        QVariantList focus;  // [lon, lat, span km]: where the needs, proposals and dispatches are; empty: none
    };
    void setSummary(const Summary &summary);
    // Every item; the list shows those the filters let through.
    void setInventory(QList<QVariantMap> items);
    void setMatching(QList<QVariantMap> kinds, QList<QVariantMap> needs, QList<QVariantMap> proposals, QList<QVariantMap> gaps,
                     QList<QVariantMap> dispatches);

    // Empty words show everything; the area matches a code prefix or part of a name.
    Q_INVOKABLE void setFilter(const QString &kind, const QString &status, const QString &area);

    // What the desk may do; each returns an error text or "" (done or queued). Unset on a replay.
    struct Actions {
        std::function<QString(const QString &id, const QString &status, const QString &note)> setStatus;
        std::function<QString(const QString &id, const QString &item, double quantity, const QString &unit)> setStock;
        std::function<QString(const QVariantMap &proposal)> confirm;
        std::function<QString(const QString &incident, const QString &kind, qint64 quantity, const QString &where, double withinHours,
                              const QString &note)>
            request;
        std::function<QString(int request, const QString &reason)> cancelRequest;
        std::function<QString(int dispatch)> arrived;
        std::function<QString(int dispatch)> release;
    };
    void setActions(Actions actions);

    Q_INVOKABLE QString setStatus(const QString &id, const QString &status, const QString &note);
    Q_INVOKABLE QString setStock(const QString &id, const QString &item, const QString &quantity, const QString &unit);
    // Confirms the proposal of that row of `proposals` into a dispatch order.
    Q_INVOKABLE QString confirm(int proposal);
    Q_INVOKABLE QString request(const QString &incident, const QString &kind, const QString &quantity, const QString &where,
                                const QString &withinHours, const QString &note);
    Q_INVOKABLE QString cancelRequest(int request, const QString &reason);
    Q_INVOKABLE QString arrived(int dispatch);
    Q_INVOKABLE QString release(int dispatch);

signals:
    void changed();

private:
    void applyFilter();

    RowListModel m_items;
    RowListModel m_kinds;
    RowListModel m_needs;
    RowListModel m_proposals;
    RowListModel m_gaps;
    RowListModel m_dispatches;
    QList<QVariantMap> m_allItems;
    Summary m_summary;
    Actions m_actions;
    QString m_kindFilter;
    QString m_statusFilter;
    QString m_areaFilter;
};

// The words the views use for the inventory: a kind ("Team"), a status ("available"), a kind of
// need ("rescue teams", "shelter places"; other kinds as written), and an item's detail (people and
// specialties, stock, places and occupancy, quantity and type).
QString resourceKindText(incidents::ResourceKind kind);
QString resourceStatusText(incidents::ResourceStatus status);
QString needKindText(const QString &kind);
QString inventoryDetail(const incidents::InventoryItem &item);

} // namespace lookout::qml

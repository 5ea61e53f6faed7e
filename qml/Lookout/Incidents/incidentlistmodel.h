// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "incidents/incident.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QtQml/qqmlregistration.h>

namespace lookout::qml {

// The desk's incident list as the record says at the scenario clock: active ones first, newest
// first within each group. One row per incident, typed roles (the hazard, state and level as
// the library's enumerations, and their words in the interface language). GUI thread only.
class IncidentListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("filled by the incident desk")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged FINAL)

public:
    enum Role {
        IncidentIdRole = Qt::UserRole + 1,
        TitleRole,
        ExerciseRole,
        HazardRole,      // incidents::Hazard
        HazardTextRole,
        StateRole,       // incidents::IncidentState
        StateTextRole,
        ActiveRole,
        LevelRole,       // incidents::ResponseLevel (4 = Ⅳ … 1 = Ⅰ, 0 none)
        LevelTextRole,
        LevelColorRole,
        DistrictsRole,
        OpenedRole,
        RunningRole,
        LevelSinceRole,
        AnomaliesRole,
    };
    Q_ENUM(Role)

    explicit IncidentListModel(QObject *parent = nullptr) : QAbstractListModel(parent) {}

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_incidents.size()); }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The incidents of the record, ordered for the desk, and the time their durations run to.
    void setIncidents(QList<incidents::Incident> incidents, const QDateTime &at);
    const QList<incidents::Incident> &incidents() const { return m_incidents; }
    // The row of an incident, -1 when it is not listed.
    Q_INVOKABLE int rowOf(const QString &id) const;
    // A row's roles by name (the desk's selected incident); empty for no such row.
    Q_INVOKABLE QVariantMap get(int row) const;

signals:
    void countChanged();

private:
    QList<incidents::Incident> m_incidents;
    QDateTime m_at;
};

} // namespace lookout::qml

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "incidentlistmodel.h"

#include "core/timeformat.h"
#include "incidentdesk.h"
#include "situation/mapstyles.h"

#include <algorithm>

namespace lookout::qml {

void IncidentListModel::setIncidents(QList<incidents::Incident> incidents, const QDateTime &at)
{
    std::stable_sort(incidents.begin(), incidents.end(), [](const incidents::Incident &a, const incidents::Incident &b) {
        if (a.isActive() != b.isActive())
            return a.isActive();
        return a.openedAt > b.openedAt;
    });
    const bool countChanges = incidents.size() != m_incidents.size();
    beginResetModel();
    m_incidents = std::move(incidents);
    m_at = at;
    endResetModel();
    if (countChanges)
        emit countChanged();
}

int IncidentListModel::rowOf(const QString &id) const
{
    for (qsizetype row = 0; row < m_incidents.size(); ++row)
        if (m_incidents.at(row).id == id)
            return int(row);
    return -1;
}

QVariantMap IncidentListModel::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= rowCount())
        return map;
    const QHash<int, QByteArray> roles = roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return map;
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const incidents::Incident &incident = m_incidents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return incident.title;
    case IncidentIdRole: return incident.id;
    case ExerciseRole: return incident.exercise;
    case HazardRole: return QVariant::fromValue(incident.hazard);
    case HazardTextRole: return hazardText(incident.hazard);
    case StateRole: return QVariant::fromValue(incident.state);
    case StateTextRole: return incidentStateText(incident.state);
    case ActiveRole: return incident.isActive();
    case LevelRole: return incident.level;
    case LevelTextRole: return responseLevelText(incident.level);
    case LevelColorRole: return situation::responseLevelColor(incidents::ResponseLevel(incident.level));
    case DistrictsRole: return incidents::areaNames(incident.areas).join(QStringLiteral("、"));
    case OpenedRole: return formatLocal(incident.openedAt);
    case RunningRole: {
        const QDateTime since = incident.responseStartedAt.isValid() && incident.state == incidents::IncidentState::Response
                                    ? incident.responseStartedAt
                                    : incident.openedAt;
        return formatAge(since.secsTo(m_at));
    }
    case LevelSinceRole: return incident.levelSince.isValid() ? formatLocal(incident.levelSince) : QString();
    case AnomaliesRole: return int(incident.anomalies.size());
    default: return {};
    }
}

QHash<int, QByteArray> IncidentListModel::roleNames() const
{
    return {{IncidentIdRole, "incidentId"}, {TitleRole, "title"},         {ExerciseRole, "exercise"},   {HazardRole, "hazard"},
            {HazardTextRole, "hazardText"}, {StateRole, "incidentState"}, {StateTextRole, "stateText"}, {ActiveRole, "active"},
            {LevelRole, "level"},           {LevelTextRole, "levelText"}, {LevelColorRole, "levelColor"}, {DistrictsRole, "districts"},
            {OpenedRole, "opened"},         {RunningRole, "running"},     {LevelSinceRole, "levelSince"}, {AnomaliesRole, "anomalies"}};
}

} // namespace lookout::qml

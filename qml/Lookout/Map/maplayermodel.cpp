// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "maplayermodel.h"

#include "core/timeformat.h"

namespace lookout::qml {

MapLayerModel::MapLayerModel(QObject *parent) : QAbstractListModel(parent), m_referenceTime(QDateTime::currentDateTimeUtc())
{
}

void MapLayerModel::appendLayer(std::shared_ptr<const gis::MapLayer> layer, MapLayerInfo info)
{
    beginInsertRows({}, 0, 0);
    m_entries.insert(m_entries.begin(), Entry{std::move(layer), std::move(info), true});
    endInsertRows();
    emit countChanged();
    emit layersChanged();
}

void MapLayerModel::removeLayersWithRoles(const QStringList &roles)
{
    bool removed = false;
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (!roles.contains(m_entries[std::size_t(row)].info.role))
            continue;
        beginRemoveRows({}, row, row);
        m_entries.erase(m_entries.begin() + row);
        endRemoveRows();
        removed = true;
    }
    if (removed) {
        emit countChanged();
        emit layersChanged();
    }
}

QList<std::shared_ptr<const gis::MapLayer>> MapLayerModel::visibleLayers() const
{
    QList<std::shared_ptr<const gis::MapLayer>> layers;
    for (auto entry = m_entries.rbegin(); entry != m_entries.rend(); ++entry)
        if (entry->visible)
            layers.append(entry->layer);
    return layers;
}

void MapLayerModel::keepUnchanged(const QList<std::shared_ptr<const gis::MapLayer>> &previous)
{
    for (Entry &entry : m_entries)
        for (const auto &old : previous)
            if (old != entry.layer && old->sameContentAs(*entry.layer)) {
                entry.layer = old;
                break;
            }
}

int MapLayerModel::stableLayerCount() const
{
    static const QStringList workspaceRoles{QStringLiteral("region"), QStringLiteral("context"), QStringLiteral("reference"),
                                            QStringLiteral("focus")};
    int count = 0;
    for (auto entry = m_entries.rbegin(); entry != m_entries.rend(); ++entry) {
        if (!entry->visible)
            continue;
        if (!workspaceRoles.contains(entry->info.role))
            break;
        ++count;
    }
    return count;
}

QList<std::shared_ptr<const gis::MapLayer>> MapLayerModel::layersWithRole(const QString &role) const
{
    QList<std::shared_ptr<const gis::MapLayer>> layers;
    for (const Entry &entry : m_entries)
        if (entry.info.role == role)
            layers.append(entry.layer);
    return layers;
}

void MapLayerModel::setReferenceTime(const QDateTime &time)
{
    if (time == m_referenceTime)
        return;
    m_referenceTime = time;
    emit referenceTimeChanged();
    if (!m_entries.empty())
        emit dataChanged(index(0), index(int(m_entries.size()) - 1), {DataAgeRole, DataAgeTextRole, ImportAgeRole});
}

int MapLayerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant MapLayerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries[std::size_t(index.row())];
    const MapLayerInfo &info = entry.info;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return info.title;
    case LayerIdRole: return entry.layer->id();
    case LayerRoleRole: return info.role;
    case SourceFileRole: return info.sourceFile;
    case SourceNoteRole: return info.sourceNote;
    case SourceCrsRole: return info.sourceCrs;
    case FeatureCountRole: return info.featureCount;
    case DataDateRole: return info.dataDate.isValid() ? info.dataDate.toString(QStringLiteral("yyyy-MM-dd")) : QString();
    case DataAgeRole:
        return info.dataDate.isValid() ? formatAge(info.dataDate.secsTo(m_referenceTime)) : tr("unknown");
    case DataAgeTextRole:
        if (!info.dataDate.isValid())
            return tr("age unknown");
        return info.dataDate > m_referenceTime ? tr("dated after this time")
                                               : tr("%1 old").arg(formatAge(info.dataDate.secsTo(m_referenceTime)));
    case ImportedAtRole: return info.importedAt.isValid() ? formatLocal(info.importedAt) : QString();
    case ImportAgeRole:
        return info.importedAt.isValid() ? formatAge(info.importedAt.secsTo(m_referenceTime)) : tr("unknown");
    case Qt::CheckStateRole: return entry.visible ? Qt::Checked : Qt::Unchecked;
    case VisibleRole: return entry.visible;
    default: return {};
    }
}

bool MapLayerModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (role != VisibleRole && role != Qt::CheckStateRole)
        return false;
    const bool visible = role == VisibleRole ? value.toBool() : value.toInt() == Qt::Checked;
    Entry &entry = m_entries[std::size_t(index.row())];
    if (entry.visible == visible)
        return true;
    entry.visible = visible;
    emit dataChanged(index, index, {VisibleRole, Qt::CheckStateRole});
    emit layersChanged();
    return true;
}

Qt::ItemFlags MapLayerModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return QAbstractListModel::flags(index);
    return QAbstractListModel::flags(index) | Qt::ItemIsUserCheckable;
}

QHash<int, QByteArray> MapLayerModel::roleNames() const
{
    return {
        {TitleRole, "title"},
        {LayerIdRole, "layerId"},
        {LayerRoleRole, "layerRole"},
        {SourceFileRole, "sourceFile"},
        {SourceNoteRole, "sourceNote"},
        {SourceCrsRole, "sourceCrs"},
        {FeatureCountRole, "featureCount"},
        {DataDateRole, "dataDate"},
        {DataAgeRole, "dataAge"},
        {DataAgeTextRole, "dataAgeText"},
        {ImportedAtRole, "importedAt"},
        {ImportAgeRole, "importAge"},
        {VisibleRole, "layerVisible"},
    };
}

void MapLayerModel::setLayerVisible(int row, bool visible)
{
    setData(index(row), visible, VisibleRole);
}

} // namespace lookout::qml

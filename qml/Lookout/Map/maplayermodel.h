// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "gis/maplayer.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <vector>

namespace lookout::qml {

// Where a layer came from and how current it is, as the sources panel and layer list show it.
struct MapLayerInfo {
    QString title;
    QString role;
    QString sourceFile;
    QString sourceNote;
    QString sourceCrs;
    qint64 featureCount = 0;
    QDateTime dataDate;
    QDateTime importedAt;
};

// The layers of the one map with their provenance and visibility: the model behind the layer
// list and the sources panel, and what MapCanvas draws. Rows are top layer first, as layer
// panels read; appendLayer() adds a layer on top.
// GUI thread only. Ages are computed against referenceTime (the scenario clock's now), which
// the owner advances; a change re-evaluates the age roles.
class MapLayerModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("built by the application from the workspace")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged FINAL)
    Q_PROPERTY(QDateTime referenceTime READ referenceTime WRITE setReferenceTime NOTIFY referenceTimeChanged FINAL)

public:
    enum Role {
        TitleRole = Qt::UserRole + 1,
        LayerIdRole,
        LayerRoleRole,
        SourceFileRole,
        SourceNoteRole,
        SourceCrsRole,
        FeatureCountRole,
        DataDateRole,      // "2021-08-16"
        DataAgeRole,       // "5.3 y", against referenceTime
        DataAgeTextRole,   // "5.3 y old", or "dated after this time" in a replay
        ImportedAtRole,    // local time text
        ImportAgeRole,
        VisibleRole,
    };
    Q_ENUM(Role)

    explicit MapLayerModel(QObject *parent = nullptr);

    void appendLayer(std::shared_ptr<const gis::MapLayer> layer, MapLayerInfo info);
    // Removes the layers whose role is one of `roles` (a scenario reload replaces its layers).
    void removeLayersWithRoles(const QStringList &roles);
    // The visible layers in draw order (bottom first), for a render.
    QList<std::shared_ptr<const gis::MapLayer>> visibleLayers() const;
    // How many of visibleLayers(), from the bottom, are the workspace's own boundaries (roles
    // region, context, reference, focus): they change rarely, and the map keeps their image.
    int stableLayerCount() const;
    // Puts back each of `previous` for a layer now in the model that draws the same (a presenter
    // made a new object of the same content), so that the map keeps that layer's image.
    void keepUnchanged(const QList<std::shared_ptr<const gis::MapLayer>> &previous);
    QList<std::shared_ptr<const gis::MapLayer>> layersWithRole(const QString &role) const;

    QDateTime referenceTime() const { return m_referenceTime; }
    void setReferenceTime(const QDateTime &time);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void setLayerVisible(int row, bool visible);

signals:
    void countChanged();
    void referenceTimeChanged();
    void layersChanged();  // membership or visibility: the map must render again

private:
    struct Entry {
        std::shared_ptr<const gis::MapLayer> layer;
        MapLayerInfo info;
        bool visible = true;
    };
    std::vector<Entry> m_entries;  // row order: top layer first
    QDateTime m_referenceTime;
};

} // namespace lookout::qml

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "maplayermodel.h"

#include "gis/maptheme.h"
#include "gis/vectorlayer.h"
#include "gis/vectorsource.h"
#include "tests/support/testdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace lookout;

TEST(MapLayerModel, ServesProvenanceAndTogglesVisibility)
{
    qml::MapLayerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto data = gis::readVectorFile(test::sharedData(QStringLiteral("boundaries/440400_full.json")));
    ASSERT_TRUE(data.ok());
    auto layer = std::make_shared<gis::VectorLayer>(QStringLiteral("zhuhai_districts"), QStringLiteral("珠海市 区"),
                                                    std::make_shared<const gis::VectorData>(*data),
                                                    gis::styleForRole(QStringLiteral("focus"), QStringLiteral("name")));
    qml::MapLayerInfo info;
    info.title = QStringLiteral("珠海市 区");
    info.role = QStringLiteral("focus");
    info.featureCount = 3;
    info.dataDate = QDateTime(QDate(2021, 8, 16), QTime(0, 0), QTimeZone::utc());
    info.importedAt = QDateTime(QDate(2026, 11, 23), QTime(4, 0), QTimeZone::utc());
    QSignalSpy layersChanged(&model, &qml::MapLayerModel::layersChanged);
    model.appendLayer(layer, info);
    EXPECT_EQ(layersChanged.count(), 1);
    model.setReferenceTime(QDateTime(QDate(2026, 11, 23), QTime(5, 30), QTimeZone::utc()));

    const QModelIndex row = model.index(0);
    EXPECT_EQ(row.data(qml::MapLayerModel::FeatureCountRole).toLongLong(), 3);
    EXPECT_EQ(row.data(qml::MapLayerModel::DataDateRole).toString(), QStringLiteral("2021-08-16"));
    EXPECT_EQ(row.data(qml::MapLayerModel::DataAgeRole).toString(), QStringLiteral("5.3 y"));
    EXPECT_EQ(row.data(qml::MapLayerModel::ImportAgeRole).toString(), QStringLiteral("1 h 30 min"));
    EXPECT_EQ(model.visibleLayers().size(), 1);
    EXPECT_EQ(model.layersWithRole(QStringLiteral("focus")).size(), 1);

    model.setLayerVisible(0, false);
    EXPECT_EQ(layersChanged.count(), 2);
    EXPECT_TRUE(model.visibleLayers().isEmpty());
    EXPECT_FALSE(row.data(qml::MapLayerModel::VisibleRole).toBool());
    EXPECT_TRUE(model.roleNames().values().contains("dataAge"));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The desk's incident list as a model: active ones first, newest first, typed roles, and a model
// that passes Qt's own consistency checks across a reset.
#include "incidentlistmodel.h"

#include <QAbstractItemModelTester>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace lookout;

namespace {

incidents::Incident incident(const char *id, incidents::IncidentState state, int level, int openedHour)
{
    incidents::Incident item;
    item.id = QString::fromLatin1(id);
    item.title = QStringLiteral("暴雨 %1").arg(item.id);
    item.hazard = incidents::Hazard::Rainstorm;
    item.exercise = true;
    item.state = state;
    item.level = level;
    item.areas = {AreaRef{QStringLiteral("440781"), QStringLiteral("台山市")}};
    item.openedAt = QDateTime(QDate(2018, 9, 15), QTime(openedHour, 0), QTimeZone::utc());
    item.responseStartedAt = item.openedAt.addSecs(3600);
    return item;
}

} // namespace

TEST(IncidentListModel, ActiveFirstNewestFirstWithTypedRoles)
{
    qml::IncidentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QDateTime at(QDate(2018, 9, 16), QTime(0, 0), QTimeZone::utc());
    model.setIncidents({incident("2018-001", incidents::IncidentState::Closed, 0, 1),
                        incident("2018-002", incidents::IncidentState::Response, 3, 2),
                        incident("2018-003", incidents::IncidentState::Warning, 0, 5)},
                       at);
    ASSERT_EQ(model.rowCount(), 3);
    auto role = [&](int row, qml::IncidentListModel::Role r) { return model.data(model.index(row), r); };
    EXPECT_EQ(role(0, qml::IncidentListModel::IncidentIdRole).toString(), QStringLiteral("2018-003"));
    EXPECT_EQ(role(1, qml::IncidentListModel::IncidentIdRole).toString(), QStringLiteral("2018-002"));
    EXPECT_EQ(role(2, qml::IncidentListModel::IncidentIdRole).toString(), QStringLiteral("2018-001")) << "closed ones last";
    EXPECT_EQ(role(1, qml::IncidentListModel::StateRole).value<incidents::IncidentState>(), incidents::IncidentState::Response);
    EXPECT_EQ(role(1, qml::IncidentListModel::HazardRole).value<incidents::Hazard>(), incidents::Hazard::Rainstorm);
    EXPECT_EQ(role(1, qml::IncidentListModel::LevelRole).toInt(), 3);
    EXPECT_TRUE(role(1, qml::IncidentListModel::LevelTextRole).toString().contains(QStringLiteral("Ⅲ")));
    EXPECT_EQ(role(1, qml::IncidentListModel::RunningRole).toString(), QStringLiteral("21 h")) << "since its response started";
    EXPECT_EQ(role(1, qml::IncidentListModel::DistrictsRole).toString(), QStringLiteral("台山市"));
    EXPECT_EQ(model.rowOf(QStringLiteral("2018-001")), 2);
    EXPECT_EQ(model.get(1).value(QStringLiteral("incidentId")).toString(), QStringLiteral("2018-002"));
    EXPECT_TRUE(model.get(7).isEmpty());
    // Replaced by the next picture (the tester checks the reset).
    model.setIncidents({incident("2018-004", incidents::IncidentState::Response, 4, 6)}, at);
    EXPECT_EQ(model.rowCount(), 1);
}

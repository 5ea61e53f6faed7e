// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The desk's incident list and record lists as models: active incidents first, newest first,
// typed roles, and models that pass Qt's own consistency checks across a reset.
#include "incidentlistmodel.h"
#include "rowlistmodel.h"

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

// The desk's record lists (log, instructions, checks): one role per declared key, a key a row
// lacks reads as nothing, and a reset passes Qt's model checks.
TEST(RowListModel, OneRolePerDeclaredKey)
{
    qml::RowListModel model({QStringLiteral("time"), QStringLiteral("text"), QStringLiteral("open")});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.roleNames().size(), 3);
    model.setRows({{{QStringLiteral("time"), QStringLiteral("2018-09-15 17:30")}, {QStringLiteral("text"), QStringLiteral("渔船回港")},
                    {QStringLiteral("open"), true}},
                   {{QStringLiteral("time"), QStringLiteral("2018-09-15 18:00")}, {QStringLiteral("text"), QStringLiteral("转移群众")}}});
    ASSERT_EQ(model.rowCount(), 2);
    const int text = model.roleNames().key("text");
    const int open = model.roleNames().key("open");
    EXPECT_EQ(model.data(model.index(0), text).toString(), QStringLiteral("渔船回港"));
    EXPECT_TRUE(model.data(model.index(0), open).toBool());
    EXPECT_FALSE(model.data(model.index(1), open).isValid()) << "not in that row";
    EXPECT_EQ(model.get(1).value(QStringLiteral("time")).toString(), QStringLiteral("2018-09-15 18:00"));
    model.setRows({});
    EXPECT_EQ(model.rowCount(), 0);
}

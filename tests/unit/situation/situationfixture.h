// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// A workspace of real files for the situation tests, and the golden comparison of its JSON.
#pragma once

#include "situation/situationbuilder.h"
#include "situation/situationjson.h"
#include "situation/workspaceinputs.h"
#include "store/ingest.h"
#include "store/workspace.h"
#include "tests/support/golden.h"
#include "tests/support/testdata.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace lookout::test {

inline const QDateTime kNow(QDate(2026, 11, 30), QTime(0, 0), QTimeZone::utc());

inline QDateTime utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

class SituationTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto created = store::Workspace::create(m_dir.filePath(QStringLiteral("w.gpkg")), kNow);
        ASSERT_TRUE(created.ok()) << created.error().toString().toStdString();
        m_workspace.emplace(std::move(created).value());
    }
    void ingest(const QString &path, const QString &name, bool asIssued = false)
    {
        auto done = store::ingestPayload(*m_workspace, test::readBytes(path), name, kNow, std::nullopt, asIssued);
        ASSERT_TRUE(done.ok()) << path.toStdString() << ": " << done.error().toString().toStdString();
    }
    // Jiangmen's and Zhuhai's districts (the demo's focus layers, Zhuhai's in GCJ-02), 香洲区 and
    // 蓬江区 as the reference districts, and the demo's home view.
    void importDistricts()
    {
        for (const auto &[file, layer] : {std::pair{"440700_full.json", "jiangmen_districts"}, std::pair{"440400_full.json", "zhuhai_districts"}}) {
            store::ImportRequest request;
            request.sourcePath = test::packagingData(QString::fromLatin1(file));
            request.layerName = QString::fromLatin1(layer);
            request.role = QStringLiteral("focus");
            request.labelField = QStringLiteral("name");
            request.declaredCrs = QStringLiteral("GCJ-02");
            ASSERT_TRUE(m_workspace->importVectorLayer(request, kNow).ok());
        }
        ASSERT_TRUE(m_workspace->setSetting(QStringLiteral("reference_districts"), QStringLiteral("香洲区,蓬江区")).ok());
        ASSERT_TRUE(m_workspace->setSetting(QStringLiteral("home_extent"), QStringLiteral("111.85,21.45,113.95,22.95")).ok());
    }
    // The situation at `at` measured against the workspace's own inputs.
    situation::Situation situationAt(const QDateTime &at)
    {
        auto inputs = situation::situationInputsOf(*m_workspace);
        EXPECT_TRUE(inputs.ok()) << inputs.error().toString().toStdString();
        auto built = situation::buildSituation(m_workspace->database(), at, inputs ? *inputs : situation::SituationInputs{});
        EXPECT_TRUE(built.ok()) << built.error().toString().toStdString();
        return built ? *built : situation::Situation{};
    }
    // The situation's JSON against tests/data/situation/<golden>.
    static QString goldenDifference(const situation::Situation &situation, const QString &golden)
    {
        const QByteArray json = QJsonDocument(situation::toJson(situation)).toJson(QJsonDocument::Indented);
        return test::goldenDifference(QStringLiteral("situation/") + golden, json);
    }
    QTemporaryDir m_dir;
    std::optional<store::Workspace> m_workspace;
};

} // namespace lookout::test

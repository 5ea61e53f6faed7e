// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// A workspace with Zhuhai's and Jiangmen's districts (and, on request, their divisions) that
// real files are ingested into, loaded into a fresh App facade the way the app loads a replay.
#pragma once

#include "appcontroller.h"
#include "scenarioactions.h"
#include "workspacelayers.h"

#include "feeds/divisionscsv.h"
#include "gis/coordinatetransform.h"
#include "store/divisionstore.h"
#include "store/ingest.h"
#include "store/workspace.h"
#include "tests/support/testdata.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

namespace lookout::test {

inline const QDateTime kNow(QDate(2026, 11, 23), QTime(5, 0), QTimeZone::utc());

class ScenarioTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto created = store::Workspace::create(m_dir.filePath(QStringLiteral("w.gpkg")), kNow);
        ASSERT_TRUE(created.ok()) << created.error().toString().toStdString();
        m_workspace.emplace(std::move(created).value());
        for (const auto &[file, layer] : {std::pair{"440700_full.json", "jiangmen_districts"}, std::pair{"440400_full.json", "zhuhai_districts"}}) {
            store::ImportRequest request;
            request.sourcePath = QStringLiteral(LOOKOUT_SOURCE_DIR "/packaging/data/") + QString::fromLatin1(file);
            request.layerName = QString::fromLatin1(layer);
            request.title = request.layerName;
            request.role = QStringLiteral("focus");
            request.labelField = QStringLiteral("name");
            request.declaredCrs = gis::kGcj02;
            auto imported = m_workspace->importVectorLayer(request, kNow);
            ASSERT_TRUE(imported.ok()) << imported.error().toString().toStdString();
        }
    }

    // The real 统计用区划代码 of Zhuhai and Jiangmen, cities down to towns.
    void importDivisions()
    {
        for (const char *file : {"cities_4404_4407.csv", "districts_4404_4407.csv", "towns_4404_4407.csv"}) {
            auto divisions = feeds::parseDivisionsCsv(test::readBytes(test::sharedData(QStringLiteral("divisions/") + QString::fromLatin1(file))),
                                                      QString::fromLatin1(file));
            ASSERT_TRUE(divisions.ok());
            ASSERT_TRUE(store::DivisionStore(m_workspace->database()).add(*divisions, QString::fromLatin1(file)).ok());
        }
    }
    void ingest(const QString &sharedFile)
    {
        ingestFile(test::sharedData(sharedFile));
    }
    void ingestFile(const QString &path)
    {
        const QString sharedFile = path;
        auto done = store::ingestPayload(*m_workspace, test::readBytes(path), path, kNow);
        ASSERT_TRUE(done.ok()) << sharedFile.toStdString() << ": " << done.error().toString().toStdString();
    }

    // Loads the scenario at `at` the way the app does, into a fresh facade.
    std::unique_ptr<qml::AppController> load(const QDateTime &at)
    {
        auto controller = std::make_unique<qml::AppController>(nullptr);
        EXPECT_TRUE(app::loadWorkspaceLayers(*m_workspace, *controller->layers()).ok());
        controller->setHomeExtent(QRectF(111.85, 21.45, 113.95 - 111.85, 22.95 - 21.45));
        app::ScenarioOptions options;
        options.at = at;
        options.replay = true;
        options.language = QStringLiteral("zh-CN");
        auto loaded = app::loadScenario(*m_workspace, options, *controller);
        EXPECT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
        return controller;
    }

    QTemporaryDir m_dir;
    std::optional<store::Workspace> m_workspace;
};

} // namespace lookout::test

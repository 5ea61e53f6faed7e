// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "mangkhutexercise.h"

#include "demoexercises.h"
#include "demoresources.h"

#include "feeds/divisionscsv.h"
#include "gis/coordinatetransform.h"
#include "plans/planreader.h"
#include "store/divisionstore.h"
#include "store/ingest.h"
#include "tests/support/testdata.h"

#include <QProcess>
#include <QTimeZone>

namespace lookout::test {

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000))
        return QStringLiteral("%1 did not finish").arg(program);
    return QString::fromUtf8(process.readAllStandardOutput());
}

void MangkhutExerciseTest::SetUp()
{
    auto created = store::Workspace::create(m_dir.filePath(QStringLiteral("w.gpkg")), utc(2026, 11, 30, 0));
    ASSERT_TRUE(created.ok());
    m_workspace.emplace(std::move(created).value());
    for (const auto &[file, layer] : {std::pair{"440700_full.json", "jiangmen_districts"}, std::pair{"440400_full.json", "zhuhai_districts"}}) {
        store::ImportRequest request;
        request.sourcePath = test::packagingData(QString::fromLatin1(file));
        request.layerName = QString::fromLatin1(layer);
        request.title = request.layerName;
        request.role = QStringLiteral("focus");
        request.labelField = QStringLiteral("name");
        request.declaredCrs = gis::kGcj02;
        ASSERT_TRUE(m_workspace->importVectorLayer(request, utc(2026, 11, 30, 0)).ok());
    }
    for (const char *file : {"cities_4404_4407.csv", "districts_4404_4407.csv", "towns_4404_4407.csv"}) {
        auto divisions = feeds::parseDivisionsCsv(test::readBytes(test::sharedData(QStringLiteral("divisions/") + QString::fromLatin1(file))),
                                                  QString::fromLatin1(file));
        ASSERT_TRUE(divisions.ok());
        ASSERT_TRUE(store::DivisionStore(m_workspace->database()).add(*divisions, QString::fromLatin1(file)).ok());
    }
    // The real tracks of Mangkhut and the VIIRS detections the hotspot exercise checks.
    for (const char *file : {"typhoon/CH2018BST.txt", "typhoon/wztf_201822_Mangkhut.json", "typhoon/bwp262018.dat", "fire/VNP14IMGTDL_NRT_SouthEast_Asia_24h.csv"}) {
        const QString path = test::sharedData(QString::fromLatin1(file));
        auto done = store::ingestPayload(*m_workspace, test::readBytes(path), path, utc(2026, 11, 30, 0));
        ASSERT_TRUE(done.ok()) << file << ": " << done.error().toString().toStdString();
    }
    const plans::PlanReading plan = plans::readPlanFile(test::packagingData(QStringLiteral("plans/zhuhai-typhoon.yaml")));
    ASSERT_TRUE(plan.ok());
    const auto recorded = app::recordDemoExercises(*m_workspace, *plan.plan, test::readBytes(test::packagingData(app::kExerciseInventory)));
    ASSERT_TRUE(recorded.ok()) << recorded.error().toString().toStdString();
    m_journal.emplace(m_workspace->database());
}

incidents::RecordState MangkhutExerciseTest::knownAt(const QDateTime &at)
{
    auto state = incidents::RecordState::knownAt(*m_journal, at);
    EXPECT_TRUE(state.ok());
    return state ? *state : incidents::RecordState{};
}

} // namespace lookout::test

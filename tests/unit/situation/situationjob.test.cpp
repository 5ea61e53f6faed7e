// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The situation built on a worker with its own connection: the same value as a build here, the
// newest request wins, a cancelled build is never delivered, a broken file is a clear failure.
#include "situationfixture.h"

#include "situation/situationjob.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QThread>

#include <atomic>

using namespace lookout;
using test::SituationTest;
using test::utc;

namespace {

QByteArray jsonOf(const situation::Situation &situation)
{
    return QJsonDocument(situation::toJson(situation)).toJson(QJsonDocument::Compact);
}

// Runs the owner's event loop until `spy` has `count` signals or the job is idle with nothing
// left to deliver.
void deliver(situation::SituationJob &job, QSignalSpy &spy, qsizetype count)
{
    QElapsedTimer clock;
    clock.start();
    while (spy.size() < count && clock.elapsed() < 60000)
        spy.wait(100);
    job.waitForIdle();
    QCoreApplication::processEvents();
}

} // namespace

TEST_F(SituationTest, AJobBuildsTheSameSituationOnItsWorker)
{
    importDistricts();
    for (const char *file : {"CH2018BST.txt", "wztf_201822_Mangkhut.json", "bwp262018.dat"})
        ingest(test::sharedData(QStringLiteral("typhoon/") + QString::fromLatin1(file)), QString::fromLatin1(file));
    const QDateTime at = utc(2018, 9, 16, 0);
    const situation::Situation here = situationAt(at);
    auto inputs = situation::situationInputsOf(*m_workspace);
    ASSERT_TRUE(inputs.ok());

    situation::SituationJob job(m_workspace->path(), *inputs);
    QSignalSpy ready(&job, &situation::SituationJob::ready);
    QSignalSpy progress(&job, &situation::SituationJob::progress);
    const quint64 id = job.request(at);
    deliver(job, ready, 1);
    ASSERT_EQ(ready.size(), 1);
    EXPECT_EQ(ready.front().at(0).value<quint64>(), id);
    const auto situation = ready.front().at(1).value<std::shared_ptr<const situation::Situation>>();
    ASSERT_TRUE(situation);
    EXPECT_EQ(jsonOf(*situation), jsonOf(here)) << "the worker's value is the value built here";
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.last().at(1).toInt(), progress.last().at(2).toInt()) << "progress ends at every part done";
}

TEST_F(SituationTest, TheCompletionRunsOnTheWorkerBeforeDelivery)
{
    importDistricts();
    auto inputs = situation::situationInputsOf(*m_workspace);
    ASSERT_TRUE(inputs.ok());
    situation::SituationJob job(m_workspace->path(), *inputs);
    std::atomic<QThread *> ranOn{nullptr};
    job.setCompletion([&](situation::Situation &situation) {
        ranOn = QThread::currentThread();
        situation.plans.folder = QStringLiteral("plans");  // what the plans library fills in
    });
    QSignalSpy ready(&job, &situation::SituationJob::ready);
    job.request(utc(2018, 9, 16, 0));
    deliver(job, ready, 1);
    ASSERT_EQ(ready.size(), 1);
    EXPECT_NE(ranOn.load(), nullptr);
    EXPECT_NE(ranOn.load(), QThread::currentThread()) << "on the worker, not the owner's thread";
    EXPECT_EQ(ready.front().at(1).value<std::shared_ptr<const situation::Situation>>()->plans.folder, QStringLiteral("plans"));
}

TEST_F(SituationTest, TheNewestRequestSupersedesTheOlderOnes)
{
    importDistricts();
    for (const char *file : {"MODIS_C6_SouthEast_Asia_24h.csv", "VNP14IMGTDL_NRT_SouthEast_Asia_24h.csv"})
        ingest(test::sharedData(QStringLiteral("fire/") + QString::fromLatin1(file)), QString::fromLatin1(file));
    auto inputs = situation::situationInputsOf(*m_workspace);
    ASSERT_TRUE(inputs.ok());
    situation::SituationJob job(m_workspace->path(), *inputs);
    QSignalSpy ready(&job, &situation::SituationJob::ready);
    // Ten requests in a burst (a clock tick and nine deliveries): only the last is shown.
    quint64 last = 0;
    for (int minute = 0; minute < 10; ++minute)
        last = job.request(utc(2019, 1, 23, 5, 50 + minute));
    deliver(job, ready, 1);
    ASSERT_EQ(ready.size(), 1);
    EXPECT_EQ(ready.front().at(0).value<quint64>(), last);
    EXPECT_EQ(ready.front().at(1).value<std::shared_ptr<const situation::Situation>>()->at, utc(2019, 1, 23, 5, 59));
    EXPECT_EQ(job.superseded(), 9u);

    // A cancelled request is never delivered.
    job.request(utc(2019, 1, 23, 6));
    job.cancel();
    job.waitForIdle();
    QCoreApplication::processEvents();
    EXPECT_EQ(ready.size(), 1);
}

TEST_F(SituationTest, AJobOnAFileThatIsNoWorkspaceFailsWithTheReason)
{
    const QString path = m_dir.filePath(QStringLiteral("not-a-workspace.gpkg"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("this is not an SQLite database, just text that a careless copy left here\n");
    file.close();
    situation::SituationJob job(path, {});
    QSignalSpy failed(&job, &situation::SituationJob::failed);
    QSignalSpy ready(&job, &situation::SituationJob::ready);
    job.request(utc(2019, 1, 23, 6));
    deliver(job, failed, 1);
    ASSERT_EQ(failed.size(), 1);
    EXPECT_TRUE(ready.isEmpty());
    const QString message = failed.front().at(1).toString();
    EXPECT_FALSE(message.isEmpty());
    EXPECT_TRUE(message.contains(QStringLiteral("not-a-workspace.gpkg"))) << message.toStdString();
}

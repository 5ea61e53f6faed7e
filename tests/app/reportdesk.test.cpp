// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The desk's Reports page on the recorded Mangkhut exercise, live: what is owed and overdue, a
// follow-up drafted, edited and issued by the signed-in officer, exported, the SitRep written;
// and a CAP warning composed on the form (areas by name and code, a polygon as drawn on the map),
// updated and cancelled, each valid against the OASIS schema and shown back on the page.
#include "mangkhutexercise.h"
#include "scenario.h"
#include "scenarioactions.h"
#include "workspacelayers.h"

#include "tests/support/testdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

using namespace lookout;
using test::MangkhutExerciseTest;

namespace {

// Lets the page's thread finish and its outcome (and the refresh) arrive.
void waitWhileBusy(const qml::ReportDesk &desk)
{
    QElapsedTimer timer;
    timer.start();
    while ((desk.busy() || timer.elapsed() < 50) && timer.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QCoreApplication::processEvents();
}

int overdueRows(qml::ReportDesk &desk)
{
    int rows = 0;
    for (int i = 0; i < desk.due()->rowCount(); ++i)
        rows += desk.due()->get(i).value(QStringLiteral("overdue")).toBool() ? 1 : 0;
    return rows;
}

} // namespace

TEST_F(MangkhutExerciseTest, TheReportsPageDraftsIssuesExportsAndIssuesCapWarningsFromTheDesk)
{
    auto controller = std::make_unique<qml::AppController>(nullptr);
    ASSERT_TRUE(app::loadWorkspaceLayers(*m_workspace, *controller->layers()).ok());
    app::ScenarioOptions options;
    options.at = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(app::loadScenario(*m_workspace, options, *controller).ok());
    qml::ReportDesk &desk = *controller->reportDesk();
    ASSERT_TRUE(desk.canAct());
    EXPECT_EQ(desk.overdue(), 2) << "the follow-ups of 17:00 on the 16th and 08:00 on the 17th";
    EXPECT_EQ(overdueRows(desk), 2);

    // After the 终报 no follow-up is taken; a new incident's first report is drafted, edited and
    // issued by the officer signed in.
    ASSERT_EQ(controller->incidentDesk()->signIn(QStringLiteral("wang.duty")).message, QString());
    const QString draft = desk.draft(QStringLiteral("2018-001"), QStringLiteral("followup"));
    ASSERT_FALSE(draft.startsWith(QLatin1Char('!'))) << draft.toStdString();
    EXPECT_TRUE(draft.startsWith(QStringLiteral("# 【演练】防御台风“山竹”(1822) Typhoon Mangkhut 续报三"))) << draft.left(80).toStdString();
    EXPECT_FALSE(desk.issue(QStringLiteral("2018-001"), QStringLiteral("followup"), draft).isEmpty()) << "the final report was issued";
    ASSERT_TRUE(incidents::IncidentLedger(*m_journal).record([&](const incidents::IncidentBook &book) {
        return book.open(QStringLiteral("内涝 exercise"), incidents::Hazard::Flood, true, {AreaRef{QStringLiteral("440403"), QStringLiteral("斗门区")}}, {}, {},
                         incidents::Actor{QStringLiteral("li.duty"), QStringLiteral("desk"), QDateTime::currentDateTimeUtc().addSecs(-600)});
    }).ok());
    ASSERT_TRUE(app::loadScenario(*m_workspace, options, *controller).ok());
    const QString incident = knownAt({}).incidents.incidents().last().id;
    const QString initial = desk.draft(incident, QStringLiteral("initial"));
    ASSERT_TRUE(initial.startsWith(QStringLiteral("# 【演练】内涝 exercise 首报"))) << initial.left(80).toStdString();
    const QString edited = initial + QStringLiteral("- 编辑补充：演练测试（exercise edit）\n");
    controller->incidentDesk()->setUser(QString());
    EXPECT_FALSE(desk.issue(incident, QStringLiteral("initial"), edited).isEmpty()) << "nobody signed in";
    EXPECT_FALSE(desk.issue(incident, QStringLiteral("initial"), QStringLiteral("no title")).isEmpty());
    ASSERT_EQ(controller->incidentDesk()->signIn(QStringLiteral("wang.duty")).message, QString());
    ASSERT_EQ(desk.issue(incident, QStringLiteral("initial"), edited), QString());
    const incidents::IssuedReport issued = knownAt({}).releases.reports().back();
    EXPECT_EQ(issued.text, edited) << "the record keeps the text as edited";
    EXPECT_EQ(issued.incident, incident);
    EXPECT_EQ(issued.issuedBy, QStringLiteral("wang.duty"));
    EXPECT_TRUE(issued.deadline.isValid());
    EXPECT_EQ(desk.issued()->get(0).value(QStringLiteral("number")).toInt(), issued.number) << "the page was refreshed";
    EXPECT_EQ(desk.overdue(), 2) << "the new first report was on time";
    // The daily duty report of the last 24 hours, from the record: the new incident is in it.
    const QString daily = desk.draft(QString(), QStringLiteral("daily"));
    ASSERT_TRUE(daily.startsWith(QStringLiteral("# "))) << daily.left(80).toStdString();
    EXPECT_TRUE(daily.contains(QStringLiteral("内涝 exercise"))) << daily.toStdString();
    ASSERT_EQ(desk.issue(QString(), QStringLiteral("daily"), daily), QString());
    EXPECT_EQ(knownAt({}).releases.reports().back().type, incidents::ReportType::Daily);

    // Exported as issued; the SitRep follows the reports.
    const QDir folder(QFileInfo(m_workspace->path()).absoluteDir().filePath(QStringLiteral("reports-out")));
    ASSERT_EQ(desk.exportIssued(issued.number), QString());
    EXPECT_FALSE(desk.exportIssued(99).isEmpty()) << "no such report";
    EXPECT_TRUE(QFileInfo::exists(folder.filePath(QStringLiteral("report-%1.pdf").arg(issued.number))));
    EXPECT_TRUE(test::readBytes(folder.filePath(QStringLiteral("report-%1.html").arg(issued.number))).contains("编辑补充"));
    ASSERT_EQ(desk.sitrep(QStringLiteral("2018-001")), QString());
    EXPECT_TRUE(test::readBytes(folder.filePath(QStringLiteral("sitrep-2018-001.xml"))).contains("<sitrep:reportNumber>5</sitrep:reportNumber>"));

    // A CAP warning from the form: areas by name and code, the polygon as the map draws it.
    const QVariantMap form{{QStringLiteral("event"), QStringLiteral("台风")},
                           {QStringLiteral("eventEn"), QStringLiteral("Typhoon")},
                           {QStringLiteral("level"), QStringLiteral("orange")},
                           {QStringLiteral("areas"), QStringLiteral("斗门区 440402")},
                           {QStringLiteral("polygon"), QStringLiteral("113.20000,22.20000 113.30000,22.20000 113.30000,22.30000")},
                           {QStringLiteral("headline"), QStringLiteral("演练：珠海市台风橙色预警")},
                           {QStringLiteral("headlineEn"), QStringLiteral("Exercise: Typhoon Orange warning")},
                           {QStringLiteral("status"), QStringLiteral("Exercise")}};
    QVariantMap wrong = form;
    wrong.insert(QStringLiteral("areas"), QStringLiteral("宜昌"));
    ASSERT_EQ(desk.issueCap(QStringLiteral("alert"), QString(), wrong), QString());
    waitWhileBusy(desk);
    EXPECT_TRUE(desk.outputFailed());
    EXPECT_TRUE(desk.output().contains(QStringLiteral("宜昌"))) << desk.output().toStdString();
    wrong = form;
    wrong.insert(QStringLiteral("polygon"), QStringLiteral("113.2,22.2 113.3,22.2"));
    ASSERT_EQ(desk.issueCap(QStringLiteral("alert"), QString(), wrong), QString());
    waitWhileBusy(desk);
    EXPECT_TRUE(desk.outputFailed() && desk.output().contains(QStringLiteral("three points"))) << desk.output().toStdString();
    EXPECT_EQ(desk.caps()->rowCount(), 0) << "nothing issued";

    ASSERT_EQ(desk.issueCap(QStringLiteral("alert"), QString(), form), QString());
    waitWhileBusy(desk);
    ASSERT_FALSE(desk.outputFailed()) << desk.output().toStdString();
    ASSERT_EQ(desk.caps()->rowCount(), 1);
    const QString first = desk.caps()->get(0).value(QStringLiteral("identifier")).toString();
    const QString published = QFileInfo(m_workspace->path()).absoluteDir().filePath(QStringLiteral("cap-out/%1.xml").arg(first));
    EXPECT_EQ(test::capSchemaProblems(published), QString());
    const QByteArray xml = test::readBytes(published);
    EXPECT_TRUE(xml.contains("<status>Exercise</status>"));
    EXPECT_TRUE(xml.contains("<polygon>22.2,113.2 22.2,113.3 22.3,113.3 22.2,113.2</polygon>")) << xml.toStdString();

    // Its update, from the form loaded back; then its cancel.
    QVariantMap loaded = desk.capForm(first);
    EXPECT_EQ(loaded.value(QStringLiteral("level")).toString(), QStringLiteral("orange"));
    EXPECT_EQ(loaded.value(QStringLiteral("areas")).toString(), QStringLiteral("440403 440402"));
    loaded.insert(QStringLiteral("level"), QStringLiteral("red"));
    loaded.insert(QStringLiteral("headline"), QStringLiteral("演练：珠海市台风红色预警"));
    ASSERT_EQ(desk.issueCap(QStringLiteral("update"), first, loaded), QString());
    waitWhileBusy(desk);
    ASSERT_FALSE(desk.outputFailed()) << desk.output().toStdString();
    ASSERT_EQ(desk.caps()->rowCount(), 2);
    const QVariantMap update = desk.caps()->get(0);
    EXPECT_EQ(update.value(QStringLiteral("msgType")).toString(), QStringLiteral("Update"));
    EXPECT_EQ(update.value(QStringLiteral("references")).toString(), first);
    ASSERT_EQ(desk.issueCap(QStringLiteral("cancel"), update.value(QStringLiteral("identifier")).toString(),
                            {{QStringLiteral("note"), QStringLiteral("演练结束 exercise over")}}),
              QString());
    waitWhileBusy(desk);
    ASSERT_FALSE(desk.outputFailed()) << desk.output().toStdString();
    ASSERT_EQ(desk.caps()->rowCount(), 3);
    EXPECT_EQ(desk.caps()->get(0).value(QStringLiteral("msgType")).toString(), QStringLiteral("Cancel"));
    const QString cancel = desk.caps()->get(0).value(QStringLiteral("identifier")).toString();
    EXPECT_EQ(test::capSchemaProblems(QFileInfo(m_workspace->path()).absoluteDir().filePath(QStringLiteral("cap-out/%1.xml").arg(cancel))), QString());
}

TEST_F(MangkhutExerciseTest, OnAReplayTheReportsPageWritesFilesButNeverTheRecord)
{
    auto controller = std::make_unique<qml::AppController>(nullptr);
    ASSERT_TRUE(app::loadWorkspaceLayers(*m_workspace, *controller->layers()).ok());
    app::ScenarioOptions options;
    options.at = test::utc(2018, 9, 16, 3);
    options.replay = true;
    ASSERT_TRUE(app::loadScenario(*m_workspace, options, *controller).ok());
    qml::ReportDesk &desk = *controller->reportDesk();
    EXPECT_FALSE(desk.canAct());
    EXPECT_TRUE(desk.draft(QStringLiteral("2018-001"), QStringLiteral("followup")).startsWith(QLatin1Char('!')));
    EXPECT_FALSE(desk.issueCap(QStringLiteral("alert"), QString(), {}).isEmpty());
    EXPECT_EQ(desk.overdue(), 0) << "at 11:00 on the 16th nothing was overdue yet";
    ASSERT_EQ(desk.sitrep(QStringLiteral("2018-001")), QString());
    const QByteArray sitrep = test::readBytes(QFileInfo(m_workspace->path()).absoluteDir().filePath(QStringLiteral("reports-out/sitrep-2018-001.xml")));
    EXPECT_TRUE(sitrep.contains("<ct:toDateTime>2018-09-16T11:00:00+08:00</ct:toDateTime>")) << "as known at the replay's time";
    // The review on its own thread, its progress and outcome on the page.
    ASSERT_EQ(desk.review(QStringLiteral("2018-001")), QString());
    EXPECT_TRUE(desk.busy());
    waitWhileBusy(desk);
    ASSERT_FALSE(desk.outputFailed()) << desk.output().toStdString();
    EXPECT_TRUE(QFileInfo::exists(QFileInfo(m_workspace->path()).absoluteDir().filePath(QStringLiteral("reports-out/review-2018-001.pdf"))));
    EXPECT_TRUE(QFileInfo::exists(QFileInfo(m_workspace->path()).absoluteDir().filePath(QStringLiteral("reports-out/review-2018-001/index.html"))));
}

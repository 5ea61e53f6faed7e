// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The desk's commands written by the record's writer thread: checked at the desk first (a
// senseless one never leaves it), appended on the writer with its own connection, the outcome
// back on the desk's thread as a typed result, and the view from the next situation.
#include "appcontroller.h"
#include "recordwriter.h"
#include "scenarioactions.h"
#include "workspacelayers.h"

#include "incidents/incidentledger.h"
#include "situation/situationbuilder.h"
#include "store/ingest.h"
#include "store/sqlitejournal.h"
#include "store/workspace.h"
#include "tests/support/testdata.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <atomic>

using namespace lookout;

namespace {

// A live seat on a fresh workspace: the scenario loaded, the actions connected to `writer`, and
// each refresh building and presenting the next situation (counted in `refreshes`).
class LiveSeat {
public:
    explicit LiveSeat(const QString &language, const QString &view = {})
    {
        const QString path = m_dir.filePath(QStringLiteral("w.gpkg"));
        auto created = store::Workspace::create(path, QDateTime::currentDateTimeUtc());
        EXPECT_TRUE(created.ok());
        workspace.emplace(std::move(created).value());
        if (!view.isEmpty())
            controller.setView(view);
        options.at = QDateTime::currentDateTimeUtc();
        options.language = language;
        writer = std::make_unique<app::RecordWriter>(path);
    }
    void connect()
    {
        EXPECT_TRUE(app::loadScenario(*workspace, options, controller).ok());
        app::connectActions(*workspace, options, controller, [this] {
            ++refreshes;
            auto inputs = app::scenarioInputs(*workspace, options);
            ASSERT_TRUE(inputs.ok());
            auto next = situation::buildSituation(workspace->database(), QDateTime::currentDateTimeUtc(), *inputs);
            ASSERT_TRUE(next.ok());
            app::presentSituation(*next, options, controller);
        }, writer.get());
    }

    QTemporaryDir m_dir;
    std::optional<store::Workspace> workspace;
    qml::AppController controller{nullptr};
    app::ScenarioOptions options;
    std::unique_ptr<app::RecordWriter> writer;
    int refreshes = 0;
};

} // namespace

TEST(RecordWriter, AppendsOnItsThreadAndReportsTheOutcomeHere)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.gpkg"));
    auto workspace = store::Workspace::create(path, QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(workspace.ok());
    app::RecordWriter writer(path);
    std::atomic<QThread *> ranOn{nullptr};
    const incidents::Actor who{QStringLiteral("li.duty"), QStringLiteral("desk"), QDateTime::currentDateTimeUtc()};
    QList<qml::CommandResult> results;
    QList<QThread *> deliveredOn;
    auto done = [&](const qml::CommandResult &result) {
        results.append(result);
        deliveredOn.append(QThread::currentThread());
    };
    writer.submit(
        [&](const incidents::RecordState &state) {
            ranOn = QThread::currentThread();
            return state.incidents.open(QStringLiteral("演练 exercise"), incidents::Hazard::Rainstorm, true, {AreaRef{{}, QStringLiteral("台山市")}}, {},
                                        {}, who);
        },
        done);
    // Checked again on the writer against the record as it stands: no such incident.
    writer.submit([&](const incidents::RecordState &state) {
        return state.incidents.changeLevel(QStringLiteral("1999-001"), incidents::LevelAction::Start, 4, QStringLiteral("张"), QStringLiteral("x"), who);
    }, done);
    writer.waitForIdle();
    QCoreApplication::processEvents();
    ASSERT_EQ(results.size(), 2);
    EXPECT_NE(ranOn.load(), QThread::currentThread()) << "appended off this thread";
    EXPECT_EQ(deliveredOn.front(), QThread::currentThread()) << "the outcome arrives on the owner's thread";
    EXPECT_TRUE(results.at(0).ok);
    EXPECT_FALSE(results.at(0).pending);
    EXPECT_GT(results.at(0).sequence, 0);
    EXPECT_FALSE(results.at(0).incident.isEmpty()) << "the incident it opened, to select";
    EXPECT_FALSE(results.at(1).ok);
    EXPECT_FALSE(results.at(1).message.isEmpty());
    // This thread's own connection reads what the writer appended.
    store::SqliteJournal journal(workspace->database());
    auto entries = store::entriesKnownAt(journal, {});
    ASSERT_TRUE(entries.ok());
    EXPECT_EQ(entries->size(), 1);
}

TEST(RecordWriter, ALiveDeskQueuesItsCommandsAndShowsTheNextSituation)
{
    LiveSeat seat(QStringLiteral("zh-CN"));
    seat.connect();
    app::RecordWriter &writer = *seat.writer;
    const int &refreshes = seat.refreshes;
    qml::IncidentDesk &desk = *seat.controller.incidentDesk();
    desk.setUser(QStringLiteral("li.duty"));
    QSignalSpy finished(&desk, &qml::IncidentDesk::commandFinished);
    // A senseless command is refused at the desk, at once: nothing goes to the writer.
    const qml::CommandResult senseless = desk.changeLevel(QStringLiteral("raise"), 2, QStringLiteral("张"), QStringLiteral("x"));
    EXPECT_FALSE(senseless.ok);
    EXPECT_FALSE(senseless.pending);
    EXPECT_FALSE(senseless.message.isEmpty());
    // A sound one is queued; its outcome and the next picture follow.
    const qml::CommandResult queued = desk.openIncident(QStringLiteral("暴雨 演练 exercise"), QStringLiteral("rainstorm"), QStringLiteral("台山市"), true);
    EXPECT_TRUE(queued.ok);
    EXPECT_TRUE(queued.pending);
    writer.waitForIdle();
    ASSERT_TRUE(finished.wait(5000) || !finished.isEmpty());
    const auto result = finished.front().at(0).value<qml::CommandResult>();
    EXPECT_TRUE(result.ok) << result.message.toStdString();
    EXPECT_EQ(refreshes, 1);
    ASSERT_EQ(desk.incidents()->rowCount(), 1);
    EXPECT_EQ(desk.selectedId(), result.incident) << "the incident it opened is selected once the picture holds it";
}

TEST(RecordWriter, AnAcknowledgementIsWrittenOnTheWriterAndShownFromTheNextSituation)
{
    LiveSeat seat(QStringLiteral("en"), QStringLiteral("desk"));
    auto kept = store::ingestPayload(*seat.workspace, test::readBytes(test::sharedData(QStringLiteral("warnings/au-bom_warning.xml"))),
                                     QStringLiteral("au-bom_warning.xml"), QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(kept.ok()) << kept.error().toString().toStdString();
    seat.connect();
    app::RecordWriter &writer = *seat.writer;
    const int &refreshes = seat.refreshes;
    qml::WarningListModel &warnings = *seat.controller.warnings();
    ASSERT_GT(warnings.rowCount(), 0);
    EXPECT_FALSE(warnings.data(warnings.index(0), qml::WarningListModel::AcknowledgedRole).toBool());
    EXPECT_EQ(warnings.acknowledge(0, QStringLiteral("li.duty"), QStringLiteral("desk")), QString()) << "handed to the writer";
    writer.waitForIdle();
    QCoreApplication::processEvents();
    EXPECT_EQ(refreshes, 1);
    EXPECT_TRUE(warnings.data(warnings.index(0), qml::WarningListModel::AcknowledgedRole).toBool());
}

// On a shared server the officer is the login (app/main.cpp sets it after the sign-in): no one
// signs in under another name, and the sign-in view reports a refused password and lets a good
// one in.
TEST(ServerLogin, TheDesksOfficerIsTheLoginAndTheSignInReportsEachAttempt)
{
    qml::AppController controller(nullptr);
    qml::IncidentDesk &desk = *controller.incidentDesk();
    desk.setServerLogin(QStringLiteral("li.duty"));
    EXPECT_TRUE(desk.serverLogin());
    EXPECT_EQ(desk.user(), QStringLiteral("li.duty"));
    const qml::CommandResult other = desk.signIn(QStringLiteral("张三"));
    EXPECT_FALSE(other.ok);
    EXPECT_TRUE(other.message.contains(QStringLiteral("li.duty"))) << other.message.toStdString();
    EXPECT_EQ(desk.user(), QStringLiteral("li.duty"));

    qml::SeatLogin &login = *controller.login();
    QStringList tried;
    login.setUp(QStringLiteral("postgresql://localhost:5432/lookout"), QStringLiteral("li.duty"), [&](const QString &password) {
        tried << password;
        return password == QLatin1String("right") ? QString() : QStringLiteral("password authentication failed for user \"li.duty\"");
    });
    QSignalSpy accepted(&login, &qml::SeatLogin::accepted);
    login.signIn(QString());
    EXPECT_TRUE(tried.isEmpty()) << "an empty password is not sent";
    EXPECT_FALSE(login.message().isEmpty());
    login.signIn(QStringLiteral("wrong"));
    EXPECT_TRUE(login.message().contains(QStringLiteral("password authentication failed")));
    EXPECT_EQ(accepted.count(), 0);
    login.signIn(QStringLiteral("right"));
    EXPECT_TRUE(login.message().isEmpty());
    EXPECT_EQ(accepted.count(), 1);
    EXPECT_EQ(tried, (QStringList{QStringLiteral("wrong"), QStringLiteral("right")}));
}

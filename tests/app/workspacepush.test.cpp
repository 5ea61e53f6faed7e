// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The Mangkhut exercise's record pushed from its GeoPackage to a seats' server (started here):
// entry for entry, verified, each entry with its division for the seats' policies; a second push
// into a record that is not empty is refused. A seat reads its share through the same policies,
// writes as itself, hears other seats' commits and shows a lost server at once.
#include "mangkhutexercise.h"
#include "recordnotices.h"
#include "recordwriter.h"
#include "scenarioactions.h"
#include "workspacepush.h"

#include "situation/situationbuilder.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include "store/postgresjournal.h"
#include "store/serveradmin.h"
#include "tests/support/postgresserver.h"

using namespace lookout;
using test::MangkhutExerciseTest;

TEST_F(MangkhutExerciseTest, AWorkspacesRecordIsPushedToTheServerEntryForEntryAndSeatsReadTheirShare)
{
    QString why;
    auto server = test::PostgresServer::start(&why);
    ASSERT_NE(server, nullptr) << why.toStdString();
    ASSERT_TRUE(store::initServer(server->connection()).ok());
    auto local = store::verifyJournal(*m_journal);
    ASSERT_TRUE(local.ok());
    auto pushed = app::pushWorkspace(m_workspace->path(), server->connection());
    ASSERT_TRUE(pushed.ok()) << pushed.error().toString().toStdString();
    EXPECT_EQ(pushed->entries, local->entries);
    EXPECT_EQ(pushed->headHash, local->headHash);
    auto again = app::pushWorkspace(m_workspace->path(), server->connection());
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, Error::Code::Conflict) << again.error().toString().toStdString();

    // The exercise spans 珠海 and 江门: its entries belong to the province, which every seat
    // below reads; the inventory's items are 珠海's towns.
    QString output;
    ASSERT_TRUE(server->psql(QStringLiteral("SELECT division FROM lookout_journal WHERE kind = 'incident.opened' ORDER BY seq"), &output));
    EXPECT_EQ(output.trimmed().split(QLatin1Char('\n')), (QStringList{QStringLiteral("44"), QStringLiteral("440703")}))
        << "Mangkhut over both cities; the fire check in 蓬江区";
    ASSERT_TRUE(store::addSeatUser(server->connection(), {QStringLiteral("xz"), QStringLiteral("district-duty"), QStringLiteral("440402"), {}}, {}).ok());
    ASSERT_TRUE(store::addSeatUser(server->connection(), {QStringLiteral("jm"), QStringLiteral("city-duty"), QStringLiteral("4407"), {}}, {}).ok());
    for (const auto &[user, division] : {std::pair{"xz", "440402"}, std::pair{"jm", "4407"}}) {
        auto seat = store::PostgresJournal::connect(server->connectionAs(QString::fromLatin1(user)));
        ASSERT_TRUE(seat.ok());
        auto state = incidents::RecordState::knownAt(**seat, {});
        ASSERT_TRUE(state.ok());
        ASSERT_NE(state->incidents.find(QStringLiteral("2018-001")), nullptr) << user;
        EXPECT_EQ(state->incidents.find(QStringLiteral("2018-001"))->levels.size(), 4u) << user;
        ASSERT_TRUE(server->psql(QStringLiteral("SELECT count(*) FROM lookout_journal WHERE starts_with(division, '%1') OR starts_with('%1', division)")
                                     .arg(QString::fromLatin1(division)),
                                 &output));
        EXPECT_EQ(*(*seat)->count(), output.trimmed().toLongLong()) << user << " reads its share, no more";
        EXPECT_EQ(state->incidents.find(QStringLiteral("2019-001")) != nullptr, QByteArray(user) == "jm") << "the fire check is 江门's";

        // The seat's situation reads the shared record through the same policies, and its desk's
        // commands go there as the seat.
        app::ScenarioOptions options;
        options.at = test::utc(2019, 1, 23, 6);
        options.replay = true;
        options.recordServer = server->connectionAs(QString::fromLatin1(user));
        auto inputs = app::scenarioInputs(*m_workspace, options);
        ASSERT_TRUE(inputs.ok());
        auto situation = situation::buildSituation(m_workspace->database(), options.at, *inputs);
        ASSERT_TRUE(situation.ok()) << situation.error().toString().toStdString();
        EXPECT_EQ(situation->incidents.record.followUps.checks().size(), QByteArray(user) == "jm" ? 1 : 0) << user;
        EXPECT_TRUE(situation->incidents.source.sources.value(0).startsWith(QStringLiteral("the shared record"))) << user;
    }
    const auto note = app::RecordWriter::append(*m_workspace, [](const incidents::RecordState &state) {
        return state.incidents.note(QStringLiteral("2018-001"), QStringLiteral("区里补充"), {QStringLiteral("x"), QStringLiteral("desk"), test::utc(2018, 9, 17, 5)});
    }, server->connectionAs(QStringLiteral("xz")));
    EXPECT_FALSE(note.ok) << "a district cannot write on an incident of the province";
    const auto log = app::RecordWriter::append(*m_workspace, [](const incidents::RecordState &state) {
        return state.duty.logEntry(QStringLiteral("香洲区巡查"), QString(), {}, {QStringLiteral("x"), QStringLiteral("desk"), test::utc(2018, 9, 17, 5)},
                                   AreaRef{QStringLiteral("440402005"), QStringLiteral("拱北街道")});
    }, server->connectionAs(QStringLiteral("xz")));
    EXPECT_TRUE(log.ok) << log.message.toStdString();
    EXPECT_EQ(store::verifyJournal(*m_journal)->entries, local->entries) << "the workspace's own record is untouched";
}

TEST_F(MangkhutExerciseTest, ALiveSeatHearsAnotherSeatsCommitAndShowsALostServerAtOnce)
{
    QString why;
    auto server = test::PostgresServer::start(&why);
    ASSERT_NE(server, nullptr) << why.toStdString();
    ASSERT_TRUE(store::initServer(server->connection()).ok());
    ASSERT_TRUE(app::pushWorkspace(m_workspace->path(), server->connection()).ok());
    for (const auto &[user, division] : {std::pair{"xz", "440402"}, std::pair{"gongbei", "440402005"}})
        ASSERT_TRUE(store::addSeatUser(server->connection(),
                                       {QString::fromLatin1(user), QByteArray(user) == "xz" ? QStringLiteral("district-duty") : QStringLiteral("town-liaison"),
                                        QString::fromLatin1(division), {}},
                                       {}).ok());
    app::RecordNotices notices(server->connectionAs(QStringLiteral("xz")));
    QList<qint64> heard;
    QList<bool> states;
    QObject::connect(&notices, &app::RecordNotices::noticed, &notices, [&](qint64 sequence) { heard.append(sequence); });
    QObject::connect(&notices, &app::RecordNotices::connectionChanged, &notices, [&](bool up, const QDateTime &, const QString &) { states.append(up); });
    notices.start();
    auto waitFor = [](const std::function<bool()> &done) {
        QElapsedTimer timer;
        timer.start();
        while (!done() && timer.elapsed() < 20000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        return done();
    };
    ASSERT_TRUE(waitFor([&] { return !states.isEmpty(); }));
    EXPECT_TRUE(states.front()) << "connected";
    const auto log = app::RecordWriter::append(*m_workspace, [](const incidents::RecordState &state) {
        return state.duty.logEntry(QStringLiteral("拱北巡查"), QString(), {}, {QStringLiteral("x"), QStringLiteral("desk"), test::utc(2018, 9, 17, 5)},
                                   AreaRef{QStringLiteral("440402005"), QStringLiteral("拱北街道")});
    }, server->connectionAs(QStringLiteral("gongbei")));
    ASSERT_TRUE(log.ok) << log.message.toStdString();
    ASSERT_TRUE(waitFor([&] { return heard.contains(log.sequence); })) << "the district's seat heard the town's commit";
    // The server restarts: down at once, then back on its own.
    ASSERT_TRUE(server->restart());
    ASSERT_TRUE(waitFor([&] { return states.size() >= 3; })) << "lost, then back";
    EXPECT_FALSE(states[1]);
    EXPECT_TRUE(states[2]);
    EXPECT_TRUE(notices.isConnected());
}

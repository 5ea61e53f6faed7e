// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// Warnings the bureau issues: a CAP 1.2 alert, its update and its cancel, each valid against the
// OASIS schema, recorded, taken into the workspace's own registry (the chain kept, the Exercise
// status kept), published with an Atom index, and POSTed to a loopback endpoint that answers,
// fails and hangs.
#include "capissuing.h"

#include "feeds/capparser.h"
#include "feeds/divisionscsv.h"
#include "incidents/incidentledger.h"
#include "reports/cappublisher.h"
#include "situation/warningsituation.h"
#include "store/divisionstore.h"
#include "store/sqlitejournal.h"
#include "tests/support/faulthttpserver.h"
#include "tests/support/testdata.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace lookout;

namespace {

class CapIssuingTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto created = store::Workspace::create(m_dir.filePath(QStringLiteral("w.gpkg")), m_at);
        ASSERT_TRUE(created.ok());
        m_workspace.emplace(std::move(created).value());
        auto divisions = feeds::parseDivisionsCsv(test::readBytes(test::sharedData(QStringLiteral("divisions/districts_4404_4407.csv"))),
                                                  QStringLiteral("districts.csv"));
        ASSERT_TRUE(divisions.ok());
        ASSERT_TRUE(store::DivisionStore(m_workspace->database()).add(*divisions, QStringLiteral("districts.csv")).ok());
        m_form.event = QStringLiteral("台风");
        m_form.eventEn = QStringLiteral("Typhoon");
        m_form.level = QStringLiteral("orange");
        m_form.areas = {AreaRef{QStringLiteral("440402"), QStringLiteral("香洲区")}, AreaRef{QStringLiteral("440404"), QStringLiteral("金湾区")}};
        m_form.polygons = {{{113.5, 22.2}, {113.6, 22.2}, {113.6, 22.3}}};
        m_form.headline = QStringLiteral("珠海市台风橙色预警（演练）");
        m_form.headlineEn = QStringLiteral("Typhoon orange warning (exercise)");
        m_form.instruction = QStringLiteral("停课、停工、停业（演练）");
        m_form.expires = m_at.addSecs(24 * 3600);
        m_form.status = feeds::CapStatus::Exercise;
        m_channel = app::capChannelOf(*m_workspace, m_dir.filePath(QStringLiteral("published")));
    }
    incidents::Actor as(qint64 minutes) const { return {QStringLiteral("li.duty"), QStringLiteral("desk-1"), m_at.addSecs(minutes * 60)}; }

    QTemporaryDir m_dir;
    const QDateTime m_at{QDate(2026, 11, 30), QTime(2, 0), QTimeZone::utc()};
    std::optional<store::Workspace> m_workspace;
    reports::CapForm m_form;
    app::CapChannel m_channel;
};

} // namespace

TEST_F(CapIssuingTest, AnAlertItsUpdateAndItsCancelValidateRoundTripAndArePublished)
{
    auto alert = app::issueCap(*m_workspace, m_channel, app::CapAction::Alert, m_form, {}, {}, as(0));
    ASSERT_TRUE(alert.ok()) << alert.error().toString().toStdString();
    EXPECT_EQ(alert->alert.identifier, QStringLiteral("440400_20261130100000")) << "the issuer's code and the Beijing time sent";
    reports::CapForm raised = m_form;
    raised.level = QStringLiteral("red");
    raised.headline = QStringLiteral("珠海市台风红色预警（演练）");
    auto update = app::issueCap(*m_workspace, m_channel, app::CapAction::Update, raised, alert->alert.identifier, {}, as(60));
    ASSERT_TRUE(update.ok()) << update.error().toString().toStdString();
    auto cancel = app::issueCap(*m_workspace, m_channel, app::CapAction::Cancel, {}, update->alert.identifier, QStringLiteral("演练结束"), as(120));
    ASSERT_TRUE(cancel.ok()) << cancel.error().toString().toStdString();

    // Each file valid against the schema, and the same bytes the record keeps.
    const QDir published(m_channel.publishFolder);
    store::SqliteJournal journal(m_workspace->database());
    auto state = incidents::RecordState::knownAt(journal, {});
    ASSERT_TRUE(state.ok());
    ASSERT_EQ(state->releases.caps().size(), 3);
    for (const incidents::IssuedCap &cap : state->releases.caps()) {
        const QString file = published.filePath(reports::publishedFileName(cap.identifier));
        EXPECT_TRUE(test::capSchemaProblems(file).isEmpty()) << cap.identifier.toStdString() << ": " << test::capSchemaProblems(file).toStdString();
        EXPECT_EQ(test::readBytes(file), cap.xml);
        EXPECT_EQ(cap.status, feeds::CapStatus::Exercise);
    }
    // References: the update names the alert; the cancel names both.
    auto cancelled = feeds::parseCapAlert(cancel->xml, QStringLiteral("cancel"));
    ASSERT_TRUE(cancelled.ok());
    ASSERT_EQ(cancelled->references.size(), 2);
    EXPECT_EQ(cancelled->references[0].identifier, alert->alert.identifier);
    EXPECT_EQ(cancelled->references[1].identifier, update->alert.identifier);
    EXPECT_EQ(cancelled->references[1].sent, update->alert.sent);
    EXPECT_EQ(cancelled->msgType, feeds::CapMsgType::Cancel);
    // The Atom index lists all three, newest first, each linking its file.
    const QByteArray atom = test::readBytes(published.filePath(QStringLiteral("index.atom")));
    EXPECT_EQ(atom.count("<entry>"), 3);
    EXPECT_LT(atom.indexOf(reports::publishedFileName(cancel->alert.identifier).toUtf8()), atom.indexOf(reports::publishedFileName(alert->alert.identifier).toUtf8()));

    // The registry took them as a chain: orange live, then red, then ended by the cancel; Exercise kept.
    auto atAlert = situation::buildWarningsPart(m_workspace->database(), m_at.addSecs(30 * 60));
    ASSERT_TRUE(atAlert.ok());
    ASSERT_EQ(atAlert->current.size(), 1);
    EXPECT_EQ(atAlert->current.front().level, incidents::WarningLevel::Orange);
    EXPECT_EQ(atAlert->current.front().head.alert.status, feeds::CapStatus::Exercise);
    EXPECT_EQ(atAlert->live, 0) << "an exercise never counts as live";
    auto atUpdate = situation::buildWarningsPart(m_workspace->database(), m_at.addSecs(90 * 60));
    ASSERT_TRUE(atUpdate.ok());
    ASSERT_EQ(atUpdate->current.size(), 1);
    EXPECT_EQ(atUpdate->current.front().level, incidents::WarningLevel::Red);
    auto atCancel = situation::buildWarningsPart(m_workspace->database(), m_at.addSecs(150 * 60));
    ASSERT_TRUE(atCancel.ok());
    EXPECT_TRUE(atCancel->current.isEmpty()) << "cancelled";

    // What cannot follow: an update of what is cancelled, of what was never issued here.
    auto again = app::issueCap(*m_workspace, m_channel, app::CapAction::Update, raised, update->alert.identifier, {}, as(180));
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().toString().contains(QStringLiteral("cancelled"))) << again.error().toString().toStdString();
    EXPECT_EQ(app::issueCap(*m_workspace, m_channel, app::CapAction::Cancel, {}, QStringLiteral("nobody_1"), {}, as(180)).error().code,
              Error::Code::NotFound);
    reports::CapForm noLevel = m_form;
    noLevel.level = QStringLiteral("purple");
    auto refused = app::issueCap(*m_workspace, m_channel, app::CapAction::Alert, noLevel, {}, {}, as(180));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().context.value(0), QStringLiteral("level"));
    EXPECT_EQ(incidents::RecordState::knownAt(journal, {})->releases.caps().size(), 3) << "nothing recorded of a refused form";
}

TEST_F(CapIssuingTest, APostThatAnswersFailsOrHangsIsSaidAndTheMessageStaysIssued)
{
    test::FaultHttpServer server;
    ASSERT_TRUE(server.isListening());
    server.route("/cap", test::FaultResponse{.status = 202, .body = "accepted", .contentType = "text/plain"});
    server.route("/broken", test::FaultResponse{.status = 500, .body = "down", .contentType = "text/plain"});
    server.route("/hang", test::FaultResponse{.status = 200, .body = "late", .contentType = "text/plain", .hangMs = 4000});
    m_channel.postUrl = server.url(QStringLiteral("/cap"));
    m_channel.postTimeoutMs = 1500;
    auto posted = app::issueCap(*m_workspace, m_channel, app::CapAction::Alert, m_form, {}, {}, as(0));
    ASSERT_TRUE(posted.ok()) << posted.error().toString().toStdString();
    EXPECT_EQ(posted->postStatus, 202);
    EXPECT_TRUE(posted->postProblem.isEmpty());
    EXPECT_EQ(server.lastMethod("/cap"), QByteArray("POST"));
    EXPECT_EQ(server.lastBody("/cap"), posted->xml) << "the message as issued";
    EXPECT_EQ(server.lastContentType("/cap"), QByteArray("application/cap+xml"));

    m_channel.postUrl = server.url(QStringLiteral("/broken"));
    auto failed = app::issueCap(*m_workspace, m_channel, app::CapAction::Update, m_form, posted->alert.identifier, {}, as(10));
    ASSERT_TRUE(failed.ok()) << "issued and published even though the endpoint fails";
    EXPECT_TRUE(failed->postProblem.contains(QStringLiteral("HTTP 500"))) << failed->postProblem.toStdString();
    m_channel.postUrl = server.url(QStringLiteral("/hang"));
    auto hung = app::issueCap(*m_workspace, m_channel, app::CapAction::Update, m_form, failed->alert.identifier, {}, as(20));
    ASSERT_TRUE(hung.ok());
    EXPECT_FALSE(hung->postProblem.isEmpty()) << "a hanging endpoint times out and says so";
    store::SqliteJournal journal(m_workspace->database());
    EXPECT_EQ(incidents::RecordState::knownAt(journal, {})->releases.caps().size(), 3) << "all three issued";
}

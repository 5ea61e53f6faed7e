// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "analysis/fireevents.h"
#include "gis/coordinatetransform.h"
#include "gis/vectorsource.h"
#include "incidents/incidentledger.h"
#include "store/sqlitejournal.h"
#include "store/workspace.h"
#include "tests/support/testdata.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace lookout;
using namespace lookout::incidents;

namespace {

const QDateTime kT0(QDate(2019, 1, 23), QTime(6, 0), QTimeZone::utc());

Actor as(const QString &user, int minutes)
{
    return Actor{user, QStringLiteral("desk-2"), kT0.addSecs(minutes * 60)};
}

struct Desk {
    QTemporaryDir dir;
    store::Workspace workspace;
    store::SqliteJournal journal;
    IncidentLedger ledger;
    Desk()
        : workspace(std::move(store::Workspace::create(dir.filePath(QStringLiteral("w.gpkg")), kT0)).value()),
          journal(workspace.database()), ledger(journal)
    {
    }
};

// The real VIIRS fire event of 22-23 January 2019 in 鹤山市 (Jiangmen), as the map clusters it.
CheckedEvent heshanFire()
{
    auto file = feeds::parseFirmsCsv(test::readBytes(test::sharedData(QStringLiteral("fire/VNP14IMGTDL_NRT_SouthEast_Asia_24h.csv"))),
                                     QStringLiteral("viirs"));
    EXPECT_TRUE(file.ok());
    auto read = gis::readVectorFile(test::sharedData(QStringLiteral("boundaries/440700_full.json")), {QString(), gis::kGcj02});
    auto districts = gis::convertToWgs84(std::move(read).value());
    analysis::FireEventResult result = analysis::clusterHotspots(file->hotspots);
    analysis::assignDistricts(result.events, file->hotspots, *districts, QStringLiteral("name"));
    for (const analysis::FireEvent &event : result.events)
        if (event.district == QStringLiteral("鹤山市"))
            return CheckedEvent{event.centre, event.district, QStringLiteral("440784"), event.first, event.last, int(event.hotspots.size()),
                                event.maxFrp};
    ADD_FAILURE() << "no VIIRS fire event in 鹤山市";
    return {};
}

} // namespace

TEST(FollowUpBook, AnInstructionStaysOpenUntilItsFollowUpIsReported)
{
    Desk desk;
    auto given = desk.ledger.act([](const RecordState &state) {
        return state.followUps.giveInstruction(QStringLiteral("陈副市长"), QStringLiteral("台山市三防办"), QStringLiteral("确保沿海人员全部转移"),
                                               QStringLiteral("report the number moved by 18:00"), QString(), as(QStringLiteral("li.duty"), 0));
    });
    ASSERT_TRUE(given.ok()) << given.error().toString().toStdString();
    EXPECT_FALSE(desk.ledger.act([](const RecordState &state) {
        return state.followUps.giveInstruction(QStringLiteral("陈副市长"), QStringLiteral("x"), QStringLiteral("x"), QString(), QString(),
                                               as(QStringLiteral("li.duty"), 1));
    }).ok()) << "an instruction without the follow-up it asks for";
    EXPECT_TRUE(desk.ledger.state().followUps.instructions().first().isOpen());
    ASSERT_TRUE(desk.ledger.act([&](const RecordState &state) {
        return state.followUps.reportInstruction(given->sequence, QStringLiteral("12,000 人已转移"), as(QStringLiteral("li.duty"), 300));
    }).ok());
    const Instruction &done = desk.ledger.state().followUps.instructions().first();
    EXPECT_FALSE(done.isOpen());
    EXPECT_EQ(done.report, QStringLiteral("12,000 人已转移"));
    EXPECT_FALSE(desk.ledger.act([&](const RecordState &state) {
        return state.followUps.reportInstruction(given->sequence, QStringLiteral("again"), as(QStringLiteral("li.duty"), 301));
    }).ok());
    const RecordState before = RecordState::fromRecord(*store::entriesKnownAt(desk.journal, kT0.addSecs(299 * 60)));
    EXPECT_TRUE(before.followUps.instructions().first().isOpen()) << "as known before the report";
}

TEST(FollowUpBook, ARealFireEventIsSentToItsTownAndTheFindingComesBack)
{
    const CheckedEvent event = heshanFire();
    ASSERT_TRUE(event.position.isValid());
    EXPECT_EQ(event.district, QStringLiteral("鹤山市"));
    Desk desk;
    // A town of another district is refused: the check goes to a town of the one that holds it.
    auto elsewhere = desk.ledger.act([&](const RecordState &state) {
        return state.followUps.sendCheck(event, AreaRef{QStringLiteral("440703101"), QStringLiteral("棠下镇")}, QString(),
                                         as(QStringLiteral("li.duty"), 0));
    });
    ASSERT_FALSE(elsewhere.ok());
    EXPECT_TRUE(elsewhere.error().message.contains(QStringLiteral("not a town of 鹤山市"))) << elsewhere.error().message.toStdString();
    const AreaRef hecheng{QStringLiteral("440784105"), QStringLiteral("鹤城镇")};
    auto sent = desk.ledger.act([&](const RecordState &state) {
        return state.followUps.sendCheck(event, hecheng, QString(), as(QStringLiteral("li.duty"), 0));
    });
    ASSERT_TRUE(sent.ok()) << sent.error().toString().toStdString();
    EXPECT_EQ(desk.ledger.state().followUps.checks().front().townCode, QStringLiteral("440784105"));
    EXPECT_EQ(desk.ledger.state().followUps.checks().front().districtCode, QStringLiteral("440784"));
    auto twice = desk.ledger.act([&](const RecordState &state) {
        return state.followUps.sendCheck(event, hecheng, QString(), as(QStringLiteral("li.duty"), 1));
    });
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("already sent")));
    ASSERT_TRUE(desk.ledger.act([&](const RecordState &state) {
        return state.followUps.reportFinding(sent->sequence, CheckFinding::Burning, QStringLiteral("村民焚烧秸秆，已扑灭"),
                                             as(QStringLiteral("heshan.town"), 95));
    }).ok());
    const HotspotCheck &check = desk.ledger.state().followUps.checks().first();
    ASSERT_TRUE(check.finding.has_value());
    EXPECT_EQ(*check.finding, CheckFinding::Burning);
    EXPECT_EQ(check.town, QStringLiteral("鹤城镇"));
    EXPECT_EQ(check.position, event.position);
    EXPECT_EQ(check.firstDetection, event.firstDetection);
    EXPECT_EQ(check.detections, event.detections);
    EXPECT_EQ(check.foundBy, QStringLiteral("heshan.town"));
    EXPECT_FALSE(desk.ledger.act([&](const RecordState &state) {
        return state.followUps.reportFinding(sent->sequence, CheckFinding::Fire, QString(), as(QStringLiteral("x"), 96));
    }).ok());
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The situation as known at T, built from a workspace of real files, against committed golden
// JSON (on a mismatch: tests/data/situation/<name>.fail.json and the diff).
#include "situationfixture.h"

#include "incidents/incidentledger.h"
#include "store/sqlitejournal.h"

using namespace lookout;
using test::kNow;
using test::SituationTest;


// The Yangtze on 30 June 2020, 23:00 Beijing time (the demo's water replay): the Three Gorges over
// its flood limit, five stations against their warning levels, five without a threshold.
TEST_F(SituationTest, YangtzeStationsMatchTheGoldenFile)
{
    ingest(test::sharedData(QStringLiteral("water/cjh_yangtze_waterlevel_2020-06_gb18030.csv")), QStringLiteral("cjh_yangtze_waterlevel_2020-06_gb18030.csv"));
    ingest(test::packagingData(QStringLiteral("events/yangtze_thresholds.csv")), QStringLiteral("yangtze_thresholds.csv"));
    auto situation = situation::buildSituation(m_workspace->database(), QDateTime(QDate(2020, 6, 30), QTime(15, 0), QTimeZone::utc()));
    ASSERT_TRUE(situation.ok()) << situation.error().toString().toStdString();
    EXPECT_EQ(situation->stations.state, situation::DataState::Reported);
    ASSERT_FALSE(situation->stations.stations.isEmpty());
    EXPECT_EQ(situation->stations.stations.front().name, QStringLiteral("三峡水库"));
    const QString difference = goldenDifference(*situation, QStringLiteral("yangtze-2020-06-30.json"));
    EXPECT_TRUE(difference.isEmpty()) << difference.toStdString();
}

// The Macao SMG monsoon signal next to Zhuhai (the demo's warnings replay), received as issued:
// an Update that ends the chain it supersedes, known at 2025-04-13 06:30 Beijing time.
TEST_F(SituationTest, MacaoSignalMatchesTheGoldenFile)
{
    ingest(test::sharedData(QStringLiteral("warnings/mo-smg_monsoon_update_allclear_zh-pt-en.xml")),
           QStringLiteral("mo-smg_monsoon_update_allclear_zh-pt-en.xml"), true);
    ingest(test::sharedData(QStringLiteral("warnings/ch-alertswiss_status-Test.xml")), QStringLiteral("ch-alertswiss_status-Test.xml"), true);
    auto situation = situation::buildSituation(m_workspace->database(), QDateTime(QDate(2025, 4, 12), QTime(22, 30), QTimeZone::utc()));
    ASSERT_TRUE(situation.ok()) << situation.error().toString().toStdString();
    EXPECT_NE(situation->warnings.state, situation::DataState::NoData);
    EXPECT_EQ(situation->stations.state, situation::DataState::NoData);
    const QString difference = goldenDifference(*situation, QStringLiteral("macao-2025-04-12.json"));
    EXPECT_TRUE(difference.isEmpty()) << difference.toStdString();
}

// No reading in the window is "no data", never "nothing to report".
TEST_F(SituationTest, AnEmptyWorkspaceHasNoDataRatherThanNothingToReport)
{
    auto situation = situation::buildSituation(m_workspace->database(), kNow);
    ASSERT_TRUE(situation.ok());
    EXPECT_EQ(situation->stations.state, situation::DataState::NoData);
    const QJsonObject json = situation::toJson(*situation);
    EXPECT_EQ(json.value(QStringLiteral("water")).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("no-data"));
    EXPECT_EQ(json.value(QStringLiteral("warnings")).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("no-data"));
    EXPECT_EQ(json.value(QStringLiteral("schema")).toInt(), situation::Situation::kSchemaVersion);
}

// Typhoon Mangkhut a day before landfall (the demo's typhoon replay, 2018-09-16 08:00 Beijing):
// CMA's real-time fix, each agency's wind in its own unit and averaging, the force-7 circle over
// Zhuhai's and Jiangmen's districts, distances from 香洲区 and 蓬江区.
TEST_F(SituationTest, MangkhutMatchesTheGoldenFile)
{
    importDistricts();
    for (const char *file : {"CH2018BST.txt", "wztf_201822_Mangkhut.json", "bwp262018.dat"})
        ingest(test::sharedData(QStringLiteral("typhoon/") + QString::fromLatin1(file)), QString::fromLatin1(file));
    auto inputs = situation::situationInputsOf(*m_workspace);
    ASSERT_TRUE(inputs.ok()) << inputs.error().toString().toStdString();
    EXPECT_EQ(inputs->references.size(), 2);
    auto situation = situation::buildSituation(m_workspace->database(), QDateTime(QDate(2018, 9, 16), QTime(0, 0), QTimeZone::utc()), *inputs);
    ASSERT_TRUE(situation.ok()) << situation.error().toString().toStdString();
    ASSERT_EQ(situation->cyclones.storms.size(), 1);
    const situation::CycloneSituation &mangkhut = situation->cyclones.storms.front();
    EXPECT_EQ(mangkhut.view.name, QStringLiteral("MANGKHUT"));
    EXPECT_EQ(mangkhut.main.agency, QStringLiteral("CMA"));
    EXPECT_EQ(mangkhut.lastFix().time, QDateTime(QDate(2018, 9, 16), QTime(0, 0), QTimeZone::utc()));
    const QString difference = goldenDifference(*situation, QStringLiteral("mangkhut-2018-09-16.json"));
    EXPECT_TRUE(difference.isEmpty()) << difference.toStdString();
}

// The record as known at T: an exercise opened over two districts by code, its level, a leader's
// instruction still open; a later step is not known yet.
TEST_F(SituationTest, TheRecordAsKnownAtTMatchesTheGoldenFile)
{
    store::SqliteJournal journal(m_workspace->database());
    incidents::IncidentLedger ledger(journal);
    const QDateTime t0(QDate(2018, 9, 15), QTime(2, 0), QTimeZone::utc());
    auto as = [&](int minutes) { return incidents::Actor{QStringLiteral("li.duty"), QStringLiteral("desk-1"), t0.addSecs(minutes * 60)}; };
    ASSERT_TRUE(ledger.act([&](const incidents::RecordState &state) {
        return state.incidents.open(QStringLiteral("演练 Typhoon exercise"), incidents::Hazard::Typhoon, true,
                                    {AreaRef{QStringLiteral("440781"), QStringLiteral("台山市")}, AreaRef{QStringLiteral("440402"), QStringLiteral("香洲区")}},
                                    {}, {}, as(0));
    }).ok());
    const QString id = ledger.book().incidents().last().id;
    ASSERT_TRUE(ledger.act([&](const incidents::RecordState &state) {
        return state.incidents.changeLevel(id, incidents::LevelAction::Start, 4, QStringLiteral("指挥长（演练）"), QStringLiteral("蓝色预警"), as(60));
    }).ok());
    ASSERT_TRUE(ledger.act([&](const incidents::RecordState &state) {
        return state.followUps.giveInstruction(QStringLiteral("市领导（演练）"), QStringLiteral("台山市三防办"), QStringLiteral("渔船回港"),
                                               QStringLiteral("18:00 前报告"), id, as(90));
    }).ok());
    ASSERT_TRUE(ledger.act([&](const incidents::RecordState &state) {
        return state.incidents.changeLevel(id, incidents::LevelAction::Raise, 3, QStringLiteral("指挥长（演练）"), QStringLiteral("黄色预警"), as(600));
    }).ok());
    auto situation = situation::buildSituation(m_workspace->database(), t0.addSecs(120 * 60));
    ASSERT_TRUE(situation.ok()) << situation.error().toString().toStdString();
    ASSERT_EQ(situation->incidents.active.size(), 1);
    EXPECT_EQ(situation->incidents.active.front().level, 4);  // raised to Ⅲ later: not known yet
    EXPECT_EQ(situation->incidents.openInstructions, 1);
    const QString difference = goldenDifference(*situation, QStringLiteral("record-2018-09-15.json"));
    EXPECT_TRUE(difference.isEmpty()) << difference.toStdString();
}

// A builder that keeps the record folded reads only what was appended since its last build, and
// gives the same situation as a build from nothing — also when an entry is written with a time
// before the last build's (an exercise injected with past times), which makes it fold anew.
TEST_F(SituationTest, AKeptRecordFoldGivesTheSameSituationAsABuildFromNothing)
{
    store::SqliteJournal journal(m_workspace->database());
    incidents::IncidentLedger ledger(journal);
    const QDateTime t0(QDate(2018, 9, 15), QTime(2, 0), QTimeZone::utc());
    auto as = [&](int minutes) { return incidents::Actor{QStringLiteral("li.duty"), QStringLiteral("desk-1"), t0.addSecs(minutes * 60)}; };
    ASSERT_TRUE(ledger.act([&](const incidents::RecordState &state) {
        return state.incidents.open(QStringLiteral("演练 exercise"), incidents::Hazard::Typhoon, true,
                                    {AreaRef{QStringLiteral("440781"), QStringLiteral("台山市")}}, {}, {}, as(0));
    }).ok());
    const QString id = ledger.book().incidents().last().id;
    situation::BuildCache cache;
    auto json = [](const situation::Situation &s) { return QJsonDocument(situation::toJson(s)).toJson(QJsonDocument::Compact); };
    auto build = [&](const QDateTime &at, situation::BuildCache *kept) {
        auto built = situation::buildSituation(m_workspace->database(), at, {}, {}, kept);
        EXPECT_TRUE(built.ok());
        return built ? *built : situation::Situation{};
    };
    EXPECT_EQ(json(build(t0.addSecs(600), &cache)), json(build(t0.addSecs(600), nullptr)));
    const qint64 readBefore = cache.record.lastSequence;
    ASSERT_TRUE(ledger.act([&](const incidents::RecordState &state) {
        return state.incidents.changeLevel(id, incidents::LevelAction::Start, 4, QStringLiteral("指挥长（演练）"), QStringLiteral("蓝色预警"), as(60));
    }).ok());
    // A build at a time before that entry reads it and leaves it out; the next, after it, cannot
    // carry the fold forward past an entry it skipped, and folds anew.
    EXPECT_EQ(json(build(t0.addSecs(1200), &cache)), json(build(t0.addSecs(1200), nullptr)));
    EXPECT_GT(cache.record.lastSequence, readBefore) << "only the new entry read";
    EXPECT_LT(cache.record.earliestSkippedMs, t0.addSecs(7200).toMSecsSinceEpoch());
    const situation::Situation later = build(t0.addSecs(7200), &cache);
    EXPECT_EQ(later.incidents.active.front().level, 4);
    EXPECT_EQ(json(later), json(build(t0.addSecs(7200), nullptr)));
    // An entry written now with a time before the last build: the fold cannot carry it.
    ASSERT_TRUE(ledger.act([&](const incidents::RecordState &state) {
        return state.duty.logEntry(QStringLiteral("补录 late entry (exercise)"), id, {}, as(30));
    }).ok());
    EXPECT_EQ(json(build(t0.addSecs(9000), &cache)), json(build(t0.addSecs(9000), nullptr)));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The situation with the plans part and the plan tasks, against its golden file: Mangkhut at
// 11:00 Beijing on 16 September 2018, an exercise incident activated Ⅳ then Ⅲ under the demo
// Zhuhai typhoon plan, one task reported.
#include "incidents/incidentledger.h"
#include "plans/planactivation.h"
#include "store/sqlitejournal.h"
#include "tests/unit/plans/planfixture.h"

using namespace lookout;
using namespace lookout::test;

TEST_F(PlanTest, MangkhutWithThePlansPartMatchesTheGoldenFile)
{
    importDivisions();
    for (const char *file : {"CH2018BST.txt", "wztf_201822_Mangkhut.json", "bwp262018.dat"})
        ingest(test::sharedData(QStringLiteral("typhoon/") + QString::fromLatin1(file)), QString::fromLatin1(file));
    const plans::PlanReading reading = plans::readPlanFile(test::packagingData(QStringLiteral("plans/zhuhai-typhoon.yaml")));
    ASSERT_TRUE(reading.ok());
    const plans::Plan &plan = *reading.plan;

    store::SqliteJournal journal(m_workspace->database());
    incidents::IncidentLedger ledger(journal);
    auto as = [](const QDateTime &at) { return incidents::Actor{QStringLiteral("li.duty"), QStringLiteral("desk-1"), at}; };
    auto opened = ledger.record([&](const incidents::IncidentBook &book) {
        return book.open(QStringLiteral("山竹 exercise"), incidents::Hazard::Typhoon, true, {AreaRef{QStringLiteral("4404"), QStringLiteral("珠海市")}},
                         {}, {}, as(utc(2018, 9, 15, 2)));
    });
    ASSERT_TRUE(opened.ok());
    const QString id = opened->payloadObject().value(QStringLiteral("id")).toString();
    for (const auto &[action, level, at] : {std::tuple{incidents::LevelAction::Start, 4, utc(2018, 9, 15, 3)},
                                           std::tuple{incidents::LevelAction::Raise, 3, utc(2018, 9, 15, 9)}})
        ASSERT_TRUE(ledger.act([&, action = action, level = level, at = at](const incidents::RecordState &state) {
            return state.responses.activate(state.incidents, id, action, level, QStringLiteral("陈"), QStringLiteral("演练"), plans::planRef(plan),
                                            plans::tasksUpTo(plan, level), as(at));
        }).ok());
    ASSERT_TRUE(ledger.act([&](const incidents::RecordState &state) {
        return state.responses.reportTask(1, QStringLiteral("值班已加强（演练）"), as(utc(2018, 9, 15, 3, 40)));
    }).ok());

    plans::PlanFolder folder;
    folder.folder = QStringLiteral("packaging/data/plans");
    folder.plans.append(plan);
    folder.broken.append({QStringLiteral("packaging/data/plans/broken.yaml"), {QStringLiteral("broken.yaml:1:1: YAML syntax: (a test entry)")}});
    plans::PlanEvaluator evaluator(folder, areas());
    situation::Situation earlier = situationAt(utc(2018, 9, 16, 0));
    evaluator.evaluate(earlier);
    situation::Situation situation = situationAt(utc(2018, 9, 16, 3));
    situation.plans = evaluator.evaluate(situation);
    ASSERT_EQ(situation.plans.suggestions.size(), 1);
    EXPECT_EQ(situation.plans.suggestions.front().suggested, 1);
    EXPECT_EQ(situation.plans.suggestions.front().current, 3);
    EXPECT_TRUE(situation.plans.suggestions.front().activated);
    EXPECT_FALSE(situation.plans.suggestions.front().changes.isEmpty()) << "Ⅱ at 00Z, Ⅰ at 03Z";
    EXPECT_EQ(situation.plans.differing, 1);
    const QString difference = goldenDifference(situation, QStringLiteral("plans-mangkhut-2018-09-16.json"));
    EXPECT_TRUE(difference.isEmpty()) << difference.toStdString();
}

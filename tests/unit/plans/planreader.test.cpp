// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// Plan files: the demo plans read; broken files give every problem with file, line, column and field.
#include "plans/planevaluator.h"
#include "plans/planreader.h"
#include "tests/support/testdata.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace lookout;
using namespace lookout::plans;

namespace {

const QByteArray kGood = "plan: 测试预案\n"
                         "id: test-plan\n"
                         "hazard: typhoon\n"
                         "jurisdiction: \"4404\"\n"
                         "source: {document: test, clause: \"§1\", verified: true}\n"
                         "levels:\n"
                         "  - level: 4\n"
                         "    when: {any: [{storm-distance: {within_km: 500, of: {point: [113.57, 22.27]}}},\n"
                         "                 {warning: {event_contains: 台风, min_level: blue, area: \"4404\"}}]}\n"
                         "actions:\n"
                         "  - {level: 4, id: watch, text: 值守, owner: 三防办, due_hours: 1, report: true}\n";

KnownAreas zhuhaiAndJiangmen()
{
    return KnownAreas{{QStringLiteral("44"), QStringLiteral("4404"), QStringLiteral("4407"), QStringLiteral("440402")}};
}

// The single problem of a file with one mistake.
PlanProblem onlyProblem(const QByteArray &yaml)
{
    const PlanReading reading = readPlan(yaml, QStringLiteral("broken.yaml"), zhuhaiAndJiangmen());
    EXPECT_FALSE(reading.ok());
    EXPECT_EQ(reading.problems.size(), 1);
    for (const PlanProblem &problem : reading.problems)
        std::cerr << problem.toString().toStdString() << "\n";
    return reading.problems.value(0);
}

} // namespace

TEST(PlanReader, TheDemoPlansReadWithTheirLevelsActionsAndSources)
{
    const KnownAreas none;
    for (const char *file : {"zhuhai-typhoon.yaml", "yangtze-hubei-flood.yaml", "jiangmen-forest-fire.yaml"}) {
        const PlanReading reading = readPlanFile(test::packagingData(QStringLiteral("plans/") + QString::fromLatin1(file)), none);
        ASSERT_TRUE(reading.ok()) << file << ": " << reading.problems.value(0).toString().toStdString();
        EXPECT_TRUE(reading.plan->isTemplate()) << file;
    }
    const PlanReading zhuhai = readPlanFile(test::packagingData(QStringLiteral("plans/zhuhai-typhoon.yaml")));
    ASSERT_TRUE(zhuhai.ok());
    EXPECT_EQ(zhuhai.plan->levels.size(), 4);
    EXPECT_EQ(zhuhai.plan->levels.front().level, 1) << "Ⅰ first: the suggestion is the highest level that holds";
    EXPECT_EQ(zhuhai.plan->sources.size(), 3);
    EXPECT_TRUE(zhuhai.plan->clause().contains(QStringLiteral("2025-09-07")));
    int level3 = 0;
    for (const PlanAction &action : zhuhai.plan->actions)
        level3 += action.level == 3 ? 1 : 0;
    EXPECT_EQ(level3, 10) << "the ten measures of the 7 Sep 2025 Ⅲ notice";
}

TEST(PlanReader, AGoodPlanReadsWithItsTriggersLocated)
{
    const PlanReading reading = readPlan(kGood, QStringLiteral("good.yaml"), zhuhaiAndJiangmen());
    ASSERT_TRUE(reading.ok());
    const Trigger &when = reading.plan->levels.front().when;
    EXPECT_EQ(when.kind, TriggerKind::Any);
    ASSERT_EQ(when.children.size(), 2);
    EXPECT_EQ(when.children[0].kind, TriggerKind::StormDistance);
    EXPECT_EQ(when.children[0].withinKm, 500);
    EXPECT_EQ(when.children[1].minLevel, incidents::WarningLevel::Blue);
    EXPECT_EQ(when.children[1].at.line, 9);
    EXPECT_FALSE(reading.plan->isTemplate());
}

TEST(PlanReader, YamlSyntaxErrorsNameTheLineAndColumn)
{
    QByteArray broken = kGood;
    broken.replace("within_km: 500, of:", "within_km: 500 of: [");
    const PlanProblem problem = onlyProblem(broken);
    EXPECT_EQ(problem.file, QStringLiteral("broken.yaml"));
    EXPECT_GE(problem.at.line, 8);
    EXPECT_GT(problem.at.column, 0);
    EXPECT_TRUE(problem.message.startsWith(QStringLiteral("YAML syntax"))) << problem.message.toStdString();
}

TEST(PlanReader, AnUnknownTriggerKindIsNamedWithItsPath)
{
    QByteArray broken = kGood;
    broken.replace("storm-distance:", "storm-distanse:");
    const PlanProblem problem = onlyProblem(broken);
    EXPECT_EQ(problem.field, QStringLiteral("levels[0].when.any[0].storm-distanse"));
    EXPECT_EQ(problem.at.line, 8);
    EXPECT_TRUE(problem.message.contains(QStringLiteral("unknown trigger kind")));
    EXPECT_TRUE(problem.toString().startsWith(QStringLiteral("broken.yaml:8:")));
}

TEST(PlanReader, WrongTypesAndValuesOutsideTheirRange)
{
    QByteArray wrongType = kGood;
    wrongType.replace("within_km: 500", "within_km: far");
    PlanProblem problem = onlyProblem(wrongType);
    EXPECT_EQ(problem.field, QStringLiteral("levels[0].when.any[0].storm-distance.within_km"));
    EXPECT_TRUE(problem.message.contains(QStringLiteral("expected a number, got \"far\"")));

    QByteArray colour = kGood;
    colour.replace("min_level: blue", "min_level: purple");
    problem = onlyProblem(colour);
    EXPECT_EQ(problem.field, QStringLiteral("levels[0].when.any[1].warning.min_level"));
    EXPECT_EQ(problem.at.line, 9);

    QByteArray level = kGood;
    level.replace("  - level: 4\n", "  - level: 5\n");
    EXPECT_EQ(onlyProblem(level).field, QStringLiteral("levels[0].level"));

    QByteArray key = kGood;
    key.replace("issuer", "x").replace("hazard: typhoon\n", "hazard: typhoon\nisuer: x\n");
    EXPECT_EQ(onlyProblem(key).field, QStringLiteral("isuer"));
}

TEST(PlanReader, AnAreaNotInTheDivisionsTable)
{
    QByteArray broken = kGood;
    broken.replace("area: \"4404\"", "area: \"4499\"");
    const PlanProblem problem = onlyProblem(broken);
    EXPECT_EQ(problem.field, QStringLiteral("levels[0].when.any[1].warning.area"));
    EXPECT_TRUE(problem.message.contains(QStringLiteral("not in the workspace's divisions table")));
    // Without divisions, codes are checked for their form only.
    EXPECT_TRUE(readPlan(broken, QStringLiteral("x.yaml")).ok());
    QByteArray form = kGood;
    form.replace("area: \"4404\"", "area: \"44041\"");
    EXPECT_FALSE(readPlan(form, QStringLiteral("x.yaml")).ok());
}

TEST(PlanReader, EveryProblemOfAFileIsListed)
{
    const PlanReading reading = readPlan("plan: x\nid: Bad Id\nhazard: snow\njurisdiction: 4404\nlevels: []\n", QStringLiteral("many.yaml"));
    ASSERT_FALSE(reading.ok());
    QStringList fields;
    for (const PlanProblem &problem : reading.problems)
        fields.append(problem.field);
    EXPECT_TRUE(fields.contains(QStringLiteral("id")));
    EXPECT_TRUE(fields.contains(QStringLiteral("hazard")));
    EXPECT_TRUE(fields.contains(QStringLiteral("source")));
    EXPECT_TRUE(fields.contains(QStringLiteral("levels")));
    EXPECT_FALSE(readPlan("", QStringLiteral("empty.yaml")).ok());
    EXPECT_FALSE(readPlan("- just\n- a list\n", QStringLiteral("list.yaml")).ok());
}

TEST(PlanFolder, ABrokenPlanIsListedAndTheOthersStillLoad)
{
    QTemporaryDir dir;
    QDir().mkpath(dir.path());
    test::writeFile(dir, QStringLiteral("a-good.yaml"), kGood);
    test::writeFile(dir, QStringLiteral("b-broken.yaml"), "plan: x\nid: [\n");
    QByteArray twin = kGood;
    test::writeFile(dir, QStringLiteral("c-same-id.yml"), twin);
    test::writeFile(dir, QStringLiteral("notes.txt"), "not a plan");
    const PlanFolder folder = loadPlanFolder(dir.path(), zhuhaiAndJiangmen());
    ASSERT_EQ(folder.plans.size(), 1);
    EXPECT_EQ(folder.plans.front().id, QStringLiteral("test-plan"));
    ASSERT_EQ(folder.broken.size(), 2);
    EXPECT_TRUE(folder.broken[0].file.endsWith(QStringLiteral("b-broken.yaml")));
    EXPECT_TRUE(folder.broken[1].problems.front().contains(QStringLiteral("the id of another plan")));
}

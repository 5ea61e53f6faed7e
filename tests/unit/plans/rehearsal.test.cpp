// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// A rehearsal of Mangkhut: the suggested level at each step follows the distances computed here by
// hand from CMA's best-track fixes; the actual level is the record's.
#include "plans/rehearsal.h"
#include "incidents/incidentledger.h"
#include "store/sqlitejournal.h"
#include "tests/unit/plans/planfixture.h"

#include <QJsonArray>

using namespace lookout;
using namespace lookout::test;

namespace {

// CMA best track (CH2018BST.txt), MANGKHUT: time (UTC), latitude, longitude.
struct Fix {
    QDateTime at;
    double lat;
    double lon;
};
const QList<Fix> kFixes{{utc(2018, 9, 15, 0), 18.1, 120.7},  {utc(2018, 9, 15, 6), 18.5, 119.7},  {utc(2018, 9, 15, 9), 18.9, 119.0},
                        {utc(2018, 9, 15, 12), 19.2, 118.3}, {utc(2018, 9, 15, 15), 19.5, 117.6}, {utc(2018, 9, 15, 18), 19.8, 116.9},
                        {utc(2018, 9, 15, 21), 20.3, 116.1}, {utc(2018, 9, 16, 0), 20.6, 115.4},  {utc(2018, 9, 16, 3), 21.0, 114.5},
                        {utc(2018, 9, 16, 6), 21.5, 113.5},  {utc(2018, 9, 16, 9), 21.9, 112.5},  {utc(2018, 9, 16, 12), 22.0, 111.5}};

int levelFor(double km)
{
    return km <= 100 ? 1 : km <= 250 ? 2 : km <= 400 ? 3 : km <= 700 ? 4 : 0;
}

} // namespace

TEST_F(PlanTest, MangkhutRehearsalFollowsTheHandComputedDistances)
{
    importDivisions();
    ingest(test::sharedData(QStringLiteral("typhoon/CH2018BST.txt")), QStringLiteral("CH2018BST.txt"));
    const plans::Plan plan = planWith(QStringLiteral("{storm-distance: {within_km: 700, of: {point: [113.5767, 22.2707]}}}"));
    ASSERT_FALSE(plan.levels.isEmpty());
    plans::Plan ladder = plan;
    ladder.levels.clear();
    for (const auto &[level, km] : {std::pair{1, 100}, std::pair{2, 250}, std::pair{3, 400}, std::pair{4, 700}}) {
        plans::PlanLevel entry = plan.levels.front();
        entry.level = level;
        entry.when.withinKm = km;
        ladder.levels.append(entry);
    }

    // The exercise record: Ⅳ at 03Z and Ⅲ at 09Z on the 15th.
    store::SqliteJournal journal(m_workspace->database());
    incidents::IncidentLedger ledger(journal);
    auto opened = ledger.record([](const incidents::IncidentBook &book) {
        return book.open(QStringLiteral("山竹 exercise"), incidents::Hazard::Typhoon, true, {AreaRef{QStringLiteral("4404"), QStringLiteral("珠海市")}},
                         {}, {}, incidents::Actor{QStringLiteral("li"), QStringLiteral("desk"), utc(2018, 9, 15, 2)});
    });
    ASSERT_TRUE(opened.ok());
    const QString id = opened->payloadObject().value(QStringLiteral("id")).toString();
    for (const auto &[action, level, at] : {std::tuple{incidents::LevelAction::Start, 4, utc(2018, 9, 15, 3)},
                                           std::tuple{incidents::LevelAction::Raise, 3, utc(2018, 9, 15, 9)}})
        ASSERT_TRUE(ledger.record([&, action = action, level = level, at = at](const incidents::IncidentBook &book) {
            return book.changeLevel(id, action, level, QStringLiteral("陈"), QStringLiteral("演练"), incidents::Actor{QStringLiteral("li"), QStringLiteral("desk"), at});
        }).ok());

    auto inputs = situation::situationInputsOf(*m_workspace);
    ASSERT_TRUE(inputs.ok());
    auto rehearsal = plans::rehearse(m_workspace->database(), *inputs, ladder, utc(2018, 9, 15, 0), utc(2018, 9, 16, 12), 3 * 3600);
    ASSERT_TRUE(rehearsal.ok()) << rehearsal.error().toString().toStdString();
    ASSERT_EQ(rehearsal->steps.size(), 13);
    int changes = 0;
    for (const plans::RehearsalStep &step : rehearsal->steps) {
        const Fix *latest = nullptr;  // the latest fix known at the step
        for (const Fix &fix : kFixes)
            if (fix.at <= step.at)
                latest = &fix;
        ASSERT_NE(latest, nullptr);
        const double km = handKm(latest->lon, latest->lat, 113.5767, 22.2707);
        EXPECT_EQ(step.suggested, levelFor(km)) << step.at.toString(Qt::ISODate).toStdString() << " " << km << " km";
        if (!step.holding.isEmpty()) {
            EXPECT_NEAR(step.holding.front().measured, km, 0.5);
        }
        const int actual = step.at < utc(2018, 9, 15, 3) ? 0 : step.at < utc(2018, 9, 15, 9) ? 4 : 3;
        EXPECT_EQ(step.actual, actual) << step.at.toString(Qt::ISODate).toStdString();
        changes += step.changes.isEmpty() ? 0 : 1;
    }
    EXPECT_GE(changes, 4) << "Ⅳ → Ⅲ → Ⅱ → Ⅰ → Ⅱ as Mangkhut passed";

    const QJsonObject json = plans::toJson(*rehearsal);
    EXPECT_EQ(json.value(QStringLiteral("plan")).toString(), QStringLiteral("test"));
    const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
    EXPECT_EQ(steps.first().toObject().value(QStringLiteral("at")).toString(), QStringLiteral("2018-09-15T00:00:00Z"));
    EXPECT_TRUE(steps.first().toObject().value(QStringLiteral("actual")).isNull());
    EXPECT_EQ(steps.last().toObject().value(QStringLiteral("actual")).toInt(), 3);
    const QByteArray csv = plans::toCsv(*rehearsal);
    EXPECT_TRUE(csv.startsWith("at,suggested,actual,incident,holding\n"));
    EXPECT_EQ(csv.count('\n'), 14);
}

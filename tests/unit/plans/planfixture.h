// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The situation fixture with the workspace's divisions, and plan triggers written inline.
#pragma once

#include "feeds/divisionscsv.h"
#include "plans/planevaluator.h"
#include "plans/planreader.h"
#include "plans/triggerevaluation.h"
#include "store/divisionstore.h"
#include "tests/unit/situation/situationfixture.h"

namespace lookout::test {

class PlanTest : public SituationTest {
protected:
    // The demo's focus districts and the real 统计用区划代码 of Zhuhai and Jiangmen.
    void importDivisions()
    {
        importDistricts();
        for (const char *file : {"cities_4404_4407.csv", "districts_4404_4407.csv", "towns_4404_4407.csv"}) {
            auto divisions = feeds::parseDivisionsCsv(test::readBytes(test::sharedData(QStringLiteral("divisions/") + QString::fromLatin1(file))),
                                                      QString::fromLatin1(file));
            ASSERT_TRUE(divisions.ok());
            ASSERT_TRUE(store::DivisionStore(m_workspace->database()).add(*divisions, QString::fromLatin1(file)).ok());
        }
    }
    plans::PlanAreas areas()
    {
        auto inputs = situation::situationInputsOf(*m_workspace);
        EXPECT_TRUE(inputs.ok());
        return plans::PlanAreas::of(*inputs);
    }
    // A plan of one level whose `when` is the given trigger (YAML flow), read as a file would be.
    static plans::Plan planWith(const QString &when, const QString &hazard = QStringLiteral("typhoon"))
    {
        const QString yaml = QStringLiteral("plan: test\nid: test\nhazard: %1\njurisdiction: \"4404\"\n"
                                            "source: {document: test, verified: false}\n"
                                            "levels:\n  - level: 4\n    when: %2\n")
                                 .arg(hazard, when);
        const plans::PlanReading reading = plans::readPlan(yaml.toUtf8(), QStringLiteral("test.yaml"));
        EXPECT_TRUE(reading.ok()) << (reading.problems.isEmpty() ? std::string() : reading.problems.front().toString().toStdString());
        return reading.plan.value_or(plans::Plan{});
    }
    // Whether `when` holds at `at`, and the first holding trigger's value.
    std::pair<bool, situation::HoldingTrigger> holds(const QString &when, const QDateTime &at)
    {
        const plans::Plan plan = planWith(when);
        if (plan.levels.isEmpty())
            return {false, {}};
        const plans::TriggerOutcome outcome = plans::evaluateTrigger(plan.levels.front().when, situationAt(at), areas());
        return {outcome.holds, outcome.holding.isEmpty() ? situation::HoldingTrigger{} : outcome.holding.front()};
    }
};

// The great-circle distance on the mean sphere (R = 6371.0088 km), written out here so that the
// tests check the library's geodesy against a calculation of their own.
inline double handKm(double lon1, double lat1, double lon2, double lat2)
{
    const double rad = 3.14159265358979323846 / 180.0;
    const double dLat = (lat2 - lat1) * rad, dLon = (lon2 - lon1) * rad;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2) + std::cos(lat1 * rad) * std::cos(lat2 * rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * 6371.0088 * std::asin(std::sqrt(a));
}

} // namespace lookout::test

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The domain's map styles are keyed by the domain's enumerations: every value has its style, and
// the keys features carry are the styles' own.
#include "situation/mapstyles.h"

#include "core/enumvalues.h"

#include <gtest/gtest.h>

#include <set>

using namespace lookout;

TEST(MapStyles, EveryWarningLevelAndVariantHasItsOwnStyle)
{
    const gis::CategorizedStyle styles = situation::warningAreaStyles();
    std::set<QRgb> colours;
    for (const incidents::WarningLevel level : everyValueOf<incidents::WarningLevel>()) {
        for (const bool actual : {true, false})
            EXPECT_TRUE(styles.categories.contains(situation::warningAreaStyleKey(level, actual, true)))
                << situation::warningAreaStyleKey(level, actual, true).toStdString();
        colours.insert(situation::warningLevelColor(level).rgb());
    }
    EXPECT_EQ(colours.size(), everyValueOf<incidents::WarningLevel>().size()) << "five levels, five colours";
    EXPECT_TRUE(styles.categories.value(situation::warningAreaStyleKey(incidents::WarningLevel::Red, false, true)).dashed)
        << "an exercise or test warning never looks like a real one";
    EXPECT_EQ(situation::warningAreaStyleKey(incidents::WarningLevel::Red, true, false), QStringLiteral("ended"));
}

TEST(MapStyles, StationsIncidentsChecksAndGradesAreStyledByTheirEnumerations)
{
    const gis::CategorizedStyle stations = situation::stationStyles();
    for (const analysis::StationState state : everyValueOf<analysis::StationState>())
        for (const bool stale : {false, true})
            EXPECT_TRUE(stations.categories.contains(situation::stationStyleKey(state, stale)));
    EXPECT_EQ(situation::stationStyleKey(analysis::StationState::OverGuaranteed, true), QStringLiteral("stale"))
        << "a stale reading is not shown as a current excess";
    EXPECT_NE(situation::stationStateColor(analysis::StationState::OverGuaranteed, false),
              situation::stationStateColor(analysis::StationState::OverWarning, false));

    const gis::CategorizedStyle incidents = situation::incidentAreaStyles();
    for (const incidents::ResponseLevel level : everyValueOf<incidents::ResponseLevel>())
        for (const bool exercise : {false, true}) {
            const QString key = situation::incidentAreaStyleKey(level, exercise);
            ASSERT_TRUE(incidents.categories.contains(key)) << key.toStdString();
            EXPECT_EQ(incidents.categories.value(key).dashed, exercise);
        }
    EXPECT_EQ(situation::responseLevelColor(incidents::ResponseLevel::I), situation::warningLevelColor(incidents::WarningLevel::Red));
    EXPECT_EQ(situation::responseLevelColor(incidents::ResponseLevel::IV), situation::warningLevelColor(incidents::WarningLevel::Blue));

    const gis::CategorizedStyle checks = situation::hotspotCheckStyles();
    EXPECT_TRUE(checks.categories.contains(situation::checkStyleKey(std::nullopt)));
    for (const incidents::CheckFinding finding : everyValueOf<incidents::CheckFinding>())
        EXPECT_TRUE(checks.categories.contains(situation::checkStyleKey(finding)));

    const gis::CategorizedStyle track = situation::typhoonTrackStyles();
    for (const feeds::TyphoonGrade grade : {feeds::TyphoonGrade::TD, feeds::TyphoonGrade::TS, feeds::TyphoonGrade::STS, feeds::TyphoonGrade::TY,
                                            feeds::TyphoonGrade::STY, feeds::TyphoonGrade::SuperTY}) {
        ASSERT_TRUE(track.categories.contains(feeds::gradeCode(grade))) << feeds::gradeCode(grade).toStdString();
        EXPECT_EQ(track.categories.value(feeds::gradeCode(grade)).stroke, situation::typhoonGradeColor(grade));
    }
}

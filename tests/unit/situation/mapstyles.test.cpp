// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The domain's map styles are keyed by the domain's enumerations: every value has its style, and
// the keys features carry are the styles' own.
#include "situation/mapstyles.h"

#include <QMetaEnum>

#include <gtest/gtest.h>

#include <set>

using namespace lookout;

namespace {

template <typename Enum>
std::vector<Enum> everyValue()
{
    const QMetaEnum meta = QMetaEnum::fromType<Enum>();
    std::vector<Enum> values;
    for (int i = 0; i < meta.keyCount(); ++i)
        values.push_back(static_cast<Enum>(meta.value(i)));
    return values;
}

} // namespace

TEST(MapStyles, EveryWarningLevelAndVariantHasItsOwnStyle)
{
    const gis::CategorizedStyle styles = situation::warningAreaStyles();
    std::set<QRgb> colours;
    for (const incidents::WarningLevel level : everyValue<incidents::WarningLevel>()) {
        for (const bool actual : {true, false})
            EXPECT_TRUE(styles.categories.contains(situation::warningAreaStyleKey(level, actual, true)))
                << situation::warningAreaStyleKey(level, actual, true).toStdString();
        colours.insert(situation::warningLevelColor(level).rgb());
    }
    EXPECT_EQ(colours.size(), everyValue<incidents::WarningLevel>().size()) << "five levels, five colours";
    EXPECT_TRUE(styles.categories.value(situation::warningAreaStyleKey(incidents::WarningLevel::Red, false, true)).dashed)
        << "an exercise or test warning never looks like a real one";
    EXPECT_EQ(situation::warningAreaStyleKey(incidents::WarningLevel::Red, true, false), QStringLiteral("ended"));
}

TEST(MapStyles, StationsIncidentsChecksAndGradesAreStyledByTheirEnumerations)
{
    const gis::CategorizedStyle stations = situation::stationStyles();
    for (const analysis::StationState state : everyValue<analysis::StationState>())
        for (const bool stale : {false, true})
            EXPECT_TRUE(stations.categories.contains(situation::stationStyleKey(state, stale)));
    EXPECT_EQ(situation::stationStyleKey(analysis::StationState::OverGuaranteed, true), QStringLiteral("stale"))
        << "a stale reading is not shown as a current excess";
    EXPECT_NE(situation::stationStateColor(analysis::StationState::OverGuaranteed, false),
              situation::stationStateColor(analysis::StationState::OverWarning, false));

    const gis::CategorizedStyle incidents = situation::incidentAreaStyles();
    for (const incidents::ResponseLevel level : everyValue<incidents::ResponseLevel>())
        for (const bool exercise : {false, true}) {
            const QString key = situation::incidentAreaStyleKey(level, exercise);
            ASSERT_TRUE(incidents.categories.contains(key)) << key.toStdString();
            EXPECT_EQ(incidents.categories.value(key).dashed, exercise);
        }
    EXPECT_EQ(situation::responseLevelColor(incidents::ResponseLevel::I), situation::warningLevelColor(incidents::WarningLevel::Red));
    EXPECT_EQ(situation::responseLevelColor(incidents::ResponseLevel::IV), situation::warningLevelColor(incidents::WarningLevel::Blue));

    const gis::CategorizedStyle checks = situation::hotspotCheckStyles();
    EXPECT_TRUE(checks.categories.contains(situation::checkStyleKey(std::nullopt)));
    for (const incidents::CheckFinding finding : everyValue<incidents::CheckFinding>())
        EXPECT_TRUE(checks.categories.contains(situation::checkStyleKey(finding)));

    const gis::CategorizedStyle track = situation::typhoonTrackStyles();
    for (const feeds::TyphoonGrade grade : {feeds::TyphoonGrade::TD, feeds::TyphoonGrade::TS, feeds::TyphoonGrade::STS, feeds::TyphoonGrade::TY,
                                            feeds::TyphoonGrade::STY, feeds::TyphoonGrade::SuperTY}) {
        ASSERT_TRUE(track.categories.contains(feeds::gradeCode(grade))) << feeds::gradeCode(grade).toStdString();
        EXPECT_EQ(track.categories.value(feeds::gradeCode(grade)).stroke, situation::typhoonGradeColor(grade));
    }
}

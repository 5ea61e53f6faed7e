// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The words a view says a wind and a wind circle in (qml/Lookout/Feeds/windwords.h): in English
// exactly what the situation's JSON and the analysis call them, so a translation replaces the
// words and never the facts.
#include "windwords.h"

#include "analysis/typhoongeometry.h"

#include <gtest/gtest.h>

using namespace lookout;

TEST(WindWords, SayTheWindAndTheCircleAsTheAnalysisNamesThem)
{
    feeds::WindRadii r34;
    r34.threshold = 34;
    r34.thresholdUnit = feeds::WindUnit::Knots;
    r34.label = QStringLiteral("R34");
    r34.unit = feeds::DistanceUnit::NauticalMiles;
    EXPECT_EQ(qml::windRadiiWords(QStringLiteral("JTWC"), r34.label, r34.threshold, r34.thresholdUnit, 1, r34.unit),
              analysis::windRadiiLabel(QStringLiteral("JTWC"), r34, 1));
    feeds::WindRadii force7;
    force7.threshold = 13.9;
    force7.thresholdUnit = feeds::WindUnit::MetresPerSecond;
    force7.label = QStringLiteral("7级");
    force7.unit = feeds::DistanceUnit::Kilometres;
    EXPECT_EQ(qml::windRadiiWords(QStringLiteral("CMA"), force7.label, force7.threshold, force7.thresholdUnit, 2, force7.unit),
              QStringLiteral("CMA force 7 (13.9 m/s, 2-min) km"));
    // CMA names its circles by Beaufort force (7级); English says "force 7", other names stay.
    EXPECT_EQ(qml::radiusWords(QStringLiteral("10级")), QStringLiteral("force 10"));
    EXPECT_EQ(qml::radiusWords(QStringLiteral("R34")), QStringLiteral("R34"));
    const feeds::AgencyWind wind{48, feeds::WindUnit::MetresPerSecond, 2};
    EXPECT_EQ(qml::windWords(wind, QStringLiteral("CMA best track")), QStringLiteral("48 m/s (CMA best track, 2-min)"));
    EXPECT_EQ(qml::windWords({80, feeds::WindUnit::Knots, 1}), QStringLiteral("80 kt (1-min)"));
}

TEST(WindWords, SayAGradeInFullOrShort)
{
    EXPECT_EQ(qml::gradeWords(feeds::TyphoonGrade::STY), QStringLiteral("Severe typhoon"));
    EXPECT_EQ(qml::gradeShortWords(feeds::TyphoonGrade::STY), feeds::gradeCode(feeds::TyphoonGrade::STY));
    EXPECT_EQ(qml::gradeShortWords(feeds::TyphoonGrade::SuperTY), QStringLiteral("SuperTY"));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "feeds/typhoontrack.h"

#include <QString>

namespace lookout::qml {

// A wind in the interface's language: "48 m/s (CMA, 2-min)"; 中文 "48 米/秒（CMA，2 分钟平均）";
// without an agency (a table of one agency's fixes) "48 m/s (2-min)".
QString windWords(const feeds::AgencyWind &wind, const QString &agency = {});
// A circle's name as the agency gives it, in the interface's language: CMA's "7级" is "force 7"
// in English; others ("R34") as they are.
QString radiusWords(const QString &label);
// A wind circle: "JTWC R34 (34 kt, 1-min) n mi"; 中文 "JTWC R34（34 节，1 分钟平均，海里）".
QString windRadiiWords(const QString &agency, const QString &radius, double threshold, feeds::WindUnit thresholdUnit, int minutes,
                       feeds::DistanceUnit distanceUnit);

// A China grade (GB/T 19201) in the interface's language: "Severe typhoon"; 中文 "强台风".
QString gradeWords(feeds::TyphoonGrade grade);
// The same where room is short (a table's column, a card's heading): "STY"; 中文 "强台风".
QString gradeShortWords(feeds::TyphoonGrade grade);

} // namespace lookout::qml

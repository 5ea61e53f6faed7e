// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "analysis/vocabulary.h"
#include "feeds/typhoontrack.h"
#include "gis/layerstyle.h"
#include "incidents/vocabulary.h"

#include <QColor>
#include <QString>

#include <optional>

namespace lookout::situation {

// The domain's map styles, keyed by the domain's enumerations (their libraries own them): each
// layer's features carry the key `…StyleKey()` makes, its CategorizedStyle is built over every
// value of the enumeration. The generic styles (boundaries by role, the sea) are gis/maptheme.h.

// Warning areas by level, with the non-Actual (Test/Exercise: dashed) and ended (grey outline)
// variants (attribute "style"). The signal colours are China's standard warning colours.
gis::CategorizedStyle warningAreaStyles();
QString warningAreaStyleKey(incidents::WarningLevel level, bool actual, bool current);
QColor warningLevelColor(incidents::WarningLevel level);

// Typhoon track segments and fixes by GB/T 19201 grade (attribute "grade": feeds::gradeCode),
// forecast tracks and cones by agency (attribute "agency"), wind circles by threshold label.
gis::CategorizedStyle typhoonTrackStyles();
QColor typhoonGradeColor(feeds::TyphoonGrade grade);
gis::CategorizedStyle forecastStyles();
gis::CategorizedStyle windCircleStyles();

// Water stations by state (attribute "state"), a stale station greyed whatever its state;
// labelled with level and excess.
gis::CategorizedStyle stationStyles();
QString stationStyleKey(analysis::StationState state, bool stale);
QColor stationStateColor(analysis::StationState state, bool stale);

// Hotspots by confidence and age (attribute "style": "<h|n|l>-<0|1|2>", age class 0 < 6 h, 1 < 12 h,
// 2 older) and fire events outlined (attribute "style": "event").
gis::CategorizedStyle hotspotStyles();
gis::CategorizedStyle fireEventStyles();
// Districts shaded by forest-fire danger class (attribute "class": "1".."5"; China's five levels,
// green, blue, yellow, orange, red). The class is a number by definition (1–5; 0 unknown).
gis::CategorizedStyle fireDangerStyles();
QColor fireDangerColor(int dangerClass);

// Response levels Ⅳ to Ⅰ in the warning colours, blue to red; grey without a response.
QColor responseLevelColor(incidents::ResponseLevel level);
// The districts (or drawn areas) of active incidents by response level, an exercise dashed
// (attribute "style"), labelled with the incident.
gis::CategorizedStyle incidentAreaStyles();
QString incidentAreaStyleKey(incidents::ResponseLevel level, bool exercise);
// Hotspot checks (核查) by finding, open ones (no finding yet) yellow (attribute "finding").
gis::CategorizedStyle hotspotCheckStyles();
QString checkStyleKey(const std::optional<incidents::CheckFinding> &finding);
QColor checkFindingColor(const std::optional<incidents::CheckFinding> &finding);

// Resources (attribute "style", resourceStyleKey): a symbol by kind (team square, depot triangle,
// shelter diamond, equipment circle), a colour by status (available or open green, assigned blue,
// resting yellow, unavailable or closed grey, full orange); team positions (square, white outline;
// "position-stale" grey: never shown as live) and the needs (open magenta ring, "need").
gis::CategorizedStyle resourceStyles();
QString resourceStyleKey(incidents::ResourceKind kind, incidents::ResourceStatus status);
QColor resourceStatusColor(incidents::ResourceStatus status);
// Dispatch lines from the resource to its need (attribute "style"): "en-route" blue dashed,
// "arrived" blue, "late" red dashed (past its ETA, not arrived); labelled with the ETA.
gis::CategorizedStyle dispatchStyles();

} // namespace lookout::situation

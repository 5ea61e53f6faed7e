// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "gis/layerstyle.h"

#include <QColor>

namespace lookout::gis {

// The dark command-centre theme shared by the wall, the desk, the CLI renders and the benchmark.
// A layer's role (kept with it in the workspace) decides how it is drawn:
//   "focus"     the districts the bureau is responsible for: clear fill, bright edges, large labels
//   "context"   neighbouring cities: muted fill and labels
//   "reference" another authority's boundaries (Hong Kong districts): thin lines, no labels
//   "region"    the provinces underneath everything: land against sea, no labels
// Unknown roles get the context style.
LayerStyle styleForRole(const QString &role, const QString &labelField);
QColor mapBackground();  // the sea

// Warning areas by level ("blue", "yellow", "orange", "red", "none"; attribute "style"), with
// the non-Actual ("<level>-marked": Test/Exercise, dashed) and ended ("ended": grey outline)
// variants. The signal colours are China's standard warning colours.
CategorizedStyle warningAreaStyles();
QColor warningLevelColor(const QString &level);

// Typhoon track segments and fixes by GB/T 19201 grade code (attribute "grade"), forecast
// tracks and cones by agency (attribute "agency"), wind circles by threshold label.
CategorizedStyle typhoonTrackStyles();
QColor typhoonGradeColor(const QString &gradeCode);
CategorizedStyle forecastStyles();
CategorizedStyle windCircleStyles();

// Water stations by state (field "state": normal, nothreshold, warning, guaranteed, floodlimit,
// stale), labelled with level and excess.
CategorizedStyle stationStyles();
QColor stationStateColor(const QString &state);
// Hotspots by confidence and age (field "style": "<h|n|l>-<0|1|2>", age class 0 < 6 h, 1 < 12 h,
// 2 older) and fire events outlined (field "style": "event").
CategorizedStyle hotspotStyles();
CategorizedStyle fireEventStyles();
// Districts shaded by forest-fire danger class (field "class": "1".."5"; China's five levels,
// green, blue, yellow, orange, red).
CategorizedStyle fireDangerStyles();
QColor fireDangerColor(int dangerClass);
// Response levels Ⅳ (4) to Ⅰ (1) in the warning colours, blue to red; grey without a response.
QColor responseLevelColor(int level);
// The districts (or drawn areas) of active incidents by response level (field "level": "0".."4";
// field "exercise": "1" draws dashed), labelled with the incident.
CategorizedStyle incidentAreaStyles();
// Hotspot checks (核查) by finding (field "finding": open, fire, burning, industrial, nothing-found).
CategorizedStyle hotspotCheckStyles();

} // namespace lookout::gis

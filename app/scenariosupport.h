// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "appcontroller.h"
#include "gis/layerstyle.h"
#include "gis/vectordata.h"
#include "scenario.h"

#include <QDateTime>
#include <QRectF>

namespace lookout::app {

// What the scenario loaders share: the area a panel cares about, the source line every panel
// shows, and how a derived layer goes onto the map.

// The home view widened by 60 %: what counts as "on this map" for panels.
GeoBox areaOfInterest(const QRectF &home);

// A warning's areas (polygons, and circles as polygons; its info in `language`) as lon,lat
// rings, and whether any of them is over `box`.
std::vector<std::vector<GeoPoint>> warningRings(const incidents::WarningEntry &entry, const QString &language);
bool ringsIntersect(const std::vector<std::vector<GeoPoint>> &rings, const GeoBox &box);

// A panel's source line and its state ("replay", "ok", "stale", "failing", "nodata"): a replay
// says so; a live seat shows the health of the part's feeds.
std::pair<QString, QString> sourceLine(const ScenarioOptions &options, const situation::PartSource &source, const QString &replayText);

// Adds a vector layer in WGS-84 (nothing when it has no features), with its source and data time
// for the sources panel.
void addLayer(qml::MapLayerModel &model, const QString &id, const QString &title, gis::VectorData data,
              gis::CategorizedStyle styles, const QString &sourceNote, const QDateTime &dataDate);

// The bureau's own districts (the "focus" layers), merged.
gis::VectorData focusDistricts(const qml::MapLayerModel &model);

// The presenters of the panels and their layers, each from its part of the situation
// (scenario.cpp, waterscenario.cpp, firescenario.cpp, rainscenario.cpp, incidentscenario.cpp).
// Each replaces what it put there before. GUI thread.
void presentWarnings(const situation::Situation &situation, const ScenarioOptions &options, qml::AppController &controller);
void presentCyclones(const situation::Situation &situation, const ScenarioOptions &options, qml::AppController &controller);
void presentWater(const situation::Situation &situation, const ScenarioOptions &options, qml::AppController &controller);
void presentFire(const situation::Situation &situation, const ScenarioOptions &options, qml::AppController &controller);
void presentRainfall(const situation::Situation &situation, const ScenarioOptions &options, qml::AppController &controller);
// The record: the wall's active incidents, the desk's incident and duty pages, and their layers.
void presentIncidents(const situation::Situation &situation, const ScenarioOptions &options, qml::AppController &controller);
void presentPlans(const situation::Situation &situation, qml::AppController &controller);
// The wall's key-figure tiles, its tour of foci and the takeovers waiting (wallscenario.cpp):
// after the others, whose rows and layers its focus panels reuse.
void presentWall(const situation::Situation &situation, const ScenarioOptions &options, qml::AppController &controller);
// The resources page and panel, and the resources and dispatches layers (resourcescenario.cpp).
void presentResources(const situation::Situation &situation, qml::AppController &controller);
// The Reports page: what each incident owes, the reports and CAP messages issued (reportscenario.cpp).
void presentReports(const situation::Situation &situation, qml::AppController &controller);

} // namespace lookout::app

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "scenario.h"
#include "plans/resourcematching.h"
#include "situation/situationinputs.h"
#include "store/workspace.h"

#include <functional>

namespace lookout::app {

// The composition of a seat's scenario: the one place (with the CLI commands) where the views
// meet the store.

// What a situation is measured against on this seat: the workspace's districts, reference
// districts and home view, and the live feeds of `options` (none on a replay). Reads the
// workspace's layers (GDAL): once, on the owner's thread.
Result<situation::SituationInputs> scenarioInputs(store::Workspace &workspace, const ScenarioOptions &options);
// The folder a workspace's plans are read from: `given`, else the workspace's `plans_folder`
// setting, else `plans/` beside the workspace file.
QString plansFolderOf(store::Workspace &workspace, const QString &given = {});
// How the workspace's resource matching measures travel: over the roads of its `roads_osm`
// extract, else the straight-line estimate (settings `travel_speed_kmh`, `travel_detour`).
plans::ResourceTravel resourceTravelOf(store::Workspace &workspace);
// What evaluates the workspace's plans on each situation (SituationJob::setCompletion): the plans
// folder read again whenever a file in it changed, each plan's previous suggestion kept between
// builds otherwise.
std::function<void(situation::Situation &)> planEvaluation(store::Workspace &workspace, const situation::SituationInputs &inputs);
// The situation at `at` as every seat reads it, built here and now: the workspace's parts, its
// plans evaluated and its resources matched. For the commands that print or report it.
Result<situation::Situation> workspaceSituation(store::Workspace &workspace, const QDateTime &at);
// The plans page's rehearsal chart: `plan` (an id in the plans folder) rehearsed hourly from `from`
// to `to` on the workspace, synchronously (render and tests).
Result<void> presentRehearsal(store::Workspace &workspace, const situation::SituationInputs &inputs, const QString &plan,
                              const QDateTime &from, const QDateTime &to, qml::AppController &controller);
// The plans page's "rehearse" action: the plan over the 72 hours before the controller's clock, on
// a pool thread with its own read-only connection; the chart arrives on the GUI thread.
void connectRehearsals(store::Workspace &workspace, const situation::SituationInputs &inputs, qml::AppController &controller);

class RecordWriter;

// Connects the facade's actions to the workspace: acknowledging a warning, the desk's commands
// (appended to the record: by `writer` on its thread when given, else at once here) and its area
// look-up. After an action, `refresh` asks for the next situation. On a replay the actions are
// refused with the reason. `workspace` (and `writer`) must outlive the controller.
void connectActions(store::Workspace &workspace, const ScenarioOptions &options, qml::AppController &controller,
                    std::function<void()> refresh, RecordWriter *writer = nullptr);

// Builds the situation at `options.at` here and presents it, with the actions connected (a
// refresh loads again): for renders, the self-test and tests. A live seat builds off the GUI
// thread instead (SituationJob).
Result<void> loadScenario(store::Workspace &workspace, const ScenarioOptions &options, qml::AppController &controller);

} // namespace lookout::app

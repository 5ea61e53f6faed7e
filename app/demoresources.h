// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "incidents/incidentledger.h"
#include "plans/plan.h"
#include "situation/situation.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QString>

namespace lookout::app {

// The demo's exercise inventory (packaging/data/resources/exercise-inventory.csv: no public
// inventory of Zhuhai or Jiangmen exists; every item is labelled exercise and placed in a real
// town), imported into the record as one entry at `at`. `csv` is the file's content.
Result<void> importExerciseInventory(store::Workspace &workspace, incidents::IncidentLedger &ledger, const QByteArray &csv, const QDateTime &at,
                                     const QString &user);
// Where the exercise inventory is, in packaging/data/ and compiled into the executable.
inline const QString kExerciseInventory = QStringLiteral("resources/exercise-inventory.csv");

// An exercise team's GPS, scripted (演练注入, source "exercise-inject"): a fix every 5 minutes on
// the straight way from `from` to `to` between `leave` and `arrive`, then every 10 minutes where
// it arrived until `until`; stale after 15 minutes without a fix.
Result<void> recordExercisePositions(store::Workspace &workspace, const QString &team, GeoPoint from, GeoPoint to, const QDateTime &leave,
                                     const QDateTime &arrive, const QDateTime &until);

// The workspace's situation at `at` with its resources matched under `plan`: what the exercise's
// scripted officers look at before they act.
Result<situation::Situation> exerciseSituation(store::Workspace &workspace, const plans::Plan &plan, const QDateTime &at);

// What the commander does on the desk, scripted: the workspace's situation at the actor's time is
// built, its resource matching under `plan` read, and the proposal for `need` (its id) from `resource` made a
// dispatch order of at most `quantity` with the proposal's minutes as ETA. Refused when the
// matching proposes no such assignment. `state` is the record the workspace holds.
Result<store::JournalDraft> proposedDispatch(store::Workspace &workspace, const incidents::RecordState &state, const plans::Plan &plan,
                                             const QString &need,
                                             const QString &resource, qint64 quantity, const incidents::Actor &actor);

} // namespace lookout::app

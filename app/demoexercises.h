// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "plans/plan.h"
#include "store/workspace.h"

namespace lookout::app {

// The demo workspace's exercises (演练), written into its record the way a desk would have:
// - a typhoon exercise on the real Mangkhut (1822) approach to Taishan: roster, the incident
//   (status Exercise) started, raised Ⅳ → Ⅲ → Ⅱ and ended under `typhoonPlan` (its checklist
//   becoming tasks, some reported as exercise injects, the rest left open), log lines, a leader's
//   instruction and its report, and a shift handover built from the workspace's own warnings and
//   water levels, both officers confirming; the exercise inventory (`inventory`, a CSV) imported
//   the day before, a request for pumps, and two of the matching's proposals confirmed as
//   dispatches, arrived, and released before the response ends;
// - a hotspot check exercise: one real VIIRS fire event near Jiangmen (January 2019) sent to its
//   district for checking, with a scripted finding marked as an exercise inject.
// Everything scripted is labelled as exercise content; every place, time and detection is real.
Result<void> recordDemoExercises(store::Workspace &workspace, const plans::Plan &typhoonPlan, const QByteArray &inventory);

} // namespace lookout::app

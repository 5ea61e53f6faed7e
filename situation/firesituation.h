// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "situation/situation.h"
#include "situation/situationinputs.h"
#include "store/database.h"

namespace lookout::situation {

// The hotspot part at `at`: the last 24 h of detections on this map clustered into fire events,
// each placed in its district (and its check from `checks`, the record's). Any thread, with that
// thread's own database connection.
Result<FirePart> buildFirePart(store::Database &database, const QDateTime &at, const SituationInputs &inputs,
                               const QList<incidents::HotspotCheck> &checks);
// The fire-danger part: today's FWI class by district from the stored daily weather.
Result<FireDangerPart> buildFireDangerPart(store::Database &database, const QDateTime &at, const SituationInputs &inputs);

// The check sent for an event: the latest whose centre lies within FirePart::kCheckReachKm of the
// event's and whose detections overlap the event's time. Pure.
std::optional<incidents::HotspotCheck> checkOf(const analysis::FireEvent &event, const QList<incidents::HotspotCheck> &checks);

// Stable words for the JSON: a detection's confidence ("low", "nominal", "high").
QString confidenceKey(feeds::Hotspot::Confidence confidence);

} // namespace lookout::situation

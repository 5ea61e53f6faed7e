// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "situation/situation.h"

#include <QJsonObject>

namespace lookout::situation {

// The situation as JSON for other systems and the golden files (docs/situation.md): versioned
// ("schema"), stable keys, times ISO 8601 with zone (UTC, "Z"), positions [lon, lat] in degrees,
// levels in metres rounded to the centimetre; absent facts are absent keys, never 0.
QJsonObject toJson(const Situation &situation);

} // namespace lookout::situation

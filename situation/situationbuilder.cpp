// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "situation/situationbuilder.h"

#include "situation/stationsituation.h"

namespace lookout::situation {

Result<Situation> buildSituation(store::SqliteDatabase &database, const QDateTime &at)
{
    Situation situation;
    situation.at = at.toUTC();
    auto stations = buildStationsPart(database, situation.at);
    if (!stations)
        return Error(stations.error()).withContext(QStringLiteral("the water stations"));
    situation.stations = std::move(stations).value();
    return situation;
}

} // namespace lookout::situation

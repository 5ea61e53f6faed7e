// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "situation/situationbuilder.h"

#include "situation/incidentsituation.h"
#include "situation/stationsituation.h"
#include "situation/warningsituation.h"

namespace lookout::situation {

Result<Situation> buildSituation(store::SqliteDatabase &database, const QDateTime &at, const CycloneInputs &cyclones)
{
    Situation situation;
    situation.at = at.toUTC();
    auto warnings = buildWarningsPart(database, situation.at);
    if (!warnings)
        return Error(warnings.error()).withContext(QStringLiteral("the warnings"));
    situation.warnings = std::move(warnings).value();
    auto storms = buildCyclonesPart(database, situation.at, cyclones);
    if (!storms)
        return Error(storms.error()).withContext(QStringLiteral("the tropical cyclones"));
    situation.cyclones = std::move(storms).value();
    auto stations = buildStationsPart(database, situation.at);
    if (!stations)
        return Error(stations.error()).withContext(QStringLiteral("the water stations"));
    situation.stations = std::move(stations).value();
    auto record = buildIncidentsPart(database, situation.at);
    if (!record)
        return Error(record.error()).withContext(QStringLiteral("the record"));
    situation.incidents = std::move(record).value();
    return situation;
}

} // namespace lookout::situation

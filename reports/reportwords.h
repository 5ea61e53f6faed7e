// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "incidents/incident.h"
#include "incidents/releasebook.h"
#include "situation/resourcesituation.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace lookout::reports {

// The words the reports share: how the record's values read in a Chinese report.

QString hazardZh(incidents::Hazard hazard);          // "台风"
QString actionZh(incidents::LevelAction action);     // "提升至"
QString bearingZh(double degrees);                   // "东南": eight points, clockwise from north
// Beijing time, or `unknown` ("不详") for an invalid time.
QString whenText(const QDateTime &time, const QString &unknown = QStringLiteral("不详"));
// The highest response level the incident reached (1 = Ⅰ); 0 without a response.
int highestLevel(const incidents::Incident &incident);
// Casualties and losses as the officer entered them, as report list lines; never estimated.
QStringList lossLines(const incidents::ReleaseBook &releases, const QString &incident);
// A need as a report names it: its place and kind, not its id ("斗门区（shelter-places）").
QString needWords(const situation::ResourcesPart &resources, const QString &incident, const QString &need);

} // namespace lookout::reports

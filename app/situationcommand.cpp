// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "situationcommand.h"

#include "core/timeformat.h"
#include "situation/situationbuilder.h"
#include "situation/situationjson.h"
#include "situation/stationsituation.h"
#include "situation/workspaceinputs.h"

#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace lookout::app {

namespace {

QString metres(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 2) + QStringLiteral(" m") : QStringLiteral("-");
}

void printText(QTextStream &out, const situation::Situation &situation)
{
    out << "Situation as known at " << formatLocal(situation.at) << " (Beijing), " << formatUtc(situation.at) << Qt::endl;
    const situation::WarningsPart &warnings = situation.warnings;
    if (warnings.state == situation::DataState::NoData)
        out << "Warnings: NO DATA (no CAP message in the workspace by then)" << Qt::endl;
    else
        out << "Warnings: " << warnings.live << " in force (" << warnings.unacknowledged << " not acknowledged), "
            << warnings.current.size() << " current, " << warnings.recentlyEnded.size() << " ended in the last 24 h, "
            << warnings.messagesKept << " message(s) kept" << Qt::endl;
    for (const situation::CycloneSituation &storm : situation.cyclones.storms) {
        const feeds::TrackPoint &fix = storm.lastFix();
        out << "Cyclone " << storm.view.localName << " " << storm.view.name << ": " << feeds::gradeCode(fix.grade) << " at "
            << QString::number(fix.position.lat, 'f', 1) << "N " << QString::number(fix.position.lon, 'f', 1) << "E, "
            << formatLocal(fix.time) << " (" << storm.main.format << ")";
        if (fix.pressureHpa)
            out << ", " << *fix.pressureHpa << " hPa";
        out << Qt::endl;
        for (const analysis::CircleExposure &circle : storm.exposure)
            out << "  " << circle.label << ": now " << (circle.districtsNow.isEmpty() ? QStringLiteral("none") : circle.districtsNow.join(QStringLiteral(", ")))
                << Qt::endl;
    }
    if (situation.cyclones.state != situation::DataState::Reported)
        out << "Cyclones: " << (situation.cyclones.state == situation::DataState::NoData ? "NO DATA (no track in the workspace)" : "none active")
            << Qt::endl;
    const situation::StationsPart &water = situation.stations;
    out << "Water: " << (water.state == situation::DataState::NoData ? "NO DATA (not an all-clear)"
                         : water.state == situation::DataState::Reported ? "over a threshold"
                                                                           : "nothing over a threshold")
        << ", " << water.stations.size() << " station(s), " << water.overThreshold << " over a threshold, " << water.withoutThreshold
        << " without a threshold in force";
    if (water.source.newest.isValid())
        out << ", newest reading " << formatLocal(water.source.newest);
    out << Qt::endl;
    for (const situation::StationSituation &station : water.stations)
        out << "  " << station.name << (station.stcd != station.name ? QStringLiteral(" (%1)").arg(station.stcd) : QString()) << "  "
            << situation::statusKey(station.level.status) << "  level " << metres(station.level.level) << " at "
            << formatLocal(station.level.time) << "  excess " << metres(station.excess()) << (station.stale ? "  STALE" : "") << Qt::endl;
}

} // namespace

int runSituation(store::Workspace &workspace, const QDateTime &at, bool json)
{
    auto inputs = situation::cycloneInputsOf(workspace);
    if (!inputs) {
        std::fprintf(stderr, "lookout: cannot read the workspace's districts: %s\n", qPrintable(inputs.error().toString()));
        return 1;
    }
    auto situation = situation::buildSituation(workspace.database(), at, *inputs);
    if (!situation) {
        std::fprintf(stderr, "lookout: cannot build the situation: %s\n", qPrintable(situation.error().toString()));
        return 1;
    }
    QTextStream out(stdout);
    if (json)
        out << QJsonDocument(situation::toJson(*situation)).toJson(QJsonDocument::Indented);
    else
        printText(out, *situation);
    return 0;
}

} // namespace lookout::app

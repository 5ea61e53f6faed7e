// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "situationcommand.h"

#include "scenarioactions.h"

#include "core/timeformat.h"
#include "situation/firesituation.h"
#include "situation/rainsituation.h"
#include "situation/situationjson.h"
#include "situation/stationsituation.h"

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

QString mm(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral(" mm");
}

void printMonitoring(QTextStream &out, const situation::Situation &situation)
{
    const situation::RainfallPart &rain = situation.rainfall;
    if (rain.state == situation::DataState::NoData) {
        out << "Rainfall: NO DATA (no grid valid in the 48 h before)" << Qt::endl;
    } else {
        out << "Rainfall: " << rain.product << ", " << rain.ownHours << " h to " << formatLocal(rain.validTime) << ", rainstorm signal reached: "
            << (rain.signal ? situation::signalKey(*rain.signal) : QStringLiteral("not assessable (no 3, 6 or 12 h amounts)")) << Qt::endl;
        for (const situation::RainWindow &window : rain.windows) {
            out << "  " << window.hours << " h: ";
            if (!window.grid) {
                out << "not covered (" << window.missing << ")" << Qt::endl;
                continue;
            }
            QStringList wettest;
            QList<analysis::DistrictRainfall> ranked = window.districts;
            std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.maxMm > b.maxMm; });
            for (qsizetype i = 0; i < std::min<qsizetype>(3, ranked.size()); ++i)
                wettest << QStringLiteral("%1 max %2").arg(ranked[i].district, mm(ranked[i].maxMm));
            out << (wettest.isEmpty() ? QStringLiteral("no district") : wettest.join(QStringLiteral(", "))) << Qt::endl;
        }
    }
    const situation::FirePart &fire = situation.fire;
    if (fire.state == situation::DataState::NoData)
        out << "Hotspots: NO DATA (no detection in the 24 h before)" << Qt::endl;
    else
        out << "Hotspots: " << fire.hotspots.size() << " on this map of " << fire.inFeed << " in the last 24 h, " << fire.events.size()
            << " fire event(s), " << fire.inDistricts << " in the bureau's districts" << Qt::endl;
    for (const situation::FireEventSituation &event : fire.events)
        if (!event.event.district.isEmpty())
            out << "  " << event.event.district << (event.town().isEmpty() ? QString() : QLatin1Char(' ') + event.town()) << "  "
                << event.event.hotspots.size() << " detection(s), last " << formatLocal(event.event.last) << "  "
                << (event.check ? (event.check->finding ? QStringLiteral("checked: ") + incidents::toString(*event.check->finding)
                                                        : QStringLiteral("check sent, no finding yet"))
                                : QStringLiteral("not sent for checking"))
                << Qt::endl;
    const situation::FireDangerPart &danger = situation.fireDanger;
    if (danger.state == situation::DataState::NoData) {
        out << "Fire danger: NO DATA (no fire-weather station data)" << Qt::endl;
    } else {
        out << "Fire danger " << danger.day.toString(Qt::ISODate) << ": " << danger.stations << " station(s)";
        if (danger.stale > 0)
            out << ", " << danger.stale << " district(s) STALE";
        out << Qt::endl;
        for (const analysis::DistrictDanger &d : danger.districts)
            out << "  " << d.district << "  "
                << (d.dangerClass > 0 ? QStringLiteral("class %1, FWI %2").arg(d.dangerClass).arg(d.fwi, 0, 'f', 1) : QStringLiteral("no station"))
                << (danger.isStale(d) ? "  STALE" : "") << Qt::endl;
    }
    const situation::IncidentsPart &record = situation.incidents;
    out << "Record: " << record.entries << " entr(ies), " << record.active.size() << " active incident(s), " << record.openInstructions
        << " open instruction(s), " << record.openChecks << " open check(s), " << record.openTasks << " open task(s)" << Qt::endl;
}

} // namespace

int runSituation(store::Workspace &workspace, const QDateTime &at, bool json)
{
    // The same situation the seats read: with the plans' suggestions and the resource matching.
    auto situation = workspaceSituation(workspace, at);
    if (!situation) {
        std::fprintf(stderr, "lookout: %s\n", qPrintable(situation.error().toString()));
        return 1;
    }
    QTextStream out(stdout);
    if (json)
        out << QJsonDocument(situation::toJson(*situation)).toJson(QJsonDocument::Indented);
    else {
        printText(out, *situation);
        printMonitoring(out, *situation);
    }
    return 0;
}

} // namespace lookout::app

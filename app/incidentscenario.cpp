// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The record on the wall, the desk and the map: active incidents with their response levels and
// how long each has run, the duty desk, and the hotspot checks with their findings, all rebuilt
// from the record as known at the scenario clock.
#include "scenariosupport.h"

#include "core/identity.h"
#include "core/logging.h"
#include "core/timeformat.h"
#include "situation/mapstyles.h"
#include "incidents/incidentledger.h"
#include "situation/incidentgeometry.h"
#include "situation/situation.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cstdlib>

namespace lookout::app {

namespace {

using incidents::Incident;

gis::VectorData incidentAreas(const QList<const Incident *> &active, const gis::VectorData &districts)
{
    gis::VectorData data;
    data.layerName = QStringLiteral("incidents");
    data.crs = gis::kWgs84;
    data.fieldNames = {QStringLiteral("style"), QStringLiteral("label")};
    for (const Incident *incident : active) {
        const QString style = situation::incidentAreaStyleKey(incidents::ResponseLevel(incident->level), incident->exercise);
        QString label = (incident->exercise ? QCoreApplication::translate("Scenario", "EXERCISE ") : QString()) + incident->id + QLatin1Char(' ')
                              + (incident->level ? QCoreApplication::translate("Scenario", "level %1").arg(incidents::levelNumeral(incident->level))
                                                 : QCoreApplication::translate("Scenario", "no response yet"));
        if (const QStringList towns = situation::townsWithoutBoundary(*incident); !towns.isEmpty())
            label += QCoreApplication::translate("Scenario", " · %1 (no town boundary: its district is shown)").arg(towns.join(QStringLiteral("、")));
        bool labelled = false;  // one label per incident, on its first area
        auto add = [&](gis::VectorFeature feature) {
            feature.id = qint64(data.features.size());
            feature.attributes = {{QStringLiteral("style"), style}, {QStringLiteral("label"), labelled ? QString() : label}};
            labelled = true;
            data.features.push_back(std::move(feature));
        };
        for (gis::VectorFeature feature : situation::incidentAreaFeatures(*incident, districts))
            add(std::move(feature));
    }
    data.recomputeBounds();
    return data;
}

// How long a check's finding stays on the map after it came back.
constexpr qint64 kCheckShownSeconds = 3 * 24 * 3600;

// The checks still open, and those answered in the last three days: older findings are history
// (the duty page lists them), not the map's business.
gis::VectorData checkPoints(const QList<incidents::HotspotCheck> &allChecks, const QDateTime &at)
{
    QList<incidents::HotspotCheck> checks;
    for (const incidents::HotspotCheck &check : allChecks)
        if (check.isOpen() || check.foundAt.secsTo(at) <= kCheckShownSeconds)
            checks.append(check);
    gis::VectorData data;
    data.layerName = QStringLiteral("checks");
    data.crs = gis::kWgs84;
    data.fieldNames = {QStringLiteral("finding"), QStringLiteral("label")};
    for (const incidents::HotspotCheck &check : checks) {
        gis::VectorFeature feature;
        feature.id = qint64(data.features.size());
        feature.kind = gis::GeometryKind::Point;
        feature.parts = {{check.position}};
        feature.bounds.extend(check.position.lon, check.position.lat);
        feature.labelPoint = check.position;
        feature.attributes = {{QStringLiteral("finding"), situation::checkStyleKey(check.finding)},
                              {QStringLiteral("label"), QCoreApplication::translate("Scenario", "Check (%1): %2")
                                                            .arg(check.town, qml::checkFindingText(check.finding))}};
        data.features.push_back(std::move(feature));
    }
    data.recomputeBounds();
    return data;
}

// Its plan tasks as known at `at`: done (reported or closed), open, and of those overdue; empty without any.
QString taskCounts(const QString &incident, const incidents::ResponseBook &responses, const QDateTime &at)
{
    int done = 0, open = 0, overdue = 0;
    for (const incidents::ResponseTask &task : responses.tasks()) {
        if (task.incident != incident)
            continue;
        const incidents::TaskState state = task.stateAt(at);
        done += state == incidents::TaskState::Reported || state == incidents::TaskState::Closed ? 1 : 0;
        open += state == incidents::TaskState::Open || state == incidents::TaskState::Overdue ? 1 : 0;
        overdue += state == incidents::TaskState::Overdue ? 1 : 0;
    }
    if (done + open == 0)
        return {};
    return QCoreApplication::translate("Scenario", "tasks %1 done, %2 open, %3 overdue").arg(done).arg(open).arg(overdue);
}

qml::MonitorRow incidentRow(const Incident &incident, const QDateTime &at, const incidents::ResponseBook &responses)
{
    qml::MonitorRow row;
    row.title = (incident.exercise ? QCoreApplication::translate("Scenario", "[EXERCISE] ") : QString()) + incident.title;
    const QDateTime since = incident.state == incidents::IncidentState::Response ? incident.responseStartedAt : incident.openedAt;
    QStringList detail{incident.id};
    if (const QString tasks = taskCounts(incident.id, responses, at); !tasks.isEmpty())
        detail << tasks;
    detail << qml::hazardText(incident.hazard) << incidents::areaNames(incident.areas).join(QStringLiteral("、"));
    if (incident.level)
        detail << QCoreApplication::translate("Scenario", "level %1 since %2").arg(incidents::levelNumeral(incident.level), formatLocal(incident.levelSince));
    row.detail = detail.join(QStringLiteral(" · "));
    row.value = (incident.level ? incidents::levelNumeral(incident.level) + QStringLiteral(" · ") : QString()) + formatAge(since.secsTo(at));
    row.color = situation::responseLevelColor(incidents::ResponseLevel(incident.level));
    row.muted = incident.level == 0;
    return row;
}

} // namespace

void presentIncidents(const situation::Situation &situation, const ScenarioOptions &options, qml::AppController &controller)
{
    const situation::IncidentsPart *part = &situation.incidents;
    const incidents::RecordState &state = part->record;
    QList<const Incident *> active;
    for (const Incident &incident : part->active)
        active.append(&incident);

    QList<qml::MonitorRow> rows;
    for (const Incident *incident : active)
        rows.append(incidentRow(*incident, situation.at, state.responses));
    const QString summary = QCoreApplication::translate("Scenario", "%1 active · %2 instruction(s) open · %3 check(s) awaiting a finding")
                                .arg(active.size()).arg(part->openInstructions).arg(part->openChecks);
    // The rail: the record's open follow-ups (instructions, checks, tasks) on the duty page.
    controller.incidents()->setAttention(part->openInstructions + part->openChecks + part->openTasks);
    controller.incidents()->setRows(rows, summary, QCoreApplication::translate("Scenario", "No active incident in the record"));
    const QString sourceText = options.replay
                                   ? QCoreApplication::translate("Scenario", "Replay: the record as known at %1 (%2 entries)")
                                         .arg(formatLocal(situation.at)).arg(part->entries)
                                   : QCoreApplication::translate("Scenario", "The record: %1 entries, %2")
                                         .arg(part->entries)
                                         .arg(options.recordServer.isEmpty() ? controller.workspacePath() : part->source.sources.value(0));
    // The record is this workspace's own, or the seat's share of a shared one: readable means current.
    controller.incidents()->setSource(sourceText, options.replay ? QStringLiteral("replay") : QStringLiteral("ok"));

    qml::IncidentDesk &desk = *controller.incidentDesk();
    desk.setState(state, situation.at, sourceText);
    if (desk.user().isEmpty())  // a shared desk: $LOOKOUT_USER, or the officer signs in at the desk
        desk.setUser(resolveIdentity({}, {}, UserFallback::None).user);
    desk.setSeat(resolveIdentity({}, {}, UserFallback::None).seat);
    // The handover lists the picture of this situation (the seat rebuilds it every minute).
    desk.setHandoverInputs([warnings = unacknowledgedWarnings(situation.warnings, options.language),
                            stations = stationsOverThreshold(situation.stations)]() { return std::pair{warnings, stations}; });

    const QString note = QCoreApplication::translate("Scenario", "the record: %1 entries").arg(part->entries);
    const QDateTime latest = part->source.newest;
    addLayer(*controller.layers(), QStringLiteral("incidents"), QCoreApplication::translate("Scenario", "Active incidents (by response level)"),
             incidentAreas(active, focusDistricts(*controller.layers())), situation::incidentAreaStyles(), note, latest);
    addLayer(*controller.layers(), QStringLiteral("checks"), QCoreApplication::translate("Scenario", "Hotspot checks and findings"),
             checkPoints(state.followUps.checks(), situation.at), situation::hotspotCheckStyles(), note, latest);
}

} // namespace lookout::app

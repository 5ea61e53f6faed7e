// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The composition of a seat's scenario: what its situation is measured against, the actions that
// write to the workspace (acknowledging a warning, the desk's commands), and the synchronous load
// that renders and tests use. The only scenario file that touches the store.
#include "scenarioactions.h"

#include "reports/reportdeadlines.h"

#include "recordwriter.h"
#include "reportactions.h"
#include "resourceactions.h"

#include "core/logging.h"
#include "core/timeformat.h"
#include "plans/planactivation.h"
#include "plans/planevaluator.h"
#include "plans/rehearsal.h"
#include "plans/resourcematching.h"
#include "plans/roadtravel.h"
#include "reports/reportdeadlines.h"
#include "situation/situationbuilder.h"
#include "situation/workspaceinputs.h"
#include "store/divisionstore.h"
#include "store/planstore.h"
#include "store/warningstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QStandardPaths>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>

namespace lookout::app {

Result<situation::SituationInputs> scenarioInputs(store::Workspace &workspace, const ScenarioOptions &options)
{
    auto inputs = situation::situationInputsOf(workspace);
    if (!inputs)
        return inputs.error();
    if (!options.replay) {
        inputs->feedCache = options.feedCache;
        inputs->feedKinds = options.feedKinds;
    }
    inputs->recordServer = options.recordServer;
    return inputs;
}

void connectActions(store::Workspace &workspace, const ScenarioOptions &options, qml::AppController &controller,
                    std::function<void()> refresh, RecordWriter *writer)
{
    qml::IncidentDesk &desk = *controller.incidentDesk();
    desk.setAreaResolver([&workspace](const QString &name) { return store::resolveArea(store::DivisionStore(workspace.database()), name); });
    // A replay of a real event must not add to its real record; exercises get their own records
    // with the incidents.
    if (options.replay) {
        controller.warnings()->setAcknowledgeHandler([](const QString &, const QString &, const QString &, const QString &) {
            return QCoreApplication::translate("Scenario", "a replay: acknowledgements are recorded on the live clock only");
        });
        desk.setCommandHandler({}, QCoreApplication::translate("Scenario", "a replay: the record is read-only; actions are recorded on the live clock"));
        // Files only: an export, the review and the SitRep as known at the replay's time.
        connectReportActions(workspace, *controller.reportDesk(), true, [at = options.at] { return at; }, {},
                             [] { return std::optional<incidents::Actor>(); }, {});
        return;
    }
    controller.warnings()->setAcknowledgeHandler(
        [&workspace, &controller, refresh, writer](const QString &sender, const QString &identifier, const QString &who, const QString &seat) {
            const store::WarningAcknowledgement acknowledgement{sender, identifier, who, seat, QDateTime::currentDateTimeUtc(), {}};
            auto write = [acknowledgement](store::Workspace &target) {
                auto done = store::WarningStore(target.database()).acknowledge(acknowledgement);
                return done ? qml::CommandResult::recorded(0) : qml::CommandResult::refused(done.error().message);
            };
            if (writer) {
                writer->run(write, [&controller, refresh](const qml::CommandResult &result) {
                    if (!result.ok)
                        controller.warnings()->reportAcknowledgeFailure(result.message);
                    refresh();
                });
                return QString();
            }
            const qml::CommandResult result = write(workspace);
            if (result.ok)
                refresh();
            return result.message;
        });
    // The plans page's commands (a task reported, a response activated under a plan): record
    // entries by the signed-in officer, through the record's writer like the desk's commands.
    auto record = [&workspace, &desk, refresh, writer, server = options.recordServer](const incidents::IncidentLedger::Command &command) -> QString {
        if (writer) {
            writer->submit(command, [&desk, refresh](const qml::CommandResult &result) {
                desk.finishCommand(result);
                if (result.ok)
                    refresh();
            });
            return QString();
        }
        const qml::CommandResult result = RecordWriter::append(workspace, command, server);
        if (result.ok)
            refresh();
        return result.ok ? QString() : result.message;
    };
    auto signedIn = [&desk]() -> std::optional<incidents::Actor> {
        if (desk.user().isEmpty())
            return std::nullopt;
        return incidents::Actor{desk.user(), desk.seat(), QDateTime::currentDateTimeUtc()};
    };
    const QString signInFirst = QCoreApplication::translate("Scenario", "Sign in first: the record names who did it.");
    controller.planDesk()->setTaskReporter([record, signedIn, signInFirst](int number, const QString &text) -> QString {
        const auto actor = signedIn();
        if (!actor)
            return signInFirst;
        return record([number, text, actor = *actor](const incidents::RecordState &state) { return state.responses.reportTask(number, text, actor); });
    });
    controller.planDesk()->setActivator([&workspace, record, signedIn, signInFirst](const QString &planId, const QString &incident, int level,
                                                                                   const QString &commander, const QString &reason) -> QString {
        const auto actor = signedIn();
        if (!actor)
            return signInFirst;
        if (incident.isEmpty())
            return QCoreApplication::translate("Scenario", "Select the incident on the Incidents page first (or open one).");
        const plans::PlanFolder folder = plans::loadPlanFolder(plansFolderOf(workspace));
        const auto plan = std::find_if(folder.plans.begin(), folder.plans.end(), [&](const plans::Plan &p) { return p.id == planId; });
        if (plan == folder.plans.end())
            return QCoreApplication::translate("Scenario", "The plan %1 is no longer in the plans folder.").arg(planId);
        return record([plan = *plan, incident, level, commander, reason, actor = *actor](const incidents::RecordState &state) -> Result<store::JournalDraft> {
            const incidents::Incident *found = state.incidents.find(incident);
            if (!found)
                return makeError(Error::Code::NotFound, QStringLiteral("no such incident"), {incident});
            const incidents::LevelAction action = level == 0 ? incidents::LevelAction::End
                                                  : found->level == 0 ? incidents::LevelAction::Start
                                                  : level < found->level ? incidents::LevelAction::Raise
                                                                         : incidents::LevelAction::Lower;
            return state.responses.activate(state.incidents, incident, action, level, commander, reason, plans::planRef(plan),
                                            plans::tasksUpTo(plan, level), actor);
        });
    });
    connectResourceActions(workspace, *controller.resourceDesk(), record, signedIn);
    connectReportActions(workspace, *controller.reportDesk(), false, [] { return QDateTime::currentDateTimeUtc(); }, record, signedIn, refresh);
    if (writer) {
        // On the record's writer thread; the desk shows the outcome, the view the next situation.
        desk.setCommandHandler(
            [writer, &desk, refresh](const incidents::IncidentLedger::Command &command) {
                writer->submit(command, [&desk, refresh](const qml::CommandResult &result) {
                    desk.finishCommand(result);
                    if (result.ok)
                        refresh();
                });
                return qml::CommandResult::queued();
            },
            {});
        return;
    }
    desk.setCommandHandler(
        [&workspace, refresh, server = options.recordServer](const incidents::IncidentLedger::Command &command) {
            const qml::CommandResult result = RecordWriter::append(workspace, command, server);
            if (result.ok)
                refresh();
            return result;
        },
        {});
}

namespace {

Result<void> buildAndPresent(store::Workspace &workspace, const ScenarioOptions &options, qml::AppController &controller)
{
    auto inputs = scenarioInputs(workspace, options);
    if (!inputs)
        return Error(inputs.error()).withContext(QStringLiteral("reading the workspace's districts"));
    auto situation = situation::buildSituation(workspace.database(), options.at, *inputs);
    if (!situation)
        return situation.error();
    planEvaluation(workspace, *inputs)(*situation);
    presentSituation(*situation, options, controller);
    return {};
}


} // namespace

QString plansFolderOf(store::Workspace &workspace, const QString &given)
{
    if (!given.isEmpty())
        return given;
    if (store::isServerLocation(workspace.path())) {
        // A shared server's plans, mirrored into this seat's cache (one folder per server).
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/server-plans/")
                               + QString::fromLatin1(QCryptographicHash::hash(workspace.database().path().toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
        if (auto mirrored = store::PlanStore(workspace.database()).mirrorInto(folder); !mirrored)
            qCWarning(lcApp) << "cannot mirror the server's plans:" << mirrored.error().toString();
        return folder;
    }
    const QString setting = workspace.setting(QStringLiteral("plans_folder"));
    if (!setting.isEmpty())
        return setting;
    return QFileInfo(workspace.path()).dir().filePath(QStringLiteral("plans"));
}

plans::ResourceTravel resourceTravelOf(store::Workspace &workspace)
{
    // Roads where the workspace names an OpenStreetMap extract (`roads_osm`) that reads; else the
    // straight-line estimate at the workspace's speed and detour (40 km/h, 1.3 unless set).
    bool speedOk = false, detourOk = false;
    const double speed = workspace.setting(QStringLiteral("travel_speed_kmh")).toDouble(&speedOk);
    const double detour = workspace.setting(QStringLiteral("travel_detour")).toDouble(&detourOk);
    plans::ResourceTravel estimate = plans::ResourceTravel::straightLine(speedOk && speed > 0 ? speed : 40, detourOk && detour >= 1 ? detour : 1.3);
    // Where the extract does not reach (an end more than 5 km from its roads), the estimate.
    if (const QString roads = workspace.setting(QStringLiteral("roads_osm")); !roads.isEmpty()) {
        auto graph = gis::RoadGraph::fromOsmPbf(roads);
        if (graph) {
            const QString file = QFileInfo(roads).fileName();
            return {plans::roadTravel(std::make_shared<const gis::RoadGraph>(std::move(graph).value()), 15, estimate.travel),
                    QStringLiteral("roads of %1 (OpenStreetMap); %2 beyond it").arg(file, estimate.description), false, estimate.speedKmh,
                    estimate.detour, file};
        }
        qCWarning(lcApp).noquote() << "the road extract" << roads << "does not read:" << graph.error().toString() << "- travel is estimated";
    }
    return estimate;
}

std::function<void(situation::Situation &)> planEvaluation(store::Workspace &workspace, const situation::SituationInputs &inputs)
{
    // Read again when a plan file is edited, added or removed (checked at each build: a few stats).
    struct Plans {
        QString folder;
        plans::KnownAreas known;
        plans::PlanAreas areas;
        QString signature;
        std::unique_ptr<plans::PlanEvaluator> evaluator;
        plans::ResourceTravel travel;
        reports::DeadlineRules rules;
        QString rulesProblem;
    };
    auto state = std::make_shared<Plans>(
        Plans{plansFolderOf(workspace), plans::KnownAreas::of(inputs.divisions), plans::PlanAreas::of(inputs), {}, {}, resourceTravelOf(workspace), {}, {}});
    // The reports' deadlines: the workspace's rules, else (said in the part) the defaults.
    if (auto rules = reports::deadlineRulesFromJson(workspace.setting(QStringLiteral("report_deadlines")).toUtf8()))
        state->rules = *rules;
    else
        state->rulesProblem = rules.error().toString();
    return [state](situation::Situation &situation) {
        const QString signature = plans::planFolderSignature(state->folder);
        if (!state->evaluator || signature != state->signature) {
            state->evaluator = std::make_unique<plans::PlanEvaluator>(plans::loadPlanFolder(state->folder, state->known), state->areas);
            state->signature = signature;
        }
        situation.plans = state->evaluator->evaluate(situation);
        situation.resources = plans::matchResources(situation, state->evaluator->plans().plans, state->areas, state->travel);
        reports::fillReportsPart(situation, state->rules, state->rulesProblem);
    };
}

Result<situation::Situation> workspaceSituation(store::Workspace &workspace, const QDateTime &at)
{
    auto inputs = situation::situationInputsOf(workspace);
    if (!inputs)
        return Error(inputs.error()).withContext(QStringLiteral("reading the workspace's districts"));
    auto situation = situation::buildSituation(workspace.database(), at, *inputs);
    if (!situation)
        return Error(situation.error()).withContext(QStringLiteral("building the situation"));
    planEvaluation(workspace, *inputs)(*situation);
    return situation;
}

namespace {

struct RehearsalChart {
    QString title;
    QVariantList steps;
};

// A plan of the folder rehearsed hourly on `database` and turned into the chart's steps. Any
// thread, with that thread's own connection.
Result<RehearsalChart> rehearsalChart(store::Database &database, const QString &plansFolder, const situation::SituationInputs &inputs,
                                      const QString &plan, const QDateTime &from, const QDateTime &to)
{
    const plans::PlanFolder folder = plans::loadPlanFolder(plansFolder, plans::KnownAreas::of(inputs.divisions));
    for (const plans::Plan &candidate : folder.plans) {
        if (candidate.id != plan)
            continue;
        auto rehearsal = plans::rehearse(database, inputs, candidate, from, to, 3600);
        if (!rehearsal)
            return rehearsal.error();
        RehearsalChart chart;
        for (const plans::RehearsalStep &step : rehearsal->steps)
            chart.steps.append(QVariantMap{{QStringLiteral("at"), formatLocal(step.at)},
                                           {QStringLiteral("suggested"), step.suggested},
                                           {QStringLiteral("actual"), step.actual}});
        chart.title = QCoreApplication::translate("Scenario", "Rehearsal of %1, %2 – %3 (Beijing): suggested against in force")
                          .arg(candidate.title, formatLocal(from), formatLocal(to));
        return chart;
    }
    return makeError(Error::Code::NotFound, QStringLiteral("no plan \"%1\" in %2").arg(plan, folder.folder));
}

} // namespace

Result<void> presentRehearsal(store::Workspace &workspace, const situation::SituationInputs &inputs, const QString &plan,
                              const QDateTime &from, const QDateTime &to, qml::AppController &controller)
{
    auto chart = rehearsalChart(workspace.database(), plansFolderOf(workspace), inputs, plan, from, to);
    if (!chart)
        return chart.error();
    controller.planDesk()->setRehearsal(chart->title, chart->steps);
    return {};
}

void connectRehearsals(store::Workspace &workspace, const situation::SituationInputs &inputs, qml::AppController &controller)
{
    QPointer<qml::PlanDesk> desk = controller.planDesk();
    controller.planDesk()->setRehearser(
        [desk, path = workspace.path(), folder = plansFolderOf(workspace), inputs](const QString &plan, const QDateTime &to) {
            QThreadPool::globalInstance()->start([desk, path, folder, inputs, plan, to] {
                RehearsalChart result;
                auto database = store::Database::open(path, true);
                auto chart = database ? rehearsalChart(*database, folder, inputs, plan, to.addSecs(-71 * 3600), to) : Result<RehearsalChart>(database.error());
                if (chart)
                    result = *chart;
                else
                    result.title = QCoreApplication::translate("Scenario", "Rehearsal failed: %1").arg(chart.error().toString());
                QMetaObject::invokeMethod(
                    desk.data(), [desk, result] {
                        if (desk)
                            desk->setRehearsal(result.title, result.steps);
                    },
                    Qt::QueuedConnection);
            });
        });
}

Result<void> loadScenario(store::Workspace &workspace, const ScenarioOptions &options, qml::AppController &controller)
{
    // An action's refresh shows the picture as it is now; it does not connect the actions again
    // (the handler that asks is still running).
    connectActions(workspace, options, controller, [&workspace, options, &controller] {
        ScenarioOptions now = options;
        now.at = QDateTime::currentDateTimeUtc();
        if (auto loaded = buildAndPresent(workspace, now, controller); !loaded)
            qCWarning(lcApp) << "cannot refresh the scenario:" << loaded.error().toString();
    });
    return buildAndPresent(workspace, options, controller);
}

} // namespace lookout::app

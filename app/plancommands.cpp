// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "plancommands.h"

#include "core/identity.h"
#include "core/timeformat.h"
#include "optionreader.h"
#include "resourcecommands.h"
#include "scenarioactions.h"
#include "incidents/incidentledger.h"
#include "plans/planactivation.h"
#include "plans/planevaluator.h"
#include "plans/rehearsal.h"
#include "situation/situationbuilder.h"
#include "situation/situationjson.h"
#include "situation/workspaceinputs.h"
#include "store/sqlitejournal.h"
#include "store/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

namespace lookout::app {

namespace {

int fail(const QString &message, int code = 1)
{
    std::fprintf(stderr, "lookout: %s\n", qPrintable(message));
    return code;
}

QString levelText(int level)
{
    return level > 0 ? incidents::levelNumeral(level) : QStringLiteral("none");
}



// "1h", "30m", "2h30m", "90m".
std::optional<qint64> stepSeconds(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(?:(\\d+)h)?(?:(\\d+)m)?$"));
    const auto match = form.match(text);
    if (!match.hasMatch() || text.isEmpty())
        return std::nullopt;
    return match.captured(1).toLongLong() * 3600 + match.captured(2).toLongLong() * 60;
}

void printSuggestion(QTextStream &out, const situation::PlanSuggestion &s)
{
    out << s.planId << "  " << s.title << (s.isTemplate ? "  [template thresholds]" : "") << (s.exercise ? "  [EXERCISE]" : "") << Qt::endl;
    out << "  suggested: " << levelText(s.suggested) << "   in force: " << levelText(s.current);
    if (!s.incident.isEmpty())
        out << " (" << s.incident << (s.activated ? ", under this plan" : "") << ")";
    if (s.suggestEnd)
        out << "   END SUGGESTED (no level held since " << formatLocal(s.lastHeld) << ")";
    else if (s.differs())
        out << "   DIFFERS";
    out << Qt::endl;
    for (const situation::HoldingTrigger &holding : s.holding)
        out << "    holds: " << holding.text << "  (line " << holding.line << ")" << Qt::endl;
    if (!s.clause.isEmpty())
        out << "  clause: " << s.clause << Qt::endl;
}

int runCheck(const PlanCommand &command, const situation::SituationInputs &inputs)
{
    QTextStream out(stdout);
    const plans::KnownAreas areas = plans::KnownAreas::of(inputs.divisions);
    int broken = 0;
    for (const QString &file : command.positional) {
        const plans::PlanReading reading = plans::readPlanFile(file, areas);
        if (!reading.ok()) {
            ++broken;
            for (const plans::PlanProblem &problem : reading.problems)
                std::fprintf(stderr, "%s\n", qPrintable(problem.toString()));
            continue;
        }
        out << file << ": ok, plan " << reading.plan->id << ", " << reading.plan->levels.size() << " level(s), "
            << reading.plan->actions.size() << " action(s)" << (reading.plan->isTemplate() ? ", template thresholds" : "")
            << (areas.codes.isEmpty() ? " (area codes checked for form only: the workspace has no divisions)" : "") << Qt::endl;
    }
    return broken > 0 ? 1 : 0;
}

int runEvaluate(const PlanCommand &command, store::Workspace &workspace, const situation::SituationInputs &inputs, const QDateTime &at)
{
    const QString folder = plansFolderOf(workspace, command.plans);
    plans::PlanEvaluator evaluator(plans::loadPlanFolder(folder, plans::KnownAreas::of(inputs.divisions)), plans::PlanAreas::of(inputs));
    auto situation = situation::buildSituation(workspace.database(), at, inputs);
    if (!situation)
        return fail(QStringLiteral("cannot build the situation: %1").arg(situation.error().toString()));
    const situation::PlansPart part = evaluator.evaluate(*situation);
    QTextStream out(stdout);
    if (command.json) {
        QJsonObject json = situation::plansJson(part);
        json.insert(QStringLiteral("at"), at.toUTC().toString(Qt::ISODate));
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return part.broken.isEmpty() ? 0 : 1;
    }
    out << "Plans in " << folder << " as evaluated at " << formatLocal(at) << " (Beijing), " << formatUtc(at) << Qt::endl;
    if (part.suggestions.isEmpty() && part.broken.isEmpty())
        out << "no plan files (*.yaml) there" << Qt::endl;
    for (const situation::PlanSuggestion &suggestion : part.suggestions)
        printSuggestion(out, suggestion);
    for (const situation::BrokenPlan &broken : part.broken) {
        out << "BROKEN " << broken.file << " (not evaluated):" << Qt::endl;
        for (const QString &problem : broken.problems)
            out << "  " << problem << Qt::endl;
    }
    return part.broken.isEmpty() ? 0 : 1;
}

int runRehearse(const PlanCommand &command, store::Workspace &workspace, const situation::SituationInputs &inputs)
{
    const plans::PlanReading reading = plans::readPlanFile(command.plan, plans::KnownAreas::of(inputs.divisions));
    if (!reading.ok()) {
        for (const plans::PlanProblem &problem : reading.problems)
            std::fprintf(stderr, "%s\n", qPrintable(problem.toString()));
        return 1;
    }
    const auto from = parseUtc(command.from), to = parseUtc(command.to);
    const auto step = stepSeconds(command.step);
    if (!from || !to)
        return fail(QStringLiteral("plan rehearse needs --from and --to as ISO 8601 times with their zone"));
    if (!step)
        return fail(QStringLiteral("--step takes hours and minutes, e.g. 1h, 30m, 3h"));
    const qint64 total = from->secsTo(*to) / std::max<qint64>(*step, 1) + 1;
    auto rehearsal = plans::rehearse(workspace.database(), inputs, *reading.plan, *from, *to, *step, [total](int done, int) {
        if (done % 24 == 0 || done == total)
            std::fprintf(stderr, "rehearsal: %d of %lld steps\n", done, static_cast<long long>(total));
        return true;
    });
    if (!rehearsal)
        return fail(rehearsal.error().toString());
    QTextStream out(stdout);
    if (command.json) {
        out << QJsonDocument(plans::toJson(*rehearsal)).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (command.csv) {
        out << QString::fromUtf8(plans::toCsv(*rehearsal));
        return 0;
    }
    out << "Rehearsal of " << rehearsal->planId << " (" << rehearsal->planTitle << ")" << (rehearsal->isTemplate ? ", template thresholds" : "")
        << Qt::endl;
    for (const plans::RehearsalStep &s : rehearsal->steps) {
        out << formatUtc(s.at) << "  suggested " << levelText(s.suggested) << "  actual " << levelText(s.actual);
        if (!s.holding.isEmpty())
            out << "  " << s.holding.front().text << (s.holding.size() > 1 ? QStringLiteral(" (+%1)").arg(s.holding.size() - 1) : QString());
        out << Qt::endl;
    }
    return 0;
}

int runActivate(const PlanCommand &command, store::Workspace &workspace, const situation::SituationInputs &inputs, const QDateTime &at)
{
    const plans::PlanFolder folder = plans::loadPlanFolder(plansFolderOf(workspace, command.plans), plans::KnownAreas::of(inputs.divisions));
    const plans::Plan *plan = nullptr;
    for (const plans::Plan &candidate : folder.plans)
        if (candidate.id == command.plan)
            plan = &candidate;
    if (!plan)
        return fail(QStringLiteral("no plan \"%1\" in %2 (lookout plan evaluate lists them)").arg(command.plan, folder.folder));
    auto journal = store::openSqliteJournal(workspace.path());
    if (!journal)
        return fail(QStringLiteral("cannot open the record: %1").arg(journal.error().toString()));
    incidents::IncidentLedger ledger(**journal);
    const int level = command.level.toInt();
    const incidents::Actor actor{command.user, command.seat, at};
    auto entry = ledger.act([&](const incidents::RecordState &state) -> Result<store::JournalDraft> {
        const QString &id = command.positional.front();
        const incidents::Incident *incident = state.incidents.find(id);
        if (!incident)
            return makeError(Error::Code::NotFound, QStringLiteral("no such incident"), {id});
        auto action = incidents::levelActionFromString(command.action);
        if (command.action.isEmpty())
            action = incident->level == 0 ? incidents::LevelAction::Start
                     : level < incident->level ? incidents::LevelAction::Raise
                                               : incidents::LevelAction::Lower;
        return state.responses.activate(state.incidents, id, *action, level, command.commander, command.reason,
                                        plans::planRef(*plan), plans::tasksUpTo(*plan, level), actor);
    });
    if (!entry)
        return fail(QStringLiteral("refused: %1").arg(entry.error().toString()));
    QTextStream out(stdout);
    out << "recorded #" << entry->sequence << " " << entry->kind << " (plan " << plan->id << ") by " << entry->user << "@" << entry->seat
        << " at " << formatUtc(entry->at()) << Qt::endl;
    for (const incidents::ResponseTask &task : ledger.state().responses.tasks())
        if (task.sequence == entry->sequence)
            out << "  task " << task.number << ": " << task.text << " — " << task.owner << ", due " << formatLocal(task.dueAt) << Qt::endl;
    return 0;
}

int runTask(const PlanCommand &command, store::Workspace &workspace, const QDateTime &at)
{
    auto journal = store::openSqliteJournal(workspace.path());
    if (!journal)
        return fail(QStringLiteral("cannot open the record: %1").arg(journal.error().toString()));
    QTextStream out(stdout);
    if (command.verb == QLatin1String("list")) {
        auto known = incidents::RecordState::knownAt(**journal, at);
        if (!known)
            return fail(known.error().toString());
        const incidents::RecordState &state = *known;
        if (command.json) {
            out << QJsonDocument(situation::planTasksJson(state.responses, at)).toJson(QJsonDocument::Indented);
            return 0;
        }
        out << "Plan tasks as known at " << formatLocal(at) << " (Beijing), " << formatUtc(at) << Qt::endl;
        int shown = 0;
        for (const incidents::ResponseTask &task : state.responses.tasks()) {
            if (!command.incident.isEmpty() && task.incident != command.incident)
                continue;
            ++shown;
            const incidents::TaskState taskState = task.stateAt(at);
            out << QStringLiteral("%1").arg(task.number, 3) << "  " << incidents::toString(taskState).toUpper() << "  " << task.incident << "  "
                << levelText(task.level) << "  " << task.text << " — " << task.owner << ", due " << formatLocal(task.dueAt);
            if (taskState == incidents::TaskState::Reported || taskState == incidents::TaskState::Closed)
                out << "  reported by " << task.reportedBy << ": " << task.report;
            out << Qt::endl;
        }
        if (shown == 0)
            out << "no plan tasks" << Qt::endl;
        return 0;
    }
    incidents::IncidentLedger ledger(**journal);
    const incidents::Actor actor{command.user, command.seat, at};
    const int number = command.positional.value(0).toInt();
    auto entry = ledger.act([&](const incidents::RecordState &state) {
        return command.verb == QLatin1String("report") ? state.responses.reportTask(number, command.text, actor)
                                                       : state.responses.closeTask(number, command.text, actor);
    });
    if (!entry)
        return fail(QStringLiteral("refused: %1").arg(entry.error().toString()));
    out << "recorded #" << entry->sequence << " " << entry->kind << " by " << entry->user << "@" << entry->seat << " at "
        << formatUtc(entry->at()) << Qt::endl;
    return 0;
}

} // namespace

QString planHelpText()
{
    return QStringLiteral(
        "  plan check FILE...               read and check plan files (docs/plans.md): every\n"
        "                                   problem with file:line:column and field; exit 1\n"
        "  plan evaluate [--plans DIR] [--json]   each plan's suggested level at --at\n"
        "  plan rehearse --plan FILE --from T1 --to T2 [--step 1h] [--json|--csv]\n"
        "                                   the plan against the past: suggested and actual\n"
        "                                   level at each step, from what was known then\n"
        "  plan activate INCIDENT --plan ID --level L --commander NAME --reason TEXT\n"
        "                [--action start|raise|lower|end]   start or change the incident's\n"
        "                                   response under the plan: its actions become tasks\n"
        "  task list [--incident ID] [--json]   the plan tasks as known at --at\n"
        "  task report N TEXT               report task N done (what was done)\n"
        "  task close N [TEXT]              close task N\n"
        "  Plans are read from --plans DIR, else the workspace's plans_folder setting,\n"
        "  else plans/ beside the workspace file.\n")
        + resourcesHelpText();
}

Result<PlanCommand> parsePlanCommand(const QString &noun, const QStringList &arguments)
{
    PlanCommand command;
    command.noun = noun;
    const Identity identity = resolveIdentity();
    command.user = identity.user;
    command.seat = identity.seat;
    auto fail = [](const QString &message) { return makeError(Error::Code::InvalidArgument, message); };
    const QStringList verbs = noun == QLatin1String("plan")
                                  ? QStringList{QStringLiteral("check"), QStringLiteral("evaluate"), QStringLiteral("rehearse"), QStringLiteral("activate")}
                              : noun == QLatin1String("task") ? QStringList{QStringLiteral("list"), QStringLiteral("report"), QStringLiteral("close")}
                                                              : QStringList{QStringLiteral("import"), QStringLiteral("list"), QStringLiteral("match"),
                                                                            QStringLiteral("request"), QStringLiteral("dispatch"),
                                                                            QStringLiteral("arrived"), QStringLiteral("release")};
    command.verb = arguments.value(0);
    if (!verbs.contains(command.verb))
        return fail(QStringLiteral("%1 takes %2").arg(noun, verbs.join(QStringLiteral(", "))));
    auto positional = OptionReader(noun + QLatin1Char(' ') + command.verb)
                          .value("--plans", &command.plans).value("--plan", &command.plan).value("--from", &command.from)
                          .value("--to", &command.to).value("--step", &command.step).value("--level", &command.level)
                          .value("--action", &command.action).value("--commander", &command.commander)
                          .value("--reason", &command.reason).value("--incident", &command.incident)
                          .value("--user", &command.user).value("--seat", &command.seat)
                          .value("--kind", &command.kind).flag("--exercise", &command.exercise)
                          .value("--need", &command.need).value("--quantity", &command.quantity).value("--eta", &command.eta)
                          .value("--where", &command.where).value("--within", &command.within)
                          .flag("--json", &command.json).flag("--csv", &command.csv)
                          .read(arguments, 1);
    if (!positional)
        return positional.error();
    command.positional = *positional;
    const QString &verb = command.verb;
    if (verb == QLatin1String("import") && command.positional.size() != 1)
        return fail(QStringLiteral("resources import takes one FILE (.csv, .geojson or .osm.pbf)"));
    if (verb == QLatin1String("dispatch")
        && (command.positional.size() != 1 || command.incident.isEmpty() || command.need.isEmpty() || command.eta.toDouble() <= 0))
        return fail(QStringLiteral("resources dispatch takes RESOURCE --incident ID --need TEXT [--quantity N] --eta MINUTES"));
    if (verb == QLatin1String("request")
        && (command.incident.isEmpty() || command.kind.isEmpty() || command.quantity.toLongLong() <= 0 || command.where.isEmpty()
            || (!command.within.isEmpty() && command.within.toDouble() <= 0)))
        return fail(QStringLiteral("resources request takes --incident ID --kind KIND --quantity N --where PLACE|LON,LAT [--within HOURS]"));
    if ((verb == QLatin1String("arrived") || verb == QLatin1String("release"))
        && (command.positional.size() != 1 || command.positional.front().toInt() <= 0))
        return fail(QStringLiteral("resources %1 takes the dispatch's NUMBER").arg(verb));
    if (verb == QLatin1String("check") && command.positional.isEmpty())
        return fail(QStringLiteral("plan check takes one or more FILE.yaml"));
    if (verb == QLatin1String("rehearse") && (command.plan.isEmpty() || command.from.isEmpty() || command.to.isEmpty()))
        return fail(QStringLiteral("plan rehearse takes --plan FILE --from TIME --to TIME [--step 1h]"));
    if (command.json && command.csv)
        return fail(QStringLiteral("--json or --csv, not both"));
    if (verb == QLatin1String("activate")) {
        if (command.positional.size() != 1 || command.plan.isEmpty() || command.commander.isEmpty() || command.reason.isEmpty())
            return fail(QStringLiteral("plan activate takes INCIDENT --plan ID --level L --commander NAME --reason TEXT"));
        const auto action = incidents::levelActionFromString(command.action);
        if (!command.action.isEmpty() && !action)
            return fail(QStringLiteral("--action takes start, raise, lower or end"));
        const int level = command.level.toInt();
        if (action != incidents::LevelAction::End && (level < 1 || level > 4))
            return fail(QStringLiteral("--level takes 4 (Ⅳ) … 1 (Ⅰ)"));
    }
    if ((verb == QLatin1String("report") || verb == QLatin1String("close"))) {
        if (command.positional.isEmpty() || command.positional.front().toInt() <= 0)
            return fail(QStringLiteral("task %1 takes the task's NUMBER (task list shows it) and TEXT").arg(verb));
        command.text = command.positional.mid(1).join(QLatin1Char(' '));
        if (verb == QLatin1String("report") && command.text.trimmed().isEmpty())
            return fail(QStringLiteral("task report takes NUMBER and TEXT: what was done"));
    }
    return command;
}

int runPlanCommand(const PlanCommand &command, store::Workspace &workspace, const std::optional<QDateTime> &at)
{
    const QDateTime when = at.value_or(QDateTime::currentDateTimeUtc());
    if (command.noun == QLatin1String("task"))
        return runTask(command, workspace, when);
    if (command.noun == QLatin1String("resources"))
        return runResourcesCommand(command, workspace, when);
    auto inputs = situation::situationInputsOf(workspace);
    if (!inputs)
        return fail(QStringLiteral("cannot read the workspace's districts: %1").arg(inputs.error().toString()));
    if (command.verb == QLatin1String("check"))
        return runCheck(command, *inputs);
    if (command.verb == QLatin1String("evaluate"))
        return runEvaluate(command, workspace, *inputs, when);
    if (command.verb == QLatin1String("rehearse"))
        return runRehearse(command, workspace, *inputs);
    return runActivate(command, workspace, *inputs, when);
}

} // namespace lookout::app

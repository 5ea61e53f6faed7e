// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "recordcommands.h"

#include "core/identity.h"
#include "core/timeformat.h"
#include "dutycommands.h"
#include "incidentareas.h"
#include "optionreader.h"
#include "incidents/incidentledger.h"
#include "store/divisionstore.h"
#include "store/postgresjournal.h"
#include "store/sqlitejournal.h"
#include "store/workspace.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>
#include <limits>
#include <tuple>

namespace lookout::app {

namespace {

using incidents::IncidentBook;

int fail(const QString &message, int code = 1)
{
    std::fprintf(stderr, "lookout: %s\n", qPrintable(message));
    return code;
}

Result<std::unique_ptr<store::Journal>> openJournal(const RecordCommand &command, store::Workspace *workspace)
{
    if (!command.postgres.isEmpty()) {
        auto journal = store::PostgresJournal::connect(command.postgres);
        if (!journal)
            return journal.error();
        return std::unique_ptr<store::Journal>(std::move(journal).value());
    }
    return store::openSqliteJournal(workspace->path());
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QJsonObject exportedEntry(const store::JournalEntry &entry)
{
    QJsonObject object{{QStringLiteral("seq"), entry.sequence},
                       {QStringLiteral("at"), entry.at().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("user"), entry.user},
                       {QStringLiteral("seat"), entry.seat},
                       {QStringLiteral("kind"), entry.kind},
                       {QStringLiteral("payload"), entry.payloadObject()},
                       {QStringLiteral("prev_hash"), hex(entry.previousHash)},
                       {QStringLiteral("hash"), hex(entry.hash)}};
    if (entry.corrects > 0)
        object.insert(QStringLiteral("corrects"), entry.corrects);
    return object;
}

int runVerify(const RecordCommand &command, store::Journal &journal)
{
    QByteArray anchor;
    qint64 anchorSequence = 0;
    if (!command.anchor.isEmpty()) {
        const QStringList parts = command.anchor.split(QLatin1Char('@'));
        anchor = QByteArray::fromHex(parts.value(0).toLatin1());
        anchorSequence = parts.value(1).toLongLong();
    }
    auto verified = store::verifyJournal(journal, anchor, anchorSequence);
    if (!verified)
        return fail(QStringLiteral("cannot read the record: %1").arg(verified.error().toString()));
    QTextStream out(stdout);
    if (!verified->ok()) {
        out << "TAMPERED: " << verified->problem->message << Qt::endl;
        out << "The first " << verified->entries << " entries of " << journal.location() << " verify; entry "
            << verified->problem->sequence << " does not." << Qt::endl;
        return 1;
    }
    out << "OK: " << verified->entries << " entries of " << journal.location() << " verify" << Qt::endl;
    out << "head " << hex(verified->headHash) << "@" << verified->entries << Qt::endl;
    return 0;
}

int runExport(store::Journal &journal, const std::optional<QDateTime> &at)
{
    const qint64 limit = at ? at->toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write to stdout"));
    auto scanned = journal.scan(1, [&](const store::JournalEntry &entry) {
        if (entry.atMs <= limit) {
            out.write(QJsonDocument(exportedEntry(entry)).toJson(QJsonDocument::Compact));
            out.write("\n");
        }
        return true;
    });
    if (!scanned)
        return fail(QStringLiteral("cannot read the record: %1").arg(scanned.error().toString()));
    return 0;
}

void printIncident(QTextStream &out, const incidents::Incident &incident, const QDateTime &at)
{
    const QString level = incident.level ? QStringLiteral("level %1").arg(incidents::levelNumeral(incident.level)) : QStringLiteral("no response");
    out << incident.id << "  " << (incident.exercise ? "[EXERCISE 演练] " : "") << incidents::toString(incident.state).toUpper()
        << "  " << level;
    if (incident.level)
        out << " for " << formatAge(incident.levelSince.secsTo(at));
    QStringList areas;
    for (const AreaRef &area : incident.areas)
        areas.append(area.display());
    out << "  " << incidents::toString(incident.hazard) << "  " << incident.title << "  (" << areas.join(QStringLiteral(", ")) << ")"
        << Qt::endl;
    for (const QString &anomaly : incident.anomalies)
        out << "    not applied: " << anomaly << Qt::endl;
}

Result<QJsonObject> readArea(const QString &path)
{
    if (path.isEmpty())
        return QJsonObject();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::NotFound, QStringLiteral("cannot read the area file"), {path});
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        return makeError(Error::Code::Corrupt, QStringLiteral("the area file is not GeoJSON: %1").arg(error.errorString()), {path});
    QJsonObject geometry = document.object();
    if (geometry.value(QStringLiteral("type")) == QLatin1String("Feature"))
        geometry = geometry.value(QStringLiteral("geometry")).toObject();
    return geometry;
}

} // namespace

Result<QList<AreaRef>> resolveAreas(const RecordCommand &command, store::Workspace *workspace)
{
    QList<AreaRef> areas;
    const auto add = [&](const QStringList &names, DivisionLevel level) -> Result<void> {
        for (const QString &name : names) {
            if (!workspace) {  // a shared server's record without a workspace: names as given
                areas.append(AreaRef{QString(), name.trimmed()});
                continue;
            }
            auto area = store::resolveArea(store::DivisionStore(workspace->database()), name, level);
            if (!area)
                return area.error();
            areas.append(*area);
        }
        return {};
    };
    if (auto districts = add(command.districts, DivisionLevel::District); !districts)
        return districts.error();
    if (auto towns = add(command.towns, DivisionLevel::Town); !towns)
        return towns.error();
    return areas;
}

namespace {

int runIncident(const RecordCommand &command, store::Journal &journal, store::Workspace *workspace, const QDateTime &at)
{
    incidents::IncidentLedger ledger(journal);
    QTextStream out(stdout);
    if (command.verb == QLatin1String("list")) {
        auto entries = store::entriesKnownAt(journal, at);
        if (!entries)
            return fail(QStringLiteral("cannot read the record: %1").arg(entries.error().toString()));
        const IncidentBook book = IncidentBook::fromRecord(*entries);
        out << "Incidents as known at " << formatLocal(at) << " (Beijing), " << formatUtc(at) << Qt::endl;
        if (book.incidents().isEmpty())
            out << "none recorded by then" << Qt::endl;
        for (const incidents::Incident &incident : book.incidents())
            printIncident(out, incident, at);
        return 0;
    }
    const incidents::Actor actor{command.user, command.seat, at};
    const QString id = command.positional.value(0);
    std::function<Result<store::JournalDraft>(const IncidentBook &)> action;
    if (command.verb == QLatin1String("open")) {
        auto area = readArea(command.areaFile);
        if (!area)
            return fail(area.error().toString());
        auto areas = resolveAreas(command, workspace);
        if (!areas)
            return fail(areas.error().toString());
        QList<incidents::WarningRef> warnings;
        for (const QString &warning : command.warnings) {
            const QStringList parts = warning.split(QLatin1Char(','));
            warnings.append({parts.value(0), parts.value(1)});
        }
        const auto hazard = incidents::hazardFromString(command.hazard).value_or(incidents::Hazard::Other);
        // The block's locals go into the command by value: it runs after the block has ended.
        action = [&, area = *area, areas = *areas, warnings, hazard](const IncidentBook &book) {
            return book.open(command.title, hazard, command.exercise, areas, area, warnings, actor);
        };
    } else if (command.verb == QLatin1String("level")) {
        const auto levelAction = incidents::levelActionFromString(command.positional.value(1));
        const int level = command.positional.value(2).toInt();
        action = [&, levelAction, level](const IncidentBook &book) {
            return book.changeLevel(id, *levelAction, level, command.commander, command.reason, actor);
        };
    } else if (command.verb == QLatin1String("note")) {
        action = [&](const IncidentBook &book) { return book.note(id, command.text, actor); };
    } else {
        action = [&](const IncidentBook &book) { return book.close(id, command.reason, actor); };
    }
    auto entry = ledger.record(action);
    if (!entry)
        return fail(QStringLiteral("refused: %1").arg(entry.error().toString()));
    const QString recordedId = command.verb == QLatin1String("open") ? entry->payloadObject().value(QStringLiteral("id")).toString() : id;
    out << "recorded #" << entry->sequence << " " << entry->kind << " by " << entry->user << "@" << entry->seat << " at "
        << formatUtc(entry->at()) << Qt::endl;
    if (const incidents::Incident *incident = ledger.book().find(recordedId))
        printIncident(out, *incident, at);
    return 0;
}

} // namespace

QString recordHelpText()
{
    return QStringLiteral(
        "  incident open --title T --hazard flood|typhoon|rainstorm|forest-fire|other\n"
        "                --district D... --town T... [--area FILE.geojson] [--warning SENDER,ID]\n"
        "                [--exercise]       open an incident over districts and towns (code or\n"
        "                                   name, checked against the workspace's divisions)\n"
        "  incident level ID start|raise|lower LEVEL | end  --commander NAME --reason TEXT\n"
        "                                   change its response level (4 = Ⅳ … 1 = Ⅰ)\n"
        "  incident note ID TEXT            a note in its timeline\n"
        "  incident close ID --reason TEXT  close it after its response has ended\n"
        "  incident list                    the incidents as known at --at (default now)\n"
        "  journal verify [--head HASH@SEQ] walk the record's hash chain; name the first\n"
        "                                   entry altered, removed or moved (exit 1)\n"
        "  journal export                   the record (as known at --at) as JSON lines\n"
        "  duty log TEXT [--incident ID] [--district D | --town T]\n"
        "                                   a line in the duty log (值班日志), where it happened\n"
        "  duty shift OFFICER --role ROLE --from TIME --to TIME   a shift on the roster\n"
        "  duty roster                      the roster, and who is on duty at --at\n"
        "  duty handover --outgoing A --incoming B   the shift handover summary: active\n"
        "                                   incidents, unacknowledged warnings, stations over\n"
        "                                   threshold, open tasks, the log since the last one\n"
        "  duty confirm HANDOVER outgoing|incoming   each officer confirms it (--user)\n"
        "  Record options: --user NAME and --seat NAME (default $LOOKOUT_USER or $USER,\n"
        "  $LOOKOUT_SEAT or the host name); --at TIME is when the action happened (the\n"
        "  scenario clock); --postgres CONNINFO uses a shared PostgreSQL record instead of\n"
        "  the workspace's.\n");
}

Result<RecordCommand> parseRecordCommand(const QString &noun, const QStringList &arguments)
{
    RecordCommand command;
    command.noun = noun;
    const Identity identity = resolveIdentity();
    command.user = identity.user;
    command.seat = identity.seat;
    auto fail = [](const QString &message) { return makeError(Error::Code::InvalidArgument, message); };
    static const QHash<QString, QStringList> kVerbs{
        {QStringLiteral("incident"), {QStringLiteral("open"), QStringLiteral("level"), QStringLiteral("note"), QStringLiteral("close"), QStringLiteral("list")}},
        {QStringLiteral("journal"), {QStringLiteral("verify"), QStringLiteral("export")}},
        {QStringLiteral("duty"), {QStringLiteral("log"), QStringLiteral("shift"), QStringLiteral("roster"), QStringLiteral("handover"), QStringLiteral("confirm")}}};
    command.verb = arguments.value(0);
    if (!kVerbs.value(noun).contains(command.verb))
        return fail(QStringLiteral("%1 takes %2").arg(noun, kVerbs.value(noun).join(QStringLiteral(", "))));
    QString from, to;
    auto positional = OptionReader(noun + QLatin1Char(' ') + command.verb)
                          .value("--title", &command.title).value("--hazard", &command.hazard)
                          .value("--commander", &command.commander).value("--reason", &command.reason)
                          .value("--area", &command.areaFile).value("--postgres", &command.postgres)
                          .value("--user", &command.user).value("--seat", &command.seat).value("--head", &command.anchor)
                          .list("--district", &command.districts).list("--town", &command.towns).list("--warning", &command.warnings)
                          .value("--incident", &command.incident).value("--role", &command.role)
                          .value("--outgoing", &command.outgoing).value("--incoming", &command.incoming)
                          .value("--from", &from).value("--to", &to).flag("--exercise", &command.exercise)
                          .read(arguments, 1);
    if (!positional)
        return positional.error();
    command.positional = *positional;
    for (const auto &[option, text, into] : {std::tuple{"--from", from, &command.from}, std::tuple{"--to", to, &command.to}}) {
        if (text.isEmpty())
            continue;
        const auto time = parseUtc(text);
        if (!time)
            return fail(QStringLiteral("%1 takes an ISO 8601 time with its zone").arg(QLatin1String(option)));
        *into = *time;
    }
    const QString &verb = command.verb;
    if (verb == QLatin1String("open")) {
        if (command.title.isEmpty() || !incidents::hazardFromString(command.hazard))
            return fail(QStringLiteral("incident open needs --title and --hazard flood|typhoon|rainstorm|forest-fire|other"));
    } else if (verb == QLatin1String("level")) {
        const auto action = incidents::levelActionFromString(command.positional.value(1));
        if (!action || (*action != incidents::LevelAction::End && command.positional.size() != 3))
            return fail(QStringLiteral("incident level takes ID start|raise|lower LEVEL, or ID end"));
    } else if (verb == QLatin1String("note")) {
        if (command.positional.size() < 2)
            return fail(QStringLiteral("incident note takes ID TEXT"));
        command.text = command.positional.mid(1).join(QLatin1Char(' '));
    } else if (verb == QLatin1String("close") && command.positional.size() != 1) {
        return fail(QStringLiteral("incident close takes ID --reason TEXT"));
    } else if (verb == QLatin1String("log")) {
        if (command.positional.isEmpty())
            return fail(QStringLiteral("duty log takes TEXT [--incident ID]"));
        command.text = command.positional.join(QLatin1Char(' '));
    } else if (verb == QLatin1String("shift")) {
        if (command.positional.size() != 1 || command.role.isEmpty() || !command.from.isValid() || !command.to.isValid())
            return fail(QStringLiteral("duty shift takes OFFICER --role ROLE --from TIME --to TIME"));
    } else if (verb == QLatin1String("handover")) {
        if (command.outgoing.isEmpty() || command.incoming.isEmpty())
            return fail(QStringLiteral("duty handover takes --outgoing OFFICER --incoming OFFICER"));
    } else if (verb == QLatin1String("confirm")) {
        if (command.positional.size() != 2 || command.positional.at(0).toLongLong() <= 0
            || (command.positional.at(1) != QLatin1String("outgoing") && command.positional.at(1) != QLatin1String("incoming")))
            return fail(QStringLiteral("duty confirm takes HANDOVER outgoing|incoming (the number duty handover printed)"));
    }
    if (!command.anchor.isEmpty() && !QRegularExpression(QStringLiteral("^[0-9a-f]{64}@\\d+$")).match(command.anchor).hasMatch())
        return fail(QStringLiteral("--head takes HASH@SEQUENCE as journal verify prints it"));
    return command;
}

int runRecordCommand(const RecordCommand &command, store::Workspace *workspace, const std::optional<QDateTime> &at)
{
    auto journal = openJournal(command, workspace);
    if (!journal)
        return fail(QStringLiteral("cannot open the record: %1").arg(journal.error().toString()));
    if (command.noun == QLatin1String("journal"))
        return command.verb == QLatin1String("verify") ? runVerify(command, **journal) : runExport(**journal, at);
    if (command.noun == QLatin1String("duty"))
        return runDuty(command, **journal, workspace, at.value_or(QDateTime::currentDateTimeUtc()));
    const int code = runIncident(command, **journal, workspace, at.value_or(QDateTime::currentDateTimeUtc()));
    if (code == 0 && workspace && command.postgres.isEmpty() && command.verb != QLatin1String("list"))
        if (auto layer = writeIncidentAreaLayer(*workspace); !layer)  // the record has it; only its GIS picture lags
            fail(QStringLiteral("recorded, but the GIS layer lookout_incident_areas was not updated: %1").arg(layer.error().toString()));
    return code;
}

bool needsWorkspace(const RecordCommand &command)
{
    return command.postgres.isEmpty() || (command.noun == QLatin1String("duty") && command.verb == QLatin1String("handover"));
}

} // namespace lookout::app

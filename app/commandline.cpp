// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "commandline.h"

#include "core/timeformat.h"

#include <QRegularExpression>

namespace lookout::app {

QString helpText()
{
    return QStringLiteral(
        "Usage: lookout [options]\n"
        "   or: lookout render --view wall|desk|login --size WxH --out FILE.png [options]\n"
        "   or: lookout ingest FILE... [--format ID] [--as-issued] [--workspace FILE]\n"
        "   or: lookout warnings list [--at TIME] [--all] [--workspace FILE]\n"
        "   or: lookout situation [--at TIME] [--json] [--workspace FILE]\n"
        "   or: lookout feeds run --config FILE [--once] [--workspace FILE]\n"
        "   or: lookout fwi FILE.csv [--start FFMC,DMC,DC]\n"
        "   or: lookout incident|journal|duty VERB ... (see Record commands)\n"
        "   or: lookout workspace|layer|divisions VERB ... (see Workspace commands)\n"
        "   or: lookout plan|task|resources VERB ... (see Plan commands)\n"
        "   or: lookout match --needs FILE.csv --resources FILE.csv [--json]\n"
        "   or: lookout cap issue|update|cancel|list ... (see CAP commands)\n"
        "   or: lookout server init|user add|user list|user remove|refusals --postgres CONNINFO (see Server commands)\n"
        "   or: lookout report initial|followup|final|daily|due|losses ... (see Report commands)\n"
        "\n"
        "Lookout (瞭望): flood, typhoon and forest-fire command suite.\n"
        "Without a command, opens the desk view (or the wall view with --view wall).\n"
        "\n"
        "Commands:\n"
        "  render             render a view offscreen to a PNG file and exit\n"
        "  ingest FILE...     read CAP warnings, typhoon tracks (CMA best track, ATCF\n"
        "                     b-deck, IBTrACS CSV, 温州台风网 JSON/CSV), FIRMS hotspots,\n"
        "                     water levels (长江水文 CSV, SL 323 CSV, thresholds, WaterML\n"
        "                     1.1/2.0, USGS RDB), daily fire weather (cffdrs columns) or\n"
        "                     rainfall grids (GRIB2, NetCDF, GeoTIFF), detected from the\n"
        "                     content, into the workspace, each file whole or not at all\n"
        "  feeds run          fetch the configured feeds (CAP, CAP index, tracks,\n"
        "                     hotspots, water, grids, fire weather)\n"
        "                     into the workspace on their intervals; --once: one round,\n"
        "                     then print each source's health and exit (1 if any failed)\n"
        "  fwi FILE.csv       the Canadian Fire Weather Index codes (FFMC, DMC, DC, ISI,\n"
        "                     BUI, FWI) per day from daily noon weather (columns LONG, LAT,\n"
        "                     YR, MON, DAY, TEMP, RH, WS, PREC), as CSV on stdout; start-up\n"
        "                     values 85, 6, 15 unless --start gives yesterday's codes\n"
        "  situation          what is known at --at (default now), as lines or --json\n"
        "                     (docs/situation.md): the water stations so far\n")
        + matchHelpText() + QStringLiteral(
        "  warnings list      the warning registry as known at --at (default now): the\n"
        "                     live head of each chain, its level, state and age\n"
        "\n"
        "Workspace commands (--workspace FILE, default the demo workspace):\n")
        + workspaceHelpText() + QStringLiteral(
        "\n"
        "Record commands (the tamper-evident record of who did what, and when):\n")
        + recordHelpText() + QStringLiteral(
        "\n"
        "Plan commands (contingency plans, their suggestions, rehearsals and tasks):\n")
        + planHelpText() + QStringLiteral(
        "\n"
        "CAP commands (warnings the bureau issues, 信息发布):\n")
        + capHelpText() + QStringLiteral(
        "\n"
        "Report commands (首报/续报/终报, the daily duty report):\n")
        + reportHelpText() + QStringLiteral("\nServer commands (a shared PostgreSQL server for seats at four levels):\n") + serverHelpText() + QStringLiteral(
        "\n"
        "Options:\n"
        "  --view wall|desk   which view (default: desk)\n"
        "  --postgres CONNINFO  the desk, wall or render as a seat of a shared server: its\n"
        "                     record and its actions there, as the seat's role may see them\n"
        "  --page PAGE        the desk's page: map, warnings, typhoon, water, rainfall,\n"
        "                     fire, firedanger, incidents, duty, plans, resources or reports (default: map)\n"
        "  --rehearse PLAN,FROM,TO   render: the plans page with that plan's rehearsal\n"
        "  --legibility       render: list every visible text drawn below a fortieth of the\n"
        "                     height (the wall's rule for 10 m) and exit 3 if there is one\n"
        "  --texts            render: print every visible text, one \"text: …\" line each\n"
        "  --focus FOCUS      the wall: hold the tour on typhoon, water, rain, fire,\n"
        "                     incidents or resources (a render shows no takeover then;\n"
        "                     render --focus each: FILE-<focus>.png for every focus with content)\n"
        "  --dwell SECONDS    the wall: how long the tour shows each focus (default 20;\n"
        "                     0 holds it); keys: arrows step, space holds, 1-9 choose\n"
        "  --screens one|span|each  the wall on several screens: one window on the first\n"
        "                     (default), one window spanning all, or the map on the first\n"
        "                     screen and the key figures on each other\n"
        "  --snapshot DIR     the desk or wall on its display: once every map is drawn,\n"
        "                     write DIR/window-N.png for each window, print its screen and\n"
        "                     part, and exit (with --legibility: exit 3 on small text)\n"
        "  --wall-part all|map|board  render: the wall whole, or one screen's part of it\n"
        "  --press KEYS       render: press these keys first (Right,Right,Space,3 …) as an\n"
        "                     operator would, and print the wall's focus\n"
        "  --live-seconds N   render --postgres: the seat stays live N seconds (hearing the\n"
        "                     server, showing it lost) before the image is taken\n"
        "                     (plan id in the workspace's plans folder, ISO 8601 times, 1 h steps)\n"
        "  --size WxH         render size in pixels (default: 3840x2160 wall, 1920x1080 desk)\n"
        "  --out FILE.png     where render writes the image\n"
        "  --workspace FILE   a Lookout workspace (.gpkg); default: the demo workspace,\n"
        "                     created on first run from the embedded boundary data\n"
        "  --at TIME          run the scenario clock from TIME (ISO 8601 with zone,\n"
        "                     e.g. 2018-09-16T00:00Z) instead of now\n"
        "  --lang zh_CN|en    language of the interface (default: the system's)\n"
        "  --config FILE      a feed configuration (JSON): feeds run fetches it; the views\n"
        "                     show its sources' health, and the desk or wall on a display\n"
        "                     runs the feeds itself\n"
        "  --format ID        ingest: cap, cma, atcf, ibtracs, wztf-json, wztf-csv, firms,\n"
        "                     changjiang, water-thresholds, sl323, waterml1, waterml2, rdb,\n"
        "                     grid, fireweather\n"
        "  --all              warnings list: also cancelled, expired and ended chains\n"
        "  --as-issued        ingest: an archive, not a live feed: each warning counts as\n"
        "                     received when it was sent, so replays see it then\n"
        "  --self-test        load the real QML offscreen; exit non-zero on any QML\n"
        "                     warning or error\n"
        "  --version          print the version and exit\n"
        "  --help             print this help and exit\n");
}

Result<CommandLine> parseCommandLine(const QStringList &arguments)
{
    CommandLine line;
    auto fail = [](const QString &message) { return makeError(Error::Code::InvalidArgument, message); };
    bool sawCommand = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        // The option's value: the next argument, unless that is another option.
        auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= arguments.size() || arguments.at(i + 1).startsWith(QStringLiteral("--")))
                return std::nullopt;
            return arguments.at(++i);
        };
        if (argument == QStringLiteral("--help") || argument == QStringLiteral("-h")) {
            line.command = CommandLine::Command::Help;
            return line;
        }
        if (argument == QStringLiteral("--version") || argument == QStringLiteral("-v")) {
            line.command = CommandLine::Command::Version;
            return line;
        }
        const bool first = !sawCommand && line.command == CommandLine::Command::Gui;
        // A noun's own arguments, after it: --workspace and --at stay general, the rest are its verb's.
        auto verbArguments = [&](qsizetype &at) -> Result<QStringList> {
            QStringList rest;
            for (++at; at < arguments.size(); ++at) {
                const QString &next = arguments.at(at);
                if ((next == QStringLiteral("--workspace") || next == QStringLiteral("--at")) && at + 1 < arguments.size()) {
                    if (next == QStringLiteral("--workspace"))
                        line.workspace = arguments.at(++at);
                    else if (auto time = parseUtc(arguments.at(++at)))
                        line.at = time;
                    else
                        return fail(QStringLiteral("--at takes an ISO 8601 time with its zone, e.g. 2018-09-16T00:00Z"));
                } else {
                    rest.append(next);
                }
            }
            return rest;
        };
        const bool planNoun = argument == QStringLiteral("plan") || argument == QStringLiteral("task") || argument == QStringLiteral("resources");
        if (first && (planNoun || argument == QStringLiteral("incident") || argument == QStringLiteral("journal") || argument == QStringLiteral("duty"))) {
            // The record's verbs have options of their own; --workspace and --at stay general.
            auto restOrError = verbArguments(i);
            if (!restOrError)
                return restOrError.error();
            const QStringList rest = *restOrError;
            if (planNoun) {
                auto plan = parsePlanCommand(argument, rest);
                if (!plan)
                    return plan.error();
                line.command = CommandLine::Command::Plan;
                line.plan = std::move(plan).value();
                break;
            }
            auto record = parseRecordCommand(argument, rest);
            if (!record)
                return record.error();
            line.command = CommandLine::Command::Record;
            line.record = std::move(record).value();
            break;
        }
        if (first && (argument == QStringLiteral("cap") || argument == QStringLiteral("report") || argument == QStringLiteral("server"))) {
            auto restOrError = verbArguments(i);
            if (!restOrError)
                return restOrError.error();
            const QStringList rest = *restOrError;
            if (argument == QStringLiteral("server")) {
                auto server = parseServerCommand(rest);
                if (!server)
                    return server.error();
                line.command = CommandLine::Command::Server;
                line.server = std::move(server).value();
                break;
            }
            if (argument == QStringLiteral("report")) {
                auto report = parseReportCommand(rest);
                if (!report)
                    return report.error();
                line.command = CommandLine::Command::Report;
                line.report = std::move(report).value();
                break;
            }
            auto cap = parseCapCommand(rest);
            if (!cap)
                return cap.error();
            line.command = CommandLine::Command::Cap;
            line.cap = std::move(cap).value();
            break;
        }
        if (first && argument == QStringLiteral("match")) {
            auto match = parseMatchCommand(arguments.mid(i + 1));
            if (!match)
                return match.error();
            line.command = CommandLine::Command::Match;
            line.match = std::move(match).value();
            break;
        }
        if (first && (argument == QStringLiteral("workspace") || argument == QStringLiteral("layer") || argument == QStringLiteral("divisions"))) {
            QStringList rest;
            for (++i; i < arguments.size(); ++i) {
                if (arguments.at(i) == QStringLiteral("--workspace") && i + 1 < arguments.size())
                    line.workspace = arguments.at(++i);
                else
                    rest.append(arguments.at(i));
            }
            auto command = parseWorkspaceCommand(argument, rest);
            if (!command)
                return command.error();
            if (argument == QStringLiteral("workspace")) {
                if (command->positional.size() > 1 || (command->positional.isEmpty() && line.workspace.isEmpty()))
                    return fail(QStringLiteral("workspace create takes one FILE.gpkg"));
                if (!command->positional.isEmpty())
                    line.workspace = command->positional.front();
            }
            line.command = CommandLine::Command::Workspace;
            line.workspaceCommand = std::move(command).value();
            break;
        }
        if (argument == QStringLiteral("render") && first) {
            sawCommand = true;
            line.command = CommandLine::Command::Render;
        } else if (argument == QStringLiteral("ingest") && first) {
            sawCommand = true;
            line.command = CommandLine::Command::Ingest;
        } else if (argument == QStringLiteral("warnings") && first) {
            sawCommand = true;
            if (i + 1 >= arguments.size() || arguments.at(i + 1) != QStringLiteral("list"))
                return fail(QStringLiteral("warnings takes a subcommand: lookout warnings list"));
            ++i;
            line.command = CommandLine::Command::WarningsList;
        } else if (argument == QStringLiteral("situation") && first) {
            sawCommand = true;
            line.command = CommandLine::Command::Situation;
        } else if (argument == QStringLiteral("--json")) {
            line.json = true;
        } else if (argument == QStringLiteral("feeds") && first) {
            sawCommand = true;
            if (i + 1 >= arguments.size() || arguments.at(i + 1) != QStringLiteral("run"))
                return fail(QStringLiteral("feeds takes a subcommand: lookout feeds run --config FILE"));
            ++i;
            line.command = CommandLine::Command::FeedsRun;
        } else if (argument == QStringLiteral("--postgres")) {
            auto conninfo = value();
            if (!conninfo)
                return fail(QStringLiteral("--postgres takes a libpq connection string, e.g. \"host=db.bureau dbname=lookout user=li.duty\""));
            line.postgres = *conninfo;
        } else if (argument == QStringLiteral("--config")) {
            auto config = value();
            if (!config)
                return fail(QStringLiteral("--config takes a feed configuration file (JSON)"));
            line.config = *config;
        } else if (argument == QStringLiteral("--once")) {
            line.once = true;
        } else if (argument == QStringLiteral("fwi") && first) {
            sawCommand = true;
            line.command = CommandLine::Command::Fwi;
        } else if (argument == QStringLiteral("--start")) {
            static const QRegularExpression three(QStringLiteral("^[0-9.]+,[0-9.]+,[0-9.]+$"));
            auto start = value();
            if (!start || !three.match(*start).hasMatch())
                return fail(QStringLiteral("--start takes FFMC,DMC,DC, e.g. 91.61,48.1,94.69"));
            line.fwiStart = *start;
        } else if ((line.command == CommandLine::Command::Ingest || line.command == CommandLine::Command::Fwi)
                   && !argument.startsWith(QStringLiteral("--"))) {
            line.files.append(argument);
        } else if (argument == QStringLiteral("--format")) {
            auto format = value();
            if (!format)
                return fail(QStringLiteral("--format takes cap, cma, atcf, ibtracs, wztf-json or wztf-csv"));
            line.format = *format;
        } else if (argument == QStringLiteral("--as-issued")) {
            line.asIssued = true;
        } else if (argument == QStringLiteral("--all")) {
            line.all = true;
        } else if (argument == QStringLiteral("--self-test")) {
            line.command = CommandLine::Command::SelfTest;
        } else if (argument == QStringLiteral("--view")) {
            auto view = value();
            if (!view || (*view != QStringLiteral("wall") && *view != QStringLiteral("desk") && *view != QStringLiteral("login")))
                return fail(QStringLiteral("--view takes wall, desk or login (render, with --postgres: the sign-in)"));
            line.view = *view;
        } else if (argument == QStringLiteral("--page")) {
            auto page = value();
            if (!page || !QStringList{QStringLiteral("map"), QStringLiteral("warnings"), QStringLiteral("typhoon"), QStringLiteral("water"),
                                      QStringLiteral("rainfall"), QStringLiteral("fire"), QStringLiteral("firedanger"), QStringLiteral("incidents"),
                                      QStringLiteral("duty"), QStringLiteral("plans"), QStringLiteral("resources"), QStringLiteral("reports")}.contains(*page))
                return fail(QStringLiteral("--page takes map, warnings, typhoon, water, rainfall, fire, firedanger, incidents, duty, plans, resources or reports"));
            line.page = *page;
        } else if (argument == QStringLiteral("--legibility")) {
            line.legibility = true;
        } else if (argument == QStringLiteral("--texts")) {
            line.texts = true;
        } else if (argument == QStringLiteral("--focus")) {
            auto focus = value();
            if (!focus || !QStringList{QStringLiteral("typhoon"), QStringLiteral("water"), QStringLiteral("rain"), QStringLiteral("fire"),
                                       QStringLiteral("incidents"), QStringLiteral("resources"), QStringLiteral("each")}.contains(*focus))
                return fail(QStringLiteral("--focus takes typhoon, water, rain, fire, incidents or resources (render: or each)"));
            line.focus = *focus;
        } else if (argument == QStringLiteral("--press")) {
            const QStringList keys = value().value_or(QString()).split(QLatin1Char(','), Qt::SkipEmptyParts);
            static const QRegularExpression known(QStringLiteral("^(Right|Left|Up|Down|PageUp|PageDown|Space|B|[1-9])$"));
            if (keys.isEmpty() || !std::all_of(keys.begin(), keys.end(), [](const QString &key) { return known.match(key).hasMatch(); }))
                return fail(QStringLiteral("--press takes keys separated by commas: Right, Left, Up, Down, PageUp, PageDown, Space, B, 1-9"));
            line.press = keys;
        } else if (argument == QStringLiteral("--dwell")) {
            bool ok = false;
            const int seconds = value().value_or(QString()).toInt(&ok);
            if (!ok || seconds < 0 || seconds > 3600)
                return fail(QStringLiteral("--dwell takes 0 (hold) to 3600 seconds"));
            line.dwell = seconds;
        } else if (argument == QStringLiteral("--wall-part")) {
            auto part = value();
            if (!part || !QStringList{QStringLiteral("all"), QStringLiteral("map"), QStringLiteral("board")}.contains(*part))
                return fail(QStringLiteral("--wall-part takes all, map or board"));
            line.wallPart = *part;
        } else if (argument == QStringLiteral("--screens")) {
            auto screens = value();
            if (!screens || !QStringList{QStringLiteral("one"), QStringLiteral("span"), QStringLiteral("each")}.contains(*screens))
                return fail(QStringLiteral("--screens takes one, span or each"));
            line.screens = *screens;
        } else if (argument == QStringLiteral("--snapshot")) {
            auto directory = value();
            if (!directory)
                return fail(QStringLiteral("--snapshot takes a directory"));
            line.snapshot = *directory;
        } else if (argument == QStringLiteral("--live-seconds")) {
            bool ok = false;
            const int seconds = value().value_or(QString()).toInt(&ok);
            if (!ok || seconds < 1 || seconds > 600)
                return fail(QStringLiteral("--live-seconds takes 1 to 600"));
            line.liveSeconds = seconds;
        } else if (argument == QStringLiteral("--rehearse")) {
            auto value_ = value();
            const QStringList parts = value_.value_or(QString()).split(QLatin1Char(','));
            if (parts.size() != 3 || !parseUtc(parts[1]) || !parseUtc(parts[2]))
                return fail(QStringLiteral("--rehearse takes PLAN,FROM,TO, e.g. zhuhai-typhoon,2018-09-14T00:00Z,2018-09-17T00:00Z"));
            line.rehearse = parts;
        } else if (argument == QStringLiteral("--size")) {
            static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
            auto size = value();
            const auto match = pattern.match(size.value_or(QString()));
            if (!match.hasMatch())
                return fail(QStringLiteral("--size takes WIDTHxHEIGHT in pixels, e.g. 3840x2160"));
            line.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
            if (line.size.width() > 16384 || line.size.height() > 16384)
                return fail(QStringLiteral("--size is limited to 16384x16384"));
        } else if (argument == QStringLiteral("--out")) {
            auto out = value();
            if (!out)
                return fail(QStringLiteral("--out takes a file name"));
            line.out = *out;
        } else if (argument == QStringLiteral("--workspace")) {
            auto workspace = value();
            if (!workspace)
                return fail(QStringLiteral("--workspace takes a .gpkg file"));
            line.workspace = *workspace;
        } else if (argument == QStringLiteral("--at")) {
            auto text = value();
            auto at = text ? parseUtc(*text) : std::nullopt;
            if (!at)
                return fail(QStringLiteral("--at takes an ISO 8601 time with its zone, e.g. 2018-09-16T00:00Z"));
            line.at = at;
        } else if (argument == QStringLiteral("--lang")) {
            auto language = value();
            if (!language || (*language != QStringLiteral("zh_CN") && *language != QStringLiteral("en")))
                return fail(QStringLiteral("--lang takes zh_CN or en"));
            line.language = *language;
        } else {
            return fail(QStringLiteral("unknown argument '%1' (see lookout --help)").arg(argument));
        }
    }
    if (line.command == CommandLine::Command::Render) {
        if (line.out.isEmpty())
            return fail(QStringLiteral("render needs --out FILE.png"));
        if (!line.out.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive))
            return fail(QStringLiteral("render writes PNG: --out must end in .png"));
    } else if (!line.out.isEmpty() || !line.size.isEmpty()) {
        return fail(QStringLiteral("--out and --size belong to the render command"));
    }
    if (!line.snapshot.isEmpty() && line.command != CommandLine::Command::Gui)
        return fail(QStringLiteral("--snapshot belongs to the desk and wall on a display (render has --out)"));
    if (line.texts && line.command != CommandLine::Command::Render)
        return fail(QStringLiteral("--texts belongs to render"));
    if (line.legibility && line.command != CommandLine::Command::Render && line.snapshot.isEmpty())
        return fail(QStringLiteral("--legibility belongs to render and --snapshot"));
    if (line.command == CommandLine::Command::Ingest && line.files.isEmpty())
        return fail(QStringLiteral("ingest needs at least one FILE"));
    if (line.command == CommandLine::Command::Fwi && line.files.size() != 1)
        return fail(QStringLiteral("fwi takes one daily weather CSV file"));
    if (line.command != CommandLine::Command::Fwi && !line.fwiStart.isEmpty())
        return fail(QStringLiteral("--start belongs to the fwi command"));
    if (line.command != CommandLine::Command::Ingest && (!line.format.isEmpty() || line.asIssued))
        return fail(QStringLiteral("--format and --as-issued belong to the ingest command"));
    if (line.command != CommandLine::Command::Situation && line.json)
        return fail(QStringLiteral("--json belongs to the situation command"));
    if (line.command == CommandLine::Command::FeedsRun && line.config.isEmpty())
        return fail(QStringLiteral("feeds run needs --config FILE"));
    if (line.command != CommandLine::Command::FeedsRun && line.once)
        return fail(QStringLiteral("--once belongs to feeds run"));
    if (line.isDataCommand() && line.command != CommandLine::Command::FeedsRun && !line.config.isEmpty())
        return fail(QStringLiteral("--config belongs to feeds run and the views"));
    if (line.size.isEmpty())
        line.size = line.view == QStringLiteral("wall") ? QSize(3840, 2160) : QSize(1920, 1080);
    return line;
}

} // namespace lookout::app

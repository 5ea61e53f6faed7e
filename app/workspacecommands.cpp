// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "workspacecommands.h"
#include "workspacepush.h"

#include "optionreader.h"

#include "core/timeformat.h"
#include "feeds/divisionscsv.h"
#include "gis/coordinatetransform.h"
#include "store/divisionstore.h"
#include "store/workspace.h"

#include <QFile>
#include <QFileInfo>
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

// A table name from a file name: "hk_dc_land_2001_wgs84.json" -> "hk_dc_land_2001_wgs84".
QString layerNameFor(const QString &file)
{
    QString name = QFileInfo(file).completeBaseName().toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]+")), QStringLiteral("_"));
    name.remove(QRegularExpression(QStringLiteral("^_+|_+$")));
    if (name.isEmpty() || !name.front().isLetter() || name.startsWith(QLatin1String("lookout_")) || name.startsWith(QLatin1String("gpkg_"))
        || name.startsWith(QLatin1String("rtree_")))
        name.prepend(QStringLiteral("layer_"));
    return name.left(63);
}

// "gcj02" -> GCJ-02; "EPSG:4326" as it is; empty: trust the file.
Result<QString> declaredCrs(const QString &text)
{
    if (text.isEmpty())
        return QString();
    if (text.compare(QLatin1String("gcj02"), Qt::CaseInsensitive) == 0 || text == gis::kGcj02)
        return gis::kGcj02;
    static const QRegularExpression epsg(QStringLiteral("^EPSG:\\d{4,6}$"), QRegularExpression::CaseInsensitiveOption);
    if (epsg.match(text).hasMatch())
        return text.toUpper();
    return makeError(Error::Code::InvalidArgument, QStringLiteral("--crs takes gcj02 or EPSG:NNNN, not '%1'").arg(text));
}

int createWorkspace(const WorkspaceCommand &command, const QString &path)
{
    auto workspace = store::Workspace::create(path, QDateTime::currentDateTimeUtc());
    if (!workspace)
        return fail(QStringLiteral("cannot create workspace %1: %2").arg(path, workspace.error().toString()));
    const QString title = command.title.isEmpty() ? QFileInfo(path).completeBaseName() : command.title;
    if (auto set = workspace->setSetting(QStringLiteral("title"), title); !set)
        return fail(set.error().toString());
    std::printf("%s: a new workspace \"%s\" (schema %d); fill it with lookout layer import, divisions import and ingest\n",
                qPrintable(path), qPrintable(title), store::Workspace::kSchemaVersion);
    return 0;
}

int importLayer(const WorkspaceCommand &command, store::Workspace &workspace)
{
    auto crs = declaredCrs(command.crs);
    if (!crs)
        return fail(crs.error().message, 2);
    auto existing = workspace.layers();
    if (!existing)
        return fail(existing.error().toString());
    store::ImportRequest request;
    request.sourcePath = command.positional.front();
    request.sourceLayer = command.sourceLayer;
    request.layerName = command.name.isEmpty() ? layerNameFor(request.sourcePath) : command.name;
    request.title = command.title.isEmpty() ? request.layerName : command.title;
    request.labelField = command.labelField;
    request.labelCandidates = {QStringLiteral("name"), QStringLiteral("NAME"), QStringLiteral("Name"), QStringLiteral("名称")};
    request.declaredCrs = *crs;
    request.replace = command.replace;
    request.sourceNote = QStringLiteral("imported with lookout layer import");
    // The first layer of a new workspace is its focus (the home view); later ones are context.
    const bool hasFocus = std::any_of(existing->begin(), existing->end(), [](const store::LayerRecord &r) { return r.role == QLatin1String("focus"); });
    request.role = command.role.isEmpty() ? (hasFocus ? QStringLiteral("context") : QStringLiteral("focus")) : command.role;
    int order = 0;
    for (const store::LayerRecord &record : *existing)
        order = std::max(order, record.drawOrder + 1);
    request.drawOrder = order;
    auto record = workspace.importVectorLayer(request, QDateTime::currentDateTimeUtc());
    if (!record)
        return fail(QStringLiteral("%1 not imported: %2").arg(request.sourcePath, record.error().toString()));
    std::printf("%s: layer %s, %lld feature(s), source CRS %s, labels from %s, drawn as %s\n", qPrintable(request.sourcePath),
                qPrintable(record->name), static_cast<long long>(record->featureCount), qPrintable(record->sourceCrs),
                record->labelField.isEmpty() ? "no field" : qPrintable(record->labelField), qPrintable(record->role));
    return 0;
}

int listLayers(store::Workspace &workspace)
{
    auto layers = workspace.layers();
    if (!layers)
        return fail(layers.error().toString());
    QTextStream out(stdout);
    for (const store::LayerRecord &r : *layers)
        out << r.name << "\t" << r.title << "\t" << r.role << "\t" << r.featureCount << " features\t" << r.sourceCrs << "\t"
            << r.sourceFile << "\timported " << formatUtc(r.importedAt) << "\n";
    if (layers->isEmpty())
        out << "no layers (lookout layer import FILE)\n";
    return 0;
}

int importDivisions(const WorkspaceCommand &command, store::Workspace &workspace)
{
    store::DivisionStore divisions(workspace.database());
    int failures = 0;
    for (const QString &file : command.positional) {
        QFile input(file);
        if (!input.open(QIODevice::ReadOnly)) {
            fail(QStringLiteral("%1: %2").arg(file, input.errorString()));
            ++failures;
            continue;
        }
        auto parsed = feeds::parseDivisionsCsv(input.readAll(), file);
        auto added = parsed ? divisions.add(*parsed, QFileInfo(file).fileName()) : Result<int>(parsed.error());
        if (!added) {
            fail(QStringLiteral("%1 not imported: %2").arg(file, added.error().toString()));
            ++failures;
            continue;
        }
        std::printf("%s: %d division(s)\n", qPrintable(file), *added);
    }
    return failures == 0 ? 0 : 1;
}

int listDivisions(const WorkspaceCommand &command, store::Workspace &workspace)
{
    store::DivisionStore divisions(workspace.database());
    auto listed = command.under.isEmpty() ? divisions.all() : divisions.children(command.under);
    if (!listed)
        return fail(listed.error().toString());
    QTextStream out(stdout);
    for (const Division &division : *listed)
        out << division.code << "\t" << division.name << "\t" << chineseName(division.level) << "\t" << division.parent << "\n";
    if (listed->isEmpty())
        out << (command.under.isEmpty() ? "no divisions (lookout divisions import FILE.csv)\n" : "none under that code\n");
    return 0;
}

} // namespace

QString workspaceHelpText()
{
    return QStringLiteral(
        "  workspace create FILE.gpkg [--title TEXT]\n"
        "                     a new, empty workspace (a GeoPackage that opens in QGIS)\n"
        "  layer import FILE [--name NAME] [--title TEXT] [--crs gcj02|EPSG:NNNN]\n"
        "        [--label-field FIELD] [--layer SOURCE_LAYER] [--role focus|context|region|reference]\n"
        "        [--replace]      any OGR vector file (GeoJSON, GeoPackage, Shapefile) as a map\n"
        "                     layer, converted to WGS-84 (GCJ-02 as the demo's boundaries are),\n"
        "                     labelled by --label-field, else name, NAME or 名称\n"
        "  layer list         the workspace's layers with their sources\n"
        "  layer remove NAME  drop an imported layer\n"
        "  divisions import FILE.csv...\n"
        "                     统计用区划代码 (columns code, name; optional level, parent, or the\n"
        "                     statistics bureau's provinceCode/cityCode/areaCode)\n"
        "  workspace push FILE.gpkg --postgres CONNINFO\n"
        "                     the workspace's record to a server set up by server init, entry\n"
        "                     for entry with each entry's division; verified afterwards\n"
        "  divisions list [--under CODE]\n"
        "                     the divisions, or those directly under CODE\n");
}

Result<WorkspaceCommand> parseWorkspaceCommand(const QString &noun, const QStringList &arguments)
{
    auto fail = [](const QString &message) { return makeError(Error::Code::InvalidArgument, message); };
    WorkspaceCommand command;
    command.noun = noun;
    command.verb = arguments.value(0);
    const QStringList verbs = noun == QLatin1String("workspace") ? QStringList{QStringLiteral("create"), QStringLiteral("push")}
                              : noun == QLatin1String("layer")   ? QStringList{QStringLiteral("import"), QStringLiteral("list"), QStringLiteral("remove")}
                                                                 : QStringList{QStringLiteral("import"), QStringLiteral("list")};
    if (!verbs.contains(command.verb))
        return fail(QStringLiteral("%1 takes %2 (see lookout --help)").arg(noun, verbs.join(QLatin1Char('|'))));
    auto positional = OptionReader(noun + QLatin1Char(' ') + command.verb)
                          .value("--title", &command.title).value("--name", &command.name).value("--crs", &command.crs)
                          .value("--label-field", &command.labelField).value("--role", &command.role)
                          .value("--layer", &command.sourceLayer).value("--under", &command.under).flag("--replace", &command.replace)
                          .value("--postgres", &command.postgres)
                          .read(arguments, 1);
    if (!positional)
        return positional.error();
    command.positional = *positional;
    const QString usage = noun + QLatin1Char(' ') + command.verb;
    if (command.verb == QLatin1String("push") && (command.positional.size() != 1 || command.postgres.isEmpty()))
        return fail(QStringLiteral("workspace push takes FILE.gpkg --postgres CONNINFO"));
    if (command.verb == QLatin1String("import") && command.positional.isEmpty())
        return fail(QStringLiteral("%1 needs a FILE").arg(usage));
    if (noun == QLatin1String("layer") && command.verb == QLatin1String("import") && command.positional.size() != 1)
        return fail(QStringLiteral("layer import takes one FILE"));
    if (command.verb == QLatin1String("remove") && command.positional.size() != 1)
        return fail(QStringLiteral("layer remove takes the NAME that layer list shows"));
    if (command.verb == QLatin1String("list") && !command.positional.isEmpty())
        return fail(QStringLiteral("%1 takes no file").arg(usage));
    if (!command.role.isEmpty() && !QStringList{QStringLiteral("focus"), QStringLiteral("context"), QStringLiteral("region"), QStringLiteral("reference")}.contains(command.role))
        return fail(QStringLiteral("--role takes focus, context, region or reference"));
    if (!command.crs.isEmpty())
        if (auto crs = declaredCrs(command.crs); !crs)
            return crs.error();
    return command;
}

QString missingWorkspaceMessage(const QString &path)
{
    return QStringLiteral("workspace %1 does not exist; create it with: lookout workspace create %1").arg(path);
}

int runWorkspaceCommand(const WorkspaceCommand &command, const QString &path)
{
    if (command.noun == QLatin1String("workspace") && command.verb == QLatin1String("push")) {
        auto pushed = pushWorkspace(command.positional.front(), command.postgres,
                                    [](const QString &step) { std::fprintf(stderr, "push: %s\n", qPrintable(step)); });
        if (!pushed)
            return fail(pushed.error().toString());
        qint64 rows = 0;
        for (const auto &[table, count] : pushed->tables)
            rows += count;
        std::printf("pushed %lld rows in %lld tables and %d plans\n", static_cast<long long>(rows), static_cast<long long>(pushed->tables.size()),
                    pushed->plans);
        std::printf("pushed %lld entries; the server's record verifies, head %s@%lld (the same as the workspace's)\n",
                    static_cast<long long>(pushed->entries), pushed->headHash.toHex().constData(), static_cast<long long>(pushed->entries));
        return 0;
    }
    if (command.noun == QLatin1String("workspace"))
        return createWorkspace(command, path);
    auto workspace = store::Workspace::open(path);
    if (!workspace)
        return fail(workspace.error().code == Error::Code::NotFound
                        ? missingWorkspaceMessage(path)
                        : QStringLiteral("cannot open workspace %1: %2").arg(path, workspace.error().toString()));
    if (command.noun == QLatin1String("divisions"))
        return command.verb == QLatin1String("import") ? importDivisions(command, *workspace) : listDivisions(command, *workspace);
    if (command.verb == QLatin1String("import"))
        return importLayer(command, *workspace);
    if (command.verb == QLatin1String("remove")) {
        if (auto removed = workspace->removeLayer(command.positional.front()); !removed)
            return fail(removed.error().toString());
        std::printf("layer %s removed\n", qPrintable(command.positional.front()));
        return 0;
    }
    return listLayers(*workspace);
}

} // namespace lookout::app

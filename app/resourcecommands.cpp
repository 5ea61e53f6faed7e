// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "resourcecommands.h"

#include "inventoryareas.h"
#include "resourcedesk.h"

#include "core/timeformat.h"
#include "incidents/incidentledger.h"
#include "plans/inventorygeojson.h"
#include "plans/inventoryimport.h"
#include "plans/inventoryosm.h"
#include "plans/planareas.h"
#include "situation/workspaceinputs.h"
#include "store/sqlitejournal.h"
#include "store/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace lookout::app {

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "lookout: %s\n", qPrintable(message));
    return 1;
}

QString itemLine(const incidents::InventoryItem &item)
{
    const QString detail = qml::inventoryDetail(item);
    return QStringLiteral("%1%2  %3  %4  %5  %6  %7")
        .arg(item.exercise ? QStringLiteral("[EXERCISE 演练] ") : QString(), item.id, incidents::toString(item.kind), incidents::toString(item.status).toUpper(),
             item.area.display(), item.name, detail);
}

} // namespace

QString resourcesHelpText()
{
    return QStringLiteral(
        "  resources import FILE [--exercise]   add the inventory of a file in one record entry: CSV\n"
        "                                   (Lookout's layout or Sahana Eden's shelters), .geojson/.json,\n"
        "                                   or an OpenStreetMap .osm.pbf (what lies outside the districts: skipped)\n"
        "  resources list [--kind K] [--json]   the inventory as known at --at\n"
        "  resources dispatch RESOURCE --incident ID --need TEXT [--quantity N] --eta MIN\n"
        "                                   a dispatch order: the resource becomes assigned\n"
        "  resources arrived N | release N  its arrival; its release (available again)\n");
}

int runResourcesCommand(const PlanCommand &command, store::Workspace &workspace, const QDateTime &at)
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
        QJsonArray json;
        if (!command.json)
            out << "Inventory as known at " << formatLocal(at) << " (Beijing), " << formatUtc(at) << Qt::endl;
        int shown = 0;
        for (const incidents::InventoryItem &item : state.inventory.items()) {
            if (!command.kind.isEmpty() && incidents::toString(item.kind) != command.kind)
                continue;
            ++shown;
            if (command.json)
                json.append(incidents::toJson(item));
            else
                out << "  " << itemLine(item) << Qt::endl;
        }
        if (command.json)
            out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        else if (shown == 0)
            out << "  nothing in the inventory" << Qt::endl;
        return 0;
    }
    if (command.verb != QLatin1String("import")) {
        incidents::IncidentLedger ledger(**journal);
        const incidents::Actor actor{command.user, command.seat, at};
        auto entry = ledger.act([&](const incidents::RecordState &state) {
            if (command.verb == QLatin1String("dispatch"))
                return state.inventory.orderDispatch(command.positional.front(), command.incident, command.need,
                                                     command.quantity.isEmpty() ? 1 : command.quantity.toLongLong(), command.eta.toDouble(), actor);
            const int number = command.positional.front().toInt();
            return command.verb == QLatin1String("arrived") ? state.inventory.reportArrival(number, actor) : state.inventory.release(number, actor);
        });
        if (!entry)
            return fail(QStringLiteral("refused: %1").arg(entry.error().toString()));
        out << "recorded #" << entry->sequence << " " << entry->kind;
        if (command.verb == QLatin1String("dispatch"))
            out << ": dispatch " << ledger.state().inventory.dispatches().size() << ", ETA "
                << formatLocal(ledger.state().inventory.dispatches().back().eta);
        out << Qt::endl;
        return 0;
    }
    const QString path = command.positional.value(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    auto inputs = situation::situationInputsOf(workspace);
    if (!inputs)
        return fail(inputs.error().toString());
    const plans::PlanAreas areas = plans::PlanAreas::of(*inputs);
    const plans::InventoryAreaResolver resolver = inventoryAreaResolver(workspace, areas);
    // The reader by extension; an OSM extract covers more than the workspace, so what lies outside
    // its districts is counted and left out rather than refusing the file.
    const QString lower = path.toLower();
    Result<QList<incidents::InventoryItem>> items = QList<incidents::InventoryItem>{};
    if (lower.endsWith(QLatin1String(".pbf"))) {
        auto osm = plans::readInventoryOsm(path, resolver, command.exercise);
        if (!osm)
            return fail(osm.error().toString());
        out << osm->skippedOutsideAreas << " resource(s) of " << path << " skipped as outside the workspace's districts" << Qt::endl;
        items = osm->items;
    } else if (lower.endsWith(QLatin1String(".geojson")) || lower.endsWith(QLatin1String(".json"))) {
        items = plans::readInventoryGeoJson(file.readAll(), path, resolver, command.exercise);
    } else {
        items = plans::readInventoryCsv(file.readAll(), path, resolver, command.exercise);
    }
    if (!items)
        return fail(items.error().toString());
    incidents::IncidentLedger ledger(**journal);
    const incidents::Actor actor{command.user, command.seat, at};
    auto entry = ledger.act([&](const incidents::RecordState &state) { return state.inventory.import(*items, path, actor); });
    if (!entry)
        return fail(QStringLiteral("refused: %1").arg(entry.error().toString()));
    out << "recorded #" << entry->sequence << " " << entry->kind << ": " << items->size() << " resource(s) from " << path << Qt::endl;
    return 0;
}

} // namespace lookout::app

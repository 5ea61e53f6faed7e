// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "resourcecommands.h"

#include "inventoryareas.h"
#include "resourceactions.h"
#include "scenarioactions.h"
#include "resourcedesk.h"

#include "core/timeformat.h"
#include "incidents/incidentledger.h"
#include "plans/inventorygeojson.h"
#include "plans/inventoryimport.h"
#include "plans/inventoryosm.h"
#include "plans/planareas.h"
#include "situation/situationjson.h"
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

// The workspace's matching at `at` (the situation every seat reads): needs, proposals, gaps and the
// balance per kind, as text or as the situation's "resources" JSON.
int printMatching(store::Workspace &workspace, const QDateTime &at, bool json, QTextStream &out)
{
    auto situation = workspaceSituation(workspace, at);
    if (!situation)
        return fail(situation.error().toString());
    const situation::ResourcesPart &part = situation->resources;
    if (json) {
        out << QJsonDocument(situation::resourcesJson(part)).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << "Resources as known at " << formatLocal(at) << " (Beijing), " << formatUtc(at) << Qt::endl;
    out << "Travel: " << part.travel << Qt::endl;
    if (part.exerciseItems > 0)
        out << "[EXERCISE 演练] " << part.exerciseItems << " inventory item(s) are exercise content" << Qt::endl;
    if (part.needs.isEmpty())
        out << "No need: no response runs under a loaded plan and no request is open." << Qt::endl;
    for (const situation::ResourceNeed &need : part.needs)
        out << "  need " << need.id << "  " << need.kind << " x " << need.quantity << " at " << need.area.display() << ", dispatched "
            << need.dispatched << (need.neededBy.isValid() ? QStringLiteral(", needed by %1").arg(formatLocal(need.neededBy)) : QString()) << Qt::endl;
    for (const situation::ProposedAssignment &p : part.proposals)
        out << "  propose " << p.need << " <- " << p.resource << " x " << p.quantity << "  " << QString::number(p.minutes, 'f', 1) << " min" << Qt::endl;
    out << "Covered " << part.covered << " of " << part.total << "; objective " << QString::number(part.objective, 'f', 1) << " quantity x minutes"
        << Qt::endl;
    for (const situation::ResourceGap &gap : part.gaps)
        out << "  GAP " << gap.need << "  " << gap.kind << " short " << gap.shortfall() << " of " << gap.needed << " (" << gap.reason << ")" << Qt::endl;
    for (const situation::KindBalance &k : part.kinds)
        out << "  " << k.kind << ": available " << k.available << ", committed " << k.committed << ", needed " << k.needed << ", short "
            << k.shortfall << Qt::endl;
    return 0;
}

} // namespace

QString resourcesHelpText()
{
    return QStringLiteral(
        "  resources import FILE [--exercise]   add the inventory of a file in one record entry: CSV\n"
        "                                   (Lookout's layout or Sahana Eden's shelters), .geojson/.json,\n"
        "                                   or an OpenStreetMap .osm.pbf (what lies outside the districts: skipped)\n"
        "  resources list [--kind K] [--json]   the inventory as known at --at\n"
        "  resources match [--json]         the needs at --at (activated plan levels, requests), the\n"
        "                                   optimal proposal, the gap list and the balance per kind\n"
        "  resources request --incident ID --kind KIND --quantity N --where PLACE|LON,LAT\n"
        "                    [--within HOURS]   a request for resources (a record entry)\n"
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
    if (command.verb == QLatin1String("match"))
        return printMatching(workspace, at, command.json, out);
    if (command.verb == QLatin1String("request")) {
        auto inputs = situation::situationInputsOf(workspace);
        if (!inputs)
            return fail(inputs.error().toString());
        auto place = requestPlace(workspace, plans::PlanAreas::of(*inputs), command.where);
        if (!place)
            return fail(place.error().toString());
        incidents::ResourceRequest request;
        request.incident = command.incident;
        request.kind = command.kind;
        request.quantity = command.quantity.toLongLong();
        request.area = place->area;
        request.position = place->position;
        if (!command.within.isEmpty())
            request.neededBy = at.addSecs(qint64(command.within.toDouble() * 3600));
        incidents::IncidentLedger ledger(**journal);
        auto entry = ledger.act([&](const incidents::RecordState &state) {
            return state.requests.make(state.incidents, request, incidents::Actor{command.user, command.seat, at});
        });
        if (!entry)
            return fail(QStringLiteral("refused: %1").arg(entry.error().toString()));
        out << "recorded #" << entry->sequence << " " << entry->kind << ": request-" << ledger.state().requests.requests().size() << Qt::endl;
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

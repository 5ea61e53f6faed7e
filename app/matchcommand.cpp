// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "matchcommand.h"

#include "optionreader.h"
#include "plans/matchfiles.h"
#include "plans/roadtravel.h"

#include <QFile>
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

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::NotFound, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

} // namespace

QString matchHelpText()
{
    return QStringLiteral(
        "  match --needs FILE.csv --resources FILE.csv [--osm FILE.pbf | --speed-kmh 40\n"
        "        --detour 1.3] [--json]\n"
        "                     the optimal matching of needs to available resources and the gap\n"
        "                     list, on files alone (docs/resources.md); travel over the roads of\n"
        "                     an OpenStreetMap extract, else the WGS-84 geodesic distance x detour\n"
        "                     / speed, labelled an estimate\n");
}

Result<MatchCommand> parseMatchCommand(const QStringList &arguments)
{
    MatchCommand command;
    QString speed, detour;
    auto positional = OptionReader(QStringLiteral("match"))
                          .value("--needs", &command.needs).value("--resources", &command.resources).value("--osm", &command.osm)
                          .value("--speed-kmh", &speed).value("--detour", &detour).flag("--json", &command.json)
                          .read(arguments);
    if (!positional)
        return positional.error();
    auto fail = [](const QString &message) { return makeError(Error::Code::InvalidArgument, message); };
    if (!positional->isEmpty())
        return fail(QStringLiteral("match takes options only (unexpected '%1')").arg(positional->front()));
    if (command.needs.isEmpty() || command.resources.isEmpty())
        return fail(QStringLiteral("match needs --needs FILE.csv and --resources FILE.csv"));
    if (!command.osm.isEmpty() && (!speed.isEmpty() || !detour.isEmpty()))
        return fail(QStringLiteral("--osm measures travel over the roads: --speed-kmh and --detour belong to the estimate without it"));
    bool ok = true;
    if (!speed.isEmpty())
        command.speedKmh = speed.toDouble(&ok);
    if (!ok || command.speedKmh <= 0 || command.speedKmh > 1000)
        return fail(QStringLiteral("--speed-kmh takes a speed in km/h above 0, e.g. 40"));
    if (!detour.isEmpty())
        command.detour = detour.toDouble(&ok);
    if (!ok || command.detour < 1 || command.detour > 10)
        return fail(QStringLiteral("--detour takes a factor of 1 or more, e.g. 1.3"));
    return command;
}

int runMatchCommand(const MatchCommand &command)
{
    auto needBytes = readFile(command.needs);
    if (!needBytes)
        return fail(needBytes.error().toString());
    auto resourceBytes = readFile(command.resources);
    if (!resourceBytes)
        return fail(resourceBytes.error().toString());
    auto needs = plans::readNeedsCsv(*needBytes, command.needs);
    if (!needs)
        return fail(needs.error().toString());
    auto resources = plans::readResourcesCsv(*resourceBytes, command.resources);
    if (!resources)
        return fail(resources.error().toString());
    plans::Travel how = plans::StraightLineTravel{command.speedKmh, command.detour}.travel();
    QJsonObject travel{{QStringLiteral("kind"), QStringLiteral("estimate, no road data")},
                       {QStringLiteral("speedKmh"), command.speedKmh},
                       {QStringLiteral("detour"), command.detour}};
    QString travelLine = QStringLiteral("estimate, no road data (WGS-84 geodesic distance x %1 at %2 km/h)").arg(command.detour).arg(command.speedKmh);
    if (!command.osm.isEmpty()) {
        auto graph = gis::RoadGraph::fromOsmPbf(command.osm);
        if (!graph)
            return fail(graph.error().toString());
        std::fprintf(stderr, "lookout: road graph of %s: %zu nodes, %zu arcs from %d ways\n", qPrintable(command.osm), graph->nodeCount(),
                     graph->arcCount(), graph->ways());
        // A pair with an end more than 5 km from the extract's roads is measured by the estimate.
        how = plans::roadTravel(std::make_shared<const gis::RoadGraph>(std::move(graph).value()), 15, how);
        travel = QJsonObject{{QStringLiteral("kind"), QStringLiteral("roads")},
                             {QStringLiteral("osm"), command.osm},
                             {QStringLiteral("accessKmh"), 15},
                             {QStringLiteral("beyondKm"), 5},
                             {QStringLiteral("beyond"), travel}};
        travelLine = QStringLiteral("over the roads of %1 (speed by highway class; 15 km/h to and from the nearest road node); "
                                    "an end more than 5 km from them: %2")
                         .arg(command.osm, travelLine);
    }
    auto matching = plans::matchNeeds(*needs, *resources, how);
    if (!matching)
        return fail(matching.error().toString());
    QTextStream out(stdout);
    if (command.json) {
        out << QJsonDocument(plans::toJson(*matching, travel)).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << "Travel: " << travelLine << Qt::endl;
    out << "Assignments (need, resource, quantity, minutes):" << Qt::endl;
    for (const plans::Assignment &a : matching->assignments)
        out << "  " << a.need << "  " << a.resource << "  " << a.quantity << "  " << QString::number(a.minutes, 'f', 1) << Qt::endl;
    out << "Covered " << matching->covered << " of " << matching->total << "; objective " << QString::number(matching->objective, 'f', 1)
        << " (quantity x minutes)" << Qt::endl;
    out << "Gaps:" << (matching->gaps.isEmpty() ? " none" : "") << Qt::endl;
    for (const plans::Gap &g : matching->gaps)
        out << "  " << g.need << "  " << g.kind << "  short " << g.short_() << " of " << g.needed << "  (" << plans::toString(g.reason) << ")" << Qt::endl;
    return 0;
}

} // namespace lookout::app

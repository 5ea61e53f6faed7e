// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "matchcommand.h"

#include "optionreader.h"
#include "plans/matchfiles.h"

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
        "  match --needs FILE.csv --resources FILE.csv [--speed-kmh 40 --detour 1.3] [--json]\n"
        "                     the optimal matching of needs to available resources and the gap\n"
        "                     list, on files alone (docs/resources.md); travel minutes are the\n"
        "                     WGS-84 geodesic distance x detour / speed: an estimate, no road data\n");
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
    if (!command.osm.isEmpty())
        return fail(QStringLiteral("--osm: travel over OpenStreetMap roads is not built yet; use --speed-kmh and --detour (an estimate)"));
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
    const plans::StraightLineTravel straight{command.speedKmh, command.detour};
    auto matching = plans::matchNeeds(*needs, *resources, straight.travel());
    if (!matching)
        return fail(matching.error().toString());
    const QJsonObject travel{{QStringLiteral("kind"), QStringLiteral("estimate, no road data")},
                             {QStringLiteral("speedKmh"), command.speedKmh},
                             {QStringLiteral("detour"), command.detour}};
    QTextStream out(stdout);
    if (command.json) {
        out << QJsonDocument(plans::toJson(*matching, travel)).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << "Travel: estimate, no road data (WGS-84 geodesic distance x " << command.detour << " at " << command.speedKmh << " km/h)" << Qt::endl;
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

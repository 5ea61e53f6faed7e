// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "dutycommands.h"

#include "core/timeformat.h"
#include "incidents/incidentledger.h"
#include "scenario.h"
#include "store/workspace.h"
#include "situation/stationsituation.h"
#include "situation/warningsituation.h"

#include <QJsonArray>
#include <QTextStream>

#include <cstdio>

namespace lookout::app {

namespace {

using incidents::RecordState;

int fail(const QString &message)
{
    std::fprintf(stderr, "lookout: %s\n", qPrintable(message));
    return 1;
}

void printHandover(QTextStream &out, const incidents::Handover &handover)
{
    const QJsonObject &summary = handover.summary;
    out << "Handover #" << handover.sequence << " at " << formatLocal(handover.at) << " (Beijing): " << handover.outgoing << " → "
        << handover.incoming << Qt::endl;
    auto section = [&](const QString &title, const QString &key, const std::function<QString(const QJsonValue &)> &line) {
        const QJsonArray items = summary.value(key).toArray();
        out << "  " << title << " (" << items.size() << ")" << Qt::endl;
        for (const QJsonValue &item : items)
            out << "    " << line(item) << Qt::endl;
    };
    section(QStringLiteral("Active incidents"), QStringLiteral("incidents"), [](const QJsonValue &v) {
        const int level = v[QStringLiteral("level")].toInt();
        return QStringLiteral("%1 %2%3 %4 since %5")
            .arg(v[QStringLiteral("id")].toString(), v[QStringLiteral("exercise")].toBool() ? QStringLiteral("[EXERCISE 演练] ") : QString(),
                 level ? QStringLiteral("level %1").arg(incidents::levelNumeral(level)) : v[QStringLiteral("state")].toString(),
                 v[QStringLiteral("title")].toString(),
                 formatLocal(QDateTime::fromString(v[QStringLiteral("level_since")].toString(), Qt::ISODateWithMs)));
    });
    section(QStringLiteral("Warnings not acknowledged"), QStringLiteral("unacknowledged_warnings"), [](const QJsonValue &v) { return v.toString(); });
    section(QStringLiteral("Stations over threshold"), QStringLiteral("stations_over_threshold"), [](const QJsonValue &v) { return v.toString(); });
    section(QStringLiteral("Open tasks"), QStringLiteral("open_tasks"), [](const QJsonValue &v) {
        return QStringLiteral("#%1 %2 → %3").arg(v[QStringLiteral("task")].toInteger()).arg(v[QStringLiteral("text")].toString(),
                                                                                          v[QStringLiteral("assignee")].toString());
    });
    section(QStringLiteral("Plan tasks not closed"), QStringLiteral("plan_tasks"), [](const QJsonValue &v) {
        return QStringLiteral("%1 %2 %3 → %4, due %5 (%6)")
            .arg(QString::number(v[QStringLiteral("task")].toInt()), v[QStringLiteral("state")].toString().toUpper(),
                 v[QStringLiteral("text")].toString(), v[QStringLiteral("owner")].toString(),
                 formatLocal(QDateTime::fromString(v[QStringLiteral("due")].toString(), Qt::ISODateWithMs)), v[QStringLiteral("incident")].toString());
    });
    section(QStringLiteral("Dispatches out"), QStringLiteral("dispatches"), [](const QJsonValue &v) {
        const QString arrived = v[QStringLiteral("arrived")].toString();
        return QStringLiteral("dispatch %1: %2 x %3 to %4 (%5), ETA %6%7")
            .arg(QString::number(v[QStringLiteral("dispatch")].toInt()), v[QStringLiteral("resource")].toString(),
                 QString::number(v[QStringLiteral("quantity")].toInteger()), v[QStringLiteral("need")].toString(), v[QStringLiteral("incident")].toString(),
                 formatLocal(QDateTime::fromString(v[QStringLiteral("eta")].toString(), Qt::ISODateWithMs)),
                 arrived.isEmpty() ? QStringLiteral(", not arrived") : QStringLiteral(", arrived %1").arg(formatLocal(QDateTime::fromString(arrived, Qt::ISODateWithMs))));
    });
    section(QStringLiteral("Log since the last handover"), QStringLiteral("log"), [](const QJsonValue &v) {
        return QStringLiteral("%1 %2: %3")
            .arg(formatLocal(QDateTime::fromString(v[QStringLiteral("at")].toString(), Qt::ISODateWithMs)), v[QStringLiteral("user")].toString(),
                 v[QStringLiteral("text")].toString());
    });
    out << "  Confirmed by the outgoing officer: "
        << (handover.outgoingConfirmedAt.isValid() ? formatLocal(handover.outgoingConfirmedAt) : QStringLiteral("not yet")) << Qt::endl;
    out << "  Confirmed by the incoming officer: "
        << (handover.incomingConfirmedAt.isValid() ? formatLocal(handover.incomingConfirmedAt) : QStringLiteral("not yet")) << Qt::endl;
}

} // namespace

int runDuty(const RecordCommand &command, store::Journal &journal, store::Workspace *workspace, const QDateTime &at)
{
    QTextStream out(stdout);
    const incidents::Actor actor{command.user, command.seat, at};
    incidents::IncidentLedger ledger(journal);
    if (command.verb == QLatin1String("roster")) {
        auto entries = store::entriesKnownAt(journal, at);
        if (!entries)
            return fail(QStringLiteral("cannot read the record: %1").arg(entries.error().toString()));
        const RecordState state = RecordState::fromRecord(*entries);
        out << "Roster as known at " << formatLocal(at) << " (Beijing)" << Qt::endl;
        for (const incidents::Shift &shift : state.duty.roster())
            out << (shift.start <= at && at < shift.end ? "* " : "  ") << formatLocal(shift.start) << " – " << formatLocal(shift.end)
                << "  " << shift.role << ": " << shift.officer << Qt::endl;
        if (state.duty.roster().isEmpty())
            out << "no shift recorded by then" << Qt::endl;
        return 0;
    }

    // The monitoring picture the handover lists: read here, so that it outlives the command.
    QStringList warnings;
    QStringList stations;
    if (command.verb == QLatin1String("handover")) {
        auto registry = situation::buildWarningsPart(workspace->database(), at);
        if (!registry)
            return fail(QStringLiteral("cannot read the warning registry: %1").arg(registry.error().toString()));
        auto water = situation::buildStationsPart(workspace->database(), at);
        if (!water)
            return fail(QStringLiteral("cannot read the water levels: %1").arg(water.error().toString()));
        warnings = unacknowledgedWarnings(*registry, QStringLiteral("zh-CN"));
        stations = stationsOverThreshold(*water);
    }
    incidents::IncidentLedger::Command action;
    if (command.verb == QLatin1String("log")) {
        auto areas = resolveAreas(command, workspace);
        if (!areas)
            return fail(areas.error().toString());
        if (areas->size() > 1)
            return fail(QStringLiteral("a duty log line names one place: one --district or --town"));
        action = [&, area = areas->value(0)](const RecordState &state) {
            return state.duty.logEntry(command.text, command.incident, {}, actor, area);
        };
    } else if (command.verb == QLatin1String("shift")) {
        action = [&](const RecordState &state) {
            return state.duty.addShift(command.from, command.to, command.positional.at(0), command.role, actor);
        };
    } else if (command.verb == QLatin1String("confirm")) {
        action = [&](const RecordState &state) {
            return state.duty.confirmHandover(command.positional.at(0).toLongLong(), command.positional.at(1), actor);
        };
    } else {
        action = [&](const RecordState &state) {
            return state.duty.handover(state.incidents, state.responses, state.inventory, warnings, stations, command.outgoing, command.incoming, actor);
        };
    }
    auto entry = ledger.act(action);
    if (!entry)
        return fail(QStringLiteral("refused: %1").arg(entry.error().toString()));
    out << "recorded #" << entry->sequence << " " << entry->kind << " by " << entry->user << "@" << entry->seat << " at "
        << formatUtc(entry->at()) << Qt::endl;
    if (entry->kind.startsWith(QLatin1String("handover.")))
        for (const incidents::Handover &handover : ledger.duty().handovers())
            if (handover.sequence == entry->sequence || handover.sequence == entry->payloadObject().value(QStringLiteral("handover")).toInteger())
                printHandover(out, handover);
    return 0;
}

} // namespace lookout::app

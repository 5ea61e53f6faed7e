// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "capcommands.h"

#include "capissuing.h"
#include "optionreader.h"

#include "core/identity.h"
#include "core/timeformat.h"
#include "incidents/incidentledger.h"
#include "store/divisionstore.h"
#include "store/sqlitejournal.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>
#include <cstdio>

namespace lookout::app {

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "lookout: %s\n", qPrintable(message));
    return 1;
}

// The outer rings of a GeoJSON file's polygons (a geometry, a feature or a collection), lon,lat.
Result<std::vector<std::vector<GeoPoint>>> polygonsOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, QStringLiteral("cannot read the polygon: %1").arg(file.errorString()), {path});
    QJsonParseError parse;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parse).object();
    if (parse.error != QJsonParseError::NoError)
        return makeError(Error::Code::Corrupt, QStringLiteral("not JSON: %1 at byte %2").arg(parse.errorString()).arg(parse.offset), {path});
    std::vector<std::vector<GeoPoint>> rings;
    std::function<void(const QJsonObject &)> visit = [&](const QJsonObject &object) {
        const QString type = object.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("FeatureCollection")) {
            for (const QJsonValue &feature : object.value(QStringLiteral("features")).toArray())
                visit(feature.toObject());
        } else if (type == QLatin1String("Feature")) {
            visit(object.value(QStringLiteral("geometry")).toObject());
        } else if (type == QLatin1String("Polygon") || type == QLatin1String("MultiPolygon")) {
            const QJsonArray coordinates = object.value(QStringLiteral("coordinates")).toArray();
            const QJsonArray polygons = type == QLatin1String("Polygon") ? QJsonArray{coordinates} : coordinates;
            for (const QJsonValue &polygon : polygons) {
                std::vector<GeoPoint> ring;
                for (const QJsonValue &point : polygon.toArray().at(0).toArray())
                    ring.push_back({point.toArray().at(0).toDouble(), point.toArray().at(1).toDouble()});
                rings.push_back(std::move(ring));
            }
        }
    };
    visit(root);
    if (rings.empty())
        return makeError(Error::Code::Empty, QStringLiteral("no Polygon or MultiPolygon in the file"), {path});
    return rings;
}

// "lon,lat lon,lat …" as one ring (closed when it is not), at least three distinct points.
Result<std::vector<GeoPoint>> drawnRing(const QString &text)
{
    std::vector<GeoPoint> ring;
    for (const QString &pair : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = pair.split(QLatin1Char(','));
        bool lonOk = false, latOk = false;
        const double lon = parts.value(0).toDouble(&lonOk), lat = parts.value(1).toDouble(&latOk);
        if (parts.size() != 2 || !lonOk || !latOk || std::abs(lon) > 180 || std::abs(lat) > 90)
            return makeError(Error::Code::InvalidArgument, QStringLiteral("\"%1\" is not lon,lat").arg(pair), {QStringLiteral("polygon")});
        ring.push_back({lon, lat});
    }
    if (ring.size() >= 2 && ring.front() == ring.back())
        ring.pop_back();
    if (ring.size() < 3)
        return makeError(Error::Code::InvalidArgument, QStringLiteral("a polygon needs three points or more"), {QStringLiteral("polygon")});
    ring.push_back(ring.front());
    return ring;
}

} // namespace

Result<void> applyCapFields(const CapCommand &command, store::Workspace &workspace, reports::CapForm &form)
{
    auto set = [](QString &field, const QString &value) {
        if (!value.isEmpty())
            field = value;
    };
    set(form.event, command.event);
    set(form.eventEn, command.eventEn);
    set(form.level, command.level.toLower());
    set(form.headline, command.headline);
    set(form.headlineEn, command.headlineEn);
    set(form.description, command.description);
    set(form.descriptionEn, command.descriptionEn);
    set(form.instruction, command.instruction);
    set(form.instructionEn, command.instructionEn);
    if (!command.status.isEmpty()) {
        const auto status = feeds::capStatusFrom(command.status);
        if (!status || (*status != feeds::CapStatus::Actual && *status != feeds::CapStatus::Exercise && *status != feeds::CapStatus::Test))
            return makeError(Error::Code::InvalidArgument, QStringLiteral("--status takes Actual, Exercise or Test"), {QStringLiteral("status")});
        form.status = *status;
    }
    for (const auto &[text, field, name] : {std::tuple{command.effective, &form.effective, "effective"}, std::tuple{command.expires, &form.expires, "expires"}}) {
        if (text.isEmpty())
            continue;
        const auto time = parseUtc(text);
        if (!time)
            return makeError(Error::Code::InvalidArgument, QStringLiteral("--%1 takes an ISO 8601 time with its zone").arg(QLatin1String(name)),
                             {QLatin1String(name)});
        *field = *time;
    }
    if (!command.areas.isEmpty()) {
        form.areas.clear();
        const store::DivisionStore divisions(workspace.database());
        for (const QString &area : command.areas) {
            auto division = divisions.resolve(area);
            if (!division)
                return Error(division.error()).withContext(QStringLiteral("--area %1").arg(area));
            form.areas.append(AreaRef{division->code, division->name});
        }
    }
    if (!command.polygon.isEmpty()) {
        auto rings = polygonsOf(command.polygon);
        if (!rings)
            return rings.error();
        form.polygons = *rings;
    }
    if (!command.drawn.isEmpty()) {
        auto ring = drawnRing(command.drawn);
        if (!ring)
            return ring.error();
        form.polygons = {*ring};
    }
    return {};
}

QString capHelpText()
{
    return QStringLiteral(
        "  cap issue --event TEXT --level blue|yellow|orange|red --area CODE [--area CODE …]\n"
        "            [--polygon FILE.geojson] --headline TEXT [--description TEXT] [--instruction TEXT]\n"
        "            [--event-en/--headline-en/--description-en/--instruction-en TEXT] [--status Actual|Exercise|Test]\n"
        "            [--effective TIME] [--expires TIME] [--out FILE.xml] [--publish DIR] [--post URL]\n"
        "                                   a CAP 1.2 warning issued: recorded, taken into the registry,\n"
        "                                   published (DIR/IDENTIFIER.xml and DIR/index.atom), POSTed\n"
        "  cap update IDENTIFIER [changed fields] [--out FILE]   an Update of it\n"
        "  cap cancel IDENTIFIER [--note TEXT] [--out FILE]      its Cancel\n"
        "  cap list                         the messages this workspace issued\n");
}

Result<CapCommand> parseCapCommand(const QStringList &arguments)
{
    CapCommand command;
    const Identity identity = resolveIdentity();
    command.user = identity.user;
    command.seat = identity.seat;
    command.verb = arguments.value(0);
    if (!QStringList{QStringLiteral("issue"), QStringLiteral("update"), QStringLiteral("cancel"), QStringLiteral("list")}.contains(command.verb))
        return makeError(Error::Code::InvalidArgument, QStringLiteral("cap takes issue, update, cancel or list"));
    auto positional = OptionReader(QStringLiteral("cap ") + command.verb)
                          .value("--event", &command.event).value("--event-en", &command.eventEn).value("--level", &command.level)
                          .list("--area", &command.areas).value("--polygon", &command.polygon).value("--headline", &command.headline)
                          .value("--headline-en", &command.headlineEn).value("--description", &command.description)
                          .value("--description-en", &command.descriptionEn).value("--instruction", &command.instruction)
                          .value("--instruction-en", &command.instructionEn).value("--status", &command.status)
                          .value("--effective", &command.effective).value("--expires", &command.expires).value("--note", &command.note)
                          .value("--out", &command.out).value("--publish", &command.publish).value("--post", &command.post)
                          .value("--user", &command.user).value("--seat", &command.seat)
                          .read(arguments, 1);
    if (!positional)
        return positional.error();
    if ((command.verb == QLatin1String("update") || command.verb == QLatin1String("cancel")) != (positional->size() == 1))
        return makeError(Error::Code::InvalidArgument, command.verb == QLatin1String("issue") || command.verb == QLatin1String("list")
                                                           ? QStringLiteral("cap %1 takes no IDENTIFIER").arg(command.verb)
                                                           : QStringLiteral("cap %1 takes the IDENTIFIER of a message issued here").arg(command.verb));
    command.identifier = positional->value(0);
    return command;
}

int runCapCommand(const CapCommand &command, store::Workspace &workspace, const std::optional<QDateTime> &at)
{
    QTextStream out(stdout);
    if (command.verb == QLatin1String("list")) {
        auto journal = store::openSqliteJournal(workspace.path());
        if (!journal)
            return fail(journal.error().toString());
        auto state = incidents::RecordState::knownAt(**journal, at.value_or(QDateTime::currentDateTimeUtc()));
        if (!state)
            return fail(state.error().toString());
        for (const incidents::IssuedCap &cap : state->releases.caps())
            out << cap.identifier << "  " << feeds::toString(cap.msgType) << "  " << feeds::toString(cap.status) << "  " << cap.level << "  "
                << formatLocal(cap.sent) << "  " << cap.headline << "  (by " << cap.issuedBy << ", record #" << cap.sequence << ")" << Qt::endl;
        if (state->releases.caps().isEmpty())
            out << "no CAP message issued from this workspace" << Qt::endl;
        return 0;
    }
    const incidents::Actor actor{command.user, command.seat, at.value_or(QDateTime::currentDateTimeUtc())};
    const CapAction action = command.verb == QLatin1String("issue") ? CapAction::Alert
                             : command.verb == QLatin1String("update") ? CapAction::Update
                                                                        : CapAction::Cancel;
    reports::CapForm form;
    if (action == CapAction::Update) {
        auto journal = store::openSqliteJournal(workspace.path());
        if (!journal)
            return fail(journal.error().toString());
        auto state = incidents::RecordState::knownAt(**journal, {});
        if (!state)
            return fail(state.error().toString());
        const incidents::IssuedCap *earlier = state->releases.cap(command.identifier);
        if (!earlier)
            return fail(QStringLiteral("no CAP message %1 was issued from this workspace (lookout cap list)").arg(command.identifier));
        auto previous = formOfIssued(earlier->xml);
        if (!previous)
            return fail(previous.error().toString());
        form = *previous;
    }
    if (auto applied = applyCapFields(command, workspace, form); !applied)
        return fail(applied.error().toString());
    const CapChannel channel = capChannelOf(workspace, command.publish, command.post);
    auto issued = issueCap(workspace, channel, action, form, command.identifier, command.note, actor);
    if (!issued)
        return fail(issued.error().toString());
    if (!command.out.isEmpty()) {
        QFile file(command.out);
        if (!file.open(QIODevice::WriteOnly) || file.write(issued->xml) != issued->xml.size())
            return fail(QStringLiteral("issued, but %1 could not be written: %2").arg(command.out, file.errorString()));
    }
    out << "issued " << issued->alert.identifier << " (" << feeds::toString(issued->alert.msgType) << ", " << feeds::toString(issued->alert.status)
        << "), record #" << issued->sequence << "; published to " << issued->publishedTo << Qt::endl;
    if (issued->postStatus > 0)
        out << "posted to " << channel.postUrl << ": HTTP " << issued->postStatus << Qt::endl;
    if (!issued->postProblem.isEmpty())
        return fail(QStringLiteral("issued and published, but the POST to %1 failed: %2").arg(channel.postUrl, issued->postProblem));
    return 0;
}

} // namespace lookout::app

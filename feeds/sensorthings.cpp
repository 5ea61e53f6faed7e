// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "feeds/sensorthings.h"

#include "core/timeformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lookout::feeds {

namespace {

Error staError(const QString &source, const QString &where, const QString &message)
{
    return makeError(Error::Code::Corrupt, QStringLiteral("SensorThings: %1").arg(message), {source, where});
}

} // namespace

Result<SensorThingsPage> parseSensorThings(const QByteArray &json, const QString &source, const QString &parameter)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return staError(source, QStringLiteral("byte %1").arg(parseError.offset), parseError.errorString());
    if (!document.isObject())
        return staError(source, QStringLiteral("/"), QStringLiteral("not a SensorThings entity or collection"));
    const QJsonObject root = document.object();
    SensorThingsPage page;
    ObservedSeries &series = page.series;
    QJsonArray observations;
    if (root.contains(QStringLiteral("Observations")) || root.contains(QStringLiteral("unitOfMeasurement"))) {
        // A Datastream, expanded.
        series.parameter = parameter.isEmpty() ? root.value(QStringLiteral("ObservedProperty")).toObject().value(QStringLiteral("name")).toString()
                                               : parameter;
        series.parameterName = root.value(QStringLiteral("name")).toString();
        series.unit = root.value(QStringLiteral("unitOfMeasurement")).toObject().value(QStringLiteral("symbol")).toString();
        const QJsonObject thing = root.value(QStringLiteral("Thing")).toObject();
        series.station.stcd = QStringLiteral("STA:%1").arg(thing.value(QStringLiteral("@iot.id")).toVariant().toString());
        series.station.stnm = thing.value(QStringLiteral("name")).toString();
        series.station.sttp = QStringLiteral("ZZ");
        const QJsonArray locations = thing.value(QStringLiteral("Locations")).toArray();
        if (!locations.isEmpty()) {
            const QJsonObject location = locations.first().toObject().value(QStringLiteral("location")).toObject();
            const QJsonObject geometry = location.value(QStringLiteral("type")) == QLatin1String("Feature")
                                             ? location.value(QStringLiteral("geometry")).toObject() : location;
            const QJsonArray coordinates = geometry.value(QStringLiteral("coordinates")).toArray();
            if (geometry.value(QStringLiteral("type")) == QLatin1String("Point") && coordinates.size() >= 2) {
                const GeoPoint point{coordinates[0].toDouble(), coordinates[1].toDouble()};  // GeoJSON: lon, lat
                if (!point.isValid())
                    return staError(source, QStringLiteral("Thing/Locations[0]"), QStringLiteral("location out of range"));
                series.station.position = point;
            }
        }
        observations = root.value(QStringLiteral("Observations")).toArray();
        page.nextLink = root.value(QStringLiteral("Observations@iot.nextLink")).toString();
    } else if (root.value(QStringLiteral("value")).isArray()) {
        if (parameter.isEmpty())
            return staError(source, QStringLiteral("/"), QStringLiteral("an Observations collection needs the parameter it measures"));
        series.parameter = parameter;
        observations = root.value(QStringLiteral("value")).toArray();
        page.nextLink = root.value(QStringLiteral("@iot.nextLink")).toString();
    } else {
        return staError(source, QStringLiteral("/"), QStringLiteral("neither a Datastream nor an Observations collection"));
    }
    for (int i = 0; i < observations.size(); ++i) {
        const QJsonObject observation = observations[i].toObject();
        const QString where = QStringLiteral("Observations[%1]").arg(i);
        const QJsonValue result = observation.value(QStringLiteral("result"));
        if (result.isNull() || result.isUndefined())
            continue;
        bool ok = result.isDouble();
        const double value = ok ? result.toDouble() : result.toString().toDouble(&ok);
        if (!ok)
            return staError(source, where, QStringLiteral("result '%1' is not a number").arg(result.toVariant().toString()));
        // phenomenonTime: an instant or an interval "start/end" (the reading holds at its end).
        const QString time = observation.value(QStringLiteral("phenomenonTime")).toString().section(QLatin1Char('/'), -1);
        const auto parsed = parseUtc(time);
        if (!parsed)
            return staError(source, where, QStringLiteral("phenomenonTime '%1' is not ISO 8601 with a zone").arg(time));
        series.values.append(Observation{*parsed, value, QString()});
    }
    std::sort(series.values.begin(), series.values.end(), [](const Observation &a, const Observation &b) { return a.time < b.time; });
    return page;
}

} // namespace lookout::feeds

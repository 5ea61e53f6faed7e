// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "feeds/csvreader.h"
#include "feeds/trackparsers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace lookout::feeds {

namespace {

const QString kFormatJson = QStringLiteral("温州台风网 JSON");
const QString kFormatCsv = QStringLiteral("温州台风网 CSV");

Error wztfError(const QString &source, const QString &where, const QString &message)
{
    return makeError(Error::Code::Corrupt, QStringLiteral("温州台风网 track: %1").arg(message), {source, where});
}

// The site writes Beijing time (UTC+8) with no offset: "2018-09-16T17:00:00".
QDateTime beijingTime(const QString &text)
{
    const QDateTime local = QDateTime::fromString(text.trimmed(), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (!local.isValid())
        return {};
    return QDateTime(local.date(), local.time(), QTimeZone(8 * 3600)).toUTC();
}

// JSON numbers; null, absent, "" and "None" are missing.
std::optional<double> numberOf(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double parsed = value.toString().toDouble(&ok);
        if (ok)
            return parsed;
    }
    return std::nullopt;
}

// 16-point Chinese compass, the direction the storm moves towards.
std::optional<double> compassDegrees(const QString &text)
{
    static const char *const names[] = {"北", "北东北", "东北", "东东北", "东", "东东南", "东南", "南东南",
                                        "南", "南西南", "西南", "西西南", "西", "西西北", "西北", "北西北"};
    QString direction = text.trimmed();
    direction.remove(QStringLiteral("偏"));
    for (int i = 0; i < 16; ++i)
        if (direction == QString::fromUtf8(names[i]))
            return i * 22.5;
    return std::nullopt;
}

TyphoonGrade gradeFromChinese(const QString &strong)
{
    // "超强台风(Super TY)": the Chinese class before the bracket; longest names first.
    const QString name = strong.section(QLatin1Char('('), 0, 0).trimmed();
    for (TyphoonGrade grade : {TyphoonGrade::SuperTY, TyphoonGrade::STY, TyphoonGrade::STS, TyphoonGrade::TS,
                               TyphoonGrade::TD, TyphoonGrade::TY})
        if (name == gradeNameZh(grade))
            return grade;
    return TyphoonGrade::Unknown;
}

QString agencyCode(const QString &chinese)
{
    if (chinese == QStringLiteral("中国"))
        return QStringLiteral("CMA");
    if (chinese == QStringLiteral("中国香港"))
        return QStringLiteral("HKO");
    if (chinese == QStringLiteral("日本"))
        return QStringLiteral("JMA");
    if (chinese == QStringLiteral("美国"))
        return QStringLiteral("JTWC");
    if (chinese == QStringLiteral("中国台湾"))
        return QStringLiteral("CWA");
    if (chinese == QStringLiteral("韩国"))
        return QStringLiteral("KMA");
    return chinese;
}

// One point object (JSON, or a CSV row turned into the same shape).
Result<TrackPoint> pointFrom(const QJsonObject &object)
{
    TrackPoint point;
    point.time = beijingTime(object.value(QStringLiteral("time")).toString());
    if (!point.time.isValid())
        return makeError(Error::Code::Corrupt, QStringLiteral("time '%1' unreadable").arg(object.value(QStringLiteral("time")).toString()));
    const auto lon = numberOf(object.value(QStringLiteral("lng")));
    const auto lat = numberOf(object.value(QStringLiteral("lat")));
    if (!lon || !lat || *lat < -90 || *lat > 90 || *lon < -180 || *lon > 360)
        return makeError(Error::Code::Corrupt, QStringLiteral("position lng/lat missing or out of range"));
    point.position = GeoPoint{*lon, *lat};
    point.agencyClass = object.value(QStringLiteral("strong")).toString();
    const auto speed = numberOf(object.value(QStringLiteral("speed")));
    if (speed && *speed > 0)
        point.maxWind = AgencyWind{*speed, WindUnit::MetresPerSecond, 2};
    point.grade = gradeFromChinese(point.agencyClass);
    if (point.grade == TyphoonGrade::Unknown && speed)
        point.grade = gradeFromWind(*speed);
    if (const auto pressure = numberOf(object.value(QStringLiteral("pressure"))); pressure && *pressure > 0)
        point.pressureHpa = *pressure;
    point.moveDirectionDegrees = compassDegrees(object.value(QStringLiteral("move_dir")).toString());
    if (const auto moveSpeed = numberOf(object.value(QStringLiteral("move_speed"))); moveSpeed && *moveSpeed > 0)
        point.moveSpeedKmh = *moveSpeed;
    // Force 7 / 10 / 12 (Beaufort), 2-min mean, thresholds 13.9 / 24.5 / 32.7 m/s, radii in km.
    const std::pair<int, double> thresholds[] = {{7, 13.9}, {10, 24.5}, {12, 32.7}};
    for (const auto &[force, threshold] : thresholds) {
        const QJsonObject quad = object.value(QStringLiteral("radius%1_quad").arg(force)).toObject();
        WindRadii radii;
        radii.threshold = threshold;
        radii.thresholdUnit = WindUnit::MetresPerSecond;
        radii.label = QStringLiteral("%1级").arg(force);
        radii.unit = DistanceUnit::Kilometres;
        double largest = 0.0;
        const char *names[] = {"ne", "se", "sw", "nw"};
        for (int q = 0; q < 4; ++q) {
            const auto value = numberOf(quad.value(QLatin1String(names[q])));
            radii.quadrants[std::size_t(q)] = value.value_or(qQNaN());
            largest = std::max(largest, value.value_or(0.0));
        }
        if (largest <= 0.0) {  // no quadrants: the single radius, when the site gives one
            const auto single = numberOf(object.value(QStringLiteral("radius%1").arg(force)));
            if (!single || *single <= 0.0)
                continue;  // 0 / null: the wind does not reach this force
            radii.quadrants.fill(*single);
        }
        point.radii.push_back(radii);
    }
    return point;
}

Result<TyphoonTrack> trackFrom(const QJsonObject &storm, const QJsonArray &points, const QString &format,
                               const QString &source)
{
    TyphoonTrack track;
    track.agency = QStringLiteral("CMA");  // the site relays CMA's real-time positions
    track.format = format;
    track.stormId = storm.value(QStringLiteral("tfbh")).toString();
    track.name = storm.value(QStringLiteral("ename")).toString().toUpper();
    track.localName = storm.value(QStringLiteral("name")).toString();
    for (const QJsonValue &value : storm.value(QStringLiteral("land")).toArray()) {
        const QJsonObject land = value.toObject();
        track.landfalls.push_back(Landfall{land.value(QStringLiteral("position")).toString(),
                                           beijingTime(land.value(QStringLiteral("land_time")).toString()),
                                           GeoPoint{land.value(QStringLiteral("lng")).toDouble(),
                                                    land.value(QStringLiteral("lat")).toDouble()}});
    }
    for (int i = 0; i < points.size(); ++i) {
        const QJsonObject object = points[i].toObject();
        auto point = pointFrom(object);
        if (!point)
            return wztfError(source, QStringLiteral("point %1").arg(i + 1), point.error().message);
        for (const QJsonValue &set : object.value(QStringLiteral("forecast")).toArray()) {
            ForecastTrack forecast;
            forecast.agency = agencyCode(set.toObject().value(QStringLiteral("sets")).toString());
            forecast.issued = point->time;
            const QJsonArray forecastPoints = set.toObject().value(QStringLiteral("points")).toArray();
            for (int f = 0; f < forecastPoints.size(); ++f) {
                auto forecastPoint = pointFrom(forecastPoints[f].toObject());
                if (!forecastPoint)
                    return wztfError(source, QStringLiteral("point %1, %2 forecast point %3").arg(i + 1).arg(forecast.agency).arg(f + 1),
                                     forecastPoint.error().message);
                forecast.points.push_back(std::move(forecastPoint).value());
            }
            track.forecasts.push_back(std::move(forecast));
        }
        track.points.push_back(std::move(point).value());
    }
    std::stable_sort(track.points.begin(), track.points.end(),
                     [](const TrackPoint &a, const TrackPoint &b) { return a.time < b.time; });
    if (track.points.empty())
        return makeError(Error::Code::Empty, QStringLiteral("温州台风网 track: no points"), {source});
    return track;
}

// The CSV's forecast cell is a Python repr ("[{'sets': '美国', 'points': [{... None ...}]}]"):
// rewritten as JSON (single-quoted strings to double-quoted, None/True/False to JSON).
QByteArray pythonReprToJson(const QString &repr)
{
    QString out;
    out.reserve(repr.size());
    for (qsizetype i = 0; i < repr.size(); ++i) {
        const QChar c = repr[i];
        if (c == QLatin1Char('\'')) {
            out += QLatin1Char('"');
            for (++i; i < repr.size() && repr[i] != QLatin1Char('\''); ++i) {
                if (repr[i] == QLatin1Char('\\') && i + 1 < repr.size()) {
                    out += repr[++i] == QLatin1Char('\'') ? QStringLiteral("'") : QStringLiteral("\\") + repr[i];
                } else if (repr[i] == QLatin1Char('"')) {
                    out += QStringLiteral("\\\"");
                } else {
                    out += repr[i];
                }
            }
            out += QLatin1Char('"');
        } else if (repr.mid(i, 4) == QLatin1String("None")) {
            out += QStringLiteral("null");
            i += 3;
        } else if (repr.mid(i, 4) == QLatin1String("True")) {
            out += QStringLiteral("true");
            i += 3;
        } else if (repr.mid(i, 5) == QLatin1String("False")) {
            out += QStringLiteral("false");
            i += 4;
        } else {
            out += c;
        }
    }
    return out.toUtf8();
}

} // namespace

Result<std::vector<TyphoonTrack>> parseWztfJson(const QByteArray &text, const QString &source)
{
    QJsonParseError parseError;
    const QByteArray body = text.startsWith("\xEF\xBB\xBF") ? text.mid(3) : text;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return wztfError(source, QStringLiteral("byte %1").arg(parseError.offset), parseError.errorString());
    const QJsonArray storms = document.isArray() ? document.array() : QJsonArray{document.object()};
    std::vector<TyphoonTrack> tracks;
    for (const QJsonValue &value : storms) {
        const QJsonObject storm = value.toObject();
        if (!storm.contains(QStringLiteral("points")) || !storm.contains(QStringLiteral("tfbh")))
            return wztfError(source, QStringLiteral("storm object"), QStringLiteral("no 'tfbh' and 'points': not a 温州台风网 track"));
        auto track = trackFrom(storm, storm.value(QStringLiteral("points")).toArray(), kFormatJson, source);
        if (!track)
            return track.error();
        tracks.push_back(std::move(track).value());
    }
    if (tracks.empty())
        return makeError(Error::Code::Empty, QStringLiteral("温州台风网 track: no storms"), {source});
    return tracks;
}

Result<std::vector<TyphoonTrack>> parseWztfCsv(const QByteArray &text, const QString &source)
{
    CsvReader reader(text);
    QStringList header;
    if (!reader.next(header))
        return makeError(Error::Code::Empty, QStringLiteral("温州台风网 track: the file is empty"), {source});
    const CsvColumns columns(header);
    for (const char *required : {"time", "lng", "lat", "strong", "radius7_quad.ne"})
        if (!columns.has(QLatin1String(required)))
            return wztfError(source, QStringLiteral("line 1"), QStringLiteral("no '%1' column").arg(QLatin1String(required)));
    QJsonArray points;
    QStringList row;
    while (reader.next(row)) {
        if (row.size() == 1 && row[0].isEmpty())
            continue;
        const QString where = QStringLiteral("line %1").arg(reader.lineNumber());
        if (row.size() != header.size())
            return wztfError(source, where, QStringLiteral("%1 fields where the header has %2").arg(row.size()).arg(header.size()));
        QJsonObject point;
        for (int i = 0; i < header.size(); ++i) {
            const QString name = header[i].trimmed();
            const QString value = row[i].trimmed();
            if (name == QLatin1String("forecast")) {
                if (!value.isEmpty()) {
                    QJsonParseError error;
                    const QJsonDocument forecast = QJsonDocument::fromJson(pythonReprToJson(value), &error);
                    if (error.error != QJsonParseError::NoError)
                        return wztfError(source, where, QStringLiteral("forecast cell unreadable: %1").arg(error.errorString()));
                    point.insert(name, forecast.array());
                }
            } else if (name.contains(QLatin1Char('.'))) {  // "radius7_quad.ne"
                const QString group = name.section(QLatin1Char('.'), 0, 0);
                QJsonObject quad = point.value(group).toObject();
                quad.insert(name.section(QLatin1Char('.'), 1), value);
                point.insert(group, quad);
            } else {
                point.insert(name, value);
            }
        }
        points.append(point);
    }
    if (reader.hasError())
        return wztfError(source, QStringLiteral("line %1").arg(reader.lineNumber()), QStringLiteral("a quoted field is not closed"));
    // The CSV carries no storm header: the id and name come from the file name when it follows
    // the archive's "<tfbh>.csv" pattern.
    QJsonObject storm;
    const QString base = source.section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, 0);
    storm.insert(QStringLiteral("tfbh"), base.section(QLatin1Char('_'), 1, 1).isEmpty() ? base : base.section(QLatin1Char('_'), 1, 1));
    storm.insert(QStringLiteral("ename"), base.section(QLatin1Char('_'), 2, 2));
    auto track = trackFrom(storm, points, kFormatCsv, source);
    if (!track)
        return track.error();
    return std::vector<TyphoonTrack>{std::move(track).value()};
}

} // namespace lookout::feeds

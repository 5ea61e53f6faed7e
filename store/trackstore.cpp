// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "store/trackstore.h"

#include "store/gpkggeometry.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <array>
#include <cmath>

namespace lookout::store {

using feeds::DistanceUnit;
using feeds::TrackPoint;
using feeds::TyphoonGrade;
using feeds::TyphoonTrack;
using feeds::WindRadii;
using feeds::WindUnit;

namespace {

// The grade codes as UTF-8, made once.
QByteArrayView gradeBytes(TyphoonGrade grade)
{
    static const std::array<QByteArray, 9> codes = [] {
        std::array<QByteArray, 9> all;
        for (int g = 0; g < 9; ++g)
            all[std::size_t(g)] = feeds::gradeCode(TyphoonGrade(g)).toUtf8();
        return all;
    }();
    return codes[std::size_t(grade)];
}

QString windUnitName(WindUnit unit) { return unit == WindUnit::Knots ? QStringLiteral("kt") : QStringLiteral("m/s"); }
WindUnit windUnitFrom(const QString &name) { return name == QLatin1String("kt") ? WindUnit::Knots : WindUnit::MetresPerSecond; }

TyphoonGrade gradeFrom(const QString &code)
{
    for (TyphoonGrade grade : {TyphoonGrade::Below, TyphoonGrade::TD, TyphoonGrade::TS, TyphoonGrade::STS, TyphoonGrade::TY,
                               TyphoonGrade::STY, TyphoonGrade::SuperTY, TyphoonGrade::Extratropical})
        if (feeds::gradeCode(grade) == code)
            return grade;
    return TyphoonGrade::Unknown;
}

QJsonValue number(double value) { return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null); }
double numberFrom(const QJsonValue &value) { return value.isDouble() ? value.toDouble() : qQNaN(); }

QJsonArray radiiToJson(const std::vector<WindRadii> &radii)
{
    QJsonArray array;
    for (const WindRadii &r : radii) {
        QJsonObject object{{QStringLiteral("label"), r.label}, {QStringLiteral("threshold"), r.threshold},
                           {QStringLiteral("thresholdUnit"), windUnitName(r.thresholdUnit)},
                           {QStringLiteral("unit"), r.unit == DistanceUnit::Kilometres ? QStringLiteral("km") : QStringLiteral("nmi")},
                           {QStringLiteral("quadrants"), QJsonArray{number(r.quadrants[0]), number(r.quadrants[1]),
                                                                    number(r.quadrants[2]), number(r.quadrants[3])}}};
        if (r.longRadius)
            object.insert(QStringLiteral("long"), *r.longRadius);
        if (r.shortRadius)
            object.insert(QStringLiteral("short"), *r.shortRadius);
        if (!r.longDirection.isEmpty())
            object.insert(QStringLiteral("longDirection"), r.longDirection);
        array.append(object);
    }
    return array;
}

std::vector<WindRadii> radiiFromJson(const QJsonArray &array)
{
    std::vector<WindRadii> radii;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        WindRadii r;
        r.label = object.value(QStringLiteral("label")).toString();
        r.threshold = object.value(QStringLiteral("threshold")).toDouble();
        r.thresholdUnit = windUnitFrom(object.value(QStringLiteral("thresholdUnit")).toString());
        r.unit = object.value(QStringLiteral("unit")).toString() == QLatin1String("km") ? DistanceUnit::Kilometres
                                                                                        : DistanceUnit::NauticalMiles;
        const QJsonArray quadrants = object.value(QStringLiteral("quadrants")).toArray();
        for (int q = 0; q < 4 && q < quadrants.size(); ++q)
            r.quadrants[std::size_t(q)] = numberFrom(quadrants[q]);
        if (object.contains(QStringLiteral("long")))
            r.longRadius = object.value(QStringLiteral("long")).toDouble();
        if (object.contains(QStringLiteral("short")))
            r.shortRadius = object.value(QStringLiteral("short")).toDouble();
        r.longDirection = object.value(QStringLiteral("longDirection")).toString();
        radii.push_back(r);
    }
    return radii;
}

// Forecast points go into JSON with the same fields the point table has.
QJsonObject pointToJson(const TrackPoint &point)
{
    QJsonObject object{{QStringLiteral("time"), point.time.toString(Qt::ISODate)},
                       {QStringLiteral("lon"), point.position.lon}, {QStringLiteral("lat"), point.position.lat},
                       {QStringLiteral("grade"), feeds::gradeCode(point.grade)}, {QStringLiteral("class"), point.agencyClass},
                       {QStringLiteral("radii"), radiiToJson(point.radii)}};
    if (point.maxWind) {
        object.insert(QStringLiteral("wind"), point.maxWind->value);
        object.insert(QStringLiteral("windUnit"), windUnitName(point.maxWind->unit));
        object.insert(QStringLiteral("windMinutes"), point.maxWind->averagingMinutes);
    }
    if (point.pressureHpa)
        object.insert(QStringLiteral("pressure"), *point.pressureHpa);
    return object;
}

TrackPoint pointFromJson(const QJsonObject &object)
{
    TrackPoint point;
    point.time = QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODate).toUTC();
    point.position = GeoPoint{object.value(QStringLiteral("lon")).toDouble(), object.value(QStringLiteral("lat")).toDouble()};
    point.grade = gradeFrom(object.value(QStringLiteral("grade")).toString());
    point.agencyClass = object.value(QStringLiteral("class")).toString();
    point.radii = radiiFromJson(object.value(QStringLiteral("radii")).toArray());
    if (object.contains(QStringLiteral("wind")))
        point.maxWind = feeds::AgencyWind{object.value(QStringLiteral("wind")).toDouble(),
                                          windUnitFrom(object.value(QStringLiteral("windUnit")).toString()),
                                          object.value(QStringLiteral("windMinutes")).toInt()};
    if (object.contains(QStringLiteral("pressure")))
        point.pressureHpa = object.value(QStringLiteral("pressure")).toDouble();
    return point;
}

QString forecastsToJson(const TyphoonTrack &track)
{
    QJsonArray array;
    for (const feeds::ForecastTrack &forecast : track.forecasts) {
        QJsonArray points;
        for (const TrackPoint &point : forecast.points)
            points.append(pointToJson(point));
        array.append(QJsonObject{{QStringLiteral("agency"), forecast.agency},
                                 {QStringLiteral("issued"), forecast.issued.toString(Qt::ISODate)},
                                 {QStringLiteral("points"), points}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString landfallsToJson(const TyphoonTrack &track)
{
    QJsonArray array;
    for (const feeds::Landfall &landfall : track.landfalls)
        array.append(QJsonObject{{QStringLiteral("place"), landfall.place},
                                 {QStringLiteral("time"), landfall.time.toString(Qt::ISODate)},
                                 {QStringLiteral("lon"), landfall.position.lon}, {QStringLiteral("lat"), landfall.position.lat}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// The point table's radii as compact JSON, written by hand (the bulk ingest path); read back
// with radiiFromJson.
QByteArray radiiText(const std::vector<WindRadii> &radii)
{
    QByteArray out = "[";
    auto number = [&](double value) {
        if (!std::isfinite(value))
            out += "null";
        else if (value == std::trunc(value) && std::fabs(value) < 1e15)
            out += QByteArray::number(qint64(value));  // radii are whole numbers: no float formatting
        else
            out += QByteArray::number(value, 'g', 10);
    };
    for (std::size_t i = 0; i < radii.size(); ++i) {
        const WindRadii &r = radii[i];
        if (i > 0)
            out += ',';
        out += "{\"label\":\"" + r.label.toUtf8() + "\",\"threshold\":";
        number(r.threshold);
        out += ",\"thresholdUnit\":\"";
        out += r.thresholdUnit == WindUnit::Knots ? "kt" : "m/s";
        out += "\",\"unit\":\"";
        out += r.unit == DistanceUnit::Kilometres ? "km" : "nmi";
        out += "\",\"quadrants\":[";
        for (int q = 0; q < 4; ++q) {
            if (q > 0)
                out += ',';
            number(r.quadrants[std::size_t(q)]);
        }
        out += ']';
        if (r.longRadius) {
            out += ",\"long\":";
            number(*r.longRadius);
        }
        if (r.shortRadius) {
            out += ",\"short\":";
            number(*r.shortRadius);
        }
        if (!r.longDirection.isEmpty())
            out += ",\"longDirection\":\"" + r.longDirection.toUtf8() + '"';
        out += '}';
    }
    out += ']';
    return out;
}

QJsonArray jsonArray(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

} // namespace

Result<qint64> TrackStore::add(const std::vector<TyphoonTrack> &tracks, const QString &source, const QDateTime &importedAt,
                               const std::function<void(qint64)> &progress)
{
    return m_database.transaction([&]() -> Result<qint64> {
        auto remove = m_database.prepare(QStringLiteral(
            "DELETE FROM lookout_typhoon_points WHERE track_id IN (SELECT id FROM lookout_typhoon_tracks "
            "WHERE agency = ?1 AND storm_id = ?2 AND format = ?3)"));
        auto removeTrack = m_database.prepare(QStringLiteral(
            "DELETE FROM lookout_typhoon_tracks WHERE agency = ?1 AND storm_id = ?2 AND format = ?3"));
        auto insertTrack = m_database.prepare(QStringLiteral(
            "INSERT INTO lookout_typhoon_tracks (agency, storm_id, format, name, local_name, source, first_time, last_time, "
            "imported_at, landfalls, forecasts) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) RETURNING id"));
        auto insertPoint = m_database.prepare(QStringLiteral(
            "INSERT INTO lookout_typhoon_points (track_id, time, lon, lat, grade, agency_class, wind, wind_unit, wind_minutes, "
            "pressure, move_direction, move_speed_kmh, radii, geom) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, lookout_geometry(?14))"));
        auto trackLine = m_database.prepare(QStringLiteral("UPDATE lookout_typhoon_tracks SET geom = lookout_geometry(?1) WHERE id = ?2"));
        for (auto *statement : {&remove, &removeTrack, &insertTrack, &insertPoint, &trackLine})
            if (!*statement)
                return statement->error();
        // Which tracks are there already (to be replaced): one query, not a delete per track.
        QSet<QString> existing;
        auto keys = m_database.prepare(QStringLiteral("SELECT agency, storm_id, format FROM lookout_typhoon_tracks"));
        if (!keys)
            return keys.error();
        while (true) {
            auto row = keys->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            existing.insert(keys->text(0) + QChar(31) + keys->text(1) + QChar(31) + keys->text(2));
        }
        qint64 written = 0;
        for (const TyphoonTrack &track : tracks) {
            if (track.points.empty())
                continue;
            const QString key = track.agency + QChar(31) + track.stormId + QChar(31) + track.format;
            for (auto *statement : {&remove, &removeTrack}) {
                if (!existing.contains(key))
                    break;
                (*statement)->bind(1, track.agency).bind(2, track.stormId).bind(3, track.format);
                if (auto done = (*statement)->run(); !done)
                    return done.error();
            }
            insertTrack->bind(1, track.agency).bind(2, track.stormId).bind(3, track.format).bind(4, track.name)
                .bind(5, track.localName).bind(6, source).bind(7, track.points.front().time).bind(8, track.points.back().time)
                .bind(9, importedAt).bind(10, landfallsToJson(track)).bind(11, forecastsToJson(track));
            auto inserted = insertTrack->step();
            if (!inserted || !*inserted)
                return inserted ? makeError(Error::Code::Internal, QStringLiteral("no id for the track")) : inserted.error();
            const qint64 trackId = insertTrack->integer(0);
            insertTrack->reset();
            std::vector<GeoPoint> line;
            line.reserve(track.points.size());
            for (const TrackPoint &point : track.points) {
                line.push_back(point.position);
                insertPoint->bind(1, trackId).bind(2, point.time).bind(3, point.position.lon).bind(4, point.position.lat)
                    .bindText(5, gradeBytes(point.grade)).bind(6, point.agencyClass).bind(14, gpkgPoint(point.position));
                if (point.maxWind)
                    insertPoint->bind(7, point.maxWind->value).bind(8, point.maxWind->unit == WindUnit::Knots ? "kt" : "m/s")
                        .bind(9, point.maxWind->averagingMinutes);
                if (point.pressureHpa)
                    insertPoint->bind(10, *point.pressureHpa);
                if (point.moveDirectionDegrees)
                    insertPoint->bind(11, *point.moveDirectionDegrees);
                if (point.moveSpeedKmh)
                    insertPoint->bind(12, *point.moveSpeedKmh);
                if (!point.radii.empty())
                    insertPoint->bindText(13, radiiText(point.radii));
                if (auto done = insertPoint->run(); !done)
                    return done.error();
                if (++written % 10000 == 0 && progress)
                    progress(written);
            }
            // The track as a line for GIS programs (a single fix has none).
            const QByteArray geometry = gpkgLineString(line);
            geometry.isEmpty() ? trackLine->bindNull(1) : trackLine->bind(1, geometry);
            trackLine->bind(2, trackId);
            if (auto done = trackLine->run(); !done)
                return done.error();
        }
        if (progress)
            progress(written);
        return written;
    });
}

Result<QList<StoredTrack>> TrackStore::tracks(const QDateTime &knownAt) const
{
    // Two queries whatever the number of tracks (one round trip each on a shared server): the
    // tracks, then every point of them known by then, by track and time.
    auto selectTracks = m_database.prepare(QStringLiteral(
        "SELECT id, agency, storm_id, format, name, local_name, source, imported_at, landfalls, forecasts "
        "FROM lookout_typhoon_tracks WHERE CAST(?1 AS TEXT) IS NULL OR first_time <= ?1 ORDER BY first_time, id"));
    auto selectPoints = m_database.prepare(QStringLiteral(
        "SELECT p.track_id, p.time, p.lon, p.lat, p.grade, p.agency_class, p.wind, p.wind_unit, p.wind_minutes, p.pressure, "
        "p.move_direction, p.move_speed_kmh, p.radii FROM lookout_typhoon_points p JOIN lookout_typhoon_tracks t ON t.id = p.track_id "
        "WHERE CAST(?1 AS TEXT) IS NULL OR (t.first_time <= ?1 AND p.time <= ?1) ORDER BY p.track_id, p.time, p.id"));
    if (!selectTracks)
        return selectTracks.error();
    if (!selectPoints)
        return selectPoints.error();
    selectTracks->bind(1, knownAt);
    QList<StoredTrack> result;
    QHash<qint64, qsizetype> indexOf;
    while (true) {
        auto row = selectTracks->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        StoredTrack stored;
        stored.id = selectTracks->integer(0);
        TyphoonTrack &track = stored.track;
        track.agency = selectTracks->text(1);
        track.stormId = selectTracks->text(2);
        track.format = selectTracks->text(3);
        track.name = selectTracks->text(4);
        track.localName = selectTracks->text(5);
        stored.source = selectTracks->text(6);
        stored.importedAt = selectTracks->time(7);
        for (const QJsonValue &value : jsonArray(selectTracks->text(8))) {
            const QJsonObject object = value.toObject();
            const QDateTime time = QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODate).toUTC();
            if (!knownAt.isValid() || time <= knownAt)
                track.landfalls.push_back(feeds::Landfall{object.value(QStringLiteral("place")).toString(), time,
                                                          GeoPoint{object.value(QStringLiteral("lon")).toDouble(),
                                                                   object.value(QStringLiteral("lat")).toDouble()}});
        }
        for (const QJsonValue &value : jsonArray(selectTracks->text(9))) {
            const QJsonObject object = value.toObject();
            feeds::ForecastTrack forecast;
            forecast.agency = object.value(QStringLiteral("agency")).toString();
            forecast.issued = QDateTime::fromString(object.value(QStringLiteral("issued")).toString(), Qt::ISODate).toUTC();
            if (knownAt.isValid() && forecast.issued > knownAt)
                continue;
            for (const QJsonValue &point : object.value(QStringLiteral("points")).toArray())
                forecast.points.push_back(pointFromJson(point.toObject()));
            track.forecasts.push_back(std::move(forecast));
        }
        indexOf.insert(stored.id, result.size());
        result.append(std::move(stored));
    }
    selectPoints->bind(1, knownAt);
    while (true) {
        auto pointRow = selectPoints->step();
        if (!pointRow)
            return pointRow.error();
        if (!*pointRow)
            break;
        const auto index = indexOf.constFind(selectPoints->integer(0));
        if (index == indexOf.constEnd())
            continue;
        TrackPoint point;
        point.time = selectPoints->time(1);
        point.position = GeoPoint{selectPoints->real(2), selectPoints->real(3)};
        point.grade = gradeFrom(selectPoints->text(4));
        point.agencyClass = selectPoints->text(5);
        if (!selectPoints->isNull(6))
            point.maxWind = feeds::AgencyWind{selectPoints->real(6), windUnitFrom(selectPoints->text(7)), int(selectPoints->integer(8))};
        if (!selectPoints->isNull(9))
            point.pressureHpa = selectPoints->real(9);
        if (!selectPoints->isNull(10))
            point.moveDirectionDegrees = selectPoints->real(10);
        if (!selectPoints->isNull(11))
            point.moveSpeedKmh = selectPoints->real(11);
        if (!selectPoints->isNull(12))
            point.radii = radiiFromJson(jsonArray(selectPoints->text(12)));
        result[*index].track.points.push_back(std::move(point));
    }
    // A track with no point known by then is not known yet.
    result.removeIf([](const StoredTrack &stored) { return stored.track.points.empty(); });
    return result;
}

} // namespace lookout::store

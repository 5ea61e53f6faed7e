// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "feeds/waterml.h"

#include "core/timeformat.h"

#include <QMap>
#include <QTimeZone>
#include <QXmlStreamReader>

namespace lookout::feeds {

namespace {

const QString kWaterMl1 = QStringLiteral("http://www.cuahsi.org/waterML/1.1/");
const QString kWaterMl2 = QStringLiteral("http://www.opengis.net/waterml/2.0");
const QString kGml = QStringLiteral("http://www.opengis.net/gml/3.2");

Error watermlError(const QString &format, const QString &source, qint64 line, const QString &message)
{
    return makeError(Error::Code::Corrupt, QStringLiteral("%1: %2").arg(format, message), {QStringLiteral("%1 line %2").arg(source).arg(line)});
}

// "2012-10-25T00:00:00.000-05:00" or a bare date (a daily value).
QDateTime observationTime(const QString &text, bool *daily)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() == 10) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        *daily = true;
        return date.isValid() ? QDateTime(date, QTime(0, 0), QTimeZone::utc()) : QDateTime();
    }
    *daily = false;
    if (auto parsed = parseUtc(trimmed))
        return *parsed;
    const QDateTime withMs = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    return withMs.isValid() && withMs.timeSpec() != Qt::LocalTime ? withMs.toUTC() : QDateTime();
}

} // namespace

Result<QList<ObservedSeries>> parseWaterMl1(const QByteArray &xml, const QString &source)
{
    const QString format = QStringLiteral("WaterML 1.1");
    QXmlStreamReader reader(xml);
    if (!reader.readNextStartElement() || reader.namespaceUri() != kWaterMl1 || reader.name() != QLatin1String("timeSeriesResponse"))
        return watermlError(format, source, reader.lineNumber(), QStringLiteral("not a WaterML 1.1 timeSeriesResponse"));
    QList<ObservedSeries> result;
    ObservedSeries *series = nullptr;
    double noData = qQNaN();  // NaN: none stated
    QString agency;
    double latitude = qQNaN(), longitude = qQNaN();
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement() || reader.namespaceUri() != kWaterMl1)
            continue;
        const auto name = reader.name();
        if (name == QLatin1String("timeSeries")) {
            result.append(ObservedSeries());
            series = &result.back();
            noData = qQNaN();
            latitude = longitude = qQNaN();
        } else if (!series) {
            continue;
        } else if (name == QLatin1String("siteName")) {
            series->station.stnm = reader.readElementText().trimmed();
        } else if (name == QLatin1String("siteCode")) {
            agency = reader.attributes().value(QStringLiteral("agencyCode")).toString();
            series->station.stcd = agency + QLatin1Char(':') + reader.readElementText().trimmed();
        } else if (name == QLatin1String("latitude")) {
            latitude = reader.readElementText().toDouble();
        } else if (name == QLatin1String("longitude")) {
            longitude = reader.readElementText().toDouble();
            if (GeoPoint{longitude, latitude}.isValid())
                series->station.position = GeoPoint{longitude, latitude};
        } else if (name == QLatin1String("siteProperty") && reader.attributes().value(QStringLiteral("name")) == QLatin1String("siteTypeCd")) {
            const QString type = reader.readElementText().trimmed();
            series->station.sttp = type == QLatin1String("LK") ? QStringLiteral("RR") : type == QLatin1String("ST") ? QStringLiteral("ZZ") : type;
        } else if (name == QLatin1String("variableCode")) {
            series->parameter = reader.readElementText().trimmed();
        } else if (name == QLatin1String("variableName")) {
            series->parameterName = reader.readElementText().trimmed();
        } else if (name == QLatin1String("unitCode")) {
            series->unit = reader.readElementText().trimmed();
        } else if (name == QLatin1String("noDataValue")) {
            noData = reader.readElementText().toDouble();
        } else if (name == QLatin1String("values") && !series->values.isEmpty()) {
            // A second <values> block of one series: another method (sensor) of the same
            // variable; kept apart so its times do not read as duplicates of the first.
            ObservedSeries another = *series;
            another.values.clear();
            result.append(std::move(another));
            series = &result.back();
        } else if (name == QLatin1String("value")) {
            const QString when = reader.attributes().value(QStringLiteral("dateTime")).toString();
            const QString qualifier = reader.attributes().value(QStringLiteral("qualifiers")).toString();
            const qint64 line = reader.lineNumber();
            bool ok = false;
            const double value = reader.readElementText().toDouble(&ok);
            bool daily = false;
            const QDateTime time = observationTime(when, &daily);
            if (!ok || !time.isValid())
                return watermlError(format, source, line, QStringLiteral("value at '%1' unreadable").arg(when));
            if (value == noData)
                continue;
            series->daily = daily;
            series->values.append(Observation{time, value, qualifier});
        }
    }
    if (reader.hasError())
        return watermlError(format, source, reader.lineNumber(), reader.errorString());
    if (result.isEmpty())
        return makeError(Error::Code::Empty, QStringLiteral("WaterML 1.1: no time series"), {source});
    return result;
}

Result<QList<ObservedSeries>> parseWaterMl2(const QByteArray &xml, const QString &source)
{
    const QString format = QStringLiteral("WaterML 2.0");
    QXmlStreamReader reader(xml);
    if (!reader.readNextStartElement() || reader.namespaceUri() != kWaterMl2)
        return watermlError(format, source, reader.lineNumber(), QStringLiteral("not a WaterML 2.0 document"));
    QList<ObservedSeries> result;
    ObservedSeries *series = nullptr;
    QString identifier;
    QString pendingTime;
    QString defaultQualifier;
    bool inDefaultMetadata = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement() && reader.name() == QLatin1String("DefaultTVPMeasurementMetadata"))
            inDefaultMetadata = false;
        if (!reader.isStartElement())
            continue;
        const auto name = reader.name();
        const QString ns = reader.namespaceUri().toString();
        if (name == QLatin1String("identifier") && ns == kGml && identifier.isEmpty()) {
            identifier = reader.readElementText().trimmed().replace(QLatin1Char('.'), QLatin1Char(':'));
        } else if (name == QLatin1String("OM_Observation")) {
            result.append(ObservedSeries());
            series = &result.back();
            series->station.stcd = identifier;
            series->station.sttp = QStringLiteral("ZZ");
        } else if (!series) {
            continue;
        } else if (name == QLatin1String("observedProperty")) {
            series->parameterName = reader.attributes().value(QStringLiteral("http://www.w3.org/1999/xlink"), QStringLiteral("title")).toString();
            const QString href = reader.attributes().value(QStringLiteral("http://www.w3.org/1999/xlink"), QStringLiteral("href")).toString();
            series->parameter = href.section(QStringLiteral("parmCd="), 1, 1);
        } else if (name == QLatin1String("featureOfInterest")) {
            series->station.stnm = reader.attributes().value(QStringLiteral("http://www.w3.org/1999/xlink"), QStringLiteral("title")).toString();
        } else if (name == QLatin1String("pos") && ns == kGml) {
            // EPSG:4326 in its own axis order: latitude first.
            const QStringList parts = reader.readElementText().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (parts.size() == 2) {
                const GeoPoint point{parts[1].toDouble(), parts[0].toDouble()};
                if (point.isValid())
                    series->station.position = point;
            }
        } else if (name == QLatin1String("DefaultTVPMeasurementMetadata")) {
            inDefaultMetadata = true;
        } else if (name == QLatin1String("uom") && inDefaultMetadata) {
            series->unit = reader.attributes().value(QStringLiteral("http://www.w3.org/1999/xlink"), QStringLiteral("title")).toString();
        } else if (name == QLatin1String("value") && inDefaultMetadata && reader.namespaceUri() != kWaterMl2) {
            defaultQualifier = reader.readElementText().trimmed();  // swe:value of the default qualifier
        } else if (name == QLatin1String("MeasurementTVP")) {
            pendingTime.clear();
        } else if (name == QLatin1String("time") && ns == kWaterMl2) {
            pendingTime = reader.readElementText();
        } else if (name == QLatin1String("value") && ns == kWaterMl2) {
            const qint64 line = reader.lineNumber();
            bool ok = false;
            const double value = reader.readElementText().toDouble(&ok);
            bool daily = false;
            const QDateTime time = observationTime(pendingTime, &daily);
            if (!ok || !time.isValid())
                return watermlError(format, source, line, QStringLiteral("point at '%1' unreadable").arg(pendingTime));
            series->daily = daily;
            series->values.append(Observation{time, value, defaultQualifier});
        }
    }
    if (reader.hasError())
        return watermlError(format, source, reader.lineNumber(), reader.errorString());
    if (result.isEmpty())
        return makeError(Error::Code::Empty, QStringLiteral("WaterML 2.0: no observation"), {source});
    return result;
}

Result<QList<ObservedSeries>> parseUsgsRdb(const QByteArray &text, const QString &source)
{
    const QString format = QStringLiteral("USGS RDB");
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    QStringList header;
    QMap<int, ObservedSeries> byColumn;
    QString siteName;
    int headerLine = -1;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.startsWith(QLatin1Char('#'))) {
            // "#    USGS 02177000 CHATTOOGA RIVER NEAR CLAYTON, GA"
            const QString comment = line.mid(1).trimmed();
            if (comment.startsWith(QLatin1String("USGS ")) && siteName.isEmpty())
                siteName = comment.section(QLatin1Char(' '), 2);
            continue;
        }
        if (line.trimmed().isEmpty())
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (header.isEmpty()) {
            header = fields;
            headerLine = i;
            for (int c = 0; c < header.size(); ++c) {
                const QStringList parts = header[c].split(QLatin1Char('_'));
                if (parts.size() == 3 && !header[c].endsWith(QLatin1String("_cd"))) {
                    ObservedSeries series;
                    series.parameter = parts[1];
                    series.unit = parts[1] == QLatin1String("00060") ? QStringLiteral("ft3/s") : QStringLiteral("ft");
                    byColumn.insert(c, series);
                }
            }
            if (!header.contains(QStringLiteral("site_no")) || !header.contains(QStringLiteral("datetime")))
                return watermlError(format, source, i + 1, QStringLiteral("no site_no/datetime columns"));
            continue;
        }
        if (i == headerLine + 1 && fields.value(0).endsWith(QLatin1Char('s')))
            continue;  // the column-format row ("5s 15s 20d ..."), not data
        if (fields.size() != header.size())
            return watermlError(format, source, i + 1, QStringLiteral("%1 fields where the header has %2").arg(fields.size()).arg(header.size()));
        bool daily = false;
        const QDateTime time = observationTime(fields[header.indexOf(QStringLiteral("datetime"))], &daily);
        if (!time.isValid())
            return watermlError(format, source, i + 1, QStringLiteral("datetime '%1' unreadable").arg(fields[header.indexOf(QStringLiteral("datetime"))]));
        // agency_cd may be missing (then USGS); site_no and datetime were checked with the header.
        const QString agency = fields.value(header.indexOf(QStringLiteral("agency_cd")), QStringLiteral("USGS"));
        const QString site = fields[header.indexOf(QStringLiteral("site_no"))];
        for (auto it = byColumn.begin(); it != byColumn.end(); ++it) {
            it->station.stcd = agency + QLatin1Char(':') + site;
            it->station.stnm = siteName;
            it->station.sttp = QStringLiteral("ZZ");
            it->daily = daily;
            bool ok = false;
            const double value = fields[it.key()].toDouble(&ok);
            if (!ok)
                continue;  // blank: no value that day
            const int qualifierColumn = int(header.indexOf(header[it.key()] + QStringLiteral("_cd")));
            it->values.append(Observation{time, value, qualifierColumn >= 0 ? fields[qualifierColumn] : QString()});
        }
    }
    if (header.isEmpty())
        return makeError(Error::Code::Empty, QStringLiteral("USGS RDB: no header"), {source});
    QList<ObservedSeries> result = byColumn.values();
    if (result.isEmpty())
        return watermlError(format, source, headerLine + 1, QStringLiteral("no value column"));
    return result;
}

namespace {

bool isLevelParameter(const QString &parameter)
{
    return parameter == QLatin1String("00065") || parameter == QLatin1String("00062");
}

// The series that gives a station its level: gage height (00065) at a river, reservoir
// elevation (00062) at a lake or reservoir, else whichever of the two there is; the longest when
// a site reports one parameter with several methods (sensors).
const ObservedSeries *levelSeries(const QList<const ObservedSeries *> &series, bool reservoir)
{
    const QLatin1String preferred = reservoir ? QLatin1String("00062") : QLatin1String("00065");
    const ObservedSeries *best = nullptr;
    for (const ObservedSeries *one : series) {
        if (!isLevelParameter(one->parameter))
            continue;
        const bool better = !best || (one->parameter == preferred && best->parameter != preferred)
                            || (one->parameter == best->parameter && one->values.size() > best->values.size());
        if (better)
            best = one;
    }
    return best;
}

const ObservedSeries *dischargeSeries(const QList<const ObservedSeries *> &series)
{
    const ObservedSeries *best = nullptr;
    for (const ObservedSeries *one : series)
        if (one->parameter == QLatin1String("00060") && (!best || one->values.size() > best->values.size()))
            best = one;
    return best;
}

} // namespace

HydrologyData toSl323(const QList<ObservedSeries> &series)
{
    constexpr double kMetresPerFoot = 0.3048;
    constexpr double kCubicMetresPerCubicFoot = 0.028316846592;
    HydrologyData data;
    // Station by station: one level series and one discharge series are chosen by their
    // variable code and merged into one reading per time (SL 323 keeps Z and Q in one row).
    QMap<QString, QList<const ObservedSeries *>> byStation;
    for (const ObservedSeries &one : series)
        byStation[one.station.stcd].append(&one);
    for (auto it = byStation.cbegin(); it != byStation.cend(); ++it) {
        StationInfo station = it.value().front()->station;
        for (const ObservedSeries *one : it.value())
            if (!station.position && one->station.position)
                station.position = one->station.position;
        const bool reservoir = station.sttp == QLatin1String("RR");
        const ObservedSeries *level = levelSeries(it.value(), reservoir);
        const ObservedSeries *discharge = dischargeSeries(it.value());
        for (const ObservedSeries *one : it.value()) {
            if (one == level || one == discharge)
                continue;
            ++data.seriesSkipped;
            const QString why = isLevelParameter(one->parameter) || one->parameter == QLatin1String("00060")
                                    ? QStringLiteral("another series of the same quantity was used")
                                    : QStringLiteral("not a level or discharge");
            data.notes.append(QStringLiteral("%1: series %2 (%3) left out: %4").arg(station.stcd, one->parameter, one->parameterName, why));
        }
        QMap<QDateTime, std::pair<std::optional<double>, std::optional<double>>> byTime;  // level, flow
        auto take = [&](const ObservedSeries *one, bool isLevel) {
            if (!one)
                return;
            const bool feet = one->unit.startsWith(QLatin1String("ft"));
            const double factor = isLevel ? (feet ? kMetresPerFoot : 1.0) : (feet ? kCubicMetresPerCubicFoot : 1.0);
            for (const Observation &observation : one->values) {
                auto &slot = byTime[observation.time];
                (isLevel ? slot.first : slot.second) = observation.value * factor;
            }
            if (feet)
                data.notes.append(QStringLiteral("%1: %2 converted from %3").arg(station.stcd, one->parameter, one->unit));
        };
        take(level, true);
        take(discharge, false);
        for (auto reading = byTime.cbegin(); reading != byTime.cend(); ++reading) {
            if (reservoir)
                data.reservoirs.append(ReservoirReading{station.stcd, reading.key(), reading->first, reading->second, std::nullopt});
            else
                data.river.append(RiverReading{station.stcd, reading.key(), reading->first, reading->second});
        }
        data.stations.append(station);
    }
    return data;
}

} // namespace lookout::feeds

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "feeds/hydrology.h"

#include <QRegularExpression>

#include "feeds/csvreader.h"

#include <QMap>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>

namespace lookout::feeds {

namespace {

Error hydrologyError(const QString &source, int line, const QString &message)
{
    return makeError(Error::Code::Corrupt, QStringLiteral("water levels: %1").arg(message),
                     {QStringLiteral("%1 line %2").arg(source).arg(line)});
}

// "23-06-2020 11:04:00", Beijing time.
QDateTime beijingDayFirst(const QString &text)
{
    const QDateTime local = QDateTime::fromString(text.trimmed(), QStringLiteral("dd-MM-yyyy HH:mm:ss"));
    if (!local.isValid())
        return {};
    return QDateTime(local.date(), local.time(), QTimeZone(8 * 3600)).toUTC();
}

std::optional<double> optionalNumber(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace

Result<HydrologyData> parseChangjiangLevels(const QByteArray &bytes, const QString &source)
{
    QStringDecoder decoder("GB18030");
    if (!decoder.isValid())
        return makeError(Error::Code::Unsupported, QStringLiteral("this Qt cannot decode GB18030"));
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return hydrologyError(source, 1, QStringLiteral("not GB18030 text"));
    const QByteArray utf8 = text.toUtf8();
    CsvReader reader(utf8);
    QStringList header;
    if (!reader.next(header))
        return makeError(Error::Code::Empty, QStringLiteral("water levels: the file is empty"), {source});
    const CsvColumns columns(header);
    for (const char *required : {"站点", "日期时间", "水位", "流量"})
        if (!columns.has(QString::fromUtf8(required)))
            return hydrologyError(source, 1, QStringLiteral("no %1 column: not a Changjiang level table").arg(QString::fromUtf8(required)));

    HydrologyData data;
    QMap<QString, StationInfo> stations;
    QMap<std::pair<QString, QDateTime>, ReservoirReading> reservoir;
    QMap<std::pair<QString, QDateTime>, RiverReading> river;
    int duplicates = 0;
    int merged = 0;
    QStringList row;
    QString wrongFields;
    while (nextTableRow(reader, header.size(), row, wrongFields)) {
        const int line = reader.lineNumber();
        if (!wrongFields.isEmpty())
            return hydrologyError(source, line, wrongFields);
        QString name = columns.value(row, QStringLiteral("站点"));
        const QDateTime time = beijingDayFirst(columns.value(row, QStringLiteral("日期时间")));
        if (name.isEmpty() || !time.isValid())
            return hydrologyError(source, line, QStringLiteral("station '%1' / time '%2' unreadable")
                                                    .arg(name, columns.value(row, QStringLiteral("日期时间"))));
        const auto level = optionalNumber(columns.value(row, QStringLiteral("水位")));
        const auto flow = optionalNumber(columns.value(row, QStringLiteral("流量")));
        if (!columns.value(row, QStringLiteral("水位")).isEmpty() && !level)
            return hydrologyError(source, line, QStringLiteral("水位 '%1' is not a number").arg(columns.value(row, QStringLiteral("水位"))));
        const bool outflow = name.endsWith(QStringLiteral("(出库)"));
        if (outflow)
            name.chop(4);
        const bool isReservoir = name.contains(QStringLiteral("水库"));
        StationInfo &station = stations[name];
        if (station.stnm.isEmpty()) {
            station.stcd = name;  // no codes in this table: the name is the key
            station.stnm = name;
            station.rvnm = columns.value(row, QStringLiteral("水系"));
            station.sttp = isReservoir ? QStringLiteral("RR") : QStringLiteral("ZZ");
        }
        if (isReservoir) {
            ReservoirReading &reading = reservoir[{name, time}];
            const bool existed = reading.tm.isValid();
            reading.stcd = name;
            reading.tm = time;
            if (level && !reading.rz)
                reading.rz = level;
            if (outflow) {
                if (existed && reading.otq)
                    ++duplicates;
                reading.otq = flow;
            } else {
                if (existed && reading.inq)
                    ++duplicates;
                reading.inq = flow;
            }
            merged += existed ? 1 : 0;
        } else {
            RiverReading &reading = river[{name, time}];
            if (reading.tm.isValid()) {
                ++duplicates;  // the first reading of a station at a time is kept
                continue;
            }
            reading = RiverReading{name, time, level, flow};
        }
    }
    if (reader.hasError())
        return hydrologyError(source, reader.lineNumber(), QStringLiteral("a quoted field is not closed"));
    data.stations = stations.values();
    data.river = river.values();
    data.reservoirs = reservoir.values();
    if (duplicates > 0)
        data.notes.append(QStringLiteral("%1 duplicate reading(s) of a station at one time: the first kept").arg(duplicates));
    if (merged > 0)
        data.notes.append(QStringLiteral("%1 reservoir inflow/outflow row pair(s) merged into one reading").arg(merged));
    if (data.river.isEmpty() && data.reservoirs.isEmpty())
        return makeError(Error::Code::Empty, QStringLiteral("water levels: no readings"), {source});
    return data;
}

Result<HydrologyData> parseThresholdTable(const QByteArray &bytes, const QString &source)
{
    CsvReader reader(bytes);
    QStringList header;
    if (!reader.next(header))
        return makeError(Error::Code::Empty, QStringLiteral("thresholds: the file is empty"), {source});
    const CsvColumns columns(header);
    for (const char *required : {"STNM", "kind", "WRZ", "GRZ", "FSLTDZ"})
        if (!columns.has(QLatin1String(required)))
            return makeError(Error::Code::Corrupt, QStringLiteral("thresholds: no %1 column").arg(QLatin1String(required)),
                             {QStringLiteral("%1 line 1").arg(source)});
    HydrologyData data;
    QStringList row;
    QString wrongFields;
    while (nextTableRow(reader, header.size(), row, wrongFields)) {
        const int line = reader.lineNumber();
        if (!wrongFields.isEmpty())
            return hydrologyError(source, line, wrongFields);
        const QString name = columns.value(row, QStringLiteral("STNM"));
        const QString kind = columns.value(row, QStringLiteral("kind"));
        auto field = [&](const char *column) -> Result<std::optional<double>> {
            const QString text = columns.value(row, QLatin1String(column));
            if (text.isEmpty())
                return std::optional<double>();
            const auto value = optionalNumber(text);
            if (!value)
                return hydrologyError(source, line, QStringLiteral("%1 '%2' is not a level").arg(QLatin1String(column), text));
            return value;
        };
        auto wrz = field("WRZ");
        auto grz = field("GRZ");
        auto fsltdz = field("FSLTDZ");
        for (const auto *value : {&wrz, &grz, &fsltdz})
            if (!*value)
                return value->error();
        StationInfo station;
        station.stcd = name;
        station.stnm = name;
        if (kind == QLatin1String("river")) {
            station.sttp = QStringLiteral("ZZ");
            data.riverThresholds.append(RiverThresholds{name, *wrz, *grz});
        } else if (kind == QLatin1String("reservoir")) {
            station.sttp = QStringLiteral("RR");
            const QString bgmd = columns.value(row, QStringLiteral("BGMD")).trimmed();
            const QString edmd = columns.value(row, QStringLiteral("EDMD")).trimmed();
            static const QRegularExpression monthDay(QStringLiteral("^\\d{4}$"));
            auto isMonthDay = [](const QString &text) {  // a day of some year: 0229 is, 0631 is not
                return monthDay.match(text).hasMatch() && QDate(2000, text.left(2).toInt(), text.mid(2).toInt()).isValid();
            };
            for (const auto &[column, text] : {std::pair{"BGMD", bgmd}, std::pair{"EDMD", edmd}})
                if (!text.isEmpty() && !isMonthDay(text))
                    return hydrologyError(source, line, QStringLiteral("%1 '%2' is not a month and day (MMDD)").arg(QLatin1String(column), text));
            if (bgmd.isEmpty() != edmd.isEmpty())
                return hydrologyError(source, line, QStringLiteral("BGMD and EDMD go together: a flood-limit period needs both ends"));
            if (*fsltdz)
                data.floodLimits.append(FloodLimitPeriod{name, bgmd, edmd, **fsltdz});
            else if (!bgmd.isEmpty())
                return hydrologyError(source, line, QStringLiteral("BGMD/EDMD given without FSLTDZ"));
        } else {
            return hydrologyError(source, line, QStringLiteral("kind '%1' is neither river nor reservoir").arg(kind));
        }
        data.stations.append(station);
    }
    return data;
}

} // namespace lookout::feeds

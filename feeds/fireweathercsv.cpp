// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "feeds/fireweathercsv.h"

#include "feeds/csvreader.h"

namespace lookout::feeds {

Result<QList<DailyFireWeather>> parseDailyFireWeather(const QByteArray &bytes, const QString &source)
{
    auto fail = [&](int line, const QString &message) {
        return makeError(Error::Code::Corrupt, QStringLiteral("fire weather: %1").arg(message),
                         {QStringLiteral("%1 line %2").arg(source).arg(line)});
    };
    // The cffdrs test inputs use ';': read the header line to know.
    const qsizetype firstBreak = bytes.indexOf('\n');
    const QByteArray headerLine = bytes.left(firstBreak < 0 ? bytes.size() : firstBreak);
    QByteArray text = bytes;
    if (headerLine.count(';') > headerLine.count(','))
        text.replace(';', ',');
    CsvReader reader(text);
    QStringList header;
    if (!reader.next(header))
        return makeError(Error::Code::Empty, QStringLiteral("fire weather: the file is empty"), {source});
    for (QString &name : header)
        name = name.trimmed().toUpper();
    const char *required[] = {"LONG", "LAT", "YR", "MON", "DAY", "TEMP", "RH", "WS", "PREC"};
    int column[9];
    for (int i = 0; i < 9; ++i) {
        column[i] = int(header.indexOf(QLatin1String(required[i])));
        if (column[i] < 0)
            return fail(1, QStringLiteral("no %1 column (expected LONG, LAT, YR, MON, DAY, TEMP, RH, WS, PREC)").arg(QLatin1String(required[i])));
    }
    QList<DailyFireWeather> days;
    QList<QByteArrayView> row;
    while (reader.next(row)) {
        const int line = reader.lineNumber();
        if (row.size() == 1 && trimmed(row[0]).isEmpty())
            continue;
        if (row.size() != header.size())
            return fail(line, QStringLiteral("%1 fields where the header has %2").arg(row.size()).arg(header.size()));
        double value[9];
        for (int i = 0; i < 9; ++i) {
            const auto number = toDouble(row[column[i]]);
            if (!number)
                return fail(line, QStringLiteral("%1 '%2' is not a number").arg(QLatin1String(required[i]), QString::fromUtf8(trimmed(row[column[i]]))));
            value[i] = *number;
        }
        DailyFireWeather day;
        day.line = line;
        day.longitude = value[0];
        day.latitude = value[1];
        day.date = QDate(int(value[2]), int(value[3]), int(value[4]));
        day.temp = value[5];
        day.rh = value[6];
        day.wind = value[7];
        day.rain = value[8];
        if (!day.date.isValid())
            return fail(line, QStringLiteral("%1-%2-%3 is not a date").arg(value[2]).arg(value[3]).arg(value[4]));
        if (day.latitude < -90 || day.latitude > 90 || day.longitude < -180 || day.longitude > 360)
            return fail(line, QStringLiteral("LAT/LONG %1, %2 out of range").arg(day.latitude).arg(day.longitude));
        if (day.rh < 0 || day.rh > 100)
            return fail(line, QStringLiteral("RH %1 % is outside 0-100").arg(day.rh));
        if (day.wind < 0)
            return fail(line, QStringLiteral("WS %1 km/h is negative").arg(day.wind));
        if (day.rain < 0)
            return fail(line, QStringLiteral("PREC %1 mm is negative").arg(day.rain));
        if (day.temp < -60 || day.temp > 60)
            return fail(line, QStringLiteral("TEMP %1 °C is not a noon temperature").arg(day.temp));
        days.append(day);
    }
    if (reader.hasError())
        return fail(reader.lineNumber(), QStringLiteral("a quoted field is not closed"));
    if (days.isEmpty())
        return makeError(Error::Code::Empty, QStringLiteral("fire weather: no days in the file"), {source});
    return days;
}

} // namespace lookout::feeds

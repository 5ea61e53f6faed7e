// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "plans/csvrows.h"

#include <cmath>

namespace lookout::plans::csv {

Error rowError(const QString &file, int line, const QString &field, const QString &message)
{
    return makeError(Error::Code::Corrupt, message, {QStringLiteral("%1 line %2").arg(file).arg(line), field});
}

Result<void> forEachRow(feeds::CsvReader &reader, qsizetype fields, const QString &file,
                        const std::function<Result<void>(const QStringList &row, int line)> &row)
{
    QStringList values;
    QString wrongFields;
    while (feeds::nextTableRow(reader, fields, values, wrongFields)) {
        const int line = reader.lineNumber();
        if (!wrongFields.isEmpty())
            return rowError(file, line, QString(), wrongFields);
        if (auto done = row(values, line); !done)
            return done;
    }
    if (reader.hasError())
        return rowError(file, reader.lineNumber(), QString(), QStringLiteral("a quoted field is not closed: the file is cut short"));
    return {};
}

Result<GeoPoint> position(const feeds::CsvColumns &columns, const QStringList &row, const QString &lonName, const QString &latName,
                          const QString &file, int line)
{
    bool lonOk = false, latOk = false;
    const GeoPoint point{columns.value(row, lonName).toDouble(&lonOk), columns.value(row, latName).toDouble(&latOk)};
    // NaN passes no comparison: the range is checked as "within", so "nan" is refused too.
    if (!lonOk || !(std::abs(point.lon) <= 180))
        return rowError(file, line, lonName, QStringLiteral("\"%1\" is not a longitude in degrees").arg(columns.value(row, lonName)));
    if (!latOk || !(std::abs(point.lat) <= 90))
        return rowError(file, line, latName, QStringLiteral("\"%1\" is not a latitude in degrees").arg(columns.value(row, latName)));
    return point;
}

Result<qint64> wholeNumber(const feeds::CsvColumns &columns, const QStringList &row, const QString &name, const QString &file, int line,
                           qint64 fallback)
{
    const QString text = columns.value(row, name);
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < 0 || value != std::floor(value) || value > 1e12)
        return rowError(file, line, name, QStringLiteral("\"%1\" is not a whole number of 0 or more").arg(text));
    return qint64(value);
}

} // namespace lookout::plans::csv

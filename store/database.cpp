// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "store/database.h"

namespace lookout::store {

Statement &Statement::bind(int index, const QDateTime &utc)
{
    if (!utc.isValid())
        return bindNull(index);
    // Written by hand: the same text as Qt::ISODate gives for UTC, without its formatter's cost
    // (bulk ingest binds a time per row). Civil date from days since 1970 (H. Hinnant's
    // days-to-civil algorithm), years 0000-9999.
    const qint64 seconds = utc.toSecsSinceEpoch();
    qint64 days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
    const qint64 secondOfDay = seconds - days * 86400;
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    const int month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    const int year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
    if (year < 0 || year > 9999)
        return bind(index, utc.toUTC().toString(Qt::ISODate));
    char text[20];
    auto put = [&text](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, year, 4);
    text[4] = '-';
    put(5, month, 2);
    text[7] = '-';
    put(8, day, 2);
    text[10] = 'T';
    put(11, int(secondOfDay / 3600), 2);
    text[13] = ':';
    put(14, int(secondOfDay / 60 % 60), 2);
    text[16] = ':';
    put(17, int(secondOfDay % 60), 2);
    text[19] = 'Z';
    return bindText(index, QByteArrayView(text, 20));
}

Result<void> Statement::run()
{
    Result<bool> stepped = true;
    while (stepped && *stepped)
        stepped = step();
    reset();
    if (!stepped)
        return stepped.error();
    return {};
}

QDateTime Statement::time(int column) const
{
    if (isNull(column))
        return {};
    return QDateTime::fromString(text(column), Qt::ISODate).toUTC();
}

Result<Database> Database::open(const QString &location, bool readOnly)
{
    if (isServerLocation(location))
        return connectPostgres(location.mid(kServerPrefix.size()));
    return openSqlite(location, readOnly);
}

Database::~Database() = default;

Result<Statement> Database::prepare(const QString &sql)
{
    auto statement = m_backend->prepare(sql);
    if (!statement)
        return statement.error();
    return Statement(std::move(statement).value());
}

} // namespace lookout::store

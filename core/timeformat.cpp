// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "core/timeformat.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace lookout {

QTimeZone displayZone()
{
    // Asia/Shanghai from the system's tz database; a fixed UTC+8 when the database is missing
    // (minimal containers), which is exact for China since 1991.
    static const QTimeZone zone = [] {
        QTimeZone tz(QByteArrayLiteral("Asia/Shanghai"));
        return tz.isValid() ? tz : QTimeZone(8 * 3600);
    }();
    return zone;
}

QString formatLocal(const QDateTime &utc, bool withSeconds)
{
    return utc.toTimeZone(displayZone())
        .toString(withSeconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString formatUtc(const QDateTime &utc, bool withSeconds)
{
    return utc.toUTC().toString(withSeconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm"))
           + QLatin1Char('Z');
}

std::optional<QDateTime> parseUtc(const QString &text)
{
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression withZone(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"));
    const QString trimmed = text.trimmed();
    if (dateOnly.match(trimmed).hasMatch()) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return QDateTime(date, QTime(0, 0), QTimeZone::utc());
    }
    if (!withZone.match(trimmed).hasMatch())
        return std::nullopt;
    QString normalised = trimmed;
    // Qt wants seconds: "2018-09-16T00:00Z" -> "2018-09-16T00:00:00Z"
    if (normalised.at(16) != QLatin1Char(':'))
        normalised.insert(16, QStringLiteral(":00"));
    const QDateTime parsed = QDateTime::fromString(normalised, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
}

QString formatAge(qint64 seconds)
{
    if (seconds < 0)
        return QCoreApplication::translate("TimeFormat", "future");
    if (seconds < 60)
        return QCoreApplication::translate("TimeFormat", "%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return QCoreApplication::translate("TimeFormat", "%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return minutes % 60 ? QCoreApplication::translate("TimeFormat", "%1 h %2 min").arg(hours).arg(minutes % 60) : QCoreApplication::translate("TimeFormat", "%1 h").arg(hours);
    const qint64 days = hours / 24;
    if (days < 365)
        return QCoreApplication::translate("TimeFormat", "%1 d").arg(days);
    return QCoreApplication::translate("TimeFormat", "%1 y").arg(QString::number(double(days) / 365.25, 'f', 1));
}

} // namespace lookout

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "feeds/trackparsers.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace lookout::feeds {

namespace {

Error cmaError(const QString &source, int line, const QString &message)
{
    return makeError(Error::Code::Corrupt, QStringLiteral("CMA best track: %1").arg(message),
                     {QStringLiteral("%1 line %2").arg(source).arg(line)});
}

// "2018091606" (UTC).
QDateTime cmaTime(const QString &text)
{
    if (text.size() != 10)
        return {};
    const QDate date = QDate::fromString(text.left(8), QStringLiteral("yyyyMMdd"));
    bool ok = false;
    const int hour = text.mid(8, 2).toInt(&ok);
    if (!date.isValid() || !ok || hour < 0 || hour > 23)
        return {};
    return QDateTime(date, QTime(hour, 0), QTimeZone::utc());
}

} // namespace

Result<std::vector<TyphoonTrack>> parseCmaBestTrack(const QByteArray &text, const QString &source)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    const QStringList lines = QString::fromLatin1(text).split(QLatin1Char('\n'));
    std::vector<TyphoonTrack> tracks;
    int index = 0;
    auto lineNumber = [&] { return index + 1; };
    while (index < lines.size()) {
        const QString header = lines[index].trimmed();
        if (header.isEmpty()) {
            ++index;
            continue;
        }
        const QStringList fields = header.split(whitespace, Qt::SkipEmptyParts);
        if (fields.size() < 9 || fields[0] != QLatin1String("66666"))
            return cmaError(source, lineNumber(), QStringLiteral("expected a '66666' storm header, found '%1'").arg(header.left(40)));
        bool countOk = false;
        const int count = fields[2].toInt(&countOk);
        if (!countOk || count < 0)
            return cmaError(source, lineNumber(), QStringLiteral("the header's line count '%1' is not a number").arg(fields[2]));
        TyphoonTrack track;
        track.agency = QStringLiteral("CMA");
        track.format = QStringLiteral("CMA best track");
        // The international number is BBBB from 2017 on; older files leave it 0000 and carry
        // it in EEEE (the China number) only.
        track.stormId = fields[1] != QLatin1String("0000") ? fields[1]
                        : fields[4] != QLatin1String("0000") ? fields[4]
                                                              : QStringLiteral("seq") + fields[3];
        track.name = fields.mid(7, fields.size() - 8).join(QLatin1Char(' '));
        ++index;
        for (int i = 0; i < count; ++i, ++index) {
            if (index >= lines.size())
                return cmaError(source, lineNumber(), QStringLiteral("storm %1 announces %2 lines but the file ends after %3")
                                                          .arg(track.name).arg(count).arg(i));
            const QStringList data = lines[index].split(whitespace, Qt::SkipEmptyParts);
            if (data.size() != 6)
                return cmaError(source, lineNumber(), QStringLiteral("expected 6 fields (time, grade, lat, lon, pressure, wind), found %1")
                                                          .arg(data.size()));
            TrackPoint point;
            point.time = cmaTime(data[0]);
            if (!point.time.isValid())
                return cmaError(source, lineNumber(), QStringLiteral("'%1' is not a YYYYMMDDHH time").arg(data[0]));
            bool ok[5] = {};
            const int grade = data[1].toInt(&ok[0]);
            const double lat = data[2].toInt(&ok[1]) / 10.0;
            const double lon = data[3].toInt(&ok[2]) / 10.0;
            const int pressure = data[4].toInt(&ok[3]);
            const int wind = data[5].toInt(&ok[4]);
            for (int f = 0; f < 5; ++f)
                if (!ok[f])
                    return cmaError(source, lineNumber(), QStringLiteral("field %1 '%2' is not a number").arg(f + 2).arg(data[f + 1]));
            // Longitudes beyond 180 (east of the date line) are kept as written: PROJ and the
            // renderer handle them, clamping would fold the track.
            if (lat < -90 || lat > 90 || lon < 0 || lon > 360)
                return cmaError(source, lineNumber(), QStringLiteral("position %1N %2E is out of range").arg(lat).arg(lon));
            point.position = GeoPoint{lon, lat};
            point.grade = gradeFromCmaCode(grade);
            point.agencyClass = data[1];
            if (pressure > 0)
                point.pressureHpa = pressure;
            if (wind > 0)
                point.maxWind = AgencyWind{double(wind), WindUnit::MetresPerSecond, 2};
            track.points.push_back(point);
        }
        tracks.push_back(std::move(track));
    }
    if (tracks.empty())
        return makeError(Error::Code::Empty, QStringLiteral("CMA best track: no storms in the file"), {source});
    return tracks;
}

} // namespace lookout::feeds

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "feeds/trackparsers.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <charconv>
#include <optional>

namespace lookout::feeds {

namespace {

Error cmaError(const QString &source, int line, const QString &message)
{
    return makeError(Error::Code::Corrupt, QStringLiteral("CMA best track: %1").arg(message),
                     {QStringLiteral("%1 line %2").arg(source).arg(line)});
}

// Whitespace-separated tokens of one line, as views (no allocation per field).
QList<QByteArrayView> tokens(QByteArrayView line)
{
    QList<QByteArrayView> out;
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r'))
            ++i;
        const qsizetype start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r')
            ++i;
        if (i > start)
            out.append(line.sliced(start, i - start));
    }
    return out;
}

std::optional<int> integer(QByteArrayView field)
{
    int value = 0;
    const auto [end, error] = std::from_chars(field.data(), field.data() + field.size(), value);
    if (error != std::errc() || end != field.data() + field.size())
        return std::nullopt;
    return value;
}

// "2018091606" (UTC).
QDateTime cmaTime(QByteArrayView text)
{
    if (text.size() != 10)
        return {};
    const auto ymd = integer(text.first(8));
    const auto hour = integer(text.sliced(8));
    if (!ymd || !hour || *hour < 0 || *hour > 23)
        return {};
    const QDate date(*ymd / 10000, *ymd / 100 % 100, *ymd % 100);
    if (!date.isValid())
        return {};
    return QDateTime(date, QTime(*hour, 0), QTimeZone::utc());
}

} // namespace

Result<std::vector<TyphoonTrack>> parseCmaBestTrack(const QByteArray &text, const QString &source)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QList<QByteArrayView> lines;
    for (qsizetype start = 0; start <= text.size();) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        lines.append(QByteArrayView(text).sliced(start, end - start));
        start = end + 1;
    }
    std::vector<TyphoonTrack> tracks;
    int index = 0;
    auto lineNumber = [&] { return index + 1; };
    while (index < lines.size()) {
        const QString header = QString::fromLatin1(lines[index]).trimmed();
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
            const QList<QByteArrayView> data = tokens(lines[index]);
            if (data.size() != 6)
                return cmaError(source, lineNumber(), QStringLiteral("expected 6 fields (time, grade, lat, lon, pressure, wind), found %1")
                                                          .arg(data.size()));
            TrackPoint point;
            point.time = cmaTime(data[0]);
            if (!point.time.isValid())
                return cmaError(source, lineNumber(), QStringLiteral("'%1' is not a YYYYMMDDHH time").arg(QString::fromLatin1(data[0])));
            std::optional<int> numbers[5];
            for (int f = 0; f < 5; ++f) {
                numbers[f] = integer(data[f + 1]);
                if (!numbers[f])
                    return cmaError(source, lineNumber(), QStringLiteral("field %1 '%2' is not a number").arg(f + 2).arg(QString::fromLatin1(data[f + 1])));
            }
            const int grade = *numbers[0];
            const double lat = *numbers[1] / 10.0;
            const double lon = *numbers[2] / 10.0;
            const int pressure = *numbers[3];
            const int wind = *numbers[4];
            // Longitudes beyond 180 (east of the date line) are kept as written: PROJ and the
            // renderer handle them, clamping would fold the track.
            if (lat < -90 || lat > 90 || lon < 0 || lon > 360)
                return cmaError(source, lineNumber(), QStringLiteral("position %1N %2E is out of range").arg(lat).arg(lon));
            point.position = GeoPoint{lon, lat};
            point.grade = gradeFromCmaCode(grade);
            point.agencyClass = QString::fromLatin1(data[1]);
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

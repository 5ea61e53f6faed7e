// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "feeds/trackparsers.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <map>

namespace lookout::feeds {

namespace {

Error atcfError(const QString &source, int line, const QString &message)
{
    return makeError(Error::Code::Corrupt, QStringLiteral("ATCF b-deck: %1").arg(message),
                     {QStringLiteral("%1 line %2").arg(source).arg(line)});
}

// "120N" / "1693E": tenths of a degree with a hemisphere letter.
std::optional<double> atcfCoordinate(const QString &text, QChar positive, QChar negative)
{
    if (text.size() < 2)
        return std::nullopt;
    const QChar hemisphere = text.back().toUpper();
    bool ok = false;
    const double tenths = text.left(text.size() - 1).toInt(&ok);
    if (!ok || (hemisphere != positive && hemisphere != negative))
        return std::nullopt;
    return (hemisphere == positive ? 1.0 : -1.0) * tenths / 10.0;
}

// JTWC names a storm by its number in words until it is named ("TWENTYSIX"), and pre-storm
// areas "INVEST": those are placeholders, the last real name wins.
bool isPlaceholderName(const QString &name)
{
    static const QRegularExpression numberWords(QStringLiteral(
        "^(TWENTY|THIRTY|FORTY|FIFTY)?-?(ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE|"
        "THIRTEEN|FOURTEEN|FIFTEEN|SIXTEEN|SEVENTEEN|EIGHTEEN|NINETEEN)?$"));
    return name == QLatin1String("INVEST") || name == QLatin1String("NONAME") || numberWords.match(name).hasMatch();
}

} // namespace

Result<std::vector<TyphoonTrack>> parseAtcfBDeck(const QByteArray &text, const QString &source)
{
    const QStringList lines = QString::fromLatin1(text).split(QLatin1Char('\n'));
    std::map<QString, TyphoonTrack> storms;                     // by basin+number+year
    std::map<QString, std::map<QDateTime, TrackPoint>> points;  // merged by time
    QString lastName;
    bool lastNameIsPlaceholder = true;
    for (int index = 0; index < lines.size(); ++index) {
        const int line = index + 1;
        if (lines[index].trimmed().isEmpty())
            continue;
        QStringList f = lines[index].split(QLatin1Char(','));
        for (QString &field : f)
            field = field.trimmed();
        if (f.size() < 11)
            return atcfError(source, line, QStringLiteral("expected at least 11 comma-separated fields, found %1").arg(f.size()));
        const QDateTime time = QDateTime(QDate::fromString(f[2].left(8), QStringLiteral("yyyyMMdd")),
                                         QTime(f[2].mid(8, 2).toInt(), 0), QTimeZone::utc());
        if (f[2].size() != 10 || !time.isValid())
            return atcfError(source, line, QStringLiteral("'%1' is not a YYYYMMDDHH time").arg(f[2]));
        const auto lat = atcfCoordinate(f[6], QLatin1Char('N'), QLatin1Char('S'));
        const auto lon = atcfCoordinate(f[7], QLatin1Char('E'), QLatin1Char('W'));
        if (!lat || !lon || *lat < -90 || *lat > 90 || *lon < -180 || *lon > 360)
            return atcfError(source, line, QStringLiteral("'%1, %2' is not an ATCF position").arg(f[6], f[7]));
        if (f[5] != QLatin1String("0") && !f[5].isEmpty())
            continue;  // forecast taus in an a-deck line: not part of the best track
        const QString key = f[0] + f[1] + f[2].left(4);
        TyphoonTrack &track = storms[key];
        if (track.stormId.isEmpty()) {
            track.agency = QStringLiteral("JTWC");
            track.format = QStringLiteral("ATCF b-deck");
            track.stormId = f[0] + f[1] + f[2].left(4);
        }
        const QString name = f.value(27);
        if (name != lastName) {  // the name test is a regex: only when the name changes
            lastName = name;
            lastNameIsPlaceholder = isPlaceholderName(name);
        }
        if (!lastNameIsPlaceholder)
            track.name = name;
        else if (track.name.isEmpty() && !name.isEmpty())
            track.name = name;  // until a real name comes, the number in words

        TrackPoint &point = points[key][time];
        point.time = time;
        point.position = GeoPoint{*lon, *lat};
        bool ok = false;
        const int vmax = f[8].toInt(&ok);
        // JTWC's own 1-min kt wind and class ("TY", "ST"); no GB/T grade is derived from it.
        if (ok && vmax > 0)
            point.maxWind = AgencyWind{double(vmax), WindUnit::Knots, 1};
        const int mslp = f[9].toInt(&ok);
        if (ok && mslp > 0)
            point.pressureHpa = mslp;
        point.agencyClass = f[10];
        if (f.size() > 26) {
            const int direction = f[25].toInt(&ok);
            if (ok && !f[25].isEmpty())
                point.moveDirectionDegrees = direction;
            const int speed = f[26].toInt(&ok);
            if (ok && !f[26].isEmpty())
                point.moveSpeedKmh = speed * 1.852;
        }
        const int threshold = f.size() > 16 ? f[11].toInt(&ok) : 0;
        if (ok && threshold > 0) {
            WindRadii radii;
            radii.threshold = threshold;
            radii.thresholdUnit = WindUnit::Knots;
            radii.label = QStringLiteral("R%1").arg(threshold);
            radii.unit = DistanceUnit::NauticalMiles;
            const QString code = f[12];
            for (int q = 0; q < 4; ++q) {
                bool numberOk = false;
                const double value = f[13 + q].toDouble(&numberOk);
                radii.quadrants[std::size_t(q)] = numberOk ? value : qQNaN();
            }
            if (code == QLatin1String("AAA"))  // full circle: one radius in RAD1
                radii.quadrants.fill(radii.quadrants[0]);
            else if (code != QLatin1String("NEQ") && !code.isEmpty())
                return atcfError(source, line, QStringLiteral("wind-radius code '%1' is not NEQ or AAA").arg(code));
            std::erase_if(point.radii, [&](const WindRadii &existing) { return existing.threshold == radii.threshold; });
            point.radii.push_back(radii);
        }
    }
    std::vector<TyphoonTrack> tracks;
    for (auto &[key, track] : storms) {
        for (auto &[time, point] : points[key])
            track.points.push_back(std::move(point));
        tracks.push_back(std::move(track));
    }
    if (tracks.empty())
        return makeError(Error::Code::Empty, QStringLiteral("ATCF b-deck: no best-track rows in the file"), {source});
    return tracks;
}

} // namespace lookout::feeds

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "feeds/csvreader.h"
#include "feeds/trackparsers.h"

#include <QTimeZone>

#include <QHash>

namespace lookout::feeds {

namespace {

// One reporting agency's columns in IBTrACS v04 (all winds in kt, radii in n mi) and the
// averaging period of its wind (IBTrACS v04 technical documentation, "wind speed" notes).
struct AgencyColumns {
    const char *prefix;      // "USA" -> USA_LAT, USA_WIND, ...
    const char *agency;      // the name Lookout shows
    int averagingMinutes;
    const char *classColumn; // the agency's own class/grade column suffix, or nullptr
    bool quadrantRadii;      // R34/R50/R64 per quadrant
    bool longShortRadii;     // R30/R50 long/short + direction (JMA, KMA)
};

constexpr AgencyColumns kAgencies[] = {
    {"USA", "JTWC/NHC (USA)", 1, "SSHS", true, false},
    {"TOKYO", "JMA", 10, "GRADE", false, true},
    {"CMA", "CMA", 2, "CAT", false, false},
    {"HKO", "HKO", 10, "CAT", false, false},
    {"KMA", "KMA", 10, "CAT", false, true},
    {"NEWDELHI", "IMD", 3, "GRADE", false, false},
    {"REUNION", "Météo-France La Réunion", 10, "TYPE", true, false},
    {"BOM", "BoM", 10, "TYPE", true, false},
    {"NADI", "FMS Nadi", 10, "CAT", false, false},
    {"WELLINGTON", "MetService Wellington", 10, nullptr, false, false},
};

Error ibtracsError(const QString &source, int line, const QString &message)
{
    return makeError(Error::Code::Corrupt, QStringLiteral("IBTrACS: %1").arg(message),
                     {QStringLiteral("%1 line %2").arg(source).arg(line)});
}

// One agency's column positions, found once from the header (-1 where the column is absent).
struct AgencyIndexes {
    int lat = -1, lon = -1, wind = -1, pressure = -1, agencyClass = -1;
    int quadrant[3][4];           // R34/R50/R64 x NE/SE/SW/NW
    int longRadius[2], shortRadius[2], direction[2];  // R30, R50
};

AgencyIndexes indexesFor(const AgencyColumns &agency, const CsvColumns &columns)
{
    const QString prefix = QLatin1String(agency.prefix) + QLatin1Char('_');
    AgencyIndexes indexes;
    indexes.lat = columns.indexOf(prefix + QStringLiteral("LAT"));
    indexes.lon = columns.indexOf(prefix + QStringLiteral("LON"));
    indexes.wind = columns.indexOf(prefix + QStringLiteral("WIND"));
    indexes.pressure = columns.indexOf(prefix + QStringLiteral("PRES"));
    indexes.agencyClass = agency.classColumn ? columns.indexOf(prefix + QLatin1String(agency.classColumn)) : -1;
    const char *quadrants[] = {"NE", "SE", "SW", "NW"};
    const int thresholds[] = {34, 50, 64};
    for (int t = 0; t < 3; ++t)
        for (int q = 0; q < 4; ++q)
            indexes.quadrant[t][q] = agency.quadrantRadii
                                         ? columns.indexOf(QStringLiteral("%1R%2_%3").arg(prefix).arg(thresholds[t]).arg(QLatin1String(quadrants[q])))
                                         : -1;
    const int longShort[] = {30, 50};
    for (int t = 0; t < 2; ++t) {
        const QString base = QStringLiteral("%1R%2_").arg(prefix).arg(longShort[t]);
        indexes.longRadius[t] = agency.longShortRadii ? columns.indexOf(base + QStringLiteral("LONG")) : -1;
        indexes.shortRadius[t] = agency.longShortRadii ? columns.indexOf(base + QStringLiteral("SHORT")) : -1;
        indexes.direction[t] = agency.longShortRadii ? columns.indexOf(base + QStringLiteral("DIR")) : -1;
    }
    return indexes;
}

std::optional<double> number(const QList<QByteArrayView> &row, int index)
{
    return index >= 0 ? toDouble(row[index]) : std::nullopt;
}

QString field(const QList<QByteArrayView> &row, int index)
{
    return index >= 0 ? QString::fromUtf8(trimmed(row[index])) : QString();
}

// "2024-05-16 12:00:00", UTC. Read by hand: QDateTime::fromString would consult the local
// time zone for every row.
QDateTime isoTime(QByteArrayView field)
{
    field = trimmed(field);
    if (field.size() != 19 || field[4] != '-' || field[7] != '-' || field[10] != ' ' || field[13] != ':' || field[16] != ':')
        return {};
    auto digits = [&](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            if (field[i] < '0' || field[i] > '9')
                return -1;
            value = value * 10 + (field[i] - '0');
        }
        return value;
    };
    const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
    const QTime time(digits(11, 2), digits(14, 2), digits(17, 2));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

} // namespace

Result<std::vector<TyphoonTrack>> parseIbtracsCsv(const QByteArray &text, const QString &source)
{
    CsvReader reader(text);
    QStringList header;
    if (!reader.next(header))
        return makeError(Error::Code::Empty, QStringLiteral("IBTrACS: the file is empty"), {source});
    const CsvColumns columns(header);
    for (const char *required : {"SID", "ISO_TIME", "NAME", "LAT", "LON"})
        if (!columns.has(QLatin1String(required)))
            return ibtracsError(source, 1, QStringLiteral("no %1 column: not an IBTrACS v04 CSV").arg(QLatin1String(required)));
    const QString version = columns.has(QStringLiteral("KMA_LAT")) ? QStringLiteral("IBTrACS v04r01") : QStringLiteral("IBTrACS v04r00");
    const int sidColumn = columns.indexOf(QStringLiteral("SID"));
    const int seasonColumn = columns.indexOf(QStringLiteral("SEASON"));
    const int timeColumn = columns.indexOf(QStringLiteral("ISO_TIME"));
    const int nameColumn = columns.indexOf(QStringLiteral("NAME"));
    const int speedColumn = columns.indexOf(QStringLiteral("STORM_SPEED"));
    const int directionColumn = columns.indexOf(QStringLiteral("STORM_DIR"));
    std::vector<std::pair<const AgencyColumns *, AgencyIndexes>> agencies;
    for (const AgencyColumns &agency : kAgencies) {
        const AgencyIndexes indexes = indexesFor(agency, columns);
        if (indexes.lat >= 0 && indexes.lon >= 0)
            agencies.emplace_back(&agency, indexes);  // KMA only in v04r01
    }

    // Rows come sorted by SID then time: one open track per agency, closed when the SID changes.
    // A storm whose rows come back later (an unsorted file) is joined to what it had.
    std::vector<TyphoonTrack> out;
    QHash<QPair<QString, QString>, std::size_t> closed;  // (SID, agency) -> index in out
    std::vector<TyphoonTrack> open(agencies.size());
    QByteArray openSidStorage;
    auto closeStorm = [&] {
        for (TyphoonTrack &track : open) {
            if (track.points.empty())
                continue;
            const QPair<QString, QString> key{track.stormId, track.agency};
            if (const auto found = closed.constFind(key); found != closed.cend()) {
                auto &points = out[*found].points;
                points.insert(points.end(), std::make_move_iterator(track.points.begin()), std::make_move_iterator(track.points.end()));
            } else {
                closed.insert(key, out.size());
                out.push_back(std::move(track));
            }
            track = TyphoonTrack();
        }
    };
    QList<QByteArrayView> row;
    while (reader.next(row)) {
        const int line = reader.lineNumber();
        if (row.size() == 1 && trimmed(row[0]).isEmpty())
            continue;
        if (row.size() != header.size())
            return ibtracsError(source, line, QStringLiteral("%1 fields where the header has %2").arg(row.size()).arg(header.size()));
        const QByteArrayView sid = trimmed(row[sidColumn]);
        if (sid.isEmpty() && seasonColumn >= 0 && trimmed(row[seasonColumn]) == "Year")
            continue;  // the units row
        const QDateTime utc = isoTime(row[timeColumn]);
        if (sid.isEmpty() || !utc.isValid())
            return ibtracsError(source, line, QStringLiteral("SID '%1' / ISO_TIME '%2' unreadable")
                                                  .arg(QString::fromUtf8(sid), QString::fromUtf8(row[timeColumn])));
        if (sid != QByteArrayView(openSidStorage)) {
            closeStorm();
            openSidStorage = sid.toByteArray();
        }
        const auto speed = number(row, speedColumn);
        const auto direction = number(row, directionColumn);

        for (std::size_t a = 0; a < agencies.size(); ++a) {
            const AgencyColumns &agency = *agencies[a].first;
            const AgencyIndexes &at = agencies[a].second;
            const auto lat = number(row, at.lat);
            const auto lon = number(row, at.lon);
            if (!lat || !lon)
                continue;
            if (*lat < -90 || *lat > 90 || *lon < -180 || *lon > 360)
                return ibtracsError(source, line, QStringLiteral("%1 position %2, %3 out of range")
                                                      .arg(QLatin1String(agency.prefix)).arg(*lat).arg(*lon));
            TrackPoint point;
            point.time = utc;
            point.position = GeoPoint{*lon, *lat};
            if (const auto wind = number(row, at.wind); wind && *wind > 0)
                point.maxWind = AgencyWind{*wind, WindUnit::Knots, agency.averagingMinutes};
            if (const auto pressure = number(row, at.pressure); pressure && *pressure > 0)
                point.pressureHpa = *pressure;
            point.agencyClass = field(row, at.agencyClass);
            if (QLatin1String(agency.prefix) == QLatin1String("CMA") && !point.agencyClass.isEmpty())
                point.grade = gradeFromCmaCode(point.agencyClass.toInt());
            if (speed)
                point.moveSpeedKmh = *speed * 1.852;
            if (direction)
                point.moveDirectionDegrees = *direction;
            for (int t = 0; t < 3 && agency.quadrantRadii; ++t) {
                WindRadii radii;
                radii.threshold = t == 0 ? 34 : t == 1 ? 50 : 64;
                radii.label = QStringLiteral("R%1").arg(radii.threshold);
                bool any = false;
                for (int q = 0; q < 4; ++q) {
                    const auto value = number(row, at.quadrant[t][q]);
                    radii.quadrants[std::size_t(q)] = value.value_or(qQNaN());
                    any = any || value.has_value();
                }
                if (any)
                    point.radii.push_back(radii);
            }
            for (int t = 0; t < 2 && agency.longShortRadii; ++t) {
                const auto longRadius = number(row, at.longRadius[t]);
                if (!longRadius)
                    continue;
                WindRadii radii;
                radii.threshold = t == 0 ? 30 : 50;
                radii.label = QStringLiteral("R%1").arg(radii.threshold);
                radii.longRadius = longRadius;
                radii.shortRadius = number(row, at.shortRadius[t]);
                radii.longDirection = field(row, at.direction[t]);
                point.radii.push_back(radii);
            }
            TyphoonTrack &track = open[a];
            if (track.stormId.isEmpty()) {
                track.agency = QLatin1String(agency.agency);
                track.format = version;
                track.stormId = QString::fromUtf8(sid);
                track.name = field(row, nameColumn);
            }
            track.points.push_back(std::move(point));
        }
    }
    if (reader.hasError())
        return ibtracsError(source, reader.lineNumber(), QStringLiteral("a quoted field is not closed (truncated file?)"));
    closeStorm();
    for (TyphoonTrack &track : out)
        std::stable_sort(track.points.begin(), track.points.end(),
                         [](const TrackPoint &a, const TrackPoint &b) { return a.time < b.time; });
    if (out.empty())
        return makeError(Error::Code::Empty, QStringLiteral("IBTrACS: no storm rows with a position"), {source});
    return out;
}

} // namespace lookout::feeds

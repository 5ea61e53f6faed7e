// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "feeds/csvreader.h"
#include "feeds/trackparsers.h"

#include <QTimeZone>

#include <map>

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

// IBTrACS writes a missing value as a single space; the reader trims it to "".
std::optional<double> number(const CsvColumns &columns, const QStringList &row, const QString &name)
{
    const QString text = columns.value(row, name);
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
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

    // (SID, agency index) -> track, in first-seen order of SID.
    std::map<std::pair<QString, int>, TyphoonTrack> tracks;
    QStringList row;
    while (reader.next(row)) {
        const int line = reader.lineNumber();
        if (row.size() == 1 && row[0].trimmed().isEmpty())
            continue;
        if (row.size() != header.size())
            return ibtracsError(source, line, QStringLiteral("%1 fields where the header has %2").arg(row.size()).arg(header.size()));
        const QString sid = columns.value(row, QStringLiteral("SID"));
        if (sid.isEmpty() && columns.value(row, QStringLiteral("SEASON")) == QLatin1String("Year"))
            continue;  // the units row
        const QDateTime time = QDateTime::fromString(columns.value(row, QStringLiteral("ISO_TIME")), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (sid.isEmpty() || !time.isValid())
            return ibtracsError(source, line, QStringLiteral("SID '%1' / ISO_TIME '%2' unreadable")
                                                  .arg(sid, columns.value(row, QStringLiteral("ISO_TIME"))));
        const QDateTime utc(time.date(), time.time(), QTimeZone::utc());
        const auto speed = number(columns, row, QStringLiteral("STORM_SPEED"));
        const auto direction = number(columns, row, QStringLiteral("STORM_DIR"));

        for (int a = 0; a < int(std::size(kAgencies)); ++a) {
            const AgencyColumns &agency = kAgencies[a];
            const QString prefix = QLatin1String(agency.prefix) + QLatin1Char('_');
            if (!columns.has(prefix + QStringLiteral("LAT")))
                continue;  // e.g. KMA in v04r00
            const auto lat = number(columns, row, prefix + QStringLiteral("LAT"));
            const auto lon = number(columns, row, prefix + QStringLiteral("LON"));
            if (!lat || !lon)
                continue;
            if (*lat < -90 || *lat > 90 || *lon < -180 || *lon > 360)
                return ibtracsError(source, line, QStringLiteral("%1 position %2, %3 out of range").arg(prefix).arg(*lat).arg(*lon));
            TrackPoint point;
            point.time = utc;
            point.position = GeoPoint{*lon, *lat};
            if (const auto wind = number(columns, row, prefix + QStringLiteral("WIND")); wind && *wind > 0)
                point.maxWind = AgencyWind{*wind, WindUnit::Knots, agency.averagingMinutes};
            if (const auto pressure = number(columns, row, prefix + QStringLiteral("PRES")); pressure && *pressure > 0)
                point.pressureHpa = *pressure;
            if (agency.classColumn)
                point.agencyClass = columns.value(row, prefix + QLatin1String(agency.classColumn));
            if (QLatin1String(agency.prefix) == QLatin1String("CMA") && !point.agencyClass.isEmpty())
                point.grade = gradeFromCmaCode(point.agencyClass.toInt());
            if (speed)
                point.moveSpeedKmh = *speed * 1.852;
            if (direction)
                point.moveDirectionDegrees = *direction;
            if (agency.quadrantRadii) {
                for (int threshold : {34, 50, 64}) {
                    WindRadii radii;
                    radii.threshold = threshold;
                    radii.label = QStringLiteral("R%1").arg(threshold);
                    bool any = false;
                    const char *quadrants[] = {"NE", "SE", "SW", "NW"};
                    for (int q = 0; q < 4; ++q) {
                        const auto value = number(columns, row, QStringLiteral("%1R%2_%3").arg(prefix).arg(threshold).arg(QLatin1String(quadrants[q])));
                        radii.quadrants[std::size_t(q)] = value.value_or(qQNaN());
                        any = any || value.has_value();
                    }
                    if (any)
                        point.radii.push_back(radii);
                }
            }
            if (agency.longShortRadii) {
                for (int threshold : {30, 50}) {
                    const QString base = QStringLiteral("%1R%2_").arg(prefix).arg(threshold);
                    const auto longRadius = number(columns, row, base + QStringLiteral("LONG"));
                    if (!longRadius)
                        continue;
                    WindRadii radii;
                    radii.threshold = threshold;
                    radii.label = QStringLiteral("R%1").arg(threshold);
                    radii.longRadius = longRadius;
                    radii.shortRadius = number(columns, row, base + QStringLiteral("SHORT"));
                    radii.longDirection = columns.value(row, base + QStringLiteral("DIR"));
                    point.radii.push_back(radii);
                }
            }
            TyphoonTrack &track = tracks[{sid, a}];
            if (track.stormId.isEmpty()) {
                track.agency = QLatin1String(agency.agency);
                track.format = version;
                track.stormId = sid;
                track.name = columns.value(row, QStringLiteral("NAME"));
            }
            track.points.push_back(std::move(point));
        }
    }
    if (reader.hasError())
        return ibtracsError(source, reader.lineNumber(), QStringLiteral("a quoted field is not closed (truncated file?)"));
    std::vector<TyphoonTrack> out;
    for (auto &[key, track] : tracks) {
        std::stable_sort(track.points.begin(), track.points.end(),
                         [](const TrackPoint &a, const TrackPoint &b) { return a.time < b.time; });
        out.push_back(std::move(track));
    }
    if (out.empty())
        return makeError(Error::Code::Empty, QStringLiteral("IBTrACS: no storm rows with a position"), {source});
    return out;
}

} // namespace lookout::feeds

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "feeds/firmscsv.h"

#include "feeds/csvreader.h"

#include <QTimeZone>

namespace lookout::feeds {

namespace {

std::optional<Hotspot::Confidence> viirsConfidence(QByteArrayView text)
{
    text = trimmed(text);
    if (text == "l" || text == "low")
        return Hotspot::Confidence::Low;
    if (text == "n" || text == "nominal")
        return Hotspot::Confidence::Nominal;
    if (text == "h" || text == "high")
        return Hotspot::Confidence::High;
    return std::nullopt;
}

} // namespace

QString confidenceName(Hotspot::Confidence confidence)
{
    switch (confidence) {
    case Hotspot::Confidence::Low: return QStringLiteral("low");
    case Hotspot::Confidence::Nominal: return QStringLiteral("nominal");
    case Hotspot::Confidence::High: return QStringLiteral("high");
    }
    return {};
}

Result<HotspotFile> parseFirmsCsv(const QByteArray &bytes, const QString &source)
{
    auto fail = [&](int line, const QString &message) {
        return makeError(Error::Code::Corrupt, QStringLiteral("FIRMS hotspots: %1").arg(message),
                         {QStringLiteral("%1 line %2").arg(source).arg(line)});
    };
    CsvReader reader(bytes);
    QStringList header;
    if (!reader.next(header))
        return makeError(Error::Code::Empty, QStringLiteral("FIRMS hotspots: the file is empty"), {source});
    const CsvColumns columns(header);
    for (const char *required : {"latitude", "longitude", "acq_date", "acq_time", "confidence", "frp"})
        if (!columns.has(QLatin1String(required)))
            return fail(1, QStringLiteral("no %1 column: not a FIRMS CSV").arg(QLatin1String(required)));
    const bool viirsColumns = columns.has(QStringLiteral("bright_ti4"));
    if (!viirsColumns && !columns.has(QStringLiteral("brightness")))
        return fail(1, QStringLiteral("neither brightness (MODIS) nor bright_ti4 (VIIRS) column"));
    const int lat = columns.indexOf(QStringLiteral("latitude"));
    const int lon = columns.indexOf(QStringLiteral("longitude"));
    const int date = columns.indexOf(QStringLiteral("acq_date"));
    const int time = columns.indexOf(QStringLiteral("acq_time"));
    const int confidence = columns.indexOf(QStringLiteral("confidence"));
    const int frp = columns.indexOf(QStringLiteral("frp"));
    const int bright = columns.indexOf(viirsColumns ? QStringLiteral("bright_ti4") : QStringLiteral("brightness"));
    const int bright2 = columns.indexOf(viirsColumns ? QStringLiteral("bright_ti5") : QStringLiteral("bright_t31"));
    const int scan = columns.indexOf(QStringLiteral("scan"));
    const int track = columns.indexOf(QStringLiteral("track"));
    const int satellite = columns.indexOf(QStringLiteral("satellite"));
    const int instrument = columns.indexOf(QStringLiteral("instrument"));
    const int daynight = columns.indexOf(QStringLiteral("daynight"));
    const int type = columns.indexOf(QStringLiteral("type"));
    const int version = columns.indexOf(QStringLiteral("version"));

    HotspotFile file;
    QList<QByteArrayView> row;
    while (reader.next(row)) {
        const int line = reader.lineNumber();
        if (row.size() == 1 && trimmed(row[0]).isEmpty())
            continue;
        if (row.size() != header.size())
            return fail(line, QStringLiteral("%1 fields where the header has %2").arg(row.size()).arg(header.size()));
        Hotspot hotspot;
        const auto latitude = toDouble(row[lat]);
        const auto longitude = toDouble(row[lon]);
        if (!latitude || !longitude || *latitude < -90 || *latitude > 90 || *longitude < -180 || *longitude > 180)
            return fail(line, QStringLiteral("latitude/longitude '%1, %2' unreadable or out of range")
                                  .arg(QString::fromUtf8(row[lat]), QString::fromUtf8(row[lon])));
        hotspot.position = GeoPoint{*longitude, *latitude};
        // acq_time: HHMM UTC, sometimes without its leading zeros ("305")
        const QByteArrayView hhmm = trimmed(row[time]);
        const auto minutes = toDouble(hhmm);
        const QDate day = QDate::fromString(QString::fromLatin1(trimmed(row[date])), Qt::ISODate);
        if (!day.isValid() || !minutes || hhmm.size() > 4 || *minutes < 0 || int(*minutes) % 100 > 59 || int(*minutes) / 100 > 23)
            return fail(line, QStringLiteral("acq_date/acq_time '%1 %2' unreadable").arg(QString::fromUtf8(row[date]), QString::fromUtf8(hhmm)));
        hotspot.time = QDateTime(day, QTime(int(*minutes) / 100, int(*minutes) % 100), QTimeZone::utc());
        if (const auto percent = toDouble(row[confidence])) {
            if (*percent < 0 || *percent > 100)
                return fail(line, QStringLiteral("confidence %1 is outside 0-100").arg(*percent));
            hotspot.confidencePercent = int(*percent);
            hotspot.confidence = *percent < 30 ? Hotspot::Confidence::Low
                                 : *percent < 80 ? Hotspot::Confidence::Nominal
                                                 : Hotspot::Confidence::High;
        } else if (const auto category = viirsConfidence(row[confidence])) {
            hotspot.confidence = *category;
        } else {
            return fail(line, QStringLiteral("confidence '%1' is neither 0-100 nor low/nominal/high").arg(QString::fromUtf8(row[confidence])));
        }
        hotspot.frp = toDouble(row[frp]).value_or(0.0);
        hotspot.brightness = bright >= 0 ? toDouble(row[bright]).value_or(0.0) : 0.0;
        hotspot.brightness2 = bright2 >= 0 ? toDouble(row[bright2]).value_or(0.0) : 0.0;
        hotspot.scanKm = scan >= 0 ? toDouble(row[scan]).value_or(0.0) : 0.0;
        hotspot.trackKm = track >= 0 ? toDouble(row[track]).value_or(0.0) : 0.0;
        hotspot.satellite = satellite >= 0 ? QString::fromUtf8(trimmed(row[satellite])) : QString();
        hotspot.instrument = instrument >= 0 ? QString::fromUtf8(trimmed(row[instrument])).toUpper()
                                             : (viirsColumns ? QStringLiteral("VIIRS") : QStringLiteral("MODIS"));
        hotspot.day = daynight < 0 || trimmed(row[daynight]) != "N";
        hotspot.version = version >= 0 ? QString::fromUtf8(trimmed(row[version])) : QString();
        if (type >= 0) {
            const auto value = toDouble(row[type]);
            if (!value || *value < 0 || *value > 3)
                return fail(line, QStringLiteral("type '%1' is not 0-3").arg(QString::fromUtf8(row[type])));
            hotspot.type = int(*value);
        }
        file.hotspots.append(std::move(hotspot));
    }
    if (reader.hasError())
        return fail(reader.lineNumber(), QStringLiteral("a quoted field is not closed"));
    if (file.hotspots.isEmpty())
        return makeError(Error::Code::Empty, QStringLiteral("FIRMS hotspots: no detections in the file"), {source});
    const bool nrt = file.hotspots.front().version.endsWith(QLatin1String("NRT"));
    file.product = QStringLiteral("%1 %2").arg(file.hotspots.front().instrument,
                                               type >= 0 ? QStringLiteral("archive") : nrt ? QStringLiteral("NRT") : QStringLiteral("standard"));
    return file;
}

} // namespace lookout::feeds

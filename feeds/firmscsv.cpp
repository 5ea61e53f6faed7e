// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "feeds/firmscsv.h"

#include "feeds/csvreader.h"

#include <QTimeZone>

#include <algorithm>
#include <thread>

namespace lookout::feeds {

namespace {

// The few distinct texts a column repeats (satellite, instrument, version), converted once: a
// file of 360,000 rows then shares a handful of QStrings instead of allocating a million.
class TextCache {
public:
    const QString &text(QByteArrayView bytes, bool upper = false)
    {
        for (const auto &[key, value] : m_entries)
            if (key == bytes)
                return value;
        if (m_entries.size() >= 16)
            m_entries.erase(m_entries.begin());
        QString value = QString::fromUtf8(bytes);
        m_entries.emplace_back(bytes.toByteArray(), upper ? value.toUpper() : value);
        return m_entries.back().second;
    }

private:
    std::vector<std::pair<QByteArray, QString>> m_entries;
};

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

// Where each column is (-1: absent).
struct Columns {
    int lat = -1, lon = -1, date = -1, time = -1, confidence = -1, frp = -1, bright = -1, bright2 = -1, scan = -1, track = -1,
        satellite = -1, instrument = -1, daynight = -1, type = -1, version = -1;
    qsizetype count = 0;
    bool viirs = false;
};

// One part of the data rows (lines from `firstLine` on), into `out`; the first bad row is the error.
Result<void> parseRows(const QByteArray &part, int firstLine, const Columns &c, const QString &source, QList<Hotspot> &out)
{
    auto fail = [&](int line, const QString &message) {
        return makeError(Error::Code::Corrupt, QStringLiteral("FIRMS hotspots: %1").arg(message),
                         {QStringLiteral("%1 line %2").arg(source).arg(line)});
    };
    TextCache satellites, instruments, versions;
    QByteArray lastDateText;
    QDate lastDate;
    out.reserve(part.size() / 64);  // a FIRMS row is 70-150 bytes: one allocation, not dozens
    CsvReader reader(part);
    QList<QByteArrayView> row;
    while (reader.next(row)) {
        const int line = firstLine - 1 + reader.lineNumber();
        if (row.size() == 1 && trimmed(row[0]).isEmpty())
            continue;
        if (row.size() != c.count)
            return fail(line, QStringLiteral("%1 fields where the header has %2").arg(row.size()).arg(c.count));
        Hotspot hotspot;
        const auto latitude = toDouble(row[c.lat]);
        const auto longitude = toDouble(row[c.lon]);
        if (!latitude || !longitude || *latitude < -90 || *latitude > 90 || *longitude < -180 || *longitude > 180)
            return fail(line, QStringLiteral("latitude/longitude '%1, %2' unreadable or out of range")
                                  .arg(QString::fromUtf8(row[c.lat]), QString::fromUtf8(row[c.lon])));
        hotspot.position = GeoPoint{*longitude, *latitude};
        // acq_time: HHMM UTC, sometimes without its leading zeros ("305")
        const QByteArrayView hhmm = trimmed(row[c.time]);
        const auto minutes = toDouble(hhmm);
        // Rows come day by day: parse a date once per run of rows.
        const QByteArrayView dateText = trimmed(row[c.date]);
        if (dateText != lastDateText) {
            lastDateText = dateText.toByteArray();
            lastDate = QDate::fromString(QString::fromLatin1(dateText), Qt::ISODate);
        }
        const QDate day = lastDate;
        if (!day.isValid() || !minutes || hhmm.size() > 4 || *minutes < 0 || int(*minutes) % 100 > 59 || int(*minutes) / 100 > 23)
            return fail(line, QStringLiteral("acq_date/acq_time '%1 %2' unreadable").arg(QString::fromUtf8(row[c.date]), QString::fromUtf8(hhmm)));
        hotspot.time = QDateTime(day, QTime(int(*minutes) / 100, int(*minutes) % 100), QTimeZone::utc());
        if (const auto percent = toDouble(row[c.confidence])) {
            if (*percent < 0 || *percent > 100)
                return fail(line, QStringLiteral("confidence %1 is outside 0-100").arg(*percent));
            hotspot.confidencePercent = int(*percent);
            hotspot.confidence = *percent < 30 ? Hotspot::Confidence::Low
                                 : *percent < 80 ? Hotspot::Confidence::Nominal
                                                 : Hotspot::Confidence::High;
        } else if (const auto category = viirsConfidence(row[c.confidence])) {
            hotspot.confidence = *category;
        } else {
            return fail(line, QStringLiteral("confidence '%1' is neither 0-100 nor low/nominal/high").arg(QString::fromUtf8(row[c.confidence])));
        }
        hotspot.frp = toDouble(row[c.frp]).value_or(0.0);
        hotspot.brightness = c.bright >= 0 ? toDouble(row[c.bright]).value_or(0.0) : 0.0;
        hotspot.brightness2 = c.bright2 >= 0 ? toDouble(row[c.bright2]).value_or(0.0) : 0.0;
        hotspot.scanKm = c.scan >= 0 ? toDouble(row[c.scan]).value_or(0.0) : 0.0;
        hotspot.trackKm = c.track >= 0 ? toDouble(row[c.track]).value_or(0.0) : 0.0;
        hotspot.satellite = c.satellite >= 0 ? satellites.text(trimmed(row[c.satellite])) : QString();
        hotspot.instrument = c.instrument >= 0 ? instruments.text(trimmed(row[c.instrument]), true)
                                             : (c.viirs ? QStringLiteral("VIIRS") : QStringLiteral("MODIS"));
        hotspot.day = c.daynight < 0 || trimmed(row[c.daynight]) != "N";
        hotspot.version = c.version >= 0 ? versions.text(trimmed(row[c.version])) : QString();
        if (c.type >= 0) {
            const auto value = toDouble(row[c.type]);
            if (!value || *value < 0 || *value > 3)
                return fail(line, QStringLiteral("type '%1' is not 0-3").arg(QString::fromUtf8(row[c.type])));
            hotspot.type = int(*value);
        }
        out.append(std::move(hotspot));
    }
    if (reader.hasError())
        return fail(firstLine - 1 + reader.lineNumber(), QStringLiteral("a quoted field is not closed"));
    return {};
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
    Columns columnsAt;
    columnsAt.viirs = columns.has(QStringLiteral("bright_ti4"));
    columnsAt.count = header.size();
    const bool viirsColumns = columnsAt.viirs;
    if (!viirsColumns && !columns.has(QStringLiteral("brightness")))
        return fail(1, QStringLiteral("neither brightness (MODIS) nor bright_ti4 (VIIRS) column"));
    columnsAt.lat = columns.indexOf(QStringLiteral("latitude"));
    columnsAt.lon = columns.indexOf(QStringLiteral("longitude"));
    columnsAt.date = columns.indexOf(QStringLiteral("acq_date"));
    columnsAt.time = columns.indexOf(QStringLiteral("acq_time"));
    columnsAt.confidence = columns.indexOf(QStringLiteral("confidence"));
    columnsAt.frp = columns.indexOf(QStringLiteral("frp"));
    columnsAt.bright = columns.indexOf(viirsColumns ? QStringLiteral("bright_ti4") : QStringLiteral("brightness"));
    columnsAt.bright2 = columns.indexOf(viirsColumns ? QStringLiteral("bright_ti5") : QStringLiteral("bright_t31"));
    columnsAt.scan = columns.indexOf(QStringLiteral("scan"));
    columnsAt.track = columns.indexOf(QStringLiteral("track"));
    columnsAt.satellite = columns.indexOf(QStringLiteral("satellite"));
    columnsAt.instrument = columns.indexOf(QStringLiteral("instrument"));
    columnsAt.daynight = columns.indexOf(QStringLiteral("daynight"));
    columnsAt.type = columns.indexOf(QStringLiteral("type"));
    columnsAt.version = columns.indexOf(QStringLiteral("version"));

    // The data rows, in two halves on two threads when the file is large (a year's archive) and
    // has no quoted fields, so that no record can span the split.
    const qsizetype dataStart = bytes.indexOf('\n') + 1;
    QList<Hotspot> hotspots;
    constexpr qsizetype kParallelBytes = 4 << 20;
    const qsizetype split = bytes.size() > kParallelBytes && bytes.indexOf('"', dataStart) < 0
                                ? bytes.indexOf('\n', dataStart + (bytes.size() - dataStart) / 2) + 1
                                : 0;
    if (dataStart <= 0 || split <= 0) {
        const QByteArray rows = QByteArray::fromRawData(bytes.constData() + dataStart, dataStart > 0 ? bytes.size() - dataStart : 0);
        if (auto parsed = parseRows(dataStart > 0 ? rows : QByteArray(), 2, columnsAt, source, hotspots); !parsed)
            return parsed.error();
    } else {
        const QByteArray first = QByteArray::fromRawData(bytes.constData() + dataStart, split - dataStart);
        const QByteArray second = QByteArray::fromRawData(bytes.constData() + split, bytes.size() - split);
        const int secondLine = 2 + int(std::count(first.cbegin(), first.cend(), '\n'));
        QList<Hotspot> later;
        Result<void> secondResult;
        std::thread worker([&] { secondResult = parseRows(second, secondLine, columnsAt, source, later); });
        const Result<void> firstResult = parseRows(first, 2, columnsAt, source, hotspots);
        worker.join();
        if (!firstResult)
            return firstResult.error();
        if (!secondResult)
            return secondResult.error();
        hotspots.append(std::move(later));
    }
    HotspotFile file;
    file.hotspots = std::move(hotspots);
    if (file.hotspots.isEmpty())
        return makeError(Error::Code::Empty, QStringLiteral("FIRMS hotspots: no detections in the file"), {source});
    const bool nrt = file.hotspots.front().version.endsWith(QLatin1String("NRT"));
    file.product = QStringLiteral("%1 %2").arg(file.hotspots.front().instrument,
                                               columnsAt.type >= 0 ? QStringLiteral("archive") : nrt ? QStringLiteral("NRT") : QStringLiteral("standard"));
    return file;
}

} // namespace lookout::feeds

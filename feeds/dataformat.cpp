// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "feeds/dataformat.h"

#include "feeds/capparser.h"
#include "feeds/sl323csv.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace lookout::feeds {

namespace {

QByteArray withoutBom(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
}

std::optional<DataFormat> xmlFormat(const QByteArray &head)
{
    QXmlStreamReader xml(head);
    if (!xml.readNextStartElement())
        return std::nullopt;
    const QString ns = xml.namespaceUri().toString();
    if (xml.name() == QLatin1String("alert") && (ns == QLatin1String(kCap12Namespace) || ns == QLatin1String(kCap11Namespace)))
        return DataFormat::CapAlert;
    if (xml.name() == QLatin1String("feed") || xml.name() == QLatin1String("rss"))
        return DataFormat::CapIndex;
    if (xml.name() == QLatin1String("timeSeriesResponse"))
        return DataFormat::WaterMl1;
    if (xml.name() == QLatin1String("Collection") && ns == QLatin1String("http://www.opengis.net/waterml/2.0"))
        return DataFormat::WaterMl2;
    return std::nullopt;
}

} // namespace

std::optional<DataFormat> detectFormat(const QByteArray &bytes)
{
    // Binary grids by their magic numbers: GRIB, NetCDF classic and 64-bit, NetCDF-4 (HDF5), TIFF.
    for (const char *magic : {"GRIB", "CDF\x01", "CDF\x02", "\x89HDF\r\n\x1a\n", "II*", "MM"})
        if (bytes.startsWith(magic) && (qstrcmp(magic, "MM") != 0 || bytes.startsWith(QByteArrayView("MM\0*", 4))))
            return DataFormat::RainfallGrid;
    // GRIB behind a WMO bulletin header ("****0000757873****\nLNUZ98 KWNS ..."), as NOAA serves it.
    if (bytes.startsWith("****") && bytes.left(256).contains("GRIB"))
        return DataFormat::RainfallGrid;
    const QByteArray head = withoutBom(bytes.left(65536)).trimmed();
    if (head.isEmpty())
        return std::nullopt;
    if (head.startsWith('<'))
        return xmlFormat(head);
    if (head.startsWith("66666 "))
        return DataFormat::CmaBestTrack;
    const QByteArray firstLine = head.left(head.indexOf('\n') < 0 ? head.size() : head.indexOf('\n'));
    static const QRegularExpression atcf(QStringLiteral("^[A-Z]{2}, *\\d{1,2}, *\\d{10}, *[^,]*, *[A-Z]+, *-?\\d+, *\\d+[NS], *\\d+[EW],"));
    if (atcf.match(QString::fromLatin1(firstLine)).hasMatch())
        return DataFormat::AtcfBDeck;
    if (firstLine.startsWith("SID,") && firstLine.contains(",ISO_TIME,"))
        return DataFormat::IbtracsCsv;
    if ((head.startsWith('[') || head.startsWith('{')) && head.contains("\"tfbh\"") && head.contains("\"points\""))
        return DataFormat::WztfJson;
    if (firstLine.startsWith("time,lng,lat,strong,"))
        return DataFormat::WztfCsv;
    if (firstLine.startsWith("latitude,longitude,") && firstLine.contains(",acq_date,") && firstLine.contains(",confidence,"))
        return DataFormat::FirmsCsv;
    // Daily noon fire weather with the cffdrs column names, ',' or ';' separated, any case.
    {
        const QByteArray lower = firstLine.trimmed().toLower();
        const QList<QByteArray> names = lower.split(lower.contains(';') ? ';' : ',');
        bool all = true;
        for (const char *name : {"long", "lat", "yr", "mon", "day", "temp", "rh", "ws", "prec"})
            all = all && names.contains(QByteArray(name));
        if (all)
            return DataFormat::FireWeatherCsv;
    }
    if (firstLine.startsWith("STNM,kind,"))
        return DataFormat::WaterThresholds;
    if (!sl323TableOfHeader(firstLine).isEmpty())
        return DataFormat::Sl323Csv;
    // The Changjiang table: 站点,水系,日期时间 in GB18030.
    if (firstLine.startsWith("\xD5\xBE\xB5\xE3,\xCB\xAE\xCF\xB5,"))
        return DataFormat::ChangjiangLevels;
    if (head.startsWith('#') && (head.contains("\nagency_cd\t") || head.contains("\r\nagency_cd\t")))
        return DataFormat::UsgsRdb;
    return std::nullopt;
}

QString formatName(DataFormat format)
{
    switch (format) {
    case DataFormat::CapAlert: return QStringLiteral("CAP alert");
    case DataFormat::CapIndex: return QStringLiteral("CAP index feed (Atom/RSS)");
    case DataFormat::CmaBestTrack: return QStringLiteral("CMA best track");
    case DataFormat::AtcfBDeck: return QStringLiteral("ATCF b-deck");
    case DataFormat::IbtracsCsv: return QStringLiteral("IBTrACS CSV");
    case DataFormat::WztfJson: return QStringLiteral("温州台风网 JSON");
    case DataFormat::WztfCsv: return QStringLiteral("温州台风网 CSV");
    case DataFormat::FirmsCsv: return QStringLiteral("NASA FIRMS hotspots CSV");
    case DataFormat::ChangjiangLevels: return QStringLiteral("长江水文 real-time levels (GB18030 CSV)");
    case DataFormat::WaterThresholds: return QStringLiteral("water-level threshold table");
    case DataFormat::Sl323Csv: return QStringLiteral("SL 323 table CSV");
    case DataFormat::WaterMl1: return QStringLiteral("WaterML 1.1");
    case DataFormat::WaterMl2: return QStringLiteral("WaterML 2.0");
    case DataFormat::UsgsRdb: return QStringLiteral("USGS RDB");
    case DataFormat::RainfallGrid: return QStringLiteral("rainfall grid (GRIB2, NetCDF, GeoTIFF)");
    case DataFormat::FireWeatherCsv: return QStringLiteral("daily fire weather CSV");
    }
    return {};
}

bool isTrackFormat(DataFormat format)
{
    switch (format) {
    case DataFormat::CmaBestTrack:
    case DataFormat::AtcfBDeck:
    case DataFormat::IbtracsCsv:
    case DataFormat::WztfJson:
    case DataFormat::WztfCsv: return true;
    default: return false;
    }
}

bool isWaterFormat(DataFormat format)
{
    switch (format) {
    case DataFormat::ChangjiangLevels:
    case DataFormat::WaterThresholds:
    case DataFormat::Sl323Csv:
    case DataFormat::WaterMl1:
    case DataFormat::WaterMl2:
    case DataFormat::UsgsRdb: return true;
    default: return false;
    }
}

std::optional<DataFormat> formatFromId(const QString &id)
{
    const std::pair<const char *, DataFormat> ids[] = {
        {"cap", DataFormat::CapAlert}, {"cap-index", DataFormat::CapIndex}, {"cma", DataFormat::CmaBestTrack},
        {"atcf", DataFormat::AtcfBDeck}, {"ibtracs", DataFormat::IbtracsCsv}, {"wztf-json", DataFormat::WztfJson},
        {"wztf-csv", DataFormat::WztfCsv}, {"firms", DataFormat::FirmsCsv},
        {"changjiang", DataFormat::ChangjiangLevels}, {"water-thresholds", DataFormat::WaterThresholds},
        {"sl323", DataFormat::Sl323Csv}, {"waterml1", DataFormat::WaterMl1}, {"waterml2", DataFormat::WaterMl2},
        {"rdb", DataFormat::UsgsRdb}, {"grid", DataFormat::RainfallGrid},
        {"fireweather", DataFormat::FireWeatherCsv}};
    for (const auto &[name, format] : ids)
        if (id == QLatin1String(name))
            return format;
    return std::nullopt;
}

} // namespace lookout::feeds

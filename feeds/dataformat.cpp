// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "feeds/dataformat.h"

#include "feeds/capparser.h"

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
    return std::nullopt;
}

} // namespace

std::optional<DataFormat> detectFormat(const QByteArray &bytes)
{
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
    }
    return {};
}

std::optional<DataFormat> formatFromId(const QString &id)
{
    const std::pair<const char *, DataFormat> ids[] = {
        {"cap", DataFormat::CapAlert}, {"cap-index", DataFormat::CapIndex}, {"cma", DataFormat::CmaBestTrack},
        {"atcf", DataFormat::AtcfBDeck}, {"ibtracs", DataFormat::IbtracsCsv}, {"wztf-json", DataFormat::WztfJson},
        {"wztf-csv", DataFormat::WztfCsv}, {"firms", DataFormat::FirmsCsv}};
    for (const auto &[name, format] : ids)
        if (id == QLatin1String(name))
            return format;
    return std::nullopt;
}

} // namespace lookout::feeds

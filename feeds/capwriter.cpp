// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "feeds/capwriter.h"

#include "feeds/capparser.h"

#include <QRegularExpression>
#include <QXmlStreamWriter>

#include <cmath>

namespace lookout::feeds {

namespace {

Error invalid(const QString &field, const QString &message)
{
    return makeError(Error::Code::InvalidArgument, QStringLiteral("not writable as CAP 1.2: %1").arg(message), {field});
}

// Identifier and sender: "a string ... that does not include spaces, commas or restricted
// characters (< and &)".
bool isCapToken(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text)
        if (c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char('<') || c == QLatin1Char('&'))
            return false;
    return true;
}

QString number(double value)
{
    return QString::number(value, 'f', 6).remove(QRegularExpression(QStringLiteral("\\.?0+$")));
}

QString latLon(GeoPoint point)
{
    return number(point.lat) + QLatin1Char(',') + number(point.lon);
}

bool onTheGlobe(GeoPoint point)
{
    return std::abs(point.lon) <= 180 && std::abs(point.lat) <= 90;
}

class Writer {
public:
    Writer(QByteArray &out, int offset) : m_xml(&out), m_offset(offset) { m_xml.setAutoFormatting(true); }

    Result<void> alert(const CapAlert &alert)
    {
        if (!isCapToken(alert.identifier))
            return invalid(QStringLiteral("identifier"), QStringLiteral("an identifier without spaces, commas, < or &"));
        if (!isCapToken(alert.sender))
            return invalid(QStringLiteral("sender"), QStringLiteral("a sender without spaces, commas, < or &"));
        if (!alert.sent.isValid())
            return invalid(QStringLiteral("sent"), QStringLiteral("a sent time"));
        m_xml.writeStartDocument();
        m_xml.writeDefaultNamespace(QString::fromLatin1(kCap12Namespace));
        m_xml.writeStartElement(QString::fromLatin1(kCap12Namespace), QStringLiteral("alert"));
        text("identifier", alert.identifier);
        text("sender", alert.sender);
        text("sent", capTime(alert.sent, m_offset));
        text("status", toString(alert.status));
        text("msgType", toString(alert.msgType));
        optional("source", alert.source);
        text("scope", toString(alert.scope));
        optional("restriction", alert.restriction);
        optional("addresses", alert.addresses);
        for (const QString &code : alert.codes)
            text("code", code);
        optional("note", alert.note);
        if (!alert.references.isEmpty()) {
            QStringList triples;
            for (const CapReference &reference : alert.references) {
                if (!isCapToken(reference.sender) || !isCapToken(reference.identifier) || !reference.sent.isValid())
                    return invalid(QStringLiteral("references"), QStringLiteral("each reference a sender, an identifier and a sent time"));
                triples.append(reference.sender + QLatin1Char(',') + reference.identifier + QLatin1Char(',') + capTime(reference.sent, m_offset));
            }
            text("references", triples.join(QLatin1Char(' ')));
        }
        if (!alert.incidents.isEmpty())
            text("incidents", alert.incidents.join(QLatin1Char(' ')));
        for (qsizetype i = 0; i < alert.infos.size(); ++i)
            if (auto done = info(alert.infos[i], QStringLiteral("info[%1]").arg(i)); !done)
                return done;
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
        return {};
    }

private:
    void text(const char *name, const QString &value) { m_xml.writeTextElement(QLatin1String(name), value); }
    void optional(const char *name, const QString &value)
    {
        if (!value.isEmpty())
            text(name, value);
    }
    void pairs(const char *name, const QList<CapValuePair> &values)
    {
        for (const CapValuePair &pair : values) {
            m_xml.writeStartElement(QLatin1String(name));
            text("valueName", pair.valueName);
            text("value", pair.value);
            m_xml.writeEndElement();
        }
    }

    Result<void> info(const CapInfo &info, const QString &where)
    {
        if (info.event.trimmed().isEmpty())
            return invalid(where + QStringLiteral(".event"), QStringLiteral("an info names its event"));
        if (info.categories.isEmpty())
            return invalid(where + QStringLiteral(".category"), QStringLiteral("an info has one category or more"));
        m_xml.writeStartElement(QStringLiteral("info"));
        optional("language", info.language);
        for (const QString &category : info.categories)
            text("category", category);
        text("event", info.event);
        for (const QString &type : info.responseTypes)
            text("responseType", type);
        text("urgency", toString(info.urgency));
        text("severity", toString(info.severity));
        text("certainty", toString(info.certainty));
        optional("audience", info.audience);
        pairs("eventCode", info.eventCodes);
        if (info.effective.isValid())
            text("effective", capTime(info.effective, m_offset));
        if (info.onset.isValid())
            text("onset", capTime(info.onset, m_offset));
        if (info.expires.isValid())
            text("expires", capTime(info.expires, m_offset));
        optional("senderName", info.senderName);
        optional("headline", info.headline);
        optional("description", info.description);
        optional("instruction", info.instruction);
        optional("web", info.web);
        optional("contact", info.contact);
        pairs("parameter", info.parameters);
        for (const CapResource &resource : info.resources) {
            m_xml.writeStartElement(QStringLiteral("resource"));
            text("resourceDesc", resource.resourceDesc);
            text("mimeType", resource.mimeType);
            if (resource.size >= 0)
                text("size", QString::number(resource.size));
            optional("uri", resource.uri);
            optional("digest", resource.digest);
            m_xml.writeEndElement();
        }
        for (qsizetype i = 0; i < qsizetype(info.areas.size()); ++i)
            if (auto done = area(info.areas[i], where + QStringLiteral(".area[%1]").arg(i)); !done)
                return done;
        m_xml.writeEndElement();
        return {};
    }

    Result<void> area(const CapArea &area, const QString &where)
    {
        if (area.areaDesc.trimmed().isEmpty())
            return invalid(where + QStringLiteral(".areaDesc"), QStringLiteral("an area is described"));
        m_xml.writeStartElement(QStringLiteral("area"));
        text("areaDesc", area.areaDesc);
        for (const std::vector<GeoPoint> &ring : area.polygons) {
            if (ring.size() < 4 || !(ring.front() == ring.back()))
                return invalid(where + QStringLiteral(".polygon"), QStringLiteral("a polygon is a closed ring of four points or more"));
            QStringList points;
            for (const GeoPoint &point : ring) {
                if (!onTheGlobe(point))
                    return invalid(where + QStringLiteral(".polygon"), QStringLiteral("a point off the globe"));
                points.append(latLon(point));
            }
            text("polygon", points.join(QLatin1Char(' ')));
        }
        for (const CapCircle &circle : area.circles) {
            if (!onTheGlobe(circle.centre) || !(circle.radiusKm >= 0))
                return invalid(where + QStringLiteral(".circle"), QStringLiteral("a circle's centre on the globe and a radius of 0 or more"));
            text("circle", latLon(circle.centre) + QLatin1Char(' ') + number(circle.radiusKm));
        }
        pairs("geocode", area.geocodes);
        if (area.altitude)
            text("altitude", number(*area.altitude));
        if (area.ceiling)
            text("ceiling", number(*area.ceiling));
        m_xml.writeEndElement();
        return {};
    }

    QXmlStreamWriter m_xml;
    int m_offset;
};

} // namespace

QString capTime(const QDateTime &time, int offsetSeconds)
{
    const QDateTime local = time.toOffsetFromUtc(offsetSeconds);
    const int minutes = std::abs(offsetSeconds) / 60;
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
           + QStringLiteral("%1%2:%3").arg(offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                 .arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

Result<QByteArray> writeCapAlert(const CapAlert &alert, int offsetSeconds)
{
    QByteArray out;
    Writer writer(out, offsetSeconds);
    if (auto done = writer.alert(alert); !done)
        return done.error();
    return out;
}

} // namespace lookout::feeds

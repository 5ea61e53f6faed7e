// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "feeds/capparser.h"

#include "core/timeformat.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

#include <functional>

namespace lookout::feeds {

namespace {

const QRegularExpression &whitespace()
{
    static const QRegularExpression pattern(QStringLiteral("\\s+"));
    return pattern;
}

Result<GeoPoint> parseLatLon(QStringView pair)
{
    const qsizetype comma = pair.indexOf(QLatin1Char(','));
    bool latOk = false;
    bool lonOk = false;
    const double lat = comma > 0 ? pair.left(comma).toDouble(&latOk) : 0.0;
    const double lon = comma > 0 ? pair.mid(comma + 1).toDouble(&lonOk) : 0.0;
    if (!latOk || !lonOk)
        return makeError(Error::Code::Corrupt, QStringLiteral("'%1' is not a lat,lon pair").arg(pair));
    const GeoPoint point{lon, lat};
    if (!point.isValid())
        return makeError(Error::Code::Corrupt, QStringLiteral("lat,lon %1 is out of range").arg(pair));
    return point;
}

// The whitespace-separated tokens of a CAP polygon, without building a list of strings (real
// polygons run to thousands of pairs).
template <typename Visit>
bool forEachToken(QStringView text, Visit visit)
{
    qsizetype i = 0;
    const qsizetype size = text.size();
    while (i < size) {
        while (i < size && text[i].isSpace())
            ++i;
        const qsizetype start = i;
        while (i < size && !text[i].isSpace())
            ++i;
        if (i > start && !visit(text.mid(start, i - start)))
            return false;
    }
    return true;
}

// Walks one <alert> with QXmlStreamReader. Each read* function is entered on a start element
// and leaves on its end element; the first error stops the walk.
class CapReader {
public:
    CapReader(const QByteArray &xml, QString source) : m_xml(xml), m_source(std::move(source)) {}

    Result<CapAlert> read()
    {
        if (!m_xml.readNextStartElement())
            return fail({}, m_xml.hasError() ? xmlErrorText() : QStringLiteral("no XML element found"));
        const QString ns = m_xml.namespaceUri().toString();
        if (m_xml.name() != QLatin1String("alert") || (ns != QLatin1String(kCap12Namespace) && ns != QLatin1String(kCap11Namespace)))
            return fail(QStringLiteral("/"), QStringLiteral("not a CAP 1.1 or 1.2 alert: the root is {%1}%2")
                                                 .arg(ns, m_xml.name().toString()));
        m_namespace = ns;
        m_alert.capVersion = ns.endsWith(QLatin1String("1.2")) ? QStringLiteral("1.2") : QStringLiteral("1.1");
        if (!readAlert() || !checkEnd())
            return *m_error;
        return std::move(m_alert);
    }

private:
    using Handler = std::function<bool(const QString &name)>;

    Error fail(const QString &path, const QString &message)
    {
        m_error = makeError(Error::Code::Corrupt, QStringLiteral("CAP: %1").arg(message),
                            {QStringLiteral("%1 line %2").arg(m_source).arg(m_xml.lineNumber()), path});
        return *m_error;
    }
    bool failed(const QString &path, const QString &message)
    {
        fail(path, message);
        return false;
    }
    QString xmlErrorText() const
    {
        return m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError
                   ? QStringLiteral("the document ends early (truncated?)")
                   : QStringLiteral("XML error: %1").arg(m_xml.errorString());
    }
    bool checkEnd()
    {
        while (!m_xml.atEnd())
            m_xml.readNext();
        if (m_xml.hasError() && m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            return failed(QStringLiteral("/"), xmlErrorText());
        return true;
    }

    // Calls `handler` for each CAP child element of the current one; skips foreign-namespace
    // children (signatures). The handler must consume the element it is given.
    bool forEachChild(const QString &path, const Handler &handler)
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.namespaceUri() != m_namespace) {
                m_xml.skipCurrentElement();
                continue;
            }
            if (!handler(m_xml.name().toString()))
                return false;
        }
        if (m_xml.hasError())
            return failed(path, xmlErrorText());
        return true;
    }

    bool text(const QString &path, QString &out)
    {
        out = m_xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement).trimmed();
        if (m_xml.hasError())
            return failed(path, xmlErrorText());
        return true;
    }

    bool time(const QString &path, QDateTime &out)
    {
        QString value;
        if (!text(path, value))
            return false;
        const auto parsed = parseUtc(value);
        if (!parsed)
            return failed(path, QStringLiteral("'%1' is not a CAP date-time with a zone").arg(value));
        out = *parsed;
        return true;
    }

    template <typename Enum, typename Parse>
    bool enumeration(const QString &path, Enum &out, Parse parse)
    {
        QString value;
        if (!text(path, value))
            return false;
        const std::optional<Enum> parsed = parse(value);
        if (!parsed)
            return failed(path, QStringLiteral("'%1' is not a valid value").arg(value));
        if (toString(*parsed).compare(value) != 0 && value != QLatin1String("Very Likely"))
            m_alert.deviations.append(QStringLiteral("%1: '%2' written in the wrong case").arg(path, value));
        out = *parsed;
        return true;
    }

    bool valuePair(const QString &path, QList<CapValuePair> &out)
    {
        CapValuePair pair;
        const bool ok = forEachChild(path, [&](const QString &name) {
            if (name == QLatin1String("valueName"))
                return text(path + QStringLiteral("/valueName"), pair.valueName);
            if (name == QLatin1String("value"))
                return text(path + QStringLiteral("/value"), pair.value);
            return unknown(path, name);
        });
        out.append(pair);
        return ok;
    }

    bool unknown(const QString &path, const QString &name)
    {
        m_alert.deviations.append(QStringLiteral("%1: unknown element <%2> ignored").arg(path, name));
        m_xml.skipCurrentElement();
        return true;
    }

    bool readAlert()
    {
        QStringList seen;
        QString lastKnown;
        static const QStringList order{
            QStringLiteral("identifier"), QStringLiteral("sender"), QStringLiteral("sent"), QStringLiteral("status"),
            QStringLiteral("msgType"), QStringLiteral("source"), QStringLiteral("scope"), QStringLiteral("restriction"),
            QStringLiteral("addresses"), QStringLiteral("code"), QStringLiteral("note"), QStringLiteral("references"),
            QStringLiteral("incidents"), QStringLiteral("info")};
        bool outOfOrder = false;
        const bool ok = forEachChild(QStringLiteral("/alert"), [&](const QString &name) {
            const QString path = QStringLiteral("/alert/") + name;
            if (!lastKnown.isEmpty() && order.indexOf(name) >= 0 && order.indexOf(name) < order.indexOf(lastKnown))
                outOfOrder = true;
            if (order.contains(name))
                lastKnown = name;
            seen.append(name);
            if (name == QLatin1String("identifier"))
                return text(path, m_alert.identifier);
            if (name == QLatin1String("sender"))
                return text(path, m_alert.sender);
            if (name == QLatin1String("sent"))
                return time(path, m_alert.sent);
            if (name == QLatin1String("status"))
                return enumeration(path, m_alert.status, capStatusFrom);
            if (name == QLatin1String("msgType"))
                return enumeration(path, m_alert.msgType, capMsgTypeFrom);
            if (name == QLatin1String("scope"))
                return enumeration(path, m_alert.scope, capScopeFrom);
            if (name == QLatin1String("source"))
                return text(path, m_alert.source);
            if (name == QLatin1String("restriction"))
                return text(path, m_alert.restriction);
            if (name == QLatin1String("addresses"))
                return text(path, m_alert.addresses);
            if (name == QLatin1String("note"))
                return text(path, m_alert.note);
            if (name == QLatin1String("code")) {
                QString code;
                const bool read = text(path, code);
                m_alert.codes.append(code);
                return read;
            }
            if (name == QLatin1String("references"))
                return readReferences(path);
            if (name == QLatin1String("incidents")) {
                QString incidents;
                const bool read = text(path, incidents);
                m_alert.incidents = incidents.split(whitespace(), Qt::SkipEmptyParts);
                return read;
            }
            if (name == QLatin1String("info"))
                return readInfo(QStringLiteral("/alert/info[%1]").arg(m_alert.infos.size() + 1));
            return unknown(QStringLiteral("/alert"), name);
        });
        if (!ok)
            return false;
        for (const char *required : {"identifier", "sender", "sent", "status", "msgType"})
            if (!seen.contains(QLatin1String(required)))
                return failed(QStringLiteral("/alert/") + QLatin1String(required),
                              QStringLiteral("the required element <%1> is missing").arg(QLatin1String(required)));
        if (m_alert.identifier.isEmpty() || m_alert.sender.isEmpty())
            return failed(QStringLiteral("/alert"), QStringLiteral("identifier and sender must not be empty"));
        if (!seen.contains(QStringLiteral("scope")))
            m_alert.deviations.append(QStringLiteral("/alert/scope: missing, taken as Public"));
        if (outOfOrder)
            m_alert.deviations.append(QStringLiteral("/alert: elements out of schema order"));
        return true;
    }

    bool readReferences(const QString &path)
    {
        QString value;
        if (!text(path, value))
            return false;
        for (const QString &triple : value.split(whitespace(), Qt::SkipEmptyParts)) {
            const QStringList parts = triple.split(QLatin1Char(','));
            if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty())
                return failed(path, QStringLiteral("'%1' is not a sender,identifier,sent triple").arg(triple));
            CapReference reference{parts[0], parts[1], parseUtc(parts[2]).value_or(QDateTime())};
            if (!reference.sent.isValid())
                m_alert.deviations.append(QStringLiteral("%1: reference '%2' has an unreadable time").arg(path, triple));
            m_alert.references.append(reference);
        }
        return true;
    }

    bool readInfo(const QString &path)
    {
        CapInfo info;
        QStringList seen;
        const bool ok = forEachChild(path, [&](const QString &name) {
            const QString field = path + QLatin1Char('/') + name;
            seen.append(name);
            auto appendText = [&](QStringList &list) {
                QString value;
                const bool read = text(field, value);
                list.append(value);
                return read;
            };
            if (name == QLatin1String("language"))
                return text(field, info.language);
            if (name == QLatin1String("category"))
                return appendText(info.categories);
            if (name == QLatin1String("event"))
                return text(field, info.event);
            if (name == QLatin1String("responseType"))
                return appendText(info.responseTypes);
            if (name == QLatin1String("urgency"))
                return enumeration(field, info.urgency, capUrgencyFrom);
            if (name == QLatin1String("severity"))
                return enumeration(field, info.severity, capSeverityFrom);
            if (name == QLatin1String("certainty"))
                return enumeration(field, info.certainty, capCertaintyFrom);
            if (name == QLatin1String("audience"))
                return text(field, info.audience);
            if (name == QLatin1String("eventCode"))
                return valuePair(field, info.eventCodes);
            if (name == QLatin1String("effective"))
                return time(field, info.effective);
            if (name == QLatin1String("onset"))
                return time(field, info.onset);
            if (name == QLatin1String("expires"))
                return time(field, info.expires);
            if (name == QLatin1String("senderName"))
                return text(field, info.senderName);
            if (name == QLatin1String("headline"))
                return text(field, info.headline);
            if (name == QLatin1String("description"))
                return text(field, info.description);
            if (name == QLatin1String("instruction"))
                return text(field, info.instruction);
            if (name == QLatin1String("web"))
                return text(field, info.web);
            if (name == QLatin1String("contact"))
                return text(field, info.contact);
            if (name == QLatin1String("parameter"))
                return valuePair(field, info.parameters);
            if (name == QLatin1String("resource"))
                return readResource(field, info.resources);
            if (name == QLatin1String("area"))
                return readArea(QStringLiteral("%1/area[%2]").arg(path).arg(info.areas.size() + 1), info.areas);
            return unknown(path, name);
        });
        if (!ok)
            return false;
        if (!seen.contains(QStringLiteral("event")) || info.event.isEmpty())
            return failed(path + QStringLiteral("/event"), QStringLiteral("the required element <event> is missing or empty"));
        for (const char *required : {"category", "urgency", "severity", "certainty"})
            if (!seen.contains(QLatin1String(required)))
                m_alert.deviations.append(QStringLiteral("%1/%2: missing, taken as Unknown").arg(path, QLatin1String(required)));
        m_alert.infos.append(std::move(info));
        return true;
    }

    bool readResource(const QString &path, QList<CapResource> &out)
    {
        CapResource resource;
        const bool ok = forEachChild(path, [&](const QString &name) {
            const QString field = path + QLatin1Char('/') + name;
            if (name == QLatin1String("resourceDesc"))
                return text(field, resource.resourceDesc);
            if (name == QLatin1String("mimeType"))
                return text(field, resource.mimeType);
            if (name == QLatin1String("uri"))
                return text(field, resource.uri);
            if (name == QLatin1String("digest"))
                return text(field, resource.digest);
            if (name == QLatin1String("size")) {
                QString size;
                const bool read = text(field, size);
                resource.size = size.toLongLong();
                return read;
            }
            // derefUri carries a base64 payload we do not need to keep twice.
            m_xml.skipCurrentElement();
            return true;
        });
        out.append(resource);
        return ok;
    }

    bool readArea(const QString &path, QList<CapArea> &out)
    {
        CapArea area;
        const bool ok = forEachChild(path, [&](const QString &name) {
            const QString field = path + QLatin1Char('/') + name;
            if (name == QLatin1String("areaDesc"))
                return text(field, area.areaDesc);
            if (name == QLatin1String("polygon")) {
                QString value;
                if (!text(field, value))
                    return false;
                QStringList notes;
                auto polygon = parseCapPolygon(value, &notes);
                if (!polygon)
                    return failed(field, polygon.error().message);
                for (const QString &note : notes)
                    m_alert.deviations.append(field + QStringLiteral(": ") + note);
                if (!polygon->empty())
                    area.polygons.push_back(std::move(polygon).value());
                return true;
            }
            if (name == QLatin1String("circle")) {
                QString value;
                if (!text(field, value))
                    return false;
                auto circle = parseCapCircle(value);
                if (!circle)
                    return failed(field, circle.error().message);
                area.circles.push_back(*circle);
                return true;
            }
            if (name == QLatin1String("geocode"))
                return valuePair(field, area.geocodes);
            if (name == QLatin1String("altitude") || name == QLatin1String("ceiling")) {
                QString value;
                if (!text(field, value))
                    return false;
                bool number = false;
                const double metres = value.toDouble(&number);
                if (!number)
                    return failed(field, QStringLiteral("'%1' is not a number").arg(value));
                (name == QLatin1String("altitude") ? area.altitude : area.ceiling) = metres;
                return true;
            }
            return unknown(path, name);
        });
        if (ok && area.areaDesc.isEmpty())
            m_alert.deviations.append(path + QStringLiteral("/areaDesc: missing or empty"));
        out.append(std::move(area));
        return ok;
    }

    QXmlStreamReader m_xml;
    QString m_source;
    QString m_namespace;
    CapAlert m_alert;
    std::optional<Error> m_error;
};

} // namespace

Result<std::vector<GeoPoint>> parseCapPolygon(const QString &text, QStringList *deviations)
{
    std::vector<GeoPoint> ring;
    std::optional<Error> failure;
    forEachToken(text, [&](QStringView pair) {
        auto point = parseLatLon(pair);
        if (!point) {
            failure = point.error();
            return false;
        }
        ring.push_back(*point);
        return true;
    });
    if (failure)
        return *failure;
    if (ring.empty()) {
        if (deviations)
            deviations->append(QStringLiteral("empty polygon ignored"));
        return ring;
    }
    if (ring.front() != ring.back())
        return makeError(Error::Code::Corrupt, QStringLiteral("the polygon is not closed (first point %1,%2, last %3,%4)")
                                                   .arg(ring.front().lat).arg(ring.front().lon)
                                                   .arg(ring.back().lat).arg(ring.back().lon));
    if (ring.size() < 4 && deviations)
        deviations->append(QStringLiteral("degenerate polygon with %1 points (CAP requires 4)").arg(ring.size()));
    return ring;
}

Result<CapCircle> parseCapCircle(const QString &text)
{
    const QStringList parts = text.split(whitespace(), Qt::SkipEmptyParts);
    if (parts.size() != 2)
        return makeError(Error::Code::Corrupt, QStringLiteral("'%1' is not a 'lat,lon radius' circle").arg(text));
    auto centre = parseLatLon(parts[0]);
    if (!centre)
        return centre.error();
    bool number = false;
    const double radius = parts[1].toDouble(&number);
    if (!number || radius < 0.0 || !std::isfinite(radius))
        return makeError(Error::Code::Corrupt, QStringLiteral("circle radius '%1' is not a distance in km").arg(parts[1]));
    return CapCircle{*centre, radius};
}

Result<CapAlert> parseCapAlert(const QByteArray &xml, const QString &sourceName)
{
    if (xml.trimmed().isEmpty())
        return makeError(Error::Code::Empty, QStringLiteral("CAP: the document is empty"), {sourceName});
    return CapReader(xml, sourceName).read();
}

} // namespace lookout::feeds

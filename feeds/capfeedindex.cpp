// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "feeds/capfeedindex.h"

#include "core/timeformat.h"
#include "feeds/capparser.h"

#include <QXmlStreamReader>

namespace lookout::feeds {

namespace {

const QString kAtom = QStringLiteral("http://www.w3.org/2005/Atom");

// Atom writes ISO 8601, RSS writes RFC 822 ("Thu, 01 Jan 2026 16:00:00 +0000", "... GMT").
QDateTime feedTime(const QString &text)
{
    if (auto iso = parseUtc(text))
        return *iso;
    // Qt 6.4 reads only numeric RFC 822 zones: map the named ones RFC 822 §5.1 allows.
    static const std::pair<const char *, const char *> zones[] = {
        {" GMT", " +0000"}, {" UT", " +0000"}, {" Z", " +0000"}, {" EST", " -0500"}, {" EDT", " -0400"},
        {" CST", " -0600"}, {" CDT", " -0500"}, {" MST", " -0700"}, {" MDT", " -0600"}, {" PST", " -0800"},
        {" PDT", " -0700"}};
    QString numeric = text.trimmed();
    for (const auto &[name, offset] : zones)
        if (numeric.endsWith(QLatin1String(name))) {
            numeric = numeric.left(numeric.size() - qsizetype(qstrlen(name))) + QLatin1String(offset);
            break;
        }
    const QDateTime rfc = QDateTime::fromString(numeric, Qt::RFC2822Date);
    return rfc.isValid() ? rfc.toUTC() : QDateTime();
}

class IndexReader {
public:
    IndexReader(const QByteArray &xml, QString source) : m_xml(xml), m_source(std::move(source)) {}

    Result<CapIndex> read()
    {
        if (!m_xml.readNextStartElement())
            return fail(m_xml.hasError() ? m_xml.errorString() : QStringLiteral("no XML element found"));
        if (m_xml.name() == QLatin1String("feed") && m_xml.namespaceUri() == kAtom) {
            m_index.kind = QStringLiteral("Atom");
            readContainer(QStringLiteral("entry"));
        } else if (m_xml.name() == QLatin1String("rss")) {
            m_index.kind = QStringLiteral("RSS");
            while (m_xml.readNextStartElement()) {
                if (m_xml.name() == QLatin1String("channel"))
                    readContainer(QStringLiteral("item"));
                else
                    m_xml.skipCurrentElement();
            }
        } else {
            return fail(QStringLiteral("not an Atom or RSS index: the root is <%1>").arg(m_xml.name().toString()));
        }
        if (m_xml.hasError())
            return fail(m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError
                            ? QStringLiteral("the document ends early (truncated?)")
                            : m_xml.errorString());
        if (m_error)
            return *m_error;
        return std::move(m_index);
    }

private:
    Error fail(const QString &message)
    {
        m_error = makeError(Error::Code::Corrupt, QStringLiteral("CAP index: %1").arg(message),
                            {QStringLiteral("%1 line %2").arg(m_source).arg(m_xml.lineNumber())});
        return *m_error;
    }

    QString text() { return m_xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed(); }

    void readContainer(const QString &entryName)
    {
        while (!m_error && m_xml.readNextStartElement()) {
            const auto name = m_xml.name();
            if (name == entryName)
                readEntry();
            else if (name == QLatin1String("title"))
                m_index.title = text();
            else if (name == QLatin1String("updated") || name == QLatin1String("lastBuildDate") || name == QLatin1String("pubDate"))
                m_index.updated = feedTime(text());
            else
                m_xml.skipCurrentElement();
        }
    }

    void readEntry()
    {
        CapIndexEntry entry;
        while (!m_error && m_xml.readNextStartElement()) {
            const QString name = m_xml.name().toString();
            const bool cap = m_xml.namespaceUri() == QLatin1String(kCap11Namespace)
                             || m_xml.namespaceUri() == QLatin1String(kCap12Namespace);
            if (cap) {
                readCapField(name, entry);
            } else if (name == QLatin1String("id") || name == QLatin1String("guid")) {
                entry.id = text();
            } else if (name == QLatin1String("title")) {
                entry.title = text();
            } else if (name == QLatin1String("link")) {
                const QString href = m_xml.attributes().value(QStringLiteral("href")).toString();
                const QString body = text();
                entry.link = href.isEmpty() ? body : href;
            } else if (name == QLatin1String("updated") || name == QLatin1String("pubDate")) {
                entry.updated = feedTime(text());
            } else if (name == QLatin1String("published")) {
                const QDateTime published = feedTime(text());
                if (!entry.updated.isValid())
                    entry.updated = published;
            } else if (name == QLatin1String("summary") || name == QLatin1String("description")) {
                entry.summary = text();
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (entry.id.isEmpty())
            entry.id = entry.link;
        m_index.entries.append(std::move(entry));
    }

    void readCapField(const QString &name, CapIndexEntry &entry)
    {
        if (name == QLatin1String("geocode") || name == QLatin1String("parameter")) {
            m_xml.skipCurrentElement();
            return;
        }
        const QString value = text();
        if (name == QLatin1String("event"))
            entry.event = value;
        else if (name == QLatin1String("areaDesc"))
            entry.areaDesc = value;
        else if (name == QLatin1String("status"))
            entry.status = capStatusFrom(value);
        else if (name == QLatin1String("msgType"))
            entry.msgType = capMsgTypeFrom(value);
        else if (name == QLatin1String("severity"))
            entry.severity = capSeverityFrom(value);
        else if (name == QLatin1String("effective"))
            entry.effective = feedTime(value);
        else if (name == QLatin1String("expires"))
            entry.expires = feedTime(value);
        else if (name == QLatin1String("polygon")) {
            if (value.isEmpty()) {
                ++m_emptyPolygons;
                return;
            }
            auto ring = parseCapPolygon(value, &m_index.deviations);
            if (!ring) {
                fail(QStringLiteral("cap:polygon: %1").arg(ring.error().message));
                return;
            }
            entry.polygons.push_back(std::move(ring).value());
        }
    }

public:
    int emptyPolygons() const { return m_emptyPolygons; }

private:
    QXmlStreamReader m_xml;
    QString m_source;
    CapIndex m_index;
    std::optional<Error> m_error;
    int m_emptyPolygons = 0;
};

} // namespace

Result<CapIndex> parseCapIndex(const QByteArray &xml, const QString &sourceName)
{
    if (xml.trimmed().isEmpty())
        return makeError(Error::Code::Empty, QStringLiteral("CAP index: the document is empty"), {sourceName});
    IndexReader reader(xml, sourceName);
    auto index = reader.read();
    if (index && reader.emptyPolygons() > 0)
        index->deviations.append(QStringLiteral("%1 empty cap:polygon element(s) skipped").arg(reader.emptyPolygons()));
    return index;
}

} // namespace lookout::feeds

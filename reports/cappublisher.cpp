// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "reports/cappublisher.h"

#include "feeds/capwriter.h"

#include <QDir>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include <algorithm>

namespace lookout::reports {

namespace {

Result<void> writeWhole(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(Error::Code::Io, QStringLiteral("cannot publish: %1").arg(file.errorString()), {path});
    return {};
}

QByteArray atomIndex(QList<PublishedMessage> issued, const QString &feedTitle, const QString &sender)
{
    std::sort(issued.begin(), issued.end(), [](const PublishedMessage &a, const PublishedMessage &b) { return a.sent > b.sent; });
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2005/Atom"));
    xml.writeStartElement(QStringLiteral("http://www.w3.org/2005/Atom"), QStringLiteral("feed"));
    xml.writeTextElement(QStringLiteral("id"), QStringLiteral("tag:lookout,2026:%1").arg(sender));
    xml.writeTextElement(QStringLiteral("title"), feedTitle);
    xml.writeTextElement(QStringLiteral("updated"), feeds::capTime(issued.isEmpty() ? QDateTime::currentDateTimeUtc() : issued.front().sent));
    xml.writeStartElement(QStringLiteral("author"));
    xml.writeTextElement(QStringLiteral("name"), sender);
    xml.writeEndElement();
    for (const PublishedMessage &message : issued) {
        xml.writeStartElement(QStringLiteral("entry"));
        xml.writeTextElement(QStringLiteral("id"), QStringLiteral("tag:lookout,2026:%1:%2").arg(sender, message.identifier));
        xml.writeTextElement(QStringLiteral("title"), QStringLiteral("[%1%2] %3")
                                                          .arg(message.msgType, message.status == QLatin1String("Actual") ? QString() : QStringLiteral(" · ") + message.status,
                                                               message.headline));
        xml.writeTextElement(QStringLiteral("updated"), feeds::capTime(message.sent));
        xml.writeStartElement(QStringLiteral("link"));
        xml.writeAttribute(QStringLiteral("rel"), QStringLiteral("alternate"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("application/cap+xml"));
        xml.writeAttribute(QStringLiteral("href"), publishedFileName(message.identifier));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace

QString publishedFileName(const QString &identifier)
{
    QString name = identifier;
    for (QChar &c : name)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('.') && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    return name + QStringLiteral(".xml");
}

Result<void> publishToFolder(const QString &folder, const PublishedMessage &message, const QList<PublishedMessage> &issued,
                             const QString &feedTitle, const QString &sender)
{
    if (!QDir().mkpath(folder))
        return makeError(Error::Code::Io, QStringLiteral("cannot create the publishing folder"), {folder});
    const QDir dir(folder);
    if (auto written = writeWhole(dir.filePath(publishedFileName(message.identifier)), message.xml); !written)
        return written;
    return writeWhole(dir.filePath(QStringLiteral("index.atom")), atomIndex(issued, feedTitle, sender));
}

Result<int> postMessage(feeds::HttpClient &client, const QString &url, const QByteArray &xml, int timeoutMs)
{
    feeds::FetchRequest request;
    request.url = url;
    request.timeoutMs = timeoutMs;
    request.maxBytes = 1 << 20;
    request.postBody = xml;
    request.postContentType = QStringLiteral("application/cap+xml");
    auto future = client.fetch(request);
    future.waitForFinished();
    const Result<feeds::FetchResponse> response = future.result();
    if (!response)
        return Error(response.error()).withContext(QStringLiteral("posting the message"));
    return response->httpStatus;
}

} // namespace lookout::reports

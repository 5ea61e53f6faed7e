// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "feeds/feedconfig.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace lookout::feeds {

QString feedKindName(FeedKind kind)
{
    switch (kind) {
    case FeedKind::Cap: return QStringLiteral("cap");
    case FeedKind::CapIndex: return QStringLiteral("cap-index");
    case FeedKind::TyphoonTrack: return QStringLiteral("track");
    case FeedKind::Hotspots: return QStringLiteral("hotspots");
    case FeedKind::Water: return QStringLiteral("water");
    case FeedKind::RainfallGrid: return QStringLiteral("grid");
    case FeedKind::FireWeather: return QStringLiteral("fireweather");
    }
    return {};
}

Result<FeedConfig> parseFeedConfig(const QByteArray &json, const QString &configPath)
{
    auto fail = [&](const QString &where, const QString &message) {
        return makeError(Error::Code::InvalidArgument, QStringLiteral("feed configuration: %1").arg(message), {configPath, where});
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("byte %1").arg(parseError.offset), parseError.errorString());
    if (!document.isObject())
        return fail(QStringLiteral("/"), QStringLiteral("the top level must be an object with \"sources\""));
    const QJsonObject root = document.object();
    const QDir base = QFileInfo(configPath).absoluteDir();
    FeedConfig config;
    config.cacheDirectory = base.absoluteFilePath(root.value(QStringLiteral("cacheDirectory")).toString(QStringLiteral("feed-cache")));
    const bool hasPositions = root.contains(QStringLiteral("positions"));
    if (hasPositions && !root.value(QStringLiteral("positions")).isArray())
        return fail(QStringLiteral("positions"), QStringLiteral("\"positions\" must be a list"));
    if (!hasPositions && (!root.value(QStringLiteral("sources")).isArray() || root.value(QStringLiteral("sources")).toArray().isEmpty()))
        return fail(QStringLiteral("sources"), QStringLiteral("\"sources\" must be a non-empty list"));
    if (root.contains(QStringLiteral("sources")) && !root.value(QStringLiteral("sources")).isArray())
        return fail(QStringLiteral("sources"), QStringLiteral("\"sources\" must be a list"));

    static const QRegularExpression validId(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    QSet<QString> ids;
    const QJsonArray sources = root.value(QStringLiteral("sources")).toArray();
    for (int i = 0; i < sources.size(); ++i) {
        const QJsonObject object = sources[i].toObject();
        FeedSource source;
        source.id = object.value(QStringLiteral("id")).toString();
        const QString where = QStringLiteral("sources[%1] (%2)").arg(i).arg(source.id.isEmpty() ? QStringLiteral("no id") : source.id);
        if (!validId.match(source.id).hasMatch())
            return fail(where, QStringLiteral("\"id\" must be lower-case letters, digits, '-' or '_'"));
        if (ids.contains(source.id))
            return fail(where, QStringLiteral("the id is used twice"));
        ids.insert(source.id);
        source.title = object.value(QStringLiteral("title")).toString(source.id);
        const QString kind = object.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("cap"))
            source.kind = FeedKind::Cap;
        else if (kind == QLatin1String("cap-index"))
            source.kind = FeedKind::CapIndex;
        else if (kind == QLatin1String("track"))
            source.kind = FeedKind::TyphoonTrack;
        else if (kind == QLatin1String("hotspots"))
            source.kind = FeedKind::Hotspots;
        else if (kind == QLatin1String("water"))
            source.kind = FeedKind::Water;
        else if (kind == QLatin1String("grid"))
            source.kind = FeedKind::RainfallGrid;
        else if (kind == QLatin1String("fireweather"))
            source.kind = FeedKind::FireWeather;
        else
            return fail(where, QStringLiteral("\"kind\" must be cap, cap-index, track, hotspots, water, grid or fireweather, not '%1'").arg(kind));
        const QString url = object.value(QStringLiteral("url")).toString();
        const QString path = object.value(QStringLiteral("path")).toString();
        if (url.isEmpty() == path.isEmpty())
            return fail(where, QStringLiteral("give either \"url\" or \"path\""));
        if (!url.isEmpty()) {
            const QUrl parsed(url);
            if (!parsed.isValid() || !QStringList{QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("file")}.contains(parsed.scheme()))
                return fail(where, QStringLiteral("\"url\" must be http, https or file: '%1'").arg(url));
            source.url = url;
        } else {
            source.url = QUrl::fromLocalFile(base.absoluteFilePath(path)).toString();
        }
        auto positive = [&](const char *key, int fallback, int maximum, int &out) -> bool {
            const QJsonValue value = object.value(QLatin1String(key));
            if (value.isUndefined()) {
                out = fallback;
                return true;
            }
            if (!value.isDouble() || value.toDouble() < 1 || value.toDouble() > maximum)
                return false;
            out = value.toInt();
            return true;
        };
        if (!positive("interval", 300, 7 * 86400, source.intervalSeconds))
            return fail(where, QStringLiteral("\"interval\" must be 1 to 604800 seconds"));
        if (!positive("timeout", 30, 3600, source.timeoutSeconds))
            return fail(where, QStringLiteral("\"timeout\" must be 1 to 3600 seconds"));
        int redirects = 5;
        if (object.contains(QStringLiteral("maxRedirects"))) {
            const QJsonValue value = object.value(QStringLiteral("maxRedirects"));
            if (!value.isDouble() || value.toInt() < 0 || value.toInt() > 20)
                return fail(where, QStringLiteral("\"maxRedirects\" must be 0 to 20"));
            redirects = value.toInt();
        }
        source.maxRedirects = redirects;
        if (object.contains(QStringLiteral("maxBytes"))) {
            const double bytes = object.value(QStringLiteral("maxBytes")).toDouble(-1);
            if (bytes < 1024 || bytes > 2e9)
                return fail(where, QStringLiteral("\"maxBytes\" must be 1 KB to 2 GB"));
            source.maxBytes = qint64(bytes);
        }
        config.sources.append(source);
    }
    const QJsonArray positions = root.value(QStringLiteral("positions")).toArray();
    for (int i = 0; i < positions.size(); ++i) {
        const QJsonObject object = positions[i].toObject();
        PositionSourceConfig source;
        source.id = object.value(QStringLiteral("id")).toString();
        source.team = object.value(QStringLiteral("team")).toString().trimmed();
        const QString where = QStringLiteral("positions[%1] (%2)").arg(i).arg(source.id.isEmpty() ? QStringLiteral("no id") : source.id);
        if (!validId.match(source.id).hasMatch())
            return fail(where, QStringLiteral("\"id\" must be lower-case letters, digits, '-' or '_'"));
        if (ids.contains(source.id))
            return fail(where, QStringLiteral("the id is used twice"));
        ids.insert(source.id);
        if (source.team.isEmpty())
            return fail(where, QStringLiteral("\"team\" names the inventory's team whose position this is"));
        const QString address = object.value(QStringLiteral("address")).toString();
        const QString path = object.value(QStringLiteral("path")).toString();
        if (address.isEmpty() == path.isEmpty())
            return fail(where, QStringLiteral("give either \"address\" (tcp://host:port) or \"path\" (a recorded NMEA file)"));
        if (!address.isEmpty()) {
            const QUrl parsed(address);
            if (parsed.scheme() != QLatin1String("tcp") || parsed.host().isEmpty() || parsed.port() <= 0)
                return fail(where, QStringLiteral("\"address\" must be tcp://host:port, not '%1'").arg(address));
            source.address = address;
        } else {
            source.address = base.absoluteFilePath(path);
        }
        const QJsonValue stale = object.value(QStringLiteral("staleMinutes"));
        if (!stale.isUndefined() && (!stale.isDouble() || stale.toDouble() < 1 || stale.toDouble() > 24 * 60))
            return fail(where, QStringLiteral("\"staleMinutes\" must be 1 to 1440"));
        source.staleMinutes = stale.isUndefined() ? 5 : stale.toInt();
        config.positions.append(source);
    }
    return config;
}

} // namespace lookout::feeds

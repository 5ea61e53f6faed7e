// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "feeds/capalert.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace lookout::feeds {

// One entry of a CAP index feed: where to fetch the full message, and the summary the index
// repeats (the `cap:` extension elements, when present). A summary is never a warning by itself:
// the registry only takes full messages.
struct CapIndexEntry {
    QString id;          // Atom <id> or RSS <guid>
    QString title;
    QString link;        // the full CAP message
    QDateTime updated;   // Atom <updated>, RSS <pubDate>; UTC
    QString summary;
    QString event;
    QString areaDesc;
    std::optional<CapStatus> status;
    std::optional<CapMsgType> msgType;
    std::optional<CapSeverity> severity;
    QDateTime effective;
    QDateTime expires;
    std::vector<std::vector<GeoPoint>> polygons;
};

struct CapIndex {
    QString kind;   // "Atom" or "RSS"
    QString title;
    QDateTime updated;
    QList<CapIndexEntry> entries;
    QStringList deviations;  // e.g. empty cap:polygon elements skipped
};

// Reads an Atom or RSS 2.0 index of CAP messages (NWS Atom with cap: 1.1 elements, RSS with or
// without them). Dates: ISO 8601 with zone (Atom) or RFC 822 (RSS). Error names the file and
// line. Pure function, any thread.
Result<CapIndex> parseCapIndex(const QByteArray &xml, const QString &sourceName);

} // namespace lookout::feeds

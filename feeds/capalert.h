// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/geo.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace lookout::feeds {

// The CAP 1.2 model (OASIS CAP v1.2, also holding CAP 1.1 messages): every warning Lookout
// handles, from any source, is normalised to this. Plain values, any thread. Times are UTC;
// coordinates are lon,lat (CAP writes lat,lon: the parser converts).

enum class CapStatus { Actual, Exercise, System, Test, Draft };
enum class CapMsgType { Alert, Update, Cancel, Ack, Error };
enum class CapScope { Public, Restricted, Private };
enum class CapUrgency { Immediate, Expected, Future, Past, Unknown };
enum class CapSeverity { Extreme, Severe, Moderate, Minor, Unknown };
enum class CapCertainty { Observed, Likely, Possible, Unlikely, Unknown };

// One `sender,identifier,sent` triple of `references`. `sent` as written (it does not always
// equal the referenced message's own `sent`, so chains match on sender and identifier).
struct CapReference {
    QString sender;
    QString identifier;
    QDateTime sent;
    friend bool operator==(const CapReference &, const CapReference &) = default;
};

struct CapValuePair {
    QString valueName;
    QString value;
};

struct CapCircle {
    GeoPoint centre;
    double radiusKm = 0.0;
};

struct CapArea {
    QString areaDesc;
    std::vector<std::vector<GeoPoint>> polygons;  // closed rings, lon,lat
    std::vector<CapCircle> circles;
    QList<CapValuePair> geocodes;
    std::optional<double> altitude;
    std::optional<double> ceiling;
};

struct CapResource {
    QString resourceDesc;
    QString mimeType;
    qint64 size = -1;
    QString uri;
    QString digest;
};

struct CapInfo {
    QString language = QStringLiteral("en-US");  // CAP's default when <language> is absent
    QStringList categories;
    QString event;
    QStringList responseTypes;
    CapUrgency urgency = CapUrgency::Unknown;
    CapSeverity severity = CapSeverity::Unknown;
    CapCertainty certainty = CapCertainty::Unknown;
    QString audience;
    QList<CapValuePair> eventCodes;
    QDateTime effective;  // invalid when absent (CAP: then it is `sent`)
    QDateTime onset;
    QDateTime expires;    // invalid when absent: no stated end
    QString senderName;
    QString headline;
    QString description;
    QString instruction;
    QString web;
    QString contact;
    QList<CapValuePair> parameters;
    QList<CapResource> resources;
    QList<CapArea> areas;
};

struct CapAlert {
    QString capVersion;  // "1.2" or "1.1"
    QString identifier;
    QString sender;
    QDateTime sent;
    CapStatus status = CapStatus::Actual;
    CapMsgType msgType = CapMsgType::Alert;
    QString source;
    CapScope scope = CapScope::Public;
    QString restriction;
    QString addresses;
    QStringList codes;
    QString note;
    QList<CapReference> references;
    QStringList incidents;
    QList<CapInfo> infos;
    // Where the message departs from the standard but could still be read (a degenerate polygon,
    // a missing <certainty>...). Shown with the message; never silently dropped.
    QStringList deviations;

    // The info block in the best language for `preferred` (e.g. "zh-CN"): exact tag, then same
    // primary language (zh-mo for zh-CN), then English, then the first. Null when none.
    const CapInfo *infoFor(const QString &preferred) const;
    // The latest `expires` over the info blocks; invalid when none states one.
    QDateTime expires() const;
    // The highest severity over the info blocks.
    CapSeverity severity() const;
};

// CAP's own spellings ("Actual", "Update", ...), and back (ignoring case; nullopt when unknown).
// A CAP info block's areas as lon,lat rings: its polygons as written, its circles as 48-sided
// rings on the sphere. What the map draws and the workspace's warning-area layer keeps.
std::vector<std::vector<GeoPoint>> areaRings(const CapInfo &info);

QString toString(CapStatus value);
QString toString(CapMsgType value);
QString toString(CapScope value);
QString toString(CapUrgency value);
QString toString(CapSeverity value);
QString toString(CapCertainty value);
std::optional<CapStatus> capStatusFrom(const QString &text);
std::optional<CapMsgType> capMsgTypeFrom(const QString &text);
std::optional<CapScope> capScopeFrom(const QString &text);
std::optional<CapUrgency> capUrgencyFrom(const QString &text);
std::optional<CapSeverity> capSeverityFrom(const QString &text);
std::optional<CapCertainty> capCertaintyFrom(const QString &text);

} // namespace lookout::feeds

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "feeds/capalert.h"

#include <QByteArray>
#include <QString>

namespace lookout::feeds {

inline constexpr char kCap12Namespace[] = "urn:oasis:names:tc:emergency:cap:1.2";
inline constexpr char kCap11Namespace[] = "urn:oasis:names:tc:emergency:cap:1.1";

// Reads one CAP 1.2 or 1.1 <alert> document (UTF-8 with or without BOM, or whatever encoding
// its XML declaration names). Returns the whole message or an Error naming `sourceName`, the
// line, the element path and the field: a message is taken whole or not at all.
//
// Refused: not XML, truncated, a root that is not a CAP 1.1/1.2 <alert>, a missing or invalid
// identifier/sender/sent/status/msgType, an info without <event>, a coordinate that is not a
// number or out of range, an unclosed polygon, a negative circle radius.
// Accepted but listed in CapAlert::deviations (real messages do this): elements out of schema
// order, a missing <scope>/<category>/<urgency>/<severity>/<certainty> (taken as Unknown), a
// closed polygon with fewer than four points, enumeration values in the wrong case, unknown
// CAP elements. Foreign-namespace children (XML signatures) are skipped. Pure function, any thread.
Result<CapAlert> parseCapAlert(const QByteArray &xml, const QString &sourceName);

// Parses a CAP `lat,lon lat,lon ...` polygon (pairs separated by any whitespace) into lon,lat
// points; `deviations` gets a note for a degenerate ring. Exposed for the feed index parser.
Result<std::vector<GeoPoint>> parseCapPolygon(const QString &text, QStringList *deviations);
// Parses a CAP `lat,lon radiusKm` circle.
Result<CapCircle> parseCapCircle(const QString &text);

} // namespace lookout::feeds

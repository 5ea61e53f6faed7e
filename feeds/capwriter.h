// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "feeds/capalert.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace lookout::feeds {

// Writes a CAP 1.2 <alert> as the OASIS schema (cap12.xsd) requires, where the reader
// (capparser.h) is lenient: every element in the schema's order; times as
// YYYY-MM-DDThh:mm:ss with a numeric offset (`offsetSeconds`, Beijing's +08:00 unless given; never
// "Z", never fractions); polygons as closed "lat,lon" rings of four points or more; circles as
// "lat,lon radius"; references as "sender,identifier,sent" triples. Refused (an error naming the
// field) rather than written invalid: an empty identifier or sender, characters CAP forbids in
// them (space, comma, <, &), an info without event or category, an open or short polygon, a
// coordinate off the globe. UTF-8. Pure function, any thread.
Result<QByteArray> writeCapAlert(const CapAlert &alert, int offsetSeconds = 8 * 3600);

// A CAP time: "2018-09-16T11:00:00+08:00" for 03:00 UTC at +08:00.
QString capTime(const QDateTime &time, int offsetSeconds = 8 * 3600);

} // namespace lookout::feeds

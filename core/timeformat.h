// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace lookout {

// Time is stored and computed in UTC; it is shown in the command centre's zone, Asia/Shanghai
// (UTC+8, no daylight saving), with UTC beside it where a feed or a partner agency needs it.
// Pure functions, any thread.

QTimeZone displayZone();

// "2026-11-23 21:04" in Asia/Shanghai (withSeconds adds ":05").
QString formatLocal(const QDateTime &utc, bool withSeconds = false);
// "13:04Z" style: "2026-11-23 13:04Z".
QString formatUtc(const QDateTime &utc, bool withSeconds = false);

// Parses ISO 8601 with an explicit offset or 'Z' ("2018-09-16T00:00Z", "2017-08-23T12:50+08:00"),
// or a bare date ("2021-08-16", taken as 00:00 UTC). Anything else, or a time without a zone, is
// refused: guessing the zone of an emergency timestamp is how replays go wrong by 8 hours.
std::optional<QDateTime> parseUtc(const QString &text);

// A data age the way a person reads it from across the room: "45 s", "12 min", "3 h 20 min",
// "5 d", "5.3 y" (translated; Chinese "12 分钟"). Negative ages (data from the future of the
// scenario clock) are shown as "future".
QString formatAge(qint64 seconds);

} // namespace lookout

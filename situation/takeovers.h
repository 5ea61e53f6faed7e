// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "situation/keyfigures.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// What takes the wall over from its tour, as typed values: a red or orange warning in force that
// the desk has not acknowledged, a response level changed in the last 24 hours, a plan suggesting
// another level than the one in force. Each is held until the desk acknowledges it in the record
// (a warning by the warning's own acknowledgement, the others by a takeover acknowledgement), so
// every seat and a replay show the same. A suggestion's acknowledgement holds for its episode
// (until the level in force changes), and for a day at most: then the wall reminds.
namespace lookout::situation {

struct Takeover {
    enum class Kind { Warning, LevelChange, Suggestion };
    Kind kind = Kind::Warning;
    QString key;          // its identity: "warning:<sender>/<identifier>", "level:<incident>:<entry>",
                          // "suggestion:<plan>:<suggested>:<current>:<level change in force, or 0>"
    QDateTime since;      // when it arose (sent, changed, first suggested as far as is known)
    int level = 0;        // warning: 1 red, 2 orange; level change: the new level (0 ended); suggestion: the suggested level (0: end)
    int previous = 0;     // level change: the level before; suggestion: the level in force
    QString subject;      // the warning's chain head, the incident, the plan's id
    QString title;        // the incident's or the plan's title (data, not words)
    QString incident;     // the incident it concerns, if any
    bool exercise = false;
    incidents::WarningRef warning;  // a warning takeover's warning (acknowledged as a warning)
    std::optional<incidents::WarningEntry> entry;  // a warning takeover: the chain as known at T
};

// How long a level change is offered (older changes are history, read on the desk), and how long
// a suggestion's acknowledgement holds.
inline constexpr qint64 kTakeoverWindowSeconds = 24 * 3600;

// The takeovers pending at T, the most pressing first (red warnings, then level changes,
// orange warnings, then suggestions; newest first within each). Pure.
QList<Takeover> pendingTakeovers(const Situation &situation, const WarningFilter &onThisMap = {});

// The three kinds of key (for the desk and the record).
QString warningTakeoverKey(const incidents::WarningRef &warning);

} // namespace lookout::situation

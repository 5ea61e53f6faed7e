// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "situation/situation.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <functional>
#include <optional>

// The wall's key figures and its tour, as typed values from the situation: what a tile counts,
// how old the data behind it is, and which parts of the picture have anything to show. The wall
// words them in the interface's language; nothing here is text for a person.
namespace lookout::situation {

// The wall's tour, in its order. A focus with no data is skipped.
enum class TourFocus { Typhoon, Water, Rain, Fire, Incidents, Resources };
inline constexpr std::array<TourFocus, 6> kTourOrder{TourFocus::Typhoon, TourFocus::Water, TourFocus::Rain,
                                                     TourFocus::Fire,    TourFocus::Incidents, TourFocus::Resources};
QString toString(TourFocus focus);  // "typhoon", "water", "rain", "fire", "incidents", "resources"
std::optional<TourFocus> tourFocusFromString(const QString &name);

struct KeyFigure {
    enum class Kind {
        Warnings,    // byLevel[1..4]: red, orange, yellow, blue in force on this map; count: of those not acknowledged
        Storm,       // amount: km from `where` (the nearest reference district); force7: when its outermost circle arrives
        Stations,    // count over a threshold of `total`; severe: over the guaranteed level; subject: the worst
        Rainfall,    // count districts over 50 mm in `hours` of `total`; amount: the wettest district's maximum (subject)
        FireEvents,  // count: the bureau's events without a check, of `total` in its districts
        Incidents,   // byLevel[1..4]: responses at Ⅰ..Ⅳ; byLevel[0]: in the warning phase; severe: of them exercises
        Suggestion,  // the plan whose suggestion differs most: suggested vs current; count: plans that differ
        Tasks,       // count overdue of `total` open plan tasks
        Resources,   // amount: units short after the matching; count: kinds short; subject: the kind shortest
        Reports,     // count overdue of `total` reports owed by T; severe: of those owed by exercises
    };
    Kind kind = Kind::Warnings;
    DataState state = DataState::NoData;  // NoData: nothing to count from (never read as zero)
    QDateTime newest;                     // the newest datum behind it (its age)
    std::optional<TourFocus> focus;       // the tour focus that shows its details
    std::array<int, 5> byLevel{};
    int count = 0;
    int total = 0;
    int severe = 0;
    int hours = 0;
    double amount = 0;
    QString subject;
    QString where;
    // Storm: whether a district is inside the outermost wind circle now, else when the first is
    // expected (invalid: not expected along the forecast); `subject` is the storm's name.
    bool inside = false;
    QDateTime force7At;
    QString force7Label;  // the circle's own label ("7级", "R34")
    int suggested = 0;    // 4 = Ⅳ … 1 = Ⅰ, 0 none
    int current = 0;
    bool suggestEnd = false;
};

// Which warnings count on this wall (those over its map); all when empty.
using WarningFilter = std::function<bool(const incidents::WarningEntry &)>;

// The ten figures, in the wall's order. Pure.
QList<KeyFigure> keyFigures(const Situation &situation, const WarningFilter &onThisMap = {});

// Whether a focus has anything to show at T: a part with data (an all-clear is something to
// show; no data is not), a storm active, an incident active or a plan suggesting a level, needs
// or dispatches.
bool hasContent(const Situation &situation, TourFocus focus);

} // namespace lookout::situation

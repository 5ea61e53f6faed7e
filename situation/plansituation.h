// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "incidents/vocabulary.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// The plans part of the situation: what each loaded contingency plan (预案) suggests at T. The
// plans library (plans/) evaluates the plans on the rest of the situation and fills this part;
// the situation only carries it, so the wall, the desk and reports read one value.
namespace lookout::situation {

// One trigger that holds, with what was measured against what.
struct HoldingTrigger {
    QString trigger;    // its kind: "storm-distance", "warning", …
    QString subject;    // what it holds for: "MANGKHUT (山竹)", "香洲区", a station, a warning's event
    double measured = 0;
    double threshold = 0;
    QString unit;       // "km", "m", "mm", "class", "events", "level", "h"
    QString text;       // "MANGKHUT (山竹) 412 km from 珠海市, within 500"
    int line = 0;       // where the plan file writes the trigger
};

struct PlanSuggestion {
    QString planId;
    QString title;
    QString file;
    incidents::Hazard hazard = incidents::Hazard::Other;
    bool isTemplate = false;  // thresholds not from an official text
    bool exercise = false;
    QString clause;           // the sources the thresholds come from
    int suggested = 0;        // 4 = Ⅳ … 1 = Ⅰ; 0: no level's `when` holds
    QList<HoldingTrigger> holding;  // the suggested level's triggers that hold
    int current = 0;          // the level in force (0: none)
    QString incident;         // whose level that is
    bool activated = false;   // that incident's response runs under this plan
    QDateTime lastHeld;       // the last time a level held, as far as is known
    bool suggestEnd = false;  // a response runs and no level held for the plan's end_when hours
    QStringList changes;      // since the previous suggestion: "Ⅳ → Ⅲ", "+ warning 台风黄色预警"

    bool differs() const { return suggestEnd || suggested != current; }
};

struct BrokenPlan {
    QString file;
    QStringList problems;  // each located: file:line:column: field: message
};

struct PlansPart {
    QString folder;  // where the plans were read from; empty: no plans loaded
    QList<PlanSuggestion> suggestions;
    QList<BrokenPlan> broken;
    int differing = 0;  // suggestions that differ from the level in force
};

} // namespace lookout::situation

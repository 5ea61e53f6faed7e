// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "analysis/vocabulary.h"
#include "core/geo.h"
#include "feeds/typhoontrack.h"
#include "incidents/vocabulary.h"

#include <QList>
#include <QString>

#include <optional>

namespace lookout::plans {

// A contingency plan (预案) as its YAML file says it (docs/plans.md): when each response level
// applies, what must be done at each level, and what each level needs. Plain values, any thread.

// Where in the plan file a value was written (1-based), so that every message can point at it.
struct FilePlace {
    int line = 0;
    int column = 0;
};

enum class TriggerKind {
    Any,
    All,
    StormDistance,          // the latest fix within a distance of a point or an area
    StormForecastDistance,  // a forecast position within a distance, within some hours
    WindCircle,             // a wind circle over part of an area, now or by the forecast
    Warning,                // an Actual warning in force of an event, a colour, an area
    Station,                // a water station over one of its thresholds
    Rainfall,               // an accumulation over an area
    RainstormSignal,        // the rainstorm signal the amounts reach over an area
    FireDanger,             // a district of the area at a fire-danger class
    FireEvents,             // satellite fire events in the area
};

// The wind circles a trigger can name: CMA's force 7/10/12 (m/s, 2-min) and the US 34/50/64 kt.
enum class WindThreshold { Force7, Force10, Force12, R34, R50, R64 };
enum class StationThreshold { Warning, Guarantee, FloodLimit };
enum class RainStat { Mean, Max };

// Where a distance is measured to: a point, or an area by its 统计用区划代码 (its boundary; 0 inside).
struct Place {
    std::optional<GeoPoint> point;
    QString area;
};

// One condition of a level's `when`, or a combination of them. Only the fields of its kind are used.
struct Trigger {
    TriggerKind kind = TriggerKind::All;
    FilePlace at;
    QList<Trigger> children;  // any / all

    double withinKm = 0;
    int withinHours = 0;
    Place of;
    std::optional<feeds::TyphoonGrade> minGrade;
    WindThreshold threshold = WindThreshold::Force7;
    QString area;  // the code of the area a trigger looks at
    QString eventContains;
    incidents::WarningLevel minLevel = incidents::WarningLevel::Blue;
    QString station;  // STCD; empty: every station in `area`
    StationThreshold over = StationThreshold::Warning;
    double byMetres = 0;
    int hours = 0;
    RainStat stat = RainStat::Mean;
    double atLeastMm = 0;
    analysis::RainstormSignal minSignal = analysis::RainstormSignal::Blue;
    int minClass = 3;
    int atLeast = 1;
    bool uncheckedOnly = false;
};

struct PlanLevel {
    int level = 4;  // 4 = Ⅳ (lowest) … 1 = Ⅰ
    Trigger when;
    FilePlace at;
};

// A checklist line: becomes a task when its level is activated.
struct PlanAction {
    int level = 4;
    QString id;
    QString text;
    QString owner;
    double dueHours = 0;
    bool report = false;  // the owner reports back when done
};

// What a level needs, matched against the inventory (issue 14).
struct PlanNeed {
    int level = 4;
    QString kind;
    double quantity = 0;
    QString area;
};

// Where the thresholds come from. `verified: false` marks a template: thresholds written after
// public practice, not copied from the official text.
struct PlanSource {
    QString document;
    QString clause;
    bool verified = false;
};

struct Plan {
    QString file;  // the file it was read from
    QString title;
    QString id;
    QString issuer;
    incidents::Hazard hazard = incidents::Hazard::Other;
    QString jurisdiction;  // the code prefix it covers
    QList<PlanSource> sources;
    bool exercise = false;  // an exercise plan: shown as such everywhere
    QList<PlanLevel> levels;  // highest level (Ⅰ) first
    double endAfterHours = 6;  // suggest ending when no level held for this long
    QList<PlanAction> actions;
    QList<PlanNeed> resources;

    bool isTemplate() const;  // any source not verified
    QString clause() const;   // the sources' documents and clauses, one line
    const PlanLevel *level(int level) const;
};

// Stable words for files, JSON and the CLI.
QString toString(TriggerKind kind);  // "storm-distance"
std::optional<TriggerKind> triggerKindFromString(const QString &word);
QString toString(WindThreshold threshold);  // "force7"
std::optional<WindThreshold> windThresholdFromString(const QString &word);
QString agencyLabel(WindThreshold threshold);  // how the tracks label it: "7级", "R34"
QString toString(StationThreshold threshold);
std::optional<StationThreshold> stationThresholdFromString(const QString &word);

} // namespace lookout::plans

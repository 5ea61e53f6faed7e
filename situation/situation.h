// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "analysis/activestorms.h"
#include "analysis/typhoonexposure.h"
#include "analysis/waterlevels.h"
#include "feeds/typhoontrack.h"
#include "incidents/incidentledger.h"
#include "incidents/warningregistry.h"
#include "core/geo.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace lookout::situation {

// What is known at a time T, one part per concern, as typed values: built once (off the GUI
// thread), read by the wall, the desk, plans, reports and the `lookout situation` command. Plain
// values, any thread, cheap to copy.

// Whether a part has anything to say. NoData is never shown as NothingToReport: a panel without
// data says so, it does not read as an all-clear.
enum class DataState {
    NoData,           // nothing in the workspace for the part's window
    NothingToReport,  // data, and nothing over any threshold
    Reported,         // something to act on
};

// Where a part's facts come from and how current they are.
struct PartSource {
    QStringList sources;  // the files or feeds its data came from
    QDateTime newest;     // its newest datum (UTC); invalid with no data
};

// One water station as known at T: its latest level against the thresholds in force, how it
// moves, and when it crossed. `level.status` says which state it is in (超警/超保/超汛限, outside
// the flood season, no threshold).
struct StationSituation {
    QString stcd;
    QString name;
    QString river;
    std::optional<GeoPoint> position;      // none: listed, not drawn
    bool reservoir = false;
    analysis::LevelState level;
    std::optional<double> warningLevel;    // WRZ
    std::optional<double> guaranteedLevel; // GRZ
    std::optional<double> floodLimit;      // FSLTDZ in force on the reading's day
    bool stale = false;                    // latest reading older than kStaleSeconds
    QList<std::pair<QDateTime, double>> readings;  // the window's levels, oldest first (the desk's chart)

    // The excess over the worst threshold it is over (or nearest below), for ordering.
    std::optional<double> excess() const;
    // 4 over guaranteed, 3 over warning or flood limit, 2 normal, 1 without a threshold in force.
    int severity() const;
};

struct StationsPart {
    static constexpr qint64 kWindowSeconds = 10 * 24 * 3600;  // back far enough for spells and rises
    static constexpr qint64 kStaleSeconds = 6 * 3600;         // hourly stations report every hour
    DataState state = DataState::NoData;
    PartSource source;
    QList<StationSituation> stations;  // worst first
    int overThreshold = 0;
    int withoutThreshold = 0;
    int withoutPosition = 0;
    int stale = 0;
};

// The warning registry as known at T: every chain's head (`all`, live first, red first), those in
// force or pending (`current`), and those that ended in the last 24 hours.
struct WarningsPart {
    static constexpr qint64 kEndedWindowSeconds = 24 * 3600;
    DataState state = DataState::NoData;
    PartSource source;
    QList<incidents::WarningEntry> all;
    QList<incidents::WarningEntry> current;
    QList<incidents::WarningEntry> recentlyEnded;
    qsizetype messagesKept = 0;  // messages in the workspace by T
    int live = 0;                // Actual and in force: what counts
    int unacknowledged = 0;      // of those, not yet acknowledged at the desk
};

// One tropical cyclone active at T (a fix in the last 12 hours), as every agency and source knows
// it then: each track's latest fix (its own wind, unit and averaging), the main track's wind
// circles over the districts now and — along a forecast — when, and the distance and bearing
// from the bureau's reference districts.
struct CycloneSituation {
    struct Distance {
        QString district;
        double kilometres = 0;
        double bearingDegrees = 0;  // from the district to the storm, clockwise from north
    };
    analysis::StormView view;               // its name, local name, and every agency's and source's track, cut to T
    feeds::TyphoonTrack main;               // CMA's real-time record, else its best track, else the first; cut to T
    QList<analysis::CircleExposure> exposure;  // the main track's last-fix circles over the districts
    QString exposureNote;                   // why there are no expected times, when there are none
    QList<Distance> distances;

    const feeds::TrackPoint &lastFix() const { return main.points.back(); }
};

struct CyclonesPart {
    DataState state = DataState::NoData;
    PartSource source;
    QList<CycloneSituation> storms;  // nearest to the bureau first
};

// The record as known at T (every entry up to T, folded): incidents with their levels and areas,
// the leaders' instructions, hotspot checks and duty tasks, and what is still open.
struct IncidentsPart {
    DataState state = DataState::NoData;  // NoData: an empty record by T
    PartSource source;                    // the record's newest entry
    incidents::RecordState record;
    qsizetype entries = 0;                // entries of the record by T
    QList<incidents::Incident> active;    // in warning or response, opened first
    int openInstructions = 0;
    int openChecks = 0;
    int openTasks = 0;
};

struct Situation {
    static constexpr int kSchemaVersion = 1;  // of its JSON form (docs/situation.md)
    QDateTime at;                             // UTC: "as known at"
    WarningsPart warnings;
    CyclonesPart cyclones;
    StationsPart stations;
    IncidentsPart incidents;
};

} // namespace lookout::situation

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "analysis/activestorms.h"
#include "analysis/firedanger.h"
#include "analysis/fireevents.h"
#include "analysis/rainfallstats.h"
#include "analysis/typhoonexposure.h"
#include "analysis/waterlevels.h"
#include "core/division.h"
#include "core/geo.h"
#include "feeds/feedhealth.h"
#include "feeds/firmscsv.h"
#include "feeds/typhoontrack.h"
#include "gis/rainfallgrid.h"
#include "incidents/incidentledger.h"
#include "incidents/warningregistry.h"
#include "situation/plansituation.h"
#include "situation/reportsituation.h"
#include "situation/resourcesituation.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
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

// Where a part's facts come from, how current they are, and how the live feeds delivering them
// fare. No feed health on a replay or on a seat that runs no feed of the part's kind.
struct PartSource {
    QStringList sources;                 // the files or feeds its data came from
    QDateTime newest;                    // its newest datum (UTC); invalid with no data
    QList<feeds::SourceHealth> feeds;    // the live feeds of the part's kinds, as their health files say

    // The worst state of those feeds at `at` (Failing, then NoData, Stale, Fresh); nullopt without feeds.
    std::optional<feeds::SourceHealth::State> worstFeedState(const QDateTime &at) const;
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

// A map layer of the situation, built with it off the GUI thread: WGS-84 geometry whose features
// carry the style keys of situation/mapstyles.h. The presenter gives it its title.
struct SituationLayer {
    QString id;          // the layer's role: "typhoon_track", "wind_circles_cma", "forecasts" …
    QString agency;      // whose data it draws
    QString format;      // the source format (for the title)
    gis::VectorData data;
    QString sourceNote;
    QDateTime dataDate;
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
    // Its map layers: CMA's track by grade (best track, else real-time), the wind circles of CMA's
    // real-time record and JTWC's last fix, every agency's forecasts with their cones.
    QList<SituationLayer> layers;
    GeoBox extent;  // what a view needs to show: 12 h of track, 150 km round the fix, the cones

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

// One accumulation window of the rainfall part, ending at the latest grid's valid time.
struct RainWindow {
    int hours = 0;
    std::shared_ptr<const gis::RainfallGrid> grid;  // null: the grids held do not tile the window
    QString missing;                                // why not
    QList<analysis::DistrictRainfall> districts;    // per district, in the districts' order

    double wettestMm() const;  // the highest district maximum
    const analysis::DistrictRainfall *district(const QString &name) const;
};

// The latest rainfall product known at T (48 h back) and its accumulations per district over
// 1/3/6/12/24 h where its grids tile the window, with the rainstorm signal those amounts reach.
struct RainfallPart {
    static constexpr qint64 kLookBackSeconds = 48 * 3600;
    static constexpr int kWindowHours[] = {1, 3, 6, 12, 24};
    DataState state = DataState::NoData;  // NothingToReport: below every rainstorm threshold
    PartSource source;
    QString product;     // the latest grid's file and variable
    QDateTime validTime; // the end of every window (UTC)
    int ownHours = 0;    // the latest grid's own period
    QList<RainWindow> windows;  // the five windows, then the grid's own period when it is none of them
    std::optional<analysis::RainstormSignal> signal;  // nullopt: no 3, 6 or 12 h amount to judge by

    // The window the map draws and the districts are ranked by: the longest covered, up to 24 h.
    const RainWindow *shown() const;
};

// A fire event of the last 24 hours on this map, placed in its district, with the check the
// record holds for it (核查: sent to which town, what was found).
struct FireEventSituation {
    analysis::FireEvent event;                 // `hotspots` index FirePart::hotspots
    QString districtCode;                      // where the workspace's divisions know the district
    QList<AreaRef> towns;                      // the district's towns (no town boundaries exist)
    std::optional<incidents::HotspotCheck> check;  // the latest check sent near it in its time

    QString town() const { return check ? check->town : QString(); }
};

struct FirePart {
    static constexpr qint64 kWindowSeconds = 24 * 3600;
    static constexpr double kCheckReachKm = 3.0;  // a check this near an event is its check
    DataState state = DataState::NoData;  // NothingToReport: detections, none in the bureau's districts
    PartSource source;
    QList<feeds::Hotspot> hotspots;       // the last 24 h on this map, in the store's order
    qsizetype inFeed = 0;                 // detections of the last 24 h, on this map or not
    int highConfidence = 0;               // of `hotspots`
    int staticSourcesDropped = 0;
    QList<FireEventSituation> events;     // the bureau's own first, newest first within each group
    int inDistricts = 0;
};

// Fire danger today (Beijing day of T) by district, from the stations' daily noon weather run
// through the FWI system (a season back, for the slow codes).
struct FireDangerPart {
    static constexpr int kSeasonDays = 120;
    DataState state = DataState::NoData;  // NothingToReport: no district (with current weather) at a signal
    PartSource source;
    QDate day;                                    // today in Beijing
    int stations = 0;
    QList<analysis::DistrictDanger> districts;    // worst first
    int stale = 0;                                // districts whose weather is older than yesterday

    bool isStale(const analysis::DistrictDanger &district) const
    {
        return district.dangerClass > 0 && district.date.daysTo(day) > 1;
    }
};

struct Situation {
    static constexpr int kSchemaVersion = 2;  // of its JSON form (docs/situation.md)
    QDateTime at;                             // UTC: "as known at"
    WarningsPart warnings;
    CyclonesPart cyclones;
    StationsPart stations;
    RainfallPart rainfall;
    FirePart fire;
    FireDangerPart fireDanger;
    IncidentsPart incidents;
    PlansPart plans;  // filled by the plans library where plans are loaded
    ResourcesPart resources;  // the same: needs, matching, gaps; positions from the builder
    ReportsPart reports;      // filled by the reports library: what each incident owes, and when
};

} // namespace lookout::situation

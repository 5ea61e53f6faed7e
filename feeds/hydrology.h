// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/geo.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace lookout::feeds {

// Water data in the model of SL 323 (实时雨水情数据库表结构与标识符), the Chinese standard for
// real-time hydrological databases; field names follow its identifiers. Plain values, any
// thread. Times UTC (SL 323 stores Beijing time: readers convert).

// ST_STBPRP_B: a station. Coordinates may be unknown (such a station is listed, not drawn).
struct StationInfo {
    QString stcd;    // station code; readers without codes key stations by name
    QString stnm;    // name
    QString rvnm;    // river
    QString sttp;    // station type: "ZZ" river level, "RR" reservoir, "PP" rain, "TT" tide...
    std::optional<GeoPoint> position;  // LGTD, LTTD
};

// ST_RIVER_R: river level Z (m) and discharge Q (m³/s) at TM.
struct RiverReading {
    QString stcd;
    QDateTime tm;
    std::optional<double> z;
    std::optional<double> q;
};

// ST_RSVR_R: reservoir level RZ (m), inflow INQ and outflow OTQ (m³/s).
struct ReservoirReading {
    QString stcd;
    QDateTime tm;
    std::optional<double> rz;
    std::optional<double> inq;
    std::optional<double> otq;
};

// ST_PPTN_R: rain DRP (mm) over the INTV hours ending at TM.
struct RainReading {
    QString stcd;
    QDateTime tm;
    double drp = 0;
    double intv = 1;
};

// ST_RVFCCH_B: a river station's warning (WRZ) and guaranteed (GRZ) levels.
struct RiverThresholds {
    QString stcd;
    std::optional<double> wrz;
    std::optional<double> grz;
};

// ST_RSVRFSR_B: a reservoir's flood-limit level FSLTDZ for the sub-period BGMD..EDMD ("MMDD").
// A flood limit holds in its period only; a row whose source gave no period has both empty
// (the level is known, when it applies is not: never read as an excess).
struct FloodLimitPeriod {
    QString stcd;
    QString bgmd;
    QString edmd;
    double fsltdz = 0;

    bool periodKnown() const { return bgmd.size() == 4 && edmd.size() == 4; }
};

// What a set of water files holds, in SL 323 tables.
struct HydrologyData {
    QList<StationInfo> stations;
    QList<RiverReading> river;
    QList<ReservoirReading> reservoirs;
    QList<RainReading> rain;
    QList<RiverThresholds> riverThresholds;
    QList<FloodLimitPeriod> floodLimits;
    QStringList notes;  // what the reader flagged (duplicates dropped, rows merged...)
    int seriesSkipped = 0;  // WaterML/RDB series of other parameters (temperature, pH...) left out
};

// The Changjiang Water Resources Commission real-time table as scraped to CSV (columns 站点,
// 水系, 日期时间, 水位, 流量; GB18030; DD-MM-YYYY HH:MM:SS Beijing time). Stations are known by
// name only. A name with "水库" is a reservoir: its 流量 is inflow, and the "<name>(出库)" rows give
// the same reservoir's level with its outflow, merged into one ST_RSVR_R row per time.
Result<HydrologyData> parseChangjiangLevels(const QByteArray &bytes, const QString &sourceName);

// The compiled threshold file (STNM, kind, WRZ, GRZ, FSLTDZ, optional BGMD and EDMD, source;
// UTF-8): river rows give ST_RVFCCH_B, reservoir rows ST_RSVRFSR_B for BGMD..EDMD ("MMDD", both
// or neither). A reservoir row without dates keeps its level with the period unknown: it is
// never taken for a whole year, nor for a flood season the source did not name.
Result<HydrologyData> parseThresholdTable(const QByteArray &bytes, const QString &sourceName);

} // namespace lookout::feeds

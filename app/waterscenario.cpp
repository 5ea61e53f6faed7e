// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The water panel and station layer: each station's level against its thresholds as known at the
// scenario clock, from the SL 323 tables in the workspace.
#include "scenariosupport.h"

#include "analysis/waterlevels.h"
#include "core/timeformat.h"
#include "gis/coordinatetransform.h"
#include "gis/maptheme.h"
#include "store/hydrologystore.h"

#include <QCoreApplication>

#include <algorithm>

namespace lookout::app {

namespace {

// A reading this much older than the clock is stale: hourly stations report every hour.
constexpr qint64 kStaleSeconds = 6 * 3600;
// How far back the panel looks: enough for the 3 h rise and the start of a spell above a level.
constexpr qint64 kWindowSeconds = 10 * 24 * 3600;

struct StationView {
    feeds::StationInfo info;
    analysis::LevelState state;
    bool reservoir = false;
    std::optional<double> warningLevel;   // WRZ, or the flood limit in force for a reservoir
    std::optional<double> guaranteedLevel;
    bool stale = false;
    QVariantList series;                  // {t, v} for the desk's chart

    // The excess that decides the station's place in the list: the worst threshold it is over.
    double excess() const
    {
        if (state.overGuaranteed && *state.overGuaranteed > 0)
            return *state.overGuaranteed;
        if (state.overFloodLimit)
            return *state.overFloodLimit;
        return state.overWarning.value_or(-1e9);
    }
    QString stateKey() const
    {
        if (stale)
            return QStringLiteral("stale");
        switch (state.status) {
        case analysis::LevelState::Status::OverGuaranteed: return QStringLiteral("guaranteed");
        case analysis::LevelState::Status::OverWarning: return QStringLiteral("warning");
        case analysis::LevelState::Status::OverFloodLimit: return QStringLiteral("floodlimit");
        case analysis::LevelState::Status::Normal: return QStringLiteral("normal");
        default: return QStringLiteral("nothreshold");
        }
    }
    int severity() const
    {
        switch (state.status) {
        case analysis::LevelState::Status::OverGuaranteed: return 4;
        case analysis::LevelState::Status::OverWarning:
        case analysis::LevelState::Status::OverFloodLimit: return 3;
        case analysis::LevelState::Status::Normal: return 2;
        case analysis::LevelState::Status::NoThreshold:
        case analysis::LevelState::Status::OutsideFloodSeason:
        case analysis::LevelState::Status::FloodLimitPeriodUnknown: return 1;
        default: return 0;
        }
    }
};

QString metres(double value, bool sign = false)
{
    return (sign && value >= 0 ? QStringLiteral("+") : QString()) + QString::number(value, 'f', 2) + QStringLiteral(" m");
}

QString trendArrow(const std::optional<double> &rise1h)
{
    if (!rise1h)
        return {};
    if (*rise1h > 0.005)
        return QStringLiteral("▲");
    if (*rise1h < -0.005)
        return QStringLiteral("▼");
    return QStringLiteral("▶");
}

QList<StationView> evaluateStations(const feeds::HydrologyData &data, const QDateTime &at)
{
    QList<StationView> views;
    for (const feeds::StationInfo &station : data.stations) {
        StationView view;
        view.info = station;
        QList<feeds::RiverReading> river;
        for (const feeds::RiverReading &r : data.river)
            if (r.stcd == station.stcd)
                river.append(r);
        QList<feeds::ReservoirReading> reservoir;
        for (const feeds::ReservoirReading &r : data.reservoirs)
            if (r.stcd == station.stcd)
                reservoir.append(r);
        QList<feeds::FloodLimitPeriod> limits;
        for (const feeds::FloodLimitPeriod &p : data.floodLimits)
            if (p.stcd == station.stcd)
                limits.append(p);
        std::optional<feeds::RiverThresholds> thresholds;
        for (const feeds::RiverThresholds &t : data.riverThresholds)
            if (t.stcd == station.stcd)
                thresholds = t;
        view.reservoir = !reservoir.isEmpty() || !limits.isEmpty();
        auto addPoint = [&](const QDateTime &time, const std::optional<double> &level) {
            if (level && time <= at)
                view.series.append(QVariantMap{{QStringLiteral("t"), double(time.toMSecsSinceEpoch())}, {QStringLiteral("v"), *level}});
        };
        for (const feeds::RiverReading &r : river)
            addPoint(r.tm, r.z);
        for (const feeds::ReservoirReading &r : reservoir)
            addPoint(r.tm, r.rz);
        if (view.reservoir) {
            view.state = analysis::evaluateReservoir(reservoir, limits, at);
            if (view.state.time.isValid())
                view.warningLevel = analysis::floodLimitOn(limits, view.state.time.toTimeZone(displayZone()).date());
        } else {
            view.state = analysis::evaluateRiver(river, thresholds, at);
            if (thresholds) {
                view.warningLevel = thresholds->wrz;
                view.guaranteedLevel = thresholds->grz;
            }
        }
        if (view.state.status == analysis::LevelState::Status::NoData)
            continue;  // a station with thresholds but no reading in the window: nothing to show
        view.stale = view.state.time.secsTo(at) > kStaleSeconds;
        views.append(view);
    }
    std::stable_sort(views.begin(), views.end(), [](const StationView &a, const StationView &b) {
        if (a.severity() != b.severity())
            return a.severity() > b.severity();
        return a.excess() > b.excess();
    });
    return views;
}

qml::MonitorRow rowFor(const StationView &view, const QDateTime &at)
{
    const analysis::LevelState &s = view.state;
    qml::MonitorRow row;
    row.title = view.info.stnm + (view.info.rvnm.isEmpty() ? QString() : QStringLiteral(" · ") + view.info.rvnm);
    row.color = gis::stationStateColor(view.stateKey());
    row.muted = view.stale || s.status == analysis::LevelState::Status::NoThreshold
                || s.status == analysis::LevelState::Status::OutsideFloodSeason
                || s.status == analysis::LevelState::Status::FloodLimitPeriodUnknown;
    row.trend = view.stale ? QString() : trendArrow(s.rise1h);
    if (view.info.position)
        row.focus = QPointF(view.info.position->lon, view.info.position->lat);
    QStringList detail;
    detail << (view.reservoir ? QStringLiteral("RZ ") : QStringLiteral("Z ")) + metres(s.level);
    switch (s.status) {
    case analysis::LevelState::Status::OverGuaranteed:
        row.value = QCoreApplication::translate("Scenario", "超保 %1").arg(metres(*s.overGuaranteed, true));
        detail << QCoreApplication::translate("Scenario", "over guaranteed since %1").arg(formatLocal(s.firstOverGuaranteed));
        break;
    case analysis::LevelState::Status::OverWarning:
        row.value = QCoreApplication::translate("Scenario", "超警 %1").arg(metres(*s.overWarning, true));
        detail << QCoreApplication::translate("Scenario", "warning %1, over since %2").arg(metres(*view.warningLevel), formatLocal(s.firstOverWarning));
        break;
    case analysis::LevelState::Status::OverFloodLimit:
        row.value = QCoreApplication::translate("Scenario", "超汛限 %1").arg(metres(*s.overFloodLimit, true));
        detail << QCoreApplication::translate("Scenario", "flood limit %1, over since %2").arg(metres(*view.warningLevel), formatLocal(s.firstOverFloodLimit));
        break;
    case analysis::LevelState::Status::Normal:
        row.value = metres(s.overWarning ? *s.overWarning : s.overFloodLimit.value_or(0), true);
        detail << (view.reservoir ? QCoreApplication::translate("Scenario", "flood limit %1") : QCoreApplication::translate("Scenario", "warning %1")).arg(metres(view.warningLevel.value_or(0)));
        break;
    case analysis::LevelState::Status::OutsideFloodSeason:
        row.value = QCoreApplication::translate("Scenario", "outside the flood season");
        detail << QCoreApplication::translate("Scenario", "no flood limit in force on this day");
        break;
    case analysis::LevelState::Status::FloodLimitPeriodUnknown:
        row.value = QCoreApplication::translate("Scenario", "flood-limit period unknown");
        detail << QCoreApplication::translate("Scenario", "the source gives the flood limit without its period");
        break;
    default:
        row.value = QCoreApplication::translate("Scenario", "no threshold");
        break;
    }
    if (s.rise1h)
        detail << QCoreApplication::translate("Scenario", "%1 in 1 h").arg(metres(*s.rise1h, true));
    if (s.rise3h)
        detail << QCoreApplication::translate("Scenario", "%1 in 3 h").arg(metres(*s.rise3h, true));
    if (!view.info.position)
        detail << QCoreApplication::translate("Scenario", "no coordinates: not on the map");
    detail << (view.stale ? QCoreApplication::translate("Scenario", "STALE: last reading %1 ago") : QCoreApplication::translate("Scenario", "%1 ago")).arg(formatAge(s.time.secsTo(at)));
    row.detail = detail.join(QStringLiteral(" · "));
    QVariantList lines;
    auto line = [&](const QString &label, const std::optional<double> &value, const QString &state) {
        if (value)
            lines.append(QVariantMap{{QStringLiteral("label"), label}, {QStringLiteral("value"), *value},
                                     {QStringLiteral("color"), gis::stationStateColor(state)}});
    };
    if (view.reservoir)
        line(QCoreApplication::translate("Scenario", "flood limit"), view.warningLevel, QStringLiteral("floodlimit"));
    else
        line(QCoreApplication::translate("Scenario", "warning"), view.warningLevel, QStringLiteral("warning"));
    line(QCoreApplication::translate("Scenario", "guaranteed"), view.guaranteedLevel, QStringLiteral("guaranteed"));
    row.chart = QVariantMap{{QStringLiteral("points"), view.series}, {QStringLiteral("lines"), lines}};
    return row;
}

gis::VectorData stationFeatures(const QList<StationView> &views)
{
    gis::VectorData data;
    data.layerName = QStringLiteral("stations");
    data.crs = gis::kWgs84;
    data.fieldNames = {QStringLiteral("state"), QStringLiteral("label")};
    for (const StationView &view : views) {
        if (!view.info.position)
            continue;
        gis::VectorFeature feature;
        feature.id = qint64(data.features.size());
        feature.kind = gis::GeometryKind::Point;
        feature.parts = {{*view.info.position}};
        feature.bounds.extend(view.info.position->lon, view.info.position->lat);
        feature.labelPoint = *view.info.position;
        QString label = view.info.stnm + QLatin1Char(' ') + QString::number(view.state.level, 'f', 2);
        const double excess = view.excess();
        if (view.severity() >= 2 && excess > -1e8)
            label += QStringLiteral(" (%1)").arg(metres(excess, true));
        feature.attributes.insert(QStringLiteral("state"), view.stateKey());
        feature.attributes.insert(QStringLiteral("label"), label);
        data.features.push_back(std::move(feature));
    }
    data.recomputeBounds();
    return data;
}

} // namespace

Result<QStringList> stationsOverThreshold(store::Workspace &workspace, const QDateTime &at)
{
    auto data = store::HydrologyStore(workspace.database()).between(at.addSecs(-kWindowSeconds), at);
    if (!data)
        return data.error();
    QStringList lines;
    for (const StationView &view : evaluateStations(*data, at)) {
        if (view.severity() < 3)
            continue;
        const QDateTime since = view.state.status == analysis::LevelState::Status::OverGuaranteed ? view.state.firstOverGuaranteed
                              : view.state.status == analysis::LevelState::Status::OverWarning  ? view.state.firstOverWarning
                                                                                                  : view.state.firstOverFloodLimit;
        const QString name = view.info.stcd == view.info.stnm ? view.info.stnm : QStringLiteral("%1 (%2)").arg(view.info.stnm, view.info.stcd);
        lines.append(QStringLiteral("%1 %2 %3, level %4 at %5%6")
                         .arg(name, analysis::statusName(view.state.status), metres(view.excess(), true),
                              metres(view.state.level), formatLocal(view.state.time),
                              since.isValid() ? QStringLiteral(", over since %1").arg(formatLocal(since)) : QString()));
    }
    return lines;
}

Result<void> loadWater(store::Workspace &workspace, const ScenarioOptions &options, qml::AppController &controller)
{
    auto data = store::HydrologyStore(workspace.database()).between(options.at.addSecs(-kWindowSeconds), options.at);
    if (!data)
        return data.error();
    const QList<StationView> views = evaluateStations(*data, options.at);
    QList<qml::MonitorRow> rows;
    int over = 0, noThreshold = 0, unplaced = 0, stale = 0;
    QDateTime latest;
    for (const StationView &view : views) {
        rows.append(rowFor(view, options.at));
        over += view.severity() >= 3 ? 1 : 0;
        noThreshold += view.state.status == analysis::LevelState::Status::NoThreshold ? 1 : 0;
        unplaced += view.info.position ? 0 : 1;
        stale += view.stale ? 1 : 0;
        if (!latest.isValid() || view.state.time > latest)
            latest = view.state.time;
    }
    QString summary;
    if (!views.isEmpty()) {
        summary = QCoreApplication::translate("Scenario", "%1 stations reporting · %2 over a threshold · %3 without threshold")
                      .arg(views.size()).arg(over).arg(noThreshold);
        if (stale > 0)
            summary += QCoreApplication::translate("Scenario", " · %1 STALE").arg(stale);
        if (unplaced > 0)
            summary += QCoreApplication::translate("Scenario", " · %1 without coordinates (listed, not drawn)").arg(unplaced);
    }
    controller.water()->setRows(rows, summary, QCoreApplication::translate("Scenario", "No station reported in the last 10 days"));
    const auto [text, state] = sourceLine(options, {feeds::FeedKind::Water},
                                          latest.isValid() ? QCoreApplication::translate("Scenario", "Replay: levels as known at %1 · latest reading %2 (%3 old)")
                                                                 .arg(formatLocal(options.at), formatLocal(latest), formatAge(latest.secsTo(options.at)))
                                                           : QCoreApplication::translate("Scenario", "Replay: no level reading in the workspace before %1").arg(formatLocal(options.at)));
    controller.water()->setSource(text, state);
    addLayer(*controller.layers(), QStringLiteral("stations"), QCoreApplication::translate("Scenario", "Water stations (level against thresholds)"),
             stationFeatures(views), gis::stationStyles(), QCoreApplication::translate("Scenario", "SL 323 tables: %n station(s)").replace(QStringLiteral("%n"), QString::number(views.size())),
             latest);
    return {};
}

} // namespace lookout::app

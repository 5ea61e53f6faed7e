// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The water panel and station layer: each station's level against its thresholds as known at the
// scenario clock, from the SL 323 tables in the workspace.
#include "scenariosupport.h"

#include "core/timeformat.h"
#include "core/unitwords.h"
#include "gis/coordinatetransform.h"
#include "situation/mapstyles.h"
#include "situation/situation.h"

#include <QCoreApplication>

#include <algorithm>

namespace lookout::app {

namespace {

using situation::StationSituation;
using Status = analysis::LevelState::Status;

// How the map and the panel colour a station: its state, or stale.
QString metres(double value, bool sign = false)
{
    return metresText(value, 2, sign);
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

qml::MonitorRow rowFor(const StationSituation &view, const QDateTime &at)
{
    const analysis::LevelState &s = view.level;
    qml::MonitorRow row;
    row.title = view.name + (view.river.isEmpty() ? QString() : QStringLiteral(" · ") + view.river);
    row.color = situation::stationStateColor(view.level.status, view.stale);
    row.muted = view.stale || s.status == Status::NoThreshold
                || s.status == Status::OutsideFloodSeason
                || s.status == Status::FloodLimitPeriodUnknown;
    row.trend = view.stale ? QString() : trendArrow(s.rise1h);
    if (view.position)
        row.focus = QPointF(view.position->lon, view.position->lat);
    QStringList detail;
    detail << (view.reservoir ? QStringLiteral("RZ ") : QStringLiteral("Z ")) + metres(s.level);
    switch (s.status) {
    case Status::OverGuaranteed:
        row.value = QCoreApplication::translate("Scenario", "above guaranteed level %1").arg(metres(*s.overGuaranteed, true));
        detail << QCoreApplication::translate("Scenario", "over guaranteed since %1").arg(formatLocal(s.firstOverGuaranteed));
        break;
    case Status::OverWarning:
        row.value = QCoreApplication::translate("Scenario", "above warning level %1").arg(metres(*s.overWarning, true));
        detail << QCoreApplication::translate("Scenario", "warning %1, over since %2").arg(metres(*view.warningLevel), formatLocal(s.firstOverWarning));
        break;
    case Status::OverFloodLimit:
        row.value = QCoreApplication::translate("Scenario", "above flood-limit level %1").arg(metres(*s.overFloodLimit, true));
        detail << QCoreApplication::translate("Scenario", "flood limit %1, over since %2").arg(metres(*view.floodLimit), formatLocal(s.firstOverFloodLimit));
        break;
    case Status::Normal:
        row.value = metres(s.overWarning ? *s.overWarning : s.overFloodLimit.value_or(0), true);
        detail << (view.reservoir ? QCoreApplication::translate("Scenario", "flood limit %1").arg(metres(view.floodLimit.value_or(0)))
                                  : QCoreApplication::translate("Scenario", "warning %1").arg(metres(view.warningLevel.value_or(0))));
        break;
    case Status::OutsideFloodSeason:
        row.value = QCoreApplication::translate("Scenario", "outside the flood season");
        detail << QCoreApplication::translate("Scenario", "no flood limit in force on this day");
        break;
    case Status::FloodLimitPeriodUnknown:
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
    if (!view.position)
        detail << QCoreApplication::translate("Scenario", "no coordinates: not on the map");
    detail << (view.stale ? QCoreApplication::translate("Scenario", "STALE: last reading %1 ago") : QCoreApplication::translate("Scenario", "%1 ago")).arg(formatAge(s.time.secsTo(at)));
    row.detail = detail.join(QStringLiteral(" · "));
    QVariantList lines;
    auto line = [&](const QString &label, const std::optional<double> &value, analysis::StationState state) {
        if (value)
            lines.append(QVariantMap{{QStringLiteral("label"), label}, {QStringLiteral("value"), *value},
                                     {QStringLiteral("color"), situation::stationStateColor(state, false)}});
    };
    if (view.reservoir)
        line(QCoreApplication::translate("Scenario", "flood limit"), view.floodLimit, Status::OverFloodLimit);
    else
        line(QCoreApplication::translate("Scenario", "warning"), view.warningLevel, Status::OverWarning);
    line(QCoreApplication::translate("Scenario", "guaranteed"), view.guaranteedLevel, Status::OverGuaranteed);
    QVariantList points;
    for (const auto &[time, level] : view.readings)
        points.append(QVariantMap{{QStringLiteral("t"), double(time.toMSecsSinceEpoch())}, {QStringLiteral("v"), level}});
    row.chart = QVariantMap{{QStringLiteral("points"), points}, {QStringLiteral("lines"), lines}};
    return row;
}

gis::VectorData stationFeatures(const QList<StationSituation> &views)
{
    gis::VectorData data;
    data.layerName = QStringLiteral("stations");
    data.crs = gis::kWgs84;
    data.fieldNames = {QStringLiteral("state"), QStringLiteral("label")};
    for (const StationSituation &view : views) {
        if (!view.position)
            continue;
        gis::VectorFeature feature;
        feature.id = qint64(data.features.size());
        feature.kind = gis::GeometryKind::Point;
        feature.parts = {{*view.position}};
        feature.bounds.extend(view.position->lon, view.position->lat);
        feature.labelPoint = *view.position;
        QString label = view.name + QLatin1Char(' ') + QString::number(view.level.level, 'f', 2);
        if (const auto excess = view.excess(); view.severity() >= 2 && excess)
            label += QStringLiteral(" (%1)").arg(metres(*excess, true));
        feature.attributes.insert(QStringLiteral("state"), situation::stationStyleKey(view.level.status, view.stale));
        feature.attributes.insert(QStringLiteral("label"), label);
        data.features.push_back(std::move(feature));
    }
    data.recomputeBounds();
    return data;
}

} // namespace

QStringList stationsOverThreshold(const situation::StationsPart &part)
{
    QStringList lines;
    for (const StationSituation &view : part.stations) {
        if (view.severity() < 3)
            continue;
        const QDateTime since = view.level.status == Status::OverGuaranteed ? view.level.firstOverGuaranteed
                              : view.level.status == Status::OverWarning  ? view.level.firstOverWarning
                                                                            : view.level.firstOverFloodLimit;
        const QString name = view.stcd == view.name ? view.name : QStringLiteral("%1 (%2)").arg(view.name, view.stcd);
        lines.append(QStringLiteral("%1 %2 %3, level %4 at %5%6")
                         .arg(name, analysis::statusName(view.level.status), metres(view.excess().value_or(0), true),
                              metres(view.level.level), formatLocal(view.level.time),
                              since.isValid() ? QStringLiteral(", over since %1").arg(formatLocal(since)) : QString()));
    }
    return lines;
}

void presentWater(const situation::Situation &situation, const ScenarioOptions &options, qml::AppController &controller)
{
    const situation::StationsPart *part = &situation.stations;
    QList<qml::MonitorRow> rows;
    for (const StationSituation &view : part->stations)
        rows.append(rowFor(view, situation.at));
    QString summary;
    if (!part->stations.isEmpty()) {
        summary = QCoreApplication::translate("Scenario", "%1 stations reporting · %2 over a threshold · %3 without threshold")
                      .arg(part->stations.size()).arg(part->overThreshold).arg(part->withoutThreshold);
        if (part->stale > 0)
            summary += QCoreApplication::translate("Scenario", " · %1 STALE").arg(part->stale);
        if (part->withoutPosition > 0)
            summary += QCoreApplication::translate("Scenario", " · %1 without coordinates (listed, not drawn)").arg(part->withoutPosition);
    }
    controller.water()->setAttention(part->overThreshold);
    controller.water()->setRows(rows, summary, QCoreApplication::translate("Scenario", "No station reported in the last 10 days"));
    const QDateTime latest = part->source.newest;
    const auto [text, state] = sourceLine(options, part->source,
                                          latest.isValid() ? QCoreApplication::translate("Scenario", "Replay: levels as known at %1 · latest reading %2 (%3 old)")
                                                                 .arg(formatLocal(situation.at), formatLocal(latest), formatAge(latest.secsTo(situation.at)))
                                                           : QCoreApplication::translate("Scenario", "Replay: no level reading in the workspace before %1").arg(formatLocal(situation.at)));
    controller.water()->setSource(text, state);
    addLayer(*controller.layers(), QStringLiteral("stations"), QCoreApplication::translate("Scenario", "Water stations (level against thresholds)"),
             stationFeatures(part->stations), situation::stationStyles(),
             QCoreApplication::translate("Scenario", "SL 323 tables: %n station(s)").replace(QStringLiteral("%n"), QString::number(part->stations.size())),
             latest);
}

} // namespace lookout::app

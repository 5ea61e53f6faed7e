// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The rainfall panel and raster from the situation's rainfall part: the latest product, its
// accumulations over 1/3/24 h where the grids held tile those windows, per-district amounts and
// the rainstorm signal they reach.
#include "scenariosupport.h"

#include "core/timeformat.h"
#include "core/unitwords.h"
#include "gis/rainfalllayer.h"
#include "situation/situation.h"

#include <QCoreApplication>

#include <algorithm>

namespace lookout::app {

namespace {

QString mm(double value)
{
    return millimetresText(value, value < 10 ? 1 : 0);
}

QString maxOf(const situation::RainWindow &window, const QString &district)
{
    const analysis::DistrictRainfall *d = window.district(district);
    return mm(d ? d->maxMm : 0);
}

QString signalText(analysis::RainstormSignal signal)
{
    switch (signal) {
    case analysis::RainstormSignal::None: return QCoreApplication::translate("Scenario", "none");
    case analysis::RainstormSignal::Blue: return QCoreApplication::translate("Scenario", "BLUE");
    case analysis::RainstormSignal::Yellow: return QCoreApplication::translate("Scenario", "YELLOW");
    case analysis::RainstormSignal::Orange: return QCoreApplication::translate("Scenario", "ORANGE");
    case analysis::RainstormSignal::Red: return QCoreApplication::translate("Scenario", "RED");
    }
    return {};
}

QVariantList legendEntries(const gis::RainfallRamp &ramp)
{
    QVariantList entries;
    for (const gis::RainfallRamp::Stop &stop : ramp.stops)
        entries.append(QVariantMap{{QStringLiteral("color"), stop.color}, {QStringLiteral("label"), stop.label}});
    return entries;
}

} // namespace

void presentRainfall(const situation::Situation &situation, const ScenarioOptions &options, qml::AppController &controller)
{
    controller.setRainLegend({}, {});
    const situation::RainfallPart &part = situation.rainfall;
    const situation::RainWindow *shown = part.shown();
    if (part.state == situation::DataState::NoData || !shown) {
        controller.rainfall()->setAttention(0);
        controller.rainfall()->setRows({}, QString(), QCoreApplication::translate("Scenario", "No rainfall grid in the 48 h before this time"));
        const auto [text, state] = sourceLine(options, part.source,
                                              QCoreApplication::translate("Scenario", "Replay: no rainfall grid valid in the 48 h before %1")
                                                  .arg(formatLocal(situation.at)));
        controller.rainfall()->setSource(text, state);
        return;
    }
    // The panel's columns: 1, 3 and 24 h (the 6 and 12 h amounts count for the signal).
    QList<const situation::RainWindow *> columns;
    for (const situation::RainWindow &window : part.windows)
        if (window.hours == 1 || window.hours == 3 || window.hours == 24)
            columns.append(&window);
    // Rows: the districts by their mean over the shown window, wettest first.
    QList<analysis::DistrictRainfall> ranked = shown->districts;
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.meanMm > b.meanMm; });
    QList<qml::MonitorRow> rows;
    const gis::RainfallRamp ramp = gis::rainfallRamp(shown->hours);
    for (const analysis::DistrictRainfall &d : ranked) {
        qml::MonitorRow row;
        row.title = d.district;
        row.value = mm(d.meanMm);
        row.color = d.maxMm >= 0.1 ? ramp.colorFor(float(d.maxMm)) : QColor(110, 120, 135);
        row.color.setAlpha(255);
        row.muted = d.maxMm < 0.1;
        QStringList detail;
        detail << QCoreApplication::translate("Scenario", "%1 h mean, max %2").arg(shown->hours).arg(mm(d.maxMm));
        for (const situation::RainWindow &window : part.windows)
            if (&window != shown && window.grid)
                detail << QCoreApplication::translate("Scenario", "%1 h max %2").arg(window.hours).arg(maxOf(window, d.district));
        if (d.shareOver50 > 0)
            detail << QCoreApplication::translate("Scenario", "≥50 mm on %1% of it").arg(d.shareOver50 * 100, 0, 'f', 0);
        if (d.fromNearestCell)
            detail << QCoreApplication::translate("Scenario", "smaller than a cell: the cell at its centre");
        row.detail = detail.join(QStringLiteral(" · "));
        auto percent = [](double share) -> QString { return QString::number(share * 100, 'f', 0) + QLatin1Char('%'); };
        row.cells = {d.district, mm(d.meanMm), mm(d.maxMm), percent(d.shareOver50), percent(d.shareOver100), percent(d.shareOver250)};
        for (const situation::RainWindow *window : columns)
            row.cells << (window->grid ? maxOf(*window, d.district) : QStringLiteral("—"));
        rows.append(row);
    }
    const QString signal = part.signal ? QCoreApplication::translate("Scenario", "rainstorm signal reached: %1").arg(signalText(*part.signal))
                                       : QCoreApplication::translate("Scenario", "rainstorm signal: not assessable (no 3, 6 or 12 h amounts)");
    QStringList unavailable;
    for (const situation::RainWindow *window : columns)
        if (!window->grid)
            unavailable << QStringLiteral("%1 h").arg(window->hours);
    QString summary = QCoreApplication::translate("Scenario", "%1 %2, %3 h to %4 · %5")
                          .arg(part.product.section(QLatin1Char(' '), 0, 0), part.product.section(QLatin1Char(' '), 1))
                          .arg(part.ownHours).arg(formatLocal(part.validTime), signal);
    if (!unavailable.isEmpty())
        summary += QCoreApplication::translate("Scenario", " · %1: the grids held do not cover it").arg(unavailable.join(QStringLiteral("/")));
    QStringList headers{QCoreApplication::translate("Scenario", "District"),
                        QCoreApplication::translate("Scenario", "%1 h mean").arg(shown->hours),
                        QCoreApplication::translate("Scenario", "%1 h max").arg(shown->hours), QStringLiteral("≥50 mm"),
                        QStringLiteral("≥100 mm"), QStringLiteral("≥250 mm")};
    for (const situation::RainWindow *window : columns)
        headers << QCoreApplication::translate("Scenario", "%1 h max").arg(window->hours);
    int heavy = 0;  // districts with a rainstorm-grade amount (50 mm) in the shown window
    for (const analysis::DistrictRainfall &d : shown->districts)
        heavy += d.maxMm >= 50 ? 1 : 0;
    controller.rainfall()->setAttention(heavy);
    controller.rainfall()->setColumns(headers);
    controller.rainfall()->setRows(rows, summary, QCoreApplication::translate("Scenario", "No district in this workspace"));
    const QDateTime end = part.validTime;
    const auto [text, state] = sourceLine(options, part.source,
                                          QCoreApplication::translate("Scenario", "Replay: rainfall grids as known at %1 · latest valid %2 (%3 old)")
                                              .arg(formatLocal(situation.at), formatLocal(end), formatAge(end.secsTo(situation.at))));
    controller.rainfall()->setSource(text, state);

    qml::MapLayerInfo info;
    info.title = ramp.title;
    info.role = QStringLiteral("rainfall");
    info.sourceNote = part.product;
    info.sourceCrs = QStringLiteral("grid");
    info.featureCount = qint64(shown->grid->width) * shown->grid->height;
    info.dataDate = end;
    controller.layers()->appendLayer(std::make_shared<gis::RainfallLayer>(QStringLiteral("rainfall"), ramp.title, shown->grid, ramp), info);
    controller.setRainLegend(ramp.title, legendEntries(ramp));
}

} // namespace lookout::app

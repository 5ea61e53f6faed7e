// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The rainfall panel and raster: the latest rainfall grid known at the scenario clock, its
// accumulations over 1/3/24 h where the grids held tile those windows, per-district amounts and
// the rainstorm signal they reach.
#include "scenariosupport.h"

#include "analysis/rainfallstats.h"
#include "core/timeformat.h"
#include "gis/rainfalllayer.h"
#include "store/rainfallstore.h"

#include <QCoreApplication>

#include <algorithm>

namespace lookout::app {

namespace {

// How far back grids are looked for: a 24 h window and a day of forecast lead time.
constexpr qint64 kLookBackSeconds = 48 * 3600;

QString mm(double value)
{
    return QString::number(value, 'f', value < 10 ? 1 : 0) + QStringLiteral(" mm");
}

// A window's accumulation ending at `end`: the latest grid itself when its period is the window,
// else the sum of grids that tile it; nullopt (with the reason) when they do not.
struct Window {
    int hours = 0;
    std::optional<gis::RainfallGrid> grid;
    QString missing;
    QList<analysis::DistrictRainfall> districts;
};

Window windowOf(const QList<gis::RainfallGrid> &grids, const QDateTime &end, int hours)
{
    Window window;
    window.hours = hours;
    auto summed = analysis::accumulate(grids, end, hours);
    if (summed)
        window.grid = std::move(*summed);
    else
        window.missing = summed.error().message;
    return window;
}

double maxOf(const Window &window, const QString &district)
{
    for (const analysis::DistrictRainfall &d : window.districts)
        if (d.district == district)
            return d.maxMm;
    return 0;
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

Result<void> loadRainfall(store::Workspace &workspace, const ScenarioOptions &options, qml::AppController &controller)
{
    controller.setRainLegend({}, {});
    auto stored = store::RainfallStore(workspace.database()).between(options.at.addSecs(-kLookBackSeconds), options.at);
    if (!stored)
        return stored.error();
    const auto noGrid = [&] {
        controller.rainfall()->setRows({}, QString(), QCoreApplication::translate("Scenario", "No rainfall grid in the 48 h before this time"));
        const auto [text, state] = sourceLine(options, {feeds::FeedKind::RainfallGrid},
                                              QCoreApplication::translate("Scenario", "Replay: no rainfall grid valid in the 48 h before %1")
                                                  .arg(formatLocal(options.at)));
        controller.rainfall()->setSource(text, state);
        return Result<void>();
    };
    if (stored->isEmpty())
        return noGrid();
    // The latest grid and those on its lattice (the same product).
    const gis::RainfallGrid &latest = *std::max_element(stored->begin(), stored->end(),
                                                        [](const auto &a, const auto &b) { return a.validTime < b.validTime; });
    QList<gis::RainfallGrid> product;
    for (const gis::RainfallGrid &grid : *stored)
        if (grid.width == latest.width && grid.height == latest.height && grid.geoTransform == latest.geoTransform)
            product.append(grid);
    const QDateTime end = latest.validTime;
    const gis::VectorData districts = focusDistricts(*controller.layers());

    QList<Window> windows;
    for (int hours : {1, 3, 24})
        windows.append(windowOf(product, end, hours));
    Window own;  // the grid's own period, always there
    own.hours = int(std::lround(latest.hours()));
    own.grid = latest;
    // The map and the ranking use the longest window there is, up to 24 h.
    const Window *shown = &own;
    for (const Window &window : windows)
        if (window.grid && window.hours >= shown->hours)
            shown = &window;
    QList<Window *> computed;
    for (Window &window : windows)
        if (window.grid)
            computed.append(&window);
    if (std::none_of(windows.begin(), windows.end(), [&](const Window &w) { return w.hours == own.hours; }))
        computed.append(&own);
    for (Window *window : computed) {
        auto stats = analysis::districtRainfall(*window->grid, districts, QStringLiteral("name"));
        if (!stats)
            return stats.error();
        window->districts = std::move(*stats);
    }

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
        for (const Window *window : computed)
            if (window != shown)
                detail << QCoreApplication::translate("Scenario", "%1 h max %2").arg(window->hours).arg(mm(maxOf(*window, d.district)));
        if (d.shareOver50 > 0)
            detail << QCoreApplication::translate("Scenario", "≥50 mm on %1% of it").arg(d.shareOver50 * 100, 0, 'f', 0);
        if (d.fromNearestCell)
            detail << QCoreApplication::translate("Scenario", "smaller than a cell: the cell at its centre");
        row.detail = detail.join(QStringLiteral(" · "));
        auto percent = [](double share) -> QString { return QString::number(share * 100, 'f', 0) + QLatin1Char('%'); };
        row.cells = {d.district, mm(d.meanMm), mm(d.maxMm), percent(d.shareOver50), percent(d.shareOver100), percent(d.shareOver250)};
        for (const Window &window : windows)
            row.cells << (window.grid ? mm(maxOf(window, d.district)) : QStringLiteral("—"));
        rows.append(row);
    }
    // Which rainstorm signal the amounts reach, from the wettest district of each window.
    auto windowMax = [&](int hours) -> std::optional<double> {
        const Window *found = nullptr;
        for (const Window *window : computed)
            if (window->hours == hours)
                found = window;
        if (!found) {
            const Window extra = windowOf(product, end, hours);
            if (!extra.grid)
                return std::nullopt;
            auto stats = analysis::districtRainfall(*extra.grid, districts, QStringLiteral("name"));
            if (!stats)
                return std::nullopt;
            double most = 0;
            for (const auto &d : *stats)
                most = std::max(most, d.maxMm);
            return most;
        }
        double most = 0;
        for (const auto &d : found->districts)
            most = std::max(most, d.maxMm);
        return most;
    };
    const auto h3 = windowMax(3), h6 = windowMax(6), h12 = windowMax(12);
    QString signal;
    if (!h3 && !h6 && !h12)
        signal = QCoreApplication::translate("Scenario", "rainstorm signal: not assessable (no 3, 6 or 12 h amounts)");
    else
        signal = QCoreApplication::translate("Scenario", "rainstorm signal reached: %1")
                     .arg(signalText(analysis::rainstormSignal(h3.value_or(0), h6.value_or(0), h12.value_or(0))));
    QStringList unavailable;
    for (const Window &window : windows)
        if (!window.grid)
            unavailable << QStringLiteral("%1 h").arg(window.hours);
    QString summary = QCoreApplication::translate("Scenario", "%1 %2, %3 h to %4 · %5")
                          .arg(latest.source.section(QLatin1Char('/'), -1), latest.variable)
                          .arg(own.hours).arg(formatLocal(end), signal);
    if (!unavailable.isEmpty())
        summary += QCoreApplication::translate("Scenario", " · %1: the grids held do not cover it").arg(unavailable.join(QStringLiteral("/")));
    QStringList columns{QCoreApplication::translate("Scenario", "District"),
                        QCoreApplication::translate("Scenario", "%1 h mean").arg(shown->hours),
                        QCoreApplication::translate("Scenario", "%1 h max").arg(shown->hours), QStringLiteral("≥50 mm"),
                        QStringLiteral("≥100 mm"), QStringLiteral("≥250 mm")};
    for (const Window &window : windows)
        columns << QCoreApplication::translate("Scenario", "%1 h max").arg(window.hours);
    controller.rainfall()->setColumns(columns);
    controller.rainfall()->setRows(rows, summary, QCoreApplication::translate("Scenario", "No district in this workspace"));
    const auto [text, state] = sourceLine(options, {feeds::FeedKind::RainfallGrid},
                                          QCoreApplication::translate("Scenario", "Replay: rainfall grids as known at %1 · latest valid %2 (%3 old)")
                                              .arg(formatLocal(options.at), formatLocal(end), formatAge(end.secsTo(options.at))));
    controller.rainfall()->setSource(text, state);

    qml::MapLayerInfo info;
    info.title = ramp.title;
    info.role = QStringLiteral("rainfall");
    info.sourceNote = latest.source.section(QLatin1Char('/'), -1) + QLatin1Char(' ') + latest.variable;
    info.sourceCrs = QStringLiteral("grid");
    info.featureCount = qint64(shown->grid->width) * shown->grid->height;
    info.dataDate = end;
    controller.layers()->appendLayer(std::make_shared<gis::RainfallLayer>(QStringLiteral("rainfall"), ramp.title,
                                                                          std::make_shared<const gis::RainfallGrid>(*shown->grid), ramp),
                                     info);
    controller.setRainLegend(ramp.title, legendEntries(ramp));
    return {};
}

} // namespace lookout::app

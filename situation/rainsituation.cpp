// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "situation/rainsituation.h"

#include "store/rainfallstore.h"

#include <algorithm>
#include <cmath>

namespace lookout::situation {

double RainWindow::wettestMm() const
{
    double most = 0;
    for (const analysis::DistrictRainfall &d : districts)
        most = std::max(most, d.maxMm);
    return most;
}

const analysis::DistrictRainfall *RainWindow::district(const QString &name) const
{
    for (const analysis::DistrictRainfall &d : districts)
        if (d.district == name)
            return &d;
    return nullptr;
}

const RainWindow *RainfallPart::shown() const
{
    const RainWindow *best = nullptr;
    for (const RainWindow &window : windows)
        if (window.grid && window.hours <= 24 && (!best || window.hours >= best->hours))
            best = &window;
    return best;
}

QString signalKey(analysis::RainstormSignal signal)
{
    switch (signal) {
    case analysis::RainstormSignal::None: return QStringLiteral("none");
    case analysis::RainstormSignal::Blue: return QStringLiteral("blue");
    case analysis::RainstormSignal::Yellow: return QStringLiteral("yellow");
    case analysis::RainstormSignal::Orange: return QStringLiteral("orange");
    case analysis::RainstormSignal::Red: return QStringLiteral("red");
    }
    return {};
}

namespace {

// The window over `grid` (null: not covered, for `missing`) with its amounts per district.
Result<RainWindow> windowOf(int hours, Result<gis::RainfallGrid> grid, const SituationInputs &inputs)
{
    RainWindow window;
    window.hours = hours;
    if (!grid) {
        window.missing = grid.error().message;
        return window;
    }
    window.grid = std::make_shared<const gis::RainfallGrid>(std::move(grid).value());
    auto stats = analysis::districtRainfall(*window.grid, inputs.districts, inputs.nameField);
    if (!stats)
        return Error(stats.error()).withContext(QStringLiteral("%1 h rainfall by district").arg(hours));
    window.districts = std::move(stats).value();
    return window;
}

} // namespace

Result<RainfallPart> rainfallPartOf(const QList<gis::RainfallGrid> &grids, const SituationInputs &inputs)
{
    RainfallPart part;
    if (grids.isEmpty())
        return part;
    // The latest grid and those on its lattice (the same product).
    const gis::RainfallGrid &latest = *std::max_element(grids.begin(), grids.end(),
                                                        [](const auto &a, const auto &b) { return a.validTime < b.validTime; });
    QList<gis::RainfallGrid> product;
    for (const gis::RainfallGrid &grid : grids) {
        if (grid.width == latest.width && grid.height == latest.height && grid.geoTransform == latest.geoTransform)
            product.append(grid);
        const QString source = grid.source.section(QLatin1Char('/'), -1) + QLatin1Char(' ') + grid.variable;
        if (!part.source.sources.contains(source))
            part.source.sources.append(source);
    }
    part.product = latest.source.section(QLatin1Char('/'), -1) + QLatin1Char(' ') + latest.variable;
    part.validTime = latest.validTime;
    part.source.newest = latest.validTime;
    part.ownHours = int(std::lround(latest.hours()));
    for (int hours : RainfallPart::kWindowHours) {
        auto window = windowOf(hours, analysis::accumulate(product, part.validTime, hours), inputs);
        if (!window)
            return window.error();
        part.windows.append(std::move(window).value());
    }
    if (std::none_of(std::begin(RainfallPart::kWindowHours), std::end(RainfallPart::kWindowHours),
                     [&](int hours) { return hours == part.ownHours; })) {
        auto own = windowOf(part.ownHours, latest, inputs);
        if (!own)
            return own.error();
        part.windows.append(std::move(own).value());
    }
    auto amount = [&](int hours) -> std::optional<double> {
        for (const RainWindow &window : part.windows)
            if (window.hours == hours && window.grid)
                return window.wettestMm();
        return std::nullopt;
    };
    const auto h3 = amount(3), h6 = amount(6), h12 = amount(12);
    if (h3 || h6 || h12)
        part.signal = analysis::rainstormSignal(h3.value_or(0), h6.value_or(0), h12.value_or(0));
    part.state = part.signal && *part.signal != analysis::RainstormSignal::None ? DataState::Reported : DataState::NothingToReport;
    return part;
}

Result<RainfallPart> buildRainfallPart(store::Database &database, const QDateTime &at, const SituationInputs &inputs)
{
    auto stored = store::RainfallStore(database).between(at.addSecs(-RainfallPart::kLookBackSeconds), at);
    if (!stored)
        return stored.error();
    return rainfallPartOf(*stored, inputs);
}

} // namespace lookout::situation

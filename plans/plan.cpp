// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "plans/plan.h"

#include "core/wordtable.h"

#include <algorithm>
#include <array>
#include <utility>

namespace lookout::plans {

namespace {

const std::array<std::pair<TriggerKind, const char *>, 11> kKinds{{
    {TriggerKind::Any, "any"},
    {TriggerKind::All, "all"},
    {TriggerKind::StormDistance, "storm-distance"},
    {TriggerKind::StormForecastDistance, "storm-forecast-distance"},
    {TriggerKind::WindCircle, "wind-circle"},
    {TriggerKind::Warning, "warning"},
    {TriggerKind::Station, "station"},
    {TriggerKind::Rainfall, "rainfall"},
    {TriggerKind::RainstormSignal, "rainstorm-signal"},
    {TriggerKind::FireDanger, "fire-danger"},
    {TriggerKind::FireEvents, "fire-events"},
}};

const std::array<std::pair<WindThreshold, const char *>, 6> kThresholds{{
    {WindThreshold::Force7, "force7"},
    {WindThreshold::Force10, "force10"},
    {WindThreshold::Force12, "force12"},
    {WindThreshold::R34, "r34"},
    {WindThreshold::R50, "r50"},
    {WindThreshold::R64, "r64"},
}};

const std::array<std::pair<StationThreshold, const char *>, 3> kStationThresholds{{
    {StationThreshold::Warning, "warning"},
    {StationThreshold::Guarantee, "guarantee"},
    {StationThreshold::FloodLimit, "flood-limit"},
}};

} // namespace

bool Plan::isTemplate() const
{
    return sources.isEmpty() || std::any_of(sources.begin(), sources.end(), [](const PlanSource &source) { return !source.verified; });
}

QString Plan::clause() const
{
    QStringList parts;
    for (const PlanSource &source : sources)
        parts.append(source.clause.isEmpty() ? source.document : source.document + QStringLiteral(" ") + source.clause);
    return parts.join(QStringLiteral("; "));
}

const PlanLevel *Plan::level(int value) const
{
    for (const PlanLevel &entry : levels)
        if (entry.level == value)
            return &entry;
    return nullptr;
}

QString toString(TriggerKind kind) { return wordOf(kKinds, kind); }
std::optional<TriggerKind> triggerKindFromString(const QString &word) { return valueOf(kKinds, word); }
QString toString(WindThreshold threshold) { return wordOf(kThresholds, threshold); }
std::optional<WindThreshold> windThresholdFromString(const QString &word) { return valueOf(kThresholds, word); }
QString toString(StationThreshold threshold) { return wordOf(kStationThresholds, threshold); }
std::optional<StationThreshold> stationThresholdFromString(const QString &word) { return valueOf(kStationThresholds, word); }

QString agencyLabel(WindThreshold threshold)
{
    switch (threshold) {
    case WindThreshold::Force7: return QStringLiteral("7级");
    case WindThreshold::Force10: return QStringLiteral("10级");
    case WindThreshold::Force12: return QStringLiteral("12级");
    case WindThreshold::R34: return QStringLiteral("R34");
    case WindThreshold::R50: return QStringLiteral("R50");
    case WindThreshold::R64: return QStringLiteral("R64");
    }
    return {};
}

} // namespace lookout::plans

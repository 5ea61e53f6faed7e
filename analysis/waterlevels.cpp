// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "analysis/waterlevels.h"

#include "core/timeformat.h"

#include <algorithm>
#include <functional>

namespace lookout::analysis {

namespace {

struct Sample {
    QDateTime time;
    double level;
};

// The sample closest to `target` within 20 minutes, for the rises.
std::optional<double> levelNear(const std::vector<Sample> &samples, const QDateTime &target)
{
    std::optional<double> best;
    qint64 bestGap = 20 * 60 + 1;
    for (const Sample &sample : samples) {
        const qint64 gap = std::abs(sample.time.secsTo(target));
        if (gap < bestGap) {
            bestGap = gap;
            best = sample.level;
        }
    }
    return best;
}

// When the current spell above `threshold(time)` began: walking back from the latest sample.
QDateTime spellStart(const std::vector<Sample> &samples, const std::function<std::optional<double>(const QDateTime &)> &threshold)
{
    QDateTime start;
    for (auto it = samples.rbegin(); it != samples.rend(); ++it) {
        const auto limit = threshold(it->time);
        if (!limit || it->level <= *limit)
            break;
        start = it->time;
    }
    return start;
}

LevelState evaluate(std::vector<Sample> samples, const QString &stcd, const QDateTime &at,
                    const std::function<std::optional<double>(const QDateTime &)> &warning,
                    const std::function<std::optional<double>(const QDateTime &)> &guaranteed,
                    const std::function<std::optional<double>(const QDateTime &)> &floodLimit)
{
    std::erase_if(samples, [&](const Sample &sample) { return sample.time > at; });
    std::sort(samples.begin(), samples.end(), [](const Sample &a, const Sample &b) { return a.time < b.time; });
    LevelState state;
    state.stcd = stcd;
    if (samples.empty())
        return state;
    const Sample &latest = samples.back();
    state.time = latest.time;
    state.level = latest.level;
    if (const auto before = levelNear(samples, latest.time.addSecs(-3600)))
        state.rise1h = latest.level - *before;
    if (const auto before = levelNear(samples, latest.time.addSecs(-3 * 3600)))
        state.rise3h = latest.level - *before;
    const auto wrz = warning(latest.time);
    const auto grz = guaranteed(latest.time);
    const auto fsl = floodLimit(latest.time);
    if (wrz)
        state.overWarning = latest.level - *wrz;
    if (grz)
        state.overGuaranteed = latest.level - *grz;
    if (fsl)
        state.overFloodLimit = latest.level - *fsl;
    state.firstOverWarning = spellStart(samples, warning);
    state.firstOverGuaranteed = spellStart(samples, guaranteed);
    state.firstOverFloodLimit = spellStart(samples, floodLimit);
    if (!wrz && !grz && !fsl)
        state.status = LevelState::Status::NoThreshold;
    else if (state.overFloodLimit && *state.overFloodLimit > 0)
        state.status = LevelState::Status::OverFloodLimit;
    else if (state.overGuaranteed && *state.overGuaranteed > 0)
        state.status = LevelState::Status::OverGuaranteed;
    else if (state.overWarning && *state.overWarning > 0)
        state.status = LevelState::Status::OverWarning;
    else
        state.status = LevelState::Status::Normal;
    return state;
}

} // namespace

QString statusName(LevelState::Status status)
{
    switch (status) {
    case LevelState::Status::NoData: return QStringLiteral("no data");
    case LevelState::Status::NoThreshold: return QStringLiteral("no threshold");
    case LevelState::Status::Normal: return QStringLiteral("normal");
    case LevelState::Status::OverWarning: return QStringLiteral("over warning");
    case LevelState::Status::OverGuaranteed: return QStringLiteral("over guaranteed");
    case LevelState::Status::OverFloodLimit: return QStringLiteral("over flood limit");
    case LevelState::Status::OutsideFloodSeason: return QStringLiteral("outside the flood season");
    case LevelState::Status::FloodLimitPeriodUnknown: return QStringLiteral("flood-limit period unknown");
    }
    return {};
}

std::optional<double> floodLimitOn(const QList<feeds::FloodLimitPeriod> &limits, const QDate &date)
{
    const QString day = date.toString(QStringLiteral("MMdd"));
    for (const feeds::FloodLimitPeriod &period : limits) {
        if (!period.periodKnown())
            continue;
        const bool wraps = period.bgmd > period.edmd;  // e.g. 1016 .. 0430
        const bool inside = wraps ? (day >= period.bgmd || day <= period.edmd) : (day >= period.bgmd && day <= period.edmd);
        if (inside)
            return period.fsltdz;
    }
    return std::nullopt;
}

LevelState evaluateRiver(const QList<feeds::RiverReading> &readings, const std::optional<feeds::RiverThresholds> &thresholds,
                         const QDateTime &at)
{
    std::vector<Sample> samples;
    QString stcd = thresholds ? thresholds->stcd : QString();
    for (const feeds::RiverReading &reading : readings)
        if (reading.z) {
            samples.push_back({reading.tm, *reading.z});
            stcd = reading.stcd;
        }
    const auto wrz = thresholds ? thresholds->wrz : std::nullopt;
    const auto grz = thresholds ? thresholds->grz : std::nullopt;
    return evaluate(std::move(samples), stcd, at, [&](const QDateTime &) { return wrz; }, [&](const QDateTime &) { return grz; },
                    [](const QDateTime &) { return std::optional<double>(); });
}

LevelState evaluateReservoir(const QList<feeds::ReservoirReading> &readings, const QList<feeds::FloodLimitPeriod> &limits,
                             const QDateTime &at)
{
    std::vector<Sample> samples;
    QString stcd;
    for (const feeds::ReservoirReading &reading : readings)
        if (reading.rz) {
            samples.push_back({reading.tm, *reading.rz});
            stcd = reading.stcd;
        }
    const auto none = [](const QDateTime &) { return std::optional<double>(); };
    // The sub-period is decided by the reading's Beijing calendar day.
    const auto floodLimit = [&](const QDateTime &time) { return floodLimitOn(limits, time.toTimeZone(displayZone()).date()); };
    LevelState state = evaluate(std::move(samples), stcd, at, none, none, floodLimit);
    if (state.status == LevelState::Status::NoThreshold && !limits.isEmpty()) {
        // A limit exists but none is in force on the reading's day.
        const bool anyUnknown = std::any_of(limits.begin(), limits.end(), [](const feeds::FloodLimitPeriod &p) { return !p.periodKnown(); });
        state.status = anyUnknown ? LevelState::Status::FloodLimitPeriodUnknown : LevelState::Status::OutsideFloodSeason;
    }
    return state;
}

} // namespace lookout::analysis

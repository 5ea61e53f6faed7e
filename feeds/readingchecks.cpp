// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "feeds/readingchecks.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace lookout::feeds {

namespace {

template <typename Reading>
void sortByStationAndTime(QList<Reading> &readings, ReadingReport &report)
{
    QHash<QString, QDateTime> latest;
    for (const Reading &reading : readings) {
        auto found = latest.find(reading.stcd);
        if (found != latest.end() && reading.tm < *found)
            ++report.outOfOrder;
        if (found == latest.end() || reading.tm > *found)
            latest.insert(reading.stcd, reading.tm);
    }
    std::stable_sort(readings.begin(), readings.end(), [](const Reading &a, const Reading &b) {
        return std::pair(a.stcd, a.tm) < std::pair(b.stcd, b.tm);
    });
}

} // namespace

QList<RiverReading> checkRiverReadings(QList<RiverReading> readings, const ReadingLimits &limits, ReadingReport &report)
{
    sortByStationAndTime(readings, report);
    // Duplicates and impossible values first.
    QList<RiverReading> plausible;
    for (const RiverReading &reading : readings) {
        if (!plausible.isEmpty() && plausible.back().stcd == reading.stcd && plausible.back().tm == reading.tm) {
            ++report.duplicates;
            report.issues.append({reading.stcd, reading.tm, QStringLiteral("second reading at this time, dropped")});
            continue;
        }
        if (reading.z && (*reading.z < limits.minLevel || *reading.z > limits.maxLevel || !std::isfinite(*reading.z))) {
            ++report.impossible;
            report.issues.append({reading.stcd, reading.tm, QStringLiteral("level %1 m is not plausible, dropped").arg(*reading.z)});
            continue;
        }
        if (reading.q && *reading.q < 0) {
            ++report.impossible;
            report.issues.append({reading.stcd, reading.tm, QStringLiteral("negative discharge %1, dropped").arg(*reading.q)});
            continue;
        }
        plausible.append(reading);
    }
    // Then spikes: a reading that jumps away from both neighbours faster than the bound and in
    // opposite directions. A sustained rise is a flood, not a glitch (the Wujiang at 武隆 rose 8 m
    // in 8 hours on 27 June 2020), so it is never dropped; intervals shorter than an hour count
    // as an hour, so two readings minutes apart are not a "fast" change.
    auto change = [&](const RiverReading &from, const RiverReading &to) {
        const double hours = std::max(from.tm.secsTo(to.tm) / 3600.0, 1.0);
        return (*to.z - *from.z) / hours;
    };
    QList<RiverReading> kept;
    for (qsizetype i = 0; i < plausible.size(); ++i) {
        const RiverReading &reading = plausible[i];
        const bool hasBefore = i > 0 && plausible[i - 1].stcd == reading.stcd && plausible[i - 1].z && reading.z;
        const bool hasAfter = i + 1 < plausible.size() && plausible[i + 1].stcd == reading.stcd && plausible[i + 1].z && reading.z;
        if (hasBefore && hasAfter) {
            const double in = change(plausible[i - 1], reading);
            const double out = change(reading, plausible[i + 1]);
            if (std::fabs(in) > limits.maxLevelJumpPerHour && std::fabs(out) > limits.maxLevelJumpPerHour && (in > 0) != (out > 0)) {
                ++report.jumps;
                report.issues.append({reading.stcd, reading.tm,
                                      QStringLiteral("level spike of %1 m and back (bound %2 m/h), dropped")
                                          .arg(*reading.z - *plausible[i - 1].z, 0, 'f', 2).arg(limits.maxLevelJumpPerHour)});
                continue;
            }
        }
        kept.append(reading);
    }
    return kept;
}

QList<RainReading> checkRainReadings(QList<RainReading> readings, const ReadingLimits &limits, ReadingReport &report)
{
    sortByStationAndTime(readings, report);
    QList<RainReading> kept;
    for (const RainReading &reading : readings) {
        if (!kept.isEmpty() && kept.back().stcd == reading.stcd && kept.back().tm == reading.tm) {
            ++report.duplicates;
            report.issues.append({reading.stcd, reading.tm, QStringLiteral("second reading at this time, dropped")});
            continue;
        }
        if (reading.drp < 0 || !std::isfinite(reading.drp) || reading.drp > limits.maxRainPerHour * std::max(reading.intv, 1.0)) {
            ++report.impossible;
            report.issues.append({reading.stcd, reading.tm, QStringLiteral("rain %1 mm in %2 h is not plausible, dropped").arg(reading.drp).arg(reading.intv)});
            continue;
        }
        kept.append(reading);
    }
    return kept;
}

} // namespace lookout::feeds

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "reports/reviewsamples.h"

#include <QHash>

#include <algorithm>

namespace lookout::reports {

namespace {

PartAge ageOf(const QString &part, situation::DataState state, const situation::PartSource &source, const QDateTime &at)
{
    return {part, state, source.sources, source.newest, source.worstFeedState(at)};
}

} // namespace

ReviewSample reviewSample(const situation::Situation &situation, const QString &incident)
{
    ReviewSample sample;
    sample.at = situation.at;
    const incidents::RecordState &record = situation.incidents.record;
    // The plan the incident runs under, else the first plan of its hazard.
    const incidents::PlanActivation *activation = record.responses.activationOf(incident);
    const incidents::Incident *known = record.incidents.find(incident);
    const situation::PlanSuggestion *chosen = nullptr;
    for (const situation::PlanSuggestion &suggestion : situation.plans.suggestions) {
        if (suggestion.incident == incident || (activation && suggestion.planId == activation->plan.id)) {
            chosen = &suggestion;
            break;
        }
        if (!chosen && !activation && known && suggestion.hazard == known->hazard)
            chosen = &suggestion;
    }
    if (known)
        sample.level = known->level;
    if (chosen) {
        sample.suggested = chosen->suggested;
        sample.plan = chosen->title;
    }
    if (!situation.cyclones.storms.isEmpty()) {
        const situation::CycloneSituation &storm = situation.cyclones.storms.front();
        sample.storm = storm.view.localName.isEmpty() ? storm.view.name : storm.view.localName + QLatin1Char(' ') + storm.view.name;
        if (!storm.distances.isEmpty()) {
            sample.reference = storm.distances.front().district;
            sample.stormKm = storm.distances.front().kilometres;
        }
        if (storm.lastFix().maxWind)
            sample.stormWindMs = storm.lastFix().maxWind->metresPerSecond();
        for (int i = 0; i < storm.exposure.size(); ++i)
            if (!storm.exposure[i].districtsNow.isEmpty()) {
                sample.circleAtCity = std::min(i + 1, 3);
                sample.circleLabel = storm.exposure[i].threshold;
            }
    }
    sample.stationsOver = situation.stations.overThreshold;
    if (const situation::RainWindow *rain = situation.rainfall.shown()) {
        sample.rainHours = rain->hours;
        for (const analysis::DistrictRainfall &district : rain->districts)
            sample.rainMm.append({district.district, district.maxMm});
    }
    sample.hotspots = situation.fire.hotspots;
    const QDateTime &at = situation.at;
    sample.ages = {ageOf(QStringLiteral("cyclones"), situation.cyclones.state, situation.cyclones.source, at),
                   ageOf(QStringLiteral("stations"), situation.stations.state, situation.stations.source, at),
                   ageOf(QStringLiteral("rainfall"), situation.rainfall.state, situation.rainfall.source, at),
                   ageOf(QStringLiteral("fire"), situation.fire.state, situation.fire.source, at),
                   ageOf(QStringLiteral("warnings"), situation.warnings.state, situation.warnings.source, at)};
    return sample;
}

qint64 gapSecondsOf(const QString &part)
{
    if (part == QLatin1String("cyclones") || part == QLatin1String("stations"))
        return 6 * 3600;
    if (part == QLatin1String("rainfall"))
        return 12 * 3600;
    if (part == QLatin1String("fire"))
        return 24 * 3600;
    return 0;
}

QList<SourceRecord> sourceRecords(const QList<ReviewSample> &samples)
{
    QList<SourceRecord> records;
    QHash<QString, bool> inGap;
    for (const ReviewSample &sample : samples) {
        for (const PartAge &age : sample.ages) {
            auto found = std::find_if(records.begin(), records.end(), [&](const SourceRecord &r) { return r.part == age.part; });
            if (found == records.end()) {
                records.append({age.part, {}, 0, 0, -1, 0, {}});
                found = records.end() - 1;
            }
            SourceRecord &record = *found;
            ++record.steps;
            for (const QString &source : age.sources)
                if (!record.sources.contains(source))
                    record.sources.append(source);
            const bool failing = age.feedState == feeds::SourceHealth::State::Failing;
            record.stepsFailing += failing ? 1 : 0;
            const qint64 ageSeconds = age.newest.isValid() ? age.newest.secsTo(sample.at) : -1;
            if (ageSeconds < 0)
                ++record.stepsWithoutData;
            else
                record.oldestAgeSeconds = std::max(record.oldestAgeSeconds, ageSeconds);
            const qint64 limit = gapSecondsOf(age.part);
            const bool gap = failing || ageSeconds < 0 || (limit > 0 && ageSeconds > limit);
            if (gap && inGap.value(age.part))
                record.gaps.back().second = sample.at;
            else if (gap)
                record.gaps.append({sample.at, sample.at});
            inGap[age.part] = gap;
        }
    }
    return records;
}

} // namespace lookout::reports

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "situation/situationbuilder.h"

#include "store/teampositionstore.h"

#include "feeds/feedscheduler.h"
#include "situation/cyclonesituation.h"
#include "situation/firesituation.h"
#include "situation/incidentsituation.h"
#include "situation/rainsituation.h"
#include "situation/stationsituation.h"
#include "situation/warningsituation.h"

namespace lookout::situation {

std::optional<feeds::SourceHealth::State> PartSource::worstFeedState(const QDateTime &at) const
{
    using State = feeds::SourceHealth::State;
    std::optional<State> worst;
    auto rank = [](State state) {
        switch (state) {
        case State::Failing: return 3;
        case State::NoData: return 2;
        case State::Stale: return 1;
        case State::Fresh: return 0;
        }
        return 0;
    };
    for (const feeds::SourceHealth &health : feeds) {
        const State state = health.state(at);
        if (!worst || rank(state) > rank(*worst))
            worst = state;
    }
    return worst;
}

namespace {

// Each part's live feeds, by the kinds of data they deliver.
void attachFeeds(Situation &situation, const SituationInputs &inputs)
{
    if (inputs.feedCache.isEmpty())
        return;
    using Kind = feeds::FeedKind;
    for (const feeds::SourceHealth &health : feeds::FeedScheduler::readHealth(inputs.feedCache)) {
        if (!inputs.feedKinds.contains(health.sourceId))
            continue;
        switch (inputs.feedKinds.value(health.sourceId)) {
        case Kind::Cap:
        case Kind::CapIndex: situation.warnings.source.feeds.append(health); break;
        case Kind::TyphoonTrack: situation.cyclones.source.feeds.append(health); break;
        case Kind::RainfallGrid: situation.rainfall.source.feeds.append(health); break;
        case Kind::Hotspots: situation.fire.source.feeds.append(health); break;
        case Kind::FireWeather: situation.fireDanger.source.feeds.append(health); break;
        case Kind::Water: situation.stations.source.feeds.append(health); break;
        }
    }
}

// Each team's latest fix by T, stale when older than its source's stale minutes.
Result<QList<TeamPosition>> teamPositionsAt(store::Database &database, const QDateTime &at)
{
    auto fixes = store::TeamPositionStore(database).latestAt(at);
    if (!fixes)
        return fixes.error();
    QList<TeamPosition> positions;
    for (const store::StoredFix &fix : *fixes)
        positions.append({fix.team, fix.position, fix.at, fix.source, fix.at.secsTo(at) > qint64(fix.staleMinutes) * 60});
    return positions;
}

// Runs one part's build into `slot`, naming the part on failure and telling `progress`.
template <typename Part, typename Build>
Result<void> buildPart(Part &slot, const char *what, Build &&build, int &done, int total, const BuildProgress &progress)
{
    auto part = build();
    if (!part)
        return Error(part.error()).withContext(QString::fromUtf8(what));
    slot = std::move(part).value();
    if (progress && !progress(++done, total))
        return makeError(Error::Code::Cancelled, QStringLiteral("the situation build was cancelled"));
    return {};
}

} // namespace

Result<Situation> buildSituation(store::Database &database, const QDateTime &at, const SituationInputs &inputs,
                                 const BuildProgress &progress, BuildCache *cache)
{
    Situation s;
    s.at = at.toUTC();
    const QDateTime t = s.at;
    int done = 0;
    constexpr int kParts = 7;
    Result<void> built = buildPart(s.warnings, "the warnings", [&] { return buildWarningsPart(database, t); }, done, kParts, progress);
    if (built)
        built = buildPart(s.cyclones, "the tropical cyclones", [&] { return buildCyclonesPart(database, t, inputs); }, done, kParts, progress);
    if (built)
        built = buildPart(s.stations, "the water stations", [&] { return buildStationsPart(database, t); }, done, kParts, progress);
    if (built)
        built = buildPart(s.rainfall, "the rainfall grids", [&] { return buildRainfallPart(database, t, inputs); }, done, kParts, progress);
    if (built)  // before the hotspots: an event's check is in the record
        built = buildPart(s.incidents, "the record", [&] { return buildIncidentsPart(database, t, cache ? &cache->record : nullptr, inputs.recordServer); }, done, kParts, progress);
    if (built)
        built = buildPart(s.fire, "the hotspots", [&] { return buildFirePart(database, t, inputs, s.incidents.record.followUps.checks()); },
                          done, kParts, progress);
    if (built)
        built = buildPart(s.fireDanger, "the fire danger", [&] { return buildFireDangerPart(database, t, inputs); }, done, kParts, progress);
    if (!built)
        return built.error();
    auto positions = teamPositionsAt(database, t);
    if (!positions)
        return Error(positions.error()).withContext(QStringLiteral("the team positions"));
    s.resources.positions = std::move(positions).value();
    attachFeeds(s, inputs);
    return s;
}

} // namespace lookout::situation

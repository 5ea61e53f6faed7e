// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "takeovers.h"

#include <algorithm>

namespace lookout::situation {

namespace {

bool recent(const QDateTime &since, const QDateTime &at)
{
    return since.isValid() && since <= at && since.secsTo(at) <= kTakeoverWindowSeconds;
}

// Red warnings first, then level changes, orange warnings, then suggestions.
int urgency(const Takeover &takeover)
{
    switch (takeover.kind) {
    case Takeover::Kind::Warning: return takeover.level == 1 ? 0 : 2;
    case Takeover::Kind::LevelChange: return 1;
    case Takeover::Kind::Suggestion: return 3;
    }
    return 4;
}

void addWarnings(const Situation &situation, const WarningFilter &onThisMap, QList<Takeover> &out)
{
    for (const incidents::WarningEntry &entry : situation.warnings.current) {
        const bool pressing = entry.level == incidents::WarningLevel::Red || entry.level == incidents::WarningLevel::Orange;
        if (!pressing || !entry.countsAsLive() || entry.acknowledgement || (onThisMap && !onThisMap(entry)))
            continue;
        const feeds::CapAlert &alert = entry.head.alert;
        Takeover takeover;
        takeover.kind = Takeover::Kind::Warning;
        takeover.warning = {alert.sender, alert.identifier};
        takeover.key = warningTakeoverKey(takeover.warning);
        takeover.since = alert.sent;
        takeover.level = entry.level == incidents::WarningLevel::Red ? 1 : 2;
        takeover.subject = alert.identifier;
        takeover.entry = entry;
        out.append(std::move(takeover));
    }
}

void addLevelChanges(const Situation &situation, QList<Takeover> &out)
{
    const incidents::DutyBook &duty = situation.incidents.record.duty;
    for (const incidents::Incident &incident : situation.incidents.record.incidents.incidents()) {
        if (incident.levels.isEmpty())
            continue;
        const incidents::LevelChange &change = incident.levels.back();  // only the latest change is news
        Takeover takeover;
        takeover.kind = Takeover::Kind::LevelChange;
        takeover.key = QStringLiteral("level:%1:%2").arg(incident.id).arg(change.sequence);
        if (!recent(change.at, situation.at) || duty.isAcknowledged(takeover.key))
            continue;
        takeover.since = change.at;
        takeover.level = change.level;
        takeover.previous = change.previousLevel;
        takeover.subject = incident.id;
        takeover.title = incident.title;
        takeover.incident = incident.id;
        takeover.exercise = incident.exercise;
        out.append(std::move(takeover));
    }
}

void addSuggestions(const Situation &situation, QList<Takeover> &out)
{
    const incidents::DutyBook &duty = situation.incidents.record.duty;
    for (const PlanSuggestion &suggestion : situation.plans.suggestions) {
        if (!suggestion.differs() || (suggestion.suggested == 0 && !suggestion.suggestEnd))
            continue;  // a plan nothing triggers, with no response running under it, is not news
        const int suggested = suggestion.suggestEnd ? 0 : suggestion.suggested;
        // The episode: the level change in force (none: 0). A change of level makes it news again;
        // without one, an acknowledgement holds for a day, then the wall reminds.
        qint64 episode = 0;
        if (const incidents::Incident *incident = situation.incidents.record.incidents.find(suggestion.incident); incident && !incident->levels.isEmpty())
            episode = incident->levels.back().sequence;
        Takeover takeover;
        takeover.kind = Takeover::Kind::Suggestion;
        takeover.key = QStringLiteral("suggestion:%1:%2:%3:%4").arg(suggestion.planId).arg(suggested).arg(suggestion.current).arg(episode);
        if (duty.isAcknowledged(takeover.key, situation.at.addSecs(-incidents::kTakeoverReminderSeconds)))
            continue;
        takeover.since = suggestion.lastHeld.isValid() ? suggestion.lastHeld : situation.at;
        takeover.level = suggested;
        takeover.previous = suggestion.current;
        takeover.subject = suggestion.planId;
        takeover.title = suggestion.title;
        takeover.incident = suggestion.incident;
        takeover.exercise = suggestion.exercise;
        out.append(std::move(takeover));
    }
}

} // namespace

QString warningTakeoverKey(const incidents::WarningRef &warning)
{
    return QStringLiteral("warning:%1/%2").arg(warning.sender, warning.identifier);
}

QList<Takeover> pendingTakeovers(const Situation &situation, const WarningFilter &onThisMap)
{
    QList<Takeover> out;
    addWarnings(situation, onThisMap, out);
    addLevelChanges(situation, out);
    addSuggestions(situation, out);
    std::stable_sort(out.begin(), out.end(), [](const Takeover &a, const Takeover &b) {
        if (urgency(a) != urgency(b))
            return urgency(a) < urgency(b);
        return a.since > b.since;
    });
    return out;
}

} // namespace lookout::situation

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "incidents/warningregistry.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace lookout::incidents {

using feeds::CapMsgType;

namespace {

QString keyOf(const QString &sender, const QString &identifier)
{
    return sender + QChar(0x1F) + identifier;
}

// Union-find over message indexes.
int root(std::vector<int> &parent, int i)
{
    while (parent[std::size_t(i)] != i)
        i = parent[std::size_t(i)] = parent[std::size_t(parent[std::size_t(i)])];
    return i;
}

bool saysAllClear(const feeds::CapAlert &alert)
{
    if (alert.infos.isEmpty())
        return false;
    for (const feeds::CapInfo &info : alert.infos)
        if (info.responseTypes.contains(QStringLiteral("AllClear")))
            return true;
    return std::all_of(alert.infos.begin(), alert.infos.end(),
                       [](const feeds::CapInfo &info) { return info.urgency == feeds::CapUrgency::Past; });
}

QDateTime effectiveOf(const feeds::CapAlert &alert)
{
    QDateTime earliest;
    for (const feeds::CapInfo &info : alert.infos) {
        const QDateTime effective = info.effective.isValid() ? info.effective : alert.sent;
        if (!earliest.isValid() || effective < earliest)
            earliest = effective;
    }
    return earliest.isValid() ? earliest : alert.sent;
}

int levelRank(WarningLevel level) { return int(level); }

} // namespace

WarningLevel levelFromSeverity(feeds::CapSeverity severity)
{
    switch (severity) {
    case feeds::CapSeverity::Minor: return WarningLevel::Blue;
    case feeds::CapSeverity::Moderate: return WarningLevel::Yellow;
    case feeds::CapSeverity::Severe: return WarningLevel::Orange;
    case feeds::CapSeverity::Extreme: return WarningLevel::Red;
    case feeds::CapSeverity::Unknown: return WarningLevel::None;
    }
    return WarningLevel::None;
}

QString levelName(WarningLevel level)
{
    switch (level) {
    case WarningLevel::None: return QStringLiteral("none");
    case WarningLevel::Blue: return QStringLiteral("blue");
    case WarningLevel::Yellow: return QStringLiteral("yellow");
    case WarningLevel::Orange: return QStringLiteral("orange");
    case WarningLevel::Red: return QStringLiteral("red");
    }
    return {};
}

QString levelNameZh(WarningLevel level)
{
    switch (level) {
    case WarningLevel::None: return QStringLiteral("无等级");
    case WarningLevel::Blue: return QStringLiteral("蓝色");
    case WarningLevel::Yellow: return QStringLiteral("黄色");
    case WarningLevel::Orange: return QStringLiteral("橙色");
    case WarningLevel::Red: return QStringLiteral("红色");
    }
    return {};
}

QString stateName(WarningState state)
{
    switch (state) {
    case WarningState::Live: return QStringLiteral("live");
    case WarningState::Pending: return QStringLiteral("pending");
    case WarningState::Expired: return QStringLiteral("expired");
    case WarningState::Cancelled: return QStringLiteral("cancelled");
    case WarningState::AllClear: return QStringLiteral("all clear");
    }
    return {};
}

QList<WarningEntry> resolveWarnings(const QList<store::StoredWarning> &messages,
                                    const QList<store::WarningAcknowledgement> &acknowledgements, const QDateTime &at,
                                    const RegistryOptions &options)
{
    const int n = int(messages.size());
    QMultiHash<QString, int> byKey;
    for (int i = 0; i < n; ++i)
        byKey.insert(keyOf(messages[i].alert.sender, messages[i].alert.identifier), i);

    std::vector<int> parent(static_cast<std::size_t>(n));
    std::iota(parent.begin(), parent.end(), 0);
    std::vector<char> superseded(static_cast<std::size_t>(n), 0);
    std::vector<int> unknown(static_cast<std::size_t>(n), 0);
    for (int i = 0; i < n; ++i) {
        const feeds::CapAlert &alert = messages[i].alert;
        if (alert.msgType == CapMsgType::Ack || alert.msgType == CapMsgType::Error)
            continue;  // they answer a message, they do not replace it
        const QString self = keyOf(alert.sender, alert.identifier);
        for (const feeds::CapReference &reference : alert.references) {
            const QString key = keyOf(reference.sender, reference.identifier);
            if (key == self)
                continue;  // some senders reference the message itself (Macao SMG, Alertswiss)
            const QList<int> targets = byKey.values(key);
            if (targets.isEmpty())
                ++unknown[std::size_t(i)];
            for (int target : targets) {
                superseded[std::size_t(target)] = 1;
                parent[std::size_t(root(parent, target))] = root(parent, i);
            }
        }
    }

    // Chains: members grouped by root; the head is the newest member not superseded.
    QHash<int, QList<int>> chains;
    for (int i = 0; i < n; ++i)
        chains[root(parent, i)].append(i);

    QHash<QString, store::WarningAcknowledgement> firstAck;
    for (const store::WarningAcknowledgement &ack : acknowledgements)
        if (!at.isValid() || ack.acknowledgedAt <= at)
            if (!firstAck.contains(keyOf(ack.sender, ack.identifier)))
                firstAck.insert(keyOf(ack.sender, ack.identifier), ack);

    QList<WarningEntry> entries;
    for (auto it = chains.cbegin(); it != chains.cend(); ++it) {
        QList<int> members = it.value();
        std::sort(members.begin(), members.end(), [&](int a, int b) {
            return std::pair(messages[a].alert.sent, messages[a].id) < std::pair(messages[b].alert.sent, messages[b].id);
        });
        int head = -1;
        for (int member : members)
            if (!superseded[std::size_t(member)] && messages[member].alert.msgType != CapMsgType::Ack
                && messages[member].alert.msgType != CapMsgType::Error)
                head = member;
        if (head < 0)
            head = members.back();  // a cycle of references: take the newest
        WarningEntry entry;
        entry.head = messages[head];
        for (int member : members) {
            const feeds::CapAlert &alert = messages[member].alert;
            const feeds::CapInfo *info = alert.infoFor(QStringLiteral("zh-CN"));
            entry.chain.append(messages[member].id);
            entry.history.append(ChainMessage{messages[member].id, alert.identifier, alert.msgType, alert.sent,
                                              info ? (info->headline.isEmpty() ? info->event : info->headline) : QString()});
            entry.unknownPredecessors += unknown[std::size_t(member)];
        }
        const feeds::CapAlert &alert = entry.head.alert;
        entry.level = levelFromSeverity(alert.severity());
        const QDateTime expires = alert.expires();
        if (alert.msgType == CapMsgType::Cancel)
            entry.state = WarningState::Cancelled;
        else if (saysAllClear(alert))
            entry.state = WarningState::AllClear;
        else if (at.isValid() && expires.isValid() && expires <= at)
            entry.state = WarningState::Expired;
        else if (at.isValid() && !expires.isValid() && effectiveOf(alert).secsTo(at) > options.maxSecondsWithoutExpiry)
            entry.state = WarningState::Expired;
        else if (at.isValid() && effectiveOf(alert) > at)
            entry.state = WarningState::Pending;
        else
            entry.state = WarningState::Live;
        // An acknowledgement of any message of the chain counts for the chain.
        for (int member : members) {
            const auto found = firstAck.constFind(keyOf(messages[member].alert.sender, messages[member].alert.identifier));
            if (found != firstAck.cend() && (!entry.acknowledgement || found->acknowledgedAt < entry.acknowledgement->acknowledgedAt))
                entry.acknowledgement = *found;
        }
        entries.append(std::move(entry));
    }
    std::sort(entries.begin(), entries.end(), [](const WarningEntry &a, const WarningEntry &b) {
        if (a.countsAsLive() != b.countsAsLive())
            return a.countsAsLive();
        if (a.level != b.level)
            return levelRank(a.level) > levelRank(b.level);
        return a.head.alert.sent > b.head.alert.sent;
    });
    return entries;
}

} // namespace lookout::incidents

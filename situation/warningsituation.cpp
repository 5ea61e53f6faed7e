// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "situation/warningsituation.h"

#include "store/warningstore.h"

namespace lookout::situation {

Result<WarningsPart> buildWarningsPart(store::Database &database, const QDateTime &at)
{
    store::WarningStore store(database);
    auto messages = store.messages(at);
    if (!messages)
        return messages.error();
    auto acknowledgements = store.acknowledgements(at);
    if (!acknowledgements)
        return acknowledgements.error();
    WarningsPart part;
    part.messagesKept = messages->size();
    for (const store::StoredWarning &message : *messages) {
        if (!part.source.sources.contains(message.source) && !message.source.isEmpty())
            part.source.sources.append(message.source);
        if (!part.source.newest.isValid() || message.alert.sent > part.source.newest)
            part.source.newest = message.alert.sent;
    }
    part.all = incidents::resolveWarnings(*messages, *acknowledgements, at);
    for (const incidents::WarningEntry &entry : part.all) {
        const bool current = entry.state == incidents::WarningState::Live || entry.state == incidents::WarningState::Pending;
        if (current)
            part.current.append(entry);
        else if (entry.head.alert.sent.secsTo(at) <= WarningsPart::kEndedWindowSeconds)
            part.recentlyEnded.append(entry);
        part.live += entry.countsAsLive() ? 1 : 0;
        part.unacknowledged += entry.countsAsLive() && !entry.acknowledgement ? 1 : 0;
    }
    part.state = part.all.isEmpty() ? DataState::NoData : part.live > 0 ? DataState::Reported : DataState::NothingToReport;
    return part;
}

} // namespace lookout::situation

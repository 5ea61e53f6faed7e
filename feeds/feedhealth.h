// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace lookout::feeds {

// The health of one source, as the panels show it next to the data it feeds: never "no
// warnings" when the truth is "no data". Plain value, any thread.
struct SourceHealth {
    QString sourceId;
    QString title;
    int intervalSeconds = 0;
    QDateTime lastAttempt;
    QDateTime lastSuccess;    // a good payload or a 304; its age is the data's age
    QDateTime lastChange;     // the last time a new payload arrived
    QDateTime lastFailure;
    QString lastError;        // in plain words, with the URL
    int consecutiveFailures = 0;
    qint64 accepted = 0;      // records the consumer kept
    qint64 rejected = 0;      // records it refused (bad input)
    QString lastRejection;
    QDateTime nextAttempt;

    enum class State { NoData, Fresh, Stale, Failing };
    // Failing: the last attempt failed; Stale: the last success is older than three intervals;
    // NoData: never succeeded.
    State state(const QDateTime &now) const;

    QJsonObject toJson() const;
    static SourceHealth fromJson(const QJsonObject &object);
};

QString healthStateName(SourceHealth::State state);

// Seconds to wait before retrying after `failures` consecutive failures: doubling from
// min(30 s, interval), never above the interval, times `jitter` (a factor in [0.8, 1.2], random
// in the scheduler) so that seats restarting together do not hammer a server together.
double retryDelaySeconds(int intervalSeconds, int failures, double jitter);

} // namespace lookout::feeds

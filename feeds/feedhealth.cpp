// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "feeds/feedhealth.h"

#include <algorithm>
#include <cmath>

namespace lookout::feeds {

namespace {
QString iso(const QDateTime &time) { return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString(); }
QDateTime fromIso(const QJsonValue &value) { return QDateTime::fromString(value.toString(), Qt::ISODate).toUTC(); }
} // namespace

SourceHealth::State SourceHealth::state(const QDateTime &now) const
{
    if (!lastSuccess.isValid())
        return consecutiveFailures > 0 ? State::Failing : State::NoData;
    if (consecutiveFailures > 0)
        return State::Failing;
    if (intervalSeconds > 0 && lastSuccess.secsTo(now) > 3LL * intervalSeconds)
        return State::Stale;
    return State::Fresh;
}

QString healthStateName(SourceHealth::State state)
{
    switch (state) {
    case SourceHealth::State::NoData: return QStringLiteral("no data");
    case SourceHealth::State::Fresh: return QStringLiteral("ok");
    case SourceHealth::State::Stale: return QStringLiteral("stale");
    case SourceHealth::State::Failing: return QStringLiteral("failing");
    }
    return {};
}

QJsonObject SourceHealth::toJson() const
{
    return QJsonObject{
        {QStringLiteral("sourceId"), sourceId}, {QStringLiteral("title"), title},
        {QStringLiteral("interval"), intervalSeconds}, {QStringLiteral("lastAttempt"), iso(lastAttempt)},
        {QStringLiteral("lastSuccess"), iso(lastSuccess)}, {QStringLiteral("lastChange"), iso(lastChange)},
        {QStringLiteral("lastFailure"), iso(lastFailure)}, {QStringLiteral("lastError"), lastError},
        {QStringLiteral("consecutiveFailures"), consecutiveFailures}, {QStringLiteral("accepted"), double(accepted)},
        {QStringLiteral("rejected"), double(rejected)}, {QStringLiteral("lastRejection"), lastRejection},
        {QStringLiteral("nextAttempt"), iso(nextAttempt)}};
}

SourceHealth SourceHealth::fromJson(const QJsonObject &object)
{
    SourceHealth health;
    health.sourceId = object.value(QStringLiteral("sourceId")).toString();
    health.title = object.value(QStringLiteral("title")).toString();
    health.intervalSeconds = object.value(QStringLiteral("interval")).toInt();
    health.lastAttempt = fromIso(object.value(QStringLiteral("lastAttempt")));
    health.lastSuccess = fromIso(object.value(QStringLiteral("lastSuccess")));
    health.lastChange = fromIso(object.value(QStringLiteral("lastChange")));
    health.lastFailure = fromIso(object.value(QStringLiteral("lastFailure")));
    health.lastError = object.value(QStringLiteral("lastError")).toString();
    health.consecutiveFailures = object.value(QStringLiteral("consecutiveFailures")).toInt();
    health.accepted = qint64(object.value(QStringLiteral("accepted")).toDouble());
    health.rejected = qint64(object.value(QStringLiteral("rejected")).toDouble());
    health.lastRejection = object.value(QStringLiteral("lastRejection")).toString();
    health.nextAttempt = fromIso(object.value(QStringLiteral("nextAttempt")));
    return health;
}

double retryDelaySeconds(int intervalSeconds, int failures, double jitter)
{
    const double interval = std::max(1, intervalSeconds);
    if (failures <= 0)
        return interval * jitter;
    const double base = std::min(30.0, interval);
    const double doubled = base * std::pow(2.0, std::min(failures - 1, 20));
    return std::min(doubled, interval) * std::clamp(jitter, 0.8, 1.2);
}

} // namespace lookout::feeds

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "reports/reportdeadlines.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace lookout::reports {

namespace {

using incidents::ReportType;

int gradeOf(const incidents::Incident &incident)
{
    int highest = 0;
    for (const incidents::LevelChange &change : incident.levels)
        if (change.level > 0 && (highest == 0 || change.level < highest))
            highest = change.level;
    return highest == 0 ? 4 : highest;
}

// The end of the incident's response: its last End, or its closing.
QDateTime responseEnd(const incidents::Incident &incident)
{
    if (incident.level > 0)
        return {};
    for (auto it = incident.levels.crbegin(); it != incident.levels.crend(); ++it)
        if (it->action == incidents::LevelAction::End)
            return it->at;
    return incident.closedAt;
}

// The fixed follow-up times (Beijing) strictly after `after`, up to `until`.
QList<QDateTime> followupSlots(const DeadlineRules &rules, const QDateTime &after, const QDateTime &until, int atMost)
{
    QList<QDateTime> times;
    const QTimeZone beijing(8 * 3600);
    for (QDate day = after.toTimeZone(beijing).date(); times.size() < atMost; day = day.addDays(1)) {
        for (const QTime &time : rules.followupTimes) {
            const QDateTime slot = QDateTime(day, time, beijing).toUTC();
            if (slot > after && (!until.isValid() || slot <= until) && times.size() < atMost)
                times.append(slot);
        }
        if (until.isValid() && QDateTime(day, QTime(0, 0), beijing) > until)
            break;
        if (rules.followupTimes.isEmpty())
            break;
    }
    return times;
}

} // namespace

Result<DeadlineRules> deadlineRulesFromJson(const QByteArray &json)
{
    DeadlineRules rules;
    if (json.trimmed().isEmpty())
        return rules;
    QJsonParseError parse;
    const QJsonObject root = QJsonDocument::fromJson(json, &parse).object();
    auto invalid = [](const QString &field, const QString &message) {
        return makeError(Error::Code::InvalidArgument, QStringLiteral("report deadlines: %1").arg(message), {field});
    };
    if (parse.error != QJsonParseError::NoError)
        return invalid(QStringLiteral("byte %1").arg(parse.offset), parse.errorString());
    if (root.contains(QStringLiteral("initialMinutes"))) {
        const QJsonObject minutes = root.value(QStringLiteral("initialMinutes")).toObject();
        for (auto it = minutes.begin(); it != minutes.end(); ++it) {
            const int level = it.key().toInt();
            if (level < 1 || level > 4 || !it->isDouble() || it->toDouble() <= 0)
                return invalid(QStringLiteral("initialMinutes.%1").arg(it.key()), QStringLiteral("levels 1 to 4, each a number of minutes above 0"));
            rules.initialMinutes[level] = it->toInt();
        }
    }
    if (root.contains(QStringLiteral("followupTimes"))) {
        rules.followupTimes.clear();
        for (const QJsonValue &value : root.value(QStringLiteral("followupTimes")).toArray()) {
            const QTime time = QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
            if (!time.isValid())
                return invalid(QStringLiteral("followupTimes"), QStringLiteral("\"%1\" is not HH:mm").arg(value.toString()));
            rules.followupTimes.append(time);
        }
        std::sort(rules.followupTimes.begin(), rules.followupTimes.end());
    }
    if (root.contains(QStringLiteral("finalHours"))) {
        const QJsonValue hours = root.value(QStringLiteral("finalHours"));
        if (!hours.isDouble() || hours.toDouble() <= 0)
            return invalid(QStringLiteral("finalHours"), QStringLiteral("a number of hours above 0"));
        rules.finalHours = hours.toInt();
    }
    return rules;
}

QDateTime deadlineFor(ReportType type, const incidents::Incident &incident, const incidents::ReleaseBook &releases, const DeadlineRules &rules)
{
    switch (type) {
    case ReportType::Initial: return incident.openedAt.addSecs(qint64(rules.initialMinutes.value(gradeOf(incident), 120)) * 60);
    case ReportType::Followup: {
        // The n-th follow-up answers the n-th fixed time after the first report (or its deadline).
        QDateTime from = incident.openedAt.addSecs(qint64(rules.initialMinutes.value(gradeOf(incident), 120)) * 60);
        for (const incidents::IssuedReport *report : releases.reportsOf(incident.id))
            if (report->type == ReportType::Initial)
                from = report->issuedAt;
        const int n = releases.nextFollowup(incident.id);
        const QList<QDateTime> times = followupSlots(rules, from, {}, n);
        return times.size() < n ? QDateTime() : times.back();
    }
    case ReportType::Final: {
        const QDateTime end = responseEnd(incident);
        return end.isValid() ? end.addSecs(qint64(rules.finalHours) * 3600) : QDateTime();
    }
    case ReportType::Daily:
    case ReportType::Review: break;
    }
    return {};
}

QList<ReportDue> reportsDue(const incidents::Incident &incident, const incidents::ReleaseBook &releases, const DeadlineRules &rules,
                            const QDateTime &at)
{
    QList<ReportDue> due;
    const QList<const incidents::IssuedReport *> issued = releases.reportsOf(incident.id);
    auto first = [&](ReportType type, int followup) -> const incidents::IssuedReport * {
        for (const incidents::IssuedReport *report : issued)
            if (report->type == type && report->followup == followup && report->issuedAt <= at)
                return report;
        return nullptr;
    };
    ReportDue initial{ReportType::Initial, 0, deadlineFor(ReportType::Initial, incident, releases, rules), first(ReportType::Initial, 0)};
    // An issued report keeps the deadline it was issued against (the grade may have risen since).
    if (initial.issued && initial.issued->deadline.isValid())
        initial.deadline = initial.issued->deadline;
    due.append(initial);
    // Follow-ups at the fixed times while the response ran, from the first report on; and the next.
    if (!incident.responseStartedAt.isValid())
        return due;
    const QDateTime from = initial.issued ? initial.issued->issuedAt : initial.deadline;
    const QDateTime end = responseEnd(incident);
    const QDateTime until = end.isValid() && end < at ? end : at;
    QList<QDateTime> times = followupSlots(rules, from, until, 60);
    if (!end.isValid() || end > at)
        times += followupSlots(rules, times.isEmpty() ? std::max(from, at) : std::max(times.back(), at), {}, 1);
    for (qsizetype i = 0; i < times.size(); ++i) {
        const incidents::IssuedReport *met = first(ReportType::Followup, int(i) + 1);
        due.append({ReportType::Followup, int(i) + 1, met && met->deadline.isValid() ? met->deadline : times[i], met});
    }
    if (end.isValid())
        due.append({ReportType::Final, 0, end.addSecs(qint64(rules.finalHours) * 3600), first(ReportType::Final, 0)});
    return due;
}

void fillReportsPart(situation::Situation &situation, const DeadlineRules &rules, const QString &rulesProblem)
{
    situation::ReportsPart part;
    part.rulesProblem = rulesProblem;
    const incidents::RecordState &record = situation.incidents.record;
    for (const incidents::Incident &incident : record.incidents.incidents()) {
        if (incident.levels.isEmpty() && !incident.isActive())
            continue;  // closed without a response: it owed what it issued, nothing is due
        for (const ReportDue &due : reportsDue(incident, record.releases, rules, situation.at)) {
            situation::ReportDueSituation item{incident.id, due.type, due.followup, due.deadline, due.issued ? due.issued->number : 0,
                                               due.issued ? due.issued->issuedAt : QDateTime(), due.overdueAt(situation.at), due.late()};
            part.overdue += item.overdue ? 1 : 0;
            part.due.append(item);
        }
    }
    situation.reports = std::move(part);
}

} // namespace lookout::reports

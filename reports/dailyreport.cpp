// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "reports/dailyreport.h"

#include "core/timeformat.h"
#include "incidents/incidentledger.h"
#include "reports/reportwords.h"

#include <QTimeZone>

namespace lookout::reports {

namespace {

bool within(const QDateTime &time, const QDateTime &from, const QDateTime &to)
{
    return time.isValid() && time >= from && time <= to;
}

QString when(const QDateTime &time)
{
    return whenText(time, QStringLiteral("—"));
}

void section(QStringList &text, const QString &heading, QStringList lines)
{
    text << QStringLiteral("## ") + heading;
    if (lines.isEmpty())
        lines << QStringLiteral("- 无 (none)");
    text += lines;
}

} // namespace

QString draftDailyReport(const situation::Situation &situation, const QDateTime &from, const QDateTime &to, const ReportContext &context)
{
    const incidents::RecordState &record = situation.incidents.record;
    bool exercise = false;
    QStringList text{QString()};
    text << QStringLiteral("报送单位：%1　　时段：%2 至 %3（北京时间）").arg(context.unit, when(from), when(to));

    QStringList duty;
    for (const incidents::Shift &shift : record.duty.roster())
        if (shift.start < to && shift.end > from)
            duty << QStringLiteral("- %1 至 %2：%3（%4）").arg(when(shift.start), when(shift.end), shift.officer, shift.role);
    section(text, QStringLiteral("一、值班人员 (On duty)"), duty);

    QStringList warnings;
    for (const incidents::WarningEntry &entry : situation.warnings.all) {
        const feeds::CapAlert &head = entry.head.alert;
        for (const incidents::ChainMessage &message : entry.history) {
            if (!within(message.sent, from, to))
                continue;
            QString line = QStringLiteral("- %1 %2 %3：%4").arg(when(message.sent), head.sender, feeds::toString(message.msgType), message.headline);
            if (entry.acknowledgement && head.identifier == message.identifier)
                line += QStringLiteral("，%1 于 %2 签收").arg(entry.acknowledgement->acknowledgedBy, when(entry.acknowledgement->acknowledgedAt));
            if (head.status != feeds::CapStatus::Actual)
                line += QStringLiteral("【%1】").arg(feeds::toString(head.status));
            warnings << line;
        }
    }
    section(text, QStringLiteral("二、收到的预警及签收 (Warnings received and acknowledged)"), warnings);

    QStringList events;
    for (const incidents::Incident &incident : record.incidents.incidents()) {
        exercise = exercise || (incident.exercise && (within(incident.openedAt, from, to) || incident.isActive()));
        if (within(incident.openedAt, from, to))
            events << QStringLiteral("- %1 立案：%2%3（%4）").arg(when(incident.openedAt), incident.exercise ? QStringLiteral("【演练】") : QString(),
                                                                 incident.title, incident.id);
        for (const incidents::LevelChange &change : incident.levels)
            if (within(change.at, from, to))
                events << QStringLiteral("- %1 %2：%3级应急响应%4").arg(when(change.at), incident.id,
                                                                     change.level > 0 ? incidents::levelNumeral(change.level) : QStringLiteral("终止"),
                                                                     change.reason.isEmpty() ? QString() : QStringLiteral("（%1）").arg(change.reason));
        if (within(incident.closedAt, from, to))
            events << QStringLiteral("- %1 %2 结案").arg(when(incident.closedAt), incident.id);
    }
    section(text, QStringLiteral("三、事件与响应级别 (Incidents and level changes)"), events);

    QStringList instructions;
    for (const incidents::Instruction &instruction : record.followUps.instructions())
        if (within(instruction.givenAt, from, to) || within(instruction.reportedAt, from, to))
            instructions << QStringLiteral("- %1 %2批示（交%3）：%4%5").arg(when(instruction.givenAt), instruction.leader, instruction.to, instruction.text,
                                                                        instruction.reportedAt.isValid() && instruction.reportedAt <= to
                                                                            ? QStringLiteral("；%1 回报：%2").arg(when(instruction.reportedAt), instruction.report)
                                                                            : QStringLiteral("；未回报"));
    section(text, QStringLiteral("四、领导批示及落实 (Instructions and their reports)"), instructions);

    QStringList checks;
    for (const incidents::HotspotCheck &check : record.followUps.checks())
        if (within(check.sentAt, from, to) || within(check.foundAt, from, to))
            checks << QStringLiteral("- %1 发%2%3核查（%4 个热点）%5").arg(when(check.sentAt), check.district, check.town).arg(check.detections)
                          .arg(check.foundAt.isValid() && check.foundAt <= to ? QStringLiteral("；%1 回报：%2").arg(when(check.foundAt), check.findingText)
                                                                              : QStringLiteral("；待回报"));
    section(text, QStringLiteral("五、热点核查 (Checks and findings)"), checks);

    QStringList tasks;
    for (const incidents::ResponseTask &task : record.responses.tasks())
        if (within(task.createdAt, from, to) || within(task.reportedAt, from, to))
            tasks << QStringLiteral("- %1（%2）：%3").arg(task.text, task.owner,
                                                        task.reportedAt.isValid() && task.reportedAt <= to ? QStringLiteral("%1 完成：%2").arg(when(task.reportedAt), task.report)
                                                        : task.dueAt < to ? QStringLiteral("超时未办（应于 %1）").arg(when(task.dueAt))
                                                                          : QStringLiteral("在办，%1 前").arg(when(task.dueAt)));
    for (const incidents::Task &task : record.duty.tasks())
        if (within(task.openedAt, from, to) || within(task.doneAt, from, to))
            tasks << QStringLiteral("- %1 → %2：%3").arg(task.text, task.assignee, task.doneAt.isValid() && task.doneAt <= to ? task.result : QStringLiteral("在办"));
    section(text, QStringLiteral("六、任务 (Tasks)"), tasks);

    QStringList sent;
    for (const incidents::Dispatch &dispatch : record.inventory.dispatches())
        if (within(dispatch.orderedAt, from, to))
            sent << QStringLiteral("- %1 调派 %2 × %3 至 %4（%5）").arg(when(dispatch.orderedAt), dispatch.resource).arg(dispatch.quantity).arg(dispatch.need, dispatch.incident);
    for (const incidents::IssuedReport &report : record.releases.reports())
        if (within(report.issuedAt, from, to))
            sent << QStringLiteral("- %1 报送：%2（%3）%4").arg(when(report.issuedAt), report.title, report.issuedBy, report.late() ? QStringLiteral("，超时") : QString());
    for (const incidents::IssuedCap &cap : record.releases.caps())
        if (within(cap.recordedAt, from, to))
            sent << QStringLiteral("- %1 发布预警 %2：%3【%4】").arg(when(cap.recordedAt), cap.identifier, cap.headline, feeds::toString(cap.status));
    section(text, QStringLiteral("七、调派、报送与信息发布 (Dispatches, reports and warnings issued)"), sent);

    QStringList handovers;
    for (const incidents::Handover &handover : record.duty.handovers())
        if (within(handover.at, from, to))
            handovers << QStringLiteral("- %1 %2 → %3%4").arg(when(handover.at), handover.outgoing, handover.incoming,
                                                               handover.isComplete() ? QStringLiteral("，双方已确认") : QStringLiteral("，待确认"));
    section(text, QStringLiteral("八、交接班 (Handovers)"), handovers);

    QStringList log;
    for (const incidents::LogEntry &entry : record.duty.log())
        if (within(entry.at, from, to))
            log << QStringLiteral("- %1 %2：%3").arg(when(entry.at), entry.user, entry.text);
    section(text, QStringLiteral("九、值班日志 (Duty log)"), log);
    text << QStringLiteral("## 值班员 (Officer)");
    text << QStringLiteral("- %1；%2").arg(context.officer, context.contact.isEmpty() ? QStringLiteral("联系方式未设置") : context.contact);
    text[0] = QStringLiteral("# %1值班日报 %2 (daily duty report)").arg(exercise ? QStringLiteral("【含演练】") : QString(), to.addSecs(-1).toTimeZone(QTimeZone(8 * 3600)).date().toString(Qt::ISODate));
    return text.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace lookout::reports

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "reports/reviewreport.h"

#include "core/timeformat.h"
#include "reports/reportwords.h"
#include "reports/reviewcharts.h"

#include <algorithm>

namespace lookout::reports {

namespace {

using incidents::Incident;

QString when(const QDateTime &time)
{
    return whenText(time, QStringLiteral("—"));
}

// A table cell: the text form's separator cannot appear inside one.
QString cell(QString text)
{
    return text.replace(QLatin1Char('|'), QChar(0xFF5C)).simplified();
}

QString row(const QStringList &cells)
{
    QStringList safe;
    for (const QString &text : cells)
        safe << cell(text);
    return QStringLiteral("| ") + safe.join(QStringLiteral(" | ")) + QStringLiteral(" |");
}

QString minutesText(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    return minutes >= 0 ? QStringLiteral("+%1 min").arg(minutes) : QStringLiteral("%1 min").arg(minutes);
}

QString levelText(int level)
{
    return incidents::isResponseLevel(level) ? QStringLiteral("%1级").arg(incidents::levelNumeral(level)) : QStringLiteral("无 none");
}

struct Line {
    QDateTime at;
    QString who;
    QString what;
};

// Who did what and when: the incident's own timeline (opening, levels, notes, log lines,
// dispatches), its plan tasks reported and closed, instructions, requests and reports issued.
QList<Line> timelineOf(const Incident &incident, const incidents::RecordState &record)
{
    QList<Line> lines;
    for (const incidents::TimelineItem &item : incident.timeline)
        // The record's own words: an issued review reads the same whatever language exported it.
        lines.append({item.at, item.user, item.recordText + (item.refused ? QStringLiteral("（未生效 refused）") : QString())});
    for (const incidents::ResponseTask &task : record.responses.tasks()) {
        if (task.incident != incident.id)
            continue;
        if (task.reportedAt.isValid())
            lines.append({task.reportedAt, task.reportedBy, QStringLiteral("任务 %1 回报 task reported：%2 — %3").arg(task.number).arg(task.text, task.report)});
        if (task.closedAt.isValid())
            lines.append({task.closedAt, task.closedBy, QStringLiteral("任务 %1 办结 task closed").arg(task.number)});
    }
    for (const incidents::Instruction &instruction : record.followUps.instructions()) {
        if (instruction.incident != incident.id)
            continue;
        lines.append({instruction.givenAt, instruction.leader, QStringLiteral("批示 instruction：%1").arg(instruction.text)});
        if (instruction.reportedAt.isValid())
            lines.append({instruction.reportedAt, instruction.reportedBy, QStringLiteral("批示落实回报 instruction reported：%1").arg(instruction.report)});
    }
    for (const incidents::ResourceRequest &request : record.requests.requests()) {
        if (request.incident != incident.id)
            continue;
        lines.append({request.requestedAt, request.requestedBy,
                      QStringLiteral("请求 request %1：%2 × %3，%4").arg(request.id(), request.kind).arg(request.quantity).arg(request.area.display())});
        if (request.cancelledAt.isValid())
            lines.append({request.cancelledAt, request.cancelledBy, QStringLiteral("撤销请求 request cancelled：%1").arg(request.id())});
    }
    for (const incidents::IssuedReport *report : record.releases.reportsOf(incident.id))
        lines.append({report->issuedAt, report->issuedBy, QStringLiteral("报送 issued：%1").arg(report->title)});
    std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.at < b.at; });
    return lines;
}

QString partName(const QString &part)
{
    if (part == QLatin1String("cyclones"))
        return QStringLiteral("台风路径 typhoon tracks");
    if (part == QLatin1String("stations"))
        return QStringLiteral("水文站 water stations");
    if (part == QLatin1String("rainfall"))
        return QStringLiteral("降雨格点 rainfall grids");
    if (part == QLatin1String("fire"))
        return QStringLiteral("卫星火点 hotspots");
    return QStringLiteral("预警 CAP warnings");
}

void figure(QStringList &text, ReviewDocument &document, const QString &name, const QImage &image, const QString &caption)
{
    document.figures.insert(name, image);
    text << QStringLiteral("![%1](%2)").arg(caption, name);
}

} // namespace

std::pair<QDateTime, QDateTime> reviewWindow(const Incident &incident, const QDateTime &knownAt)
{
    QDateTime from = incident.openedAt;
    QDateTime to = incident.closedAt.isValid() ? incident.closedAt : knownAt;
    if (!incident.isActive() && !incident.levels.isEmpty() && incident.levels.back().action == incidents::LevelAction::End)
        to = std::max(incident.levels.back().at, incident.closedAt.isValid() ? incident.closedAt : incident.levels.back().at);
    to = std::max(to, incident.lastAt.isValid() && incident.lastAt <= knownAt ? incident.lastAt : to);
    to = std::min(to, knownAt);
    from = from.addSecs(-(from.time().minute() * 60 + from.time().second()));  // from the hour
    if (from.secsTo(to) > 14 * 24 * 3600)
        from = to.addDays(-14);
    return {from, std::max(from, to)};
}

QList<ReviewMoment> reviewMoments(const Incident &incident, const QList<ReviewSample> &samples)
{
    QList<ReviewMoment> moments;
    for (const incidents::LevelChange &change : incident.levels)
        moments.append({change.at, {},
                        QStringLiteral("%1 %2%3 — %4").arg(when(change.at), actionZh(change.action),
                                                          change.action == incidents::LevelAction::End ? QStringLiteral("响应") : levelText(change.level),
                                                          incidents::toString(change.action) + (change.level ? QLatin1Char(' ') + incidents::levelNumeral(change.level) : QString()))});
    // The peak: the storm nearest, else most stations over, else the wettest step.
    const ReviewSample *peak = nullptr;
    QString why;
    for (const ReviewSample &sample : samples)
        if (sample.stormKm && (!peak || *sample.stormKm < *peak->stormKm)) {
            peak = &sample;
            why = QStringLiteral("台风最近 storm nearest: %1 km").arg(*sample.stormKm, 0, 'f', 0);
        }
    if (!peak)
        for (const ReviewSample &sample : samples)
            if (sample.stationsOver > 0 && (!peak || sample.stationsOver > peak->stationsOver)) {
                peak = &sample;
                why = QStringLiteral("超警站点最多 most stations over: %1").arg(sample.stationsOver);
            }
    double wettestSeen = 0;
    if (!peak)
        for (const ReviewSample &sample : samples)
            for (const auto &district : sample.rainMm)
                if (district.second > wettestSeen) {
                    wettestSeen = district.second;
                    peak = &sample;
                    why = QStringLiteral("雨量最大 wettest: %1 mm").arg(wettestSeen, 0, 'f', 0);
                }
    const bool nearChange = peak && std::any_of(moments.begin(), moments.end(), [&](const ReviewMoment &m) { return std::abs(m.at.secsTo(peak->at)) < 3600; });
    if (peak && !nearChange)
        moments.append({peak->at, {}, QStringLiteral("%1 峰值 peak — %2").arg(when(peak->at), why)});
    std::stable_sort(moments.begin(), moments.end(), [](const ReviewMoment &a, const ReviewMoment &b) { return a.at < b.at; });
    for (int i = 0; i < moments.size(); ++i)
        moments[i].name = QStringLiteral("map-%1").arg(i + 1);
    return moments;
}

ReviewDocument draftReview(const ReviewInputs &inputs)
{
    ReviewDocument document;
    const situation::Situation &end = inputs.end;
    const incidents::RecordState &record = end.incidents.record;
    const Incident *incident = record.incidents.find(inputs.incident);
    if (!incident)
        return document;
    document.exercise = incident->exercise;
    QStringList areas;
    for (const AreaRef &area : incident->areas)
        areas << area.display();
    const int highest = highestLevel(*incident);

    // Title page: the incident and the record in a table of key facts.
    QStringList text{QStringLiteral("# ") + reportTitle(incidents::ReportType::Review, *incident, 0), QString()};
    text << row({QStringLiteral("项目 Item"), QStringLiteral("内容 Details")});
    text << row({QStringLiteral("事件 Incident"), QStringLiteral("%1（%2）").arg(incident->title, incident->id)});
    text << row({QStringLiteral("灾种 Hazard"), hazardZh(incident->hazard) + QLatin1Char(' ') + incidents::toString(incident->hazard)});
    text << row({QStringLiteral("地点 Areas"), areas.isEmpty() ? QStringLiteral("未指明 not given") : areas.join(QStringLiteral("、"))});
    text << row({QStringLiteral("复盘时段 Period"), QStringLiteral("%1 至 %2（北京时间 Beijing time）").arg(when(inputs.from), when(inputs.to))});
    text << row({QStringLiteral("最高响应 Highest level"), highest ? levelText(highest) : QStringLiteral("未启动 none")});
    text << row({QStringLiteral("编制单位 Prepared by"), inputs.context.unit});
    text << row({QStringLiteral("编制人 Officer"), inputs.context.officer});
    text << row({QStringLiteral("编制时间 Produced"), when(inputs.producedAt)});
    text << row({QStringLiteral("记录核验 Record"), QStringLiteral("%1 条 entries，链头 head #%2 %3… — %4")
                                                         .arg(inputs.record.entries).arg(inputs.record.headSequence).arg(inputs.record.headHash.left(16),
                                                              inputs.record.verifies ? QStringLiteral("核验通过 verifies") : QStringLiteral("核验未通过 DOES NOT VERIFY"))});
    text << QString();
    if (incident->exercise)
        text << QStringLiteral("本报告所述为演练内容，非真实事件。This review is of an exercise, not a real event.");
    text << QStringLiteral("---") << QStringLiteral("## 目录 Contents") << QStringLiteral("[[toc]]") << QStringLiteral("---");

    // Summary.
    text << QStringLiteral("## 一、概述 Summary");
    text << QStringLiteral("- 立案 opened %1（%2），最高响应 highest level：%3。").arg(when(incident->openedAt), incident->openedBy, highest ? levelText(highest) : QStringLiteral("未启动 none"));
    for (const incidents::LevelChange &change : incident->levels)
        text << QStringLiteral("- %1 %2%3（%4）：%5").arg(when(change.at), actionZh(change.action),
                                                         change.action == incidents::LevelAction::End ? QStringLiteral("应急响应 response ended") : levelText(change.level),
                                                         change.commander, change.reason);
    if (incident->closedAt.isValid())
        text << QStringLiteral("- 结案 closed %1。").arg(when(incident->closedAt));
    text += lossLines(record.releases, incident->id);

    // Verification.
    text << QStringLiteral("## 二、记录核验 Verification of the record");
    text << QStringLiteral("- 记录共 %1 条 entries；链头 head #%2，哈希 hash %3。").arg(inputs.record.entries).arg(inputs.record.headSequence).arg(inputs.record.headHash);
    text << (inputs.record.verifies ? QStringLiteral("- 哈希链逐条核验通过：没有条目被修改、删除或移动。The hash chain verifies: no entry altered, removed or moved.")
                                    : QStringLiteral("- 哈希链核验未通过 THE RECORD DOES NOT VERIFY：%1").arg(inputs.record.problem));
    text << QStringLiteral("- 本报告内容均取自上述记录与当时可知的态势。Everything below comes from this record and the situation as known at each time.");

    // Timeline.
    text << QStringLiteral("## 三、时间线 Timeline (who did what, and when)");
    text << row({QStringLiteral("时间 Time"), QStringLiteral("人员 Who"), QStringLiteral("事项 What")});
    for (const Line &line : timelineOf(*incident, record))
        text << row({when(line.at), line.who, line.what});
    text << QString();

    // Maps.
    text << QStringLiteral("## 四、态势图 Maps as known at each level change and at the peak");
    if (inputs.moments.isEmpty())
        text << QStringLiteral("- 无响应级别变化。No level change to map.");
    for (const ReviewMoment &moment : inputs.moments) {
        if (inputs.maps.contains(moment.name))
            figure(text, document, moment.name, inputs.maps.value(moment.name), QStringLiteral("图 %1 Map: %2（当时可知 as known then）").arg(moment.name.mid(4), moment.caption));
        else
            text << QStringLiteral("- %1：地图未能绘制 the map could not be drawn").arg(moment.caption);
    }

    // Charts.
    text << QStringLiteral("## 五、响应级别 Response level over time");
    figure(text, document, QStringLiteral("chart-level"), levelChart(inputs.samples, inputs.from, inputs.to),
           QStringLiteral("实线：记录中的响应级别；虚线：预案按当时态势的建议（预演） Solid: the level in force; dashed: the plan's suggestion then (rehearsal)"));
    int differing = 0;
    for (const ReviewSample &sample : inputs.samples)
        differing += sample.suggested >= 0 && sample.suggested != sample.level ? 1 : 0;
    text << (std::any_of(inputs.samples.begin(), inputs.samples.end(), [](const ReviewSample &s) { return s.suggested >= 0; })
                 ? QStringLiteral("- %1 个逐时步中有 %2 个预案建议与实际级别不同。The suggestion differed from the level in force at %2 of %1 hourly steps.").arg(inputs.samples.size()).arg(differing)
                 : QStringLiteral("- 未加载预案，无建议级别可比。No plan was loaded: no suggestion to compare."));

    text << QStringLiteral("## 六、台风 The storm: distance and wind at the city");
    const QImage storm = stormChart(inputs.samples, inputs.from, inputs.to);
    if (storm.isNull())
        text << QStringLiteral("- 复盘时段内无活跃台风路径数据。No active storm track in the workspace for the period.");
    else
        figure(text, document, QStringLiteral("chart-storm"), storm,
               QStringLiteral("距离取自第一个参考区；底色为风圈覆盖本市任一区的时段 Distance from the first reference district; shading: a wind circle over any of the city's districts"));

    text << QStringLiteral("## 七、水位 Stations against their thresholds");
    const QList<const situation::StationSituation *> stations = stationsOverInWindow(inputs.stations, inputs.from, inputs.to, 4);
    if (inputs.stations.state == situation::DataState::NoData)
        text << QStringLiteral("- 工作区无该时段的水文站数据（不是“无超警”）。No station data in the workspace for the period (not an all-clear).");
    else if (stations.isEmpty())
        text << QStringLiteral("- %1 个站点在复盘时段内均未超过阈值。None of %1 stations went over a threshold in the period.").arg(inputs.stations.stations.size());
    for (const situation::StationSituation *station : stations)
        figure(text, document, QStringLiteral("chart-station-") + station->stcd, stationChart(*station, inputs.from, inputs.to),
               QStringLiteral("%1 水位与阈值 level against thresholds").arg(station->name));

    text << QStringLiteral("## 八、降雨 Rainfall per district");
    int hours = 0;
    const QList<std::pair<QString, double>> rain = wettestPerDistrict(inputs.samples, &hours);
    if (rain.isEmpty())
        text << QStringLiteral("- 工作区无该时段的降雨格点（不是“无雨”）。No rainfall grid in the workspace for the period (not a dry spell).");
    else
        figure(text, document, QStringLiteral("chart-rain"), rainChart(rain, hours),
               QStringLiteral("各区在复盘时段内最大的 %1 小时雨量（区内最大格点） Each district's wettest %1 h (its wettest cell)").arg(hours));

    text << QStringLiteral("## 九、火点 Hotspots per day");
    const QList<std::pair<QDate, int>> days = hotspotsPerDay(inputs.samples);
    if (days.isEmpty())
        text << QStringLiteral("- 复盘时段内本图范围无卫星火点。No satellite hotspot on this map in the period.");
    else
        figure(text, document, QStringLiteral("chart-hotspots"), hotspotChart(days), QStringLiteral("每日火点数（每个探测只计一次） Hotspots per day, each detection once"));

    // Tasks.
    text << QStringLiteral("## 十、任务 Tasks: on time, late and open");
    int onTime = 0, late = 0, open = 0;
    QStringList taskRows{row({QStringLiteral("任务 Task"), QStringLiteral("责任 Owner"), QStringLiteral("时限 Due"), QStringLiteral("回报 Reported"),
                              QStringLiteral("结果 Result")})};
    for (const incidents::ResponseTask &task : record.responses.tasks()) {
        if (task.incident != incident->id)
            continue;
        const QDateTime done = task.reportedAt.isValid() ? task.reportedAt : task.closedAt;
        const QString result = !done.isValid() ? QStringLiteral("未完成 open") : task.dueAt.isValid() && done > task.dueAt ? QStringLiteral("超时 late") : QStringLiteral("按时 on time");
        (!done.isValid() ? open : task.dueAt.isValid() && done > task.dueAt ? late : onTime)++;
        taskRows << row({QStringLiteral("%1. %2").arg(task.number).arg(task.text), task.owner, when(task.dueAt), when(done), result});
    }
    text << QStringLiteral("- 按时 on time %1，超时 late %2，未完成 open %3。").arg(onTime).arg(late).arg(open);
    if (taskRows.size() > 1)
        text += taskRows << QString();

    // Dispatches.
    text << QStringLiteral("## 十一、调度 Dispatches: ETA against arrival");
    QStringList dispatchRows{row({QStringLiteral("调度 Dispatch"), QStringLiteral("资源 Resource"), QStringLiteral("下达 Ordered"), QStringLiteral("预计 ETA"),
                                  QStringLiteral("到达 Arrived"), QStringLiteral("偏差 Off by")})};
    for (const incidents::Dispatch &dispatch : record.inventory.dispatches())
        if (dispatch.incident == incident->id)
            dispatchRows << row({QStringLiteral("%1 → %2").arg(dispatch.number).arg(needWords(end.resources, incident->id, dispatch.need)),
                                 QStringLiteral("%1 × %2").arg(dispatch.resource).arg(dispatch.quantity), when(dispatch.orderedAt), when(dispatch.eta),
                                 dispatch.arrivedAt.isValid() ? when(dispatch.arrivedAt) : QStringLiteral("未到达 not arrived"),
                                 dispatch.arrivedAt.isValid() && dispatch.eta.isValid() ? minutesText(dispatch.eta.secsTo(dispatch.arrivedAt)) : QStringLiteral("—")});
    if (dispatchRows.size() > 1)
        text += dispatchRows << QString();
    else
        text << QStringLiteral("- 无调度。No dispatch.");

    // Reports.
    text << QStringLiteral("## 十二、报告 Reports against their deadlines");
    QStringList reportRows{row({QStringLiteral("报告 Report"), QStringLiteral("时限 Deadline"), QStringLiteral("报送 Issued"), QStringLiteral("结果 Result")})};
    for (const ReportDue &due : reportsDue(*incident, record.releases, inputs.rules, end.at)) {
        const QString name = due.type == incidents::ReportType::Initial ? QStringLiteral("首报 initial")
                             : due.type == incidents::ReportType::Final ? QStringLiteral("终报 final")
                                                                        : QStringLiteral("续报%1 follow-up %2").arg(chineseNumber(due.followup)).arg(due.followup);
        const QString result = due.issued ? (due.late() ? QStringLiteral("迟报 late") : QStringLiteral("按时 on time"))
                               : due.overdueAt(end.at) ? QStringLiteral("未报 missed")
                                                          : QStringLiteral("未到期 not yet due");
        reportRows << row({name, when(due.deadline), due.issued ? when(due.issued->issuedAt) : QStringLiteral("—"), result});
    }
    text += reportRows << QString();

    // Sources.
    text << QStringLiteral("## 十三、数据源 Sources and their health during the event");
    text << row({QStringLiteral("类别 Part"), QStringLiteral("来源 Sources"), QStringLiteral("最大数据龄 Oldest data"), QStringLiteral("缺数/故障 Gaps and failures")});
    for (const SourceRecord &source : sourceRecords(inputs.samples)) {
        QStringList gaps;
        for (const auto &[from, to] : source.gaps)
            gaps << (from == to ? when(from) : QStringLiteral("%1 – %2").arg(when(from), when(to).mid(5)));
        QString health = source.oldestAgeSeconds < 0 ? QStringLiteral("全程无数据 no data at any step")
                         : gaps.isEmpty()            ? QStringLiteral("无 none")
                                                     : QStringLiteral("%1 段 span(s)：%2").arg(gaps.size()).arg(gaps.mid(0, 4).join(QStringLiteral("；")) + (gaps.size() > 4 ? QStringLiteral("…") : QString()));
        if (source.stepsFailing > 0)
            health += QStringLiteral("；源故障 feed failing at %1 step(s)").arg(source.stepsFailing);
        // Sources only where they gave data; a long list of files ends with how many more.
        const QString sources = source.oldestAgeSeconds < 0 || source.sources.isEmpty()
                                    ? QStringLiteral("—")
                                    : source.sources.mid(0, 3).join(QStringLiteral("、"))
                                          + (source.sources.size() > 3 ? QStringLiteral(" 等 %1 个 (%1 in all)").arg(source.sources.size()) : QString());
        text << row({partName(source.part), sources,
                     source.oldestAgeSeconds < 0 ? QStringLiteral("—") : formatAge(source.oldestAgeSeconds), health});
    }
    text << QString();
    text << QStringLiteral("- 缺数：某一时刻没有数据，或最新数据超过 台风 6 h / 水位 6 h / 降雨 12 h / 火点 24 h。A gap: no data at a step, or the newest datum older than 6 h (tracks, stations), 12 h (rain), 24 h (hotspots).");

    text << QStringLiteral("## 十四、说明 How this review was made");
    text << QStringLiteral("- 态势按复盘时段逐小时重建（%1 步），每步只用当时已知的数据与记录。The situation was rebuilt hourly (%1 steps) from what was known at each step.").arg(inputs.samples.size());
    text << QStringLiteral("- 地图按各时刻当时的态势绘制。Each map shows the situation as known at its time.");
    text << QStringLiteral("- 伤亡与损失仅为值班员录入的数字，系统不作估算。Casualties and losses are only as entered by the officers.");
    document.text = text.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return document;
}

} // namespace lookout::reports

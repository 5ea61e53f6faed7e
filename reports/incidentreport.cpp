// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "reports/incidentreport.h"

#include "core/timeformat.h"
#include "incidents/incidentledger.h"
#include "reports/reportwords.h"

#include <algorithm>

namespace lookout::reports {

namespace {

using incidents::ReportType;

QString when(const QDateTime &time)
{
    return whenText(time);
}

QStringList courseLines(const incidents::Incident &incident, const situation::Situation &situation)
{
    QStringList lines;
    for (const incidents::LevelChange &change : incident.levels)
        lines << QStringLiteral("- %1 %2%3级应急响应%4%5")
                     .arg(when(change.at), actionZh(change.action),
                          change.action == incidents::LevelAction::End ? QString() : incidents::levelNumeral(change.level),
                          change.commander.isEmpty() ? QString() : QStringLiteral("（指挥：%1）").arg(change.commander),
                          change.reason.isEmpty() ? QString() : QStringLiteral("：%1").arg(change.reason));
    for (const situation::CycloneSituation &storm : situation.cyclones.storms) {
        const feeds::TrackPoint &fix = storm.lastFix();
        QString line = QStringLiteral("- 台风“%1”（%2）%3 位于北纬 %4°、东经 %5°")
                           .arg(storm.view.localName.isEmpty() ? storm.view.name : storm.view.localName, storm.view.name, when(fix.time))
                           .arg(fix.position.lat, 0, 'f', 1)
                           .arg(fix.position.lon, 0, 'f', 1);
        if (fix.maxWind)
            line += QStringLiteral("，中心附近最大风力 %1 m/s").arg(fix.maxWind->metresPerSecond(), 0, 'f', 0);
        if (fix.pressureHpa)
            line += QStringLiteral("，中心气压 %1 hPa").arg(*fix.pressureHpa, 0, 'f', 0);
        for (const situation::CycloneSituation::Distance &distance : storm.distances)
            line += QStringLiteral("；距%1约 %2 km（位于其%3方）").arg(distance.district).arg(distance.kilometres, 0, 'f', 0).arg(bearingZh(distance.bearingDegrees));
        lines << line + QStringLiteral("。");
        for (const analysis::CircleExposure &circle : storm.exposure) {
            QStringList expected;
            for (const auto &[district, at] : circle.districtsExpected)
                expected << QStringLiteral("%1 %2").arg(district, when(at));
            if (!circle.districtsNow.isEmpty())
                lines << QStringLiteral("- %1风圈已覆盖：%2").arg(circle.threshold, circle.districtsNow.join(QStringLiteral("、")));
            if (!expected.isEmpty())
                lines << QStringLiteral("- %1风圈预计影响（%2预报）：%3").arg(circle.threshold, circle.forecastAgency, expected.join(QStringLiteral("；")));
        }
    }
    for (const situation::StationSituation &station : situation.stations.stations) {
        if (station.severity() < 3)
            continue;
        QString trend;
        if (station.level.rise3h)
            trend = *station.level.rise3h > 0.02 ? QStringLiteral("，仍在上涨（3 小时 +%1 m）").arg(*station.level.rise3h, 0, 'f', 2)
                    : *station.level.rise3h < -0.02 ? QStringLiteral("，已回落（3 小时 %1 m）").arg(*station.level.rise3h, 0, 'f', 2)
                                                    : QStringLiteral("，基本持平");
        lines << QStringLiteral("- %1站 %2 水位 %3 m，超警戒 %4 m%5")
                     .arg(station.name, when(station.level.time))
                     .arg(station.level.level, 0, 'f', 2)
                     .arg(station.level.overWarning.value_or(0), 0, 'f', 2)
                     .arg(trend);
    }
    if (const situation::RainWindow *rain = situation.rainfall.shown(); rain && !rain->districts.isEmpty()) {
        const auto wettest = std::max_element(rain->districts.begin(), rain->districts.end(),
                                              [](const analysis::DistrictRainfall &a, const analysis::DistrictRainfall &b) { return a.maxMm < b.maxMm; });
        lines << QStringLiteral("- 截至 %1，%2 小时雨量最大为%3（最大 %4 mm，面雨量 %5 mm）")
                     .arg(when(situation.rainfall.validTime))
                     .arg(rain->hours)
                     .arg(wettest->district)
                     .arg(wettest->maxMm, 0, 'f', 0)
                     .arg(wettest->meanMm, 0, 'f', 0);
    }
    if (lines.isEmpty())
        lines << QStringLiteral("- 暂无响应级别变化和监测数据。");
    return lines;
}

QStringList measureLines(const incidents::RecordState &record, const situation::ResourcesPart &resources, const QString &incident, const QDateTime &at)
{
    QStringList lines;
    if (const incidents::PlanActivation *activation = record.responses.activationOf(incident))
        lines << QStringLiteral("- 按《%1》组织应对%2。").arg(activation->plan.title, activation->plan.isTemplate ? QStringLiteral("（模板阈值）") : QString());
    int done = 0, open = 0, overdue = 0;
    QStringList reported;
    for (const incidents::ResponseTask &task : record.responses.tasks()) {
        if (task.incident != incident)
            continue;
        const incidents::TaskState state = task.stateAt(at);
        if (state == incidents::TaskState::Reported || state == incidents::TaskState::Closed) {
            ++done;
            reported << QStringLiteral("- %1：%2（%3）").arg(task.text, task.report, when(task.reportedAt));
        } else {
            ++open;
            overdue += state == incidents::TaskState::Overdue ? 1 : 0;
        }
    }
    if (done + open > 0)
        lines << QStringLiteral("- 预案任务 %1 项已完成，%2 项在办（其中 %3 项超时）。").arg(done).arg(open).arg(overdue);
    lines += reported;
    for (const incidents::Dispatch &dispatch : record.inventory.dispatches()) {
        if (dispatch.incident != incident)
            continue;
        lines << QStringLiteral("- 调派 %1 × %2 至 %3，%4下达，预计 %5 到达%6")
                     .arg(dispatch.resource)
                     .arg(dispatch.quantity)
                     .arg(needWords(resources, incident, dispatch.need), when(dispatch.orderedAt), when(dispatch.eta),
                          dispatch.arrivedAt.isValid() ? QStringLiteral("，%1 到达").arg(when(dispatch.arrivedAt)) : QStringLiteral("，尚未到达"));
    }
    if (lines.isEmpty())
        lines << QStringLiteral("- 记录中暂无措施。");
    return lines;
}

QStringList requestLines(const situation::Situation &situation, const QString &incident)
{
    QStringList lines;
    for (const situation::ResourceGap &gap : situation.resources.gaps)
        if (gap.incident == incident)
            lines << QStringLiteral("- %1 缺口 %2（需 %3，可调 %4）").arg(gap.kind).arg(gap.shortfall()).arg(gap.needed).arg(gap.covered);
    for (const incidents::ResourceRequest &request : situation.incidents.record.requests.requests())
        if (request.incident == incident && request.isOpen())
            lines << QStringLiteral("- 请求 %1：%2 × %3，地点 %4%5").arg(request.id(), request.kind).arg(request.quantity).arg(request.area.display(),
                                                                                                               request.neededBy.isValid() ? QStringLiteral("，%1 前").arg(when(request.neededBy)) : QString());
    if (lines.isEmpty())
        lines << QStringLiteral("- 暂无。");
    return lines;
}

} // namespace

QString chineseNumber(int n)
{
    static const QStringList digits{QString(), QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"), QStringLiteral("四"),
                                    QStringLiteral("五"), QStringLiteral("六"), QStringLiteral("七"), QStringLiteral("八"), QStringLiteral("九")};
    if (n <= 0 || n >= 100)
        return QString::number(n);
    if (n < 10)
        return digits[n];
    return (n / 10 == 1 ? QString() : digits[n / 10]) + QStringLiteral("十") + digits[n % 10];
}

QString reportTitle(ReportType type, const incidents::Incident &incident, int followup)
{
    const QString prefix = incident.exercise ? QStringLiteral("【演练】") : QString();
    switch (type) {
    case ReportType::Initial: return prefix + incident.title + QStringLiteral(" 首报 (initial report)");
    case ReportType::Followup: return prefix + incident.title + QStringLiteral(" 续报%1 (follow-up report %2)").arg(chineseNumber(followup)).arg(followup);
    case ReportType::Final: return prefix + incident.title + QStringLiteral(" 终报 (final report)");
    case ReportType::Daily: return prefix + QStringLiteral("值班日报 (daily duty report)");
    case ReportType::Review: return prefix + incident.title + QStringLiteral(" 复盘报告 (after-action review)");
    }
    return {};
}

QString draftIncidentReport(ReportType type, const QString &id, const situation::Situation &situation, const ReportContext &context)
{
    const incidents::RecordState &record = situation.incidents.record;
    const incidents::Incident *incident = record.incidents.find(id);
    if (!incident)
        return {};
    const int followup = record.releases.nextFollowup(id);
    QStringList text{QStringLiteral("# ") + reportTitle(type, *incident, followup)};
    text << QStringLiteral("报送单位：%1　　报送时间：%2").arg(context.unit, when(situation.at));
    text << QStringLiteral("## 一、基本情况 (What happened)");
    QStringList areas;
    for (const AreaRef &area : incident->areas)
        areas << area.display();
    QDateTime began = incident->openedAt;
    text << QStringLiteral("- 事件：%1（编号 %2），灾种：%3%4。").arg(incident->title, incident->id, hazardZh(incident->hazard),
                                                                   incident->exercise ? QStringLiteral("，演练") : QString());
    text << QStringLiteral("- 地点：%1。").arg(areas.isEmpty() ? QStringLiteral("未指明") : areas.join(QStringLiteral("、")));
    if (!incident->warnings.isEmpty())
        text << QStringLiteral("- 关联预警：%1 条（%2）。").arg(incident->warnings.size()).arg(incident->warnings.front().identifier);
    text << QStringLiteral("- 开始时间：%1；获悉时间：%2（立案人 %3）。").arg(when(began), when(incident->openedAt), incident->openedBy);
    text << QStringLiteral("- 当前状态：%1%2。").arg(incident->level > 0 ? QStringLiteral("%1级应急响应").arg(incidents::levelNumeral(incident->level))
                                                                     : QStringLiteral("未启动应急响应"),
                                                  incident->levelSince.isValid() ? QStringLiteral("（自 %1）").arg(when(incident->levelSince)) : QString());
    text << QStringLiteral("## 二、灾害过程与趋势 (Course and trend)");
    text += courseLines(*incident, situation);
    text << QStringLiteral("## 三、人员伤亡与损失 (Casualties and losses)");
    text += lossLines(record.releases, id);
    text << QStringLiteral("## 四、已采取的措施 (Measures taken)");
    text += measureLines(record, situation.resources, id, situation.at);
    text << QStringLiteral("## 五、需上级协调支持事项 (Requests to the level above)");
    text += requestLines(situation, id);
    if (type == ReportType::Final) {
        text << QStringLiteral("## 六、总结、现状与下一步 (Summary, state now, next steps)");
        text << QStringLiteral("- 总结：%1至%2，历时 %3；最高响应级别 %4级。")
                    .arg(when(incident->openedAt), when(incident->closedAt.isValid() ? incident->closedAt : situation.at),
                         formatAge(incident->openedAt.secsTo(incident->closedAt.isValid() ? incident->closedAt : situation.at)),
                         incidents::levelNumeral(highestLevel(*incident)));
        text << QStringLiteral("- 现状：%1。").arg(incident->level > 0 ? QStringLiteral("应急响应仍在%1级").arg(incidents::levelNumeral(incident->level))
                                                                     : QStringLiteral("应急响应已终止"));
        text << QStringLiteral("- 下一步：做好善后处置、灾后恢复和损失评估，开展复盘（请值班员补充）。");
    }
    text << QStringLiteral("## 报送人及联系方式 (Reporting officer and contact)");
    text << QStringLiteral("- 单位：%1；值班员：%2；联系方式：%3。").arg(context.unit, context.officer, context.contact.isEmpty() ? QStringLiteral("（未设置）") : context.contact);
    return text.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace lookout::reports

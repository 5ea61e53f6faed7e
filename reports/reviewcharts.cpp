// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "reports/reviewcharts.h"

#include "core/timeformat.h"
#include "incidents/incident.h"
#include "reports/chartimage.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace lookout::reports {

namespace {

// Ⅳ … Ⅰ upwards: the chart's value of a level (0 none, 1 Ⅳ … 4 Ⅰ).
double levelValue(int level)
{
    return incidents::isResponseLevel(level) ? 5 - level : 0;
}

} // namespace

QImage levelChart(const QList<ReviewSample> &samples, const QDateTime &from, const QDateTime &to)
{
    if (samples.isEmpty())
        return {};
    TimeChart chart{QStringLiteral("响应级别 Response level: 实际与预案建议 in force and suggested"), from, to,
                    {QStringLiteral("级别 level"), 0, 4,
                     {QStringLiteral("无 none"), QStringLiteral("Ⅳ"), QStringLiteral("Ⅲ"), QStringLiteral("Ⅱ"), QStringLiteral("Ⅰ")}},
                    std::nullopt, {}, {}, {}};
    ChartSeries actual{QStringLiteral("实际 in force (record)"), QColor(20, 60, 140), {}, true, false, false, 0};
    ChartSeries suggested{QStringLiteral("预案建议 suggested"), QColor(230, 120, 0), {}, true, true, false, 0};
    for (const ReviewSample &sample : samples) {
        actual.points.append({sample.at, levelValue(sample.level)});
        if (sample.suggested >= 0) {
            suggested.points.append({sample.at, levelValue(sample.suggested)});
            suggested.name = QStringLiteral("预案建议 suggested (%1)").arg(sample.plan);
        }
    }
    chart.series << actual;
    if (!suggested.points.isEmpty())
        chart.series << suggested;
    return drawTimeChart(chart);
}

QImage stormChart(const QList<ReviewSample> &samples, const QDateTime &from, const QDateTime &to)
{
    ChartSeries distance{QStringLiteral("距离 distance (km)"), QColor(20, 60, 140), {}, false, false, false, 3 * 3600};
    ChartSeries wind{QStringLiteral("中心最大风速 strongest wind (m/s)"), QColor(190, 30, 30), {}, false, true, true, 3 * 3600};
    TimeChart chart{QString(), from, to, {QStringLiteral("距离 km"), 0, 100, {}}, ChartAxis{QStringLiteral("风速 m/s"), 0, 80, {}}, {}, {}, {}};
    const QColor shades[] = {QColor(255, 240, 170), QColor(255, 205, 150), QColor(255, 170, 170)};
    QString storm, reference;
    double far = 0, strongest = 0;
    for (const ReviewSample &sample : samples) {
        if (sample.stormKm) {
            distance.points.append({sample.at, *sample.stormKm});
            far = std::max(far, *sample.stormKm);
            storm = sample.storm;
            reference = sample.reference;
        }
        if (sample.stormWindMs) {
            wind.points.append({sample.at, *sample.stormWindMs});
            strongest = std::max(strongest, *sample.stormWindMs);
        }
        if (sample.circleAtCity > 0) {
            const QString name = QStringLiteral("%1风圈覆盖本市 circle over the city").arg(sample.circleLabel);
            if (!chart.spans.isEmpty() && chart.spans.back().name == name && chart.spans.back().to.secsTo(sample.at) <= 3600)
                chart.spans.back().to = sample.at.addSecs(1800);
            else
                chart.spans.append({name, shades[sample.circleAtCity - 1], sample.at.addSecs(-1800), sample.at.addSecs(1800)});
        }
    }
    if (distance.points.isEmpty() && wind.points.isEmpty())
        return {};
    chart.title = QStringLiteral("台风 %1：距%2距离与中心最大风速 distance from %2 and strongest wind").arg(storm, reference);
    chart.left.max = std::max(100.0, std::ceil(far / 100.0) * 100.0);
    chart.right->max = std::max(40.0, std::ceil(strongest / 10.0) * 10.0);
    chart.series << distance << wind;
    return drawTimeChart(chart);
}

QList<const situation::StationSituation *> stationsOverInWindow(const situation::StationsPart &stations, const QDateTime &from,
                                                                const QDateTime &to, int count)
{
    QList<std::pair<double, const situation::StationSituation *>> over;
    for (const situation::StationSituation &station : stations.stations) {
        const std::optional<double> threshold = station.reservoir ? station.floodLimit : station.warningLevel;
        if (!threshold)
            continue;
        double worst = -1e9;
        for (const auto &[time, level] : station.readings)
            if (time >= from && time <= to)
                worst = std::max(worst, level - *threshold);
        if (worst > 0)
            over.append({worst, &station});
    }
    std::stable_sort(over.begin(), over.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<const situation::StationSituation *> chosen;
    for (const auto &entry : over)
        if (chosen.size() < count)
            chosen << entry.second;
    return chosen;
}

QImage stationChart(const situation::StationSituation &station, const QDateTime &from, const QDateTime &to)
{
    ChartSeries levels{QStringLiteral("水位 level (m)"), QColor(20, 60, 140), {}, false, false, false, 6 * 3600};
    double low = 1e9, high = -1e9;
    for (const auto &[time, level] : station.readings)
        if (time >= from && time <= to) {
            levels.points.append({time, level});
            low = std::min(low, level);
            high = std::max(high, level);
        }
    TimeChart chart{QStringLiteral("%1（%2）水位 water level").arg(station.name, station.river), from, to,
                    {QStringLiteral("水位 m"), 0, 1, {}}, std::nullopt, {levels}, {}, {}};
    if (station.warningLevel)
        chart.rules.append({QStringLiteral("警戒 warning %1 m").arg(*station.warningLevel, 0, 'f', 2), QColor(230, 140, 0), *station.warningLevel});
    if (station.guaranteedLevel)
        chart.rules.append({QStringLiteral("保证 guaranteed %1 m").arg(*station.guaranteedLevel, 0, 'f', 2), QColor(200, 0, 0), *station.guaranteedLevel});
    if (station.floodLimit)
        chart.rules.append({QStringLiteral("汛限 flood limit %1 m").arg(*station.floodLimit, 0, 'f', 2), QColor(200, 0, 120), *station.floodLimit});
    for (const ChartRule &rule : chart.rules) {
        low = std::min(low, rule.value);
        high = std::max(high, rule.value);
    }
    if (levels.points.isEmpty())
        return {};
    const double margin = std::max(0.2, (high - low) * 0.1);
    chart.left.min = std::floor((low - margin) * 2) / 2;
    chart.left.max = std::ceil((high + margin) * 2) / 2;
    return drawTimeChart(chart);
}

QList<std::pair<QString, double>> wettestPerDistrict(const QList<ReviewSample> &samples, int *hours)
{
    QList<std::pair<QString, double>> districts;
    int longest = 0;
    for (const ReviewSample &sample : samples) {
        longest = std::max(longest, sample.rainHours);
        for (const auto &[district, mm] : sample.rainMm) {
            auto found = std::find_if(districts.begin(), districts.end(), [&](const auto &d) { return d.first == district; });
            if (found == districts.end())
                districts.append({district, mm});
            else
                found->second = std::max(found->second, mm);
        }
    }
    std::stable_sort(districts.begin(), districts.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    if (hours)
        *hours = longest;
    return districts;
}

QImage rainChart(const QList<std::pair<QString, double>> &districts, int hours)
{
    if (districts.isEmpty())
        return {};
    return drawBarChart({QStringLiteral("各区最大 %1 小时雨量 wettest %1 h per district").arg(hours), QStringLiteral("雨量 mm"), districts,
                         QColor(40, 110, 190)});
}

QList<std::pair<QDate, int>> hotspotsPerDay(const QList<ReviewSample> &samples)
{
    QSet<QString> seen;
    QMap<QDate, int> days;
    const QTimeZone beijing(8 * 3600);
    for (const ReviewSample &sample : samples)
        for (const feeds::Hotspot &hotspot : sample.hotspots) {
            const QString key = QStringLiteral("%1/%2/%3/%4").arg(hotspot.time.toMSecsSinceEpoch()).arg(hotspot.position.lat, 0, 'f', 5)
                                    .arg(hotspot.position.lon, 0, 'f', 5).arg(hotspot.satellite);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            ++days[hotspot.time.toTimeZone(beijing).date()];
        }
    QList<std::pair<QDate, int>> list;
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        list.append({it.key(), it.value()});
    return list;
}

QImage hotspotChart(const QList<std::pair<QDate, int>> &days)
{
    if (days.isEmpty())
        return {};
    BarChart chart{QStringLiteral("每日火点 hotspots per day (北京时间 Beijing days)"), QStringLiteral("火点 hotspots"), {}, QColor(200, 60, 20)};
    for (const auto &[day, count] : days)
        chart.bars.append({day.toString(QStringLiteral("MM-dd")), double(count)});
    return drawBarChart(chart);
}

} // namespace lookout::reports

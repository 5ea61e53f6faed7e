// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "reports/reportwords.h"

#include "core/timeformat.h"

#include <cmath>

namespace lookout::reports {

QString hazardZh(incidents::Hazard hazard)
{
    switch (hazard) {
    case incidents::Hazard::Flood: return QStringLiteral("洪水");
    case incidents::Hazard::Typhoon: return QStringLiteral("台风");
    case incidents::Hazard::Rainstorm: return QStringLiteral("暴雨");
    case incidents::Hazard::ForestFire: return QStringLiteral("森林火灾");
    case incidents::Hazard::Other: break;
    }
    return QStringLiteral("其他");
}

QString actionZh(incidents::LevelAction action)
{
    switch (action) {
    case incidents::LevelAction::Start: return QStringLiteral("启动");
    case incidents::LevelAction::Raise: return QStringLiteral("提升至");
    case incidents::LevelAction::Lower: return QStringLiteral("降低至");
    case incidents::LevelAction::End: return QStringLiteral("终止");
    }
    return {};
}

QString bearingZh(double degrees)
{
    static const QStringList names{QStringLiteral("北"), QStringLiteral("东北"), QStringLiteral("东"), QStringLiteral("东南"),
                                   QStringLiteral("南"), QStringLiteral("西南"), QStringLiteral("西"), QStringLiteral("西北")};
    return names[int(std::lround(std::fmod(degrees + 360.0, 360.0) / 45.0)) % 8];
}

QString whenText(const QDateTime &time, const QString &unknown)
{
    return time.isValid() ? formatLocal(time) : unknown;
}

int highestLevel(const incidents::Incident &incident)
{
    int highest = 0;
    for (const incidents::LevelChange &change : incident.levels)
        if (change.level > 0 && (highest == 0 || change.level < highest))
            highest = change.level;
    return highest;
}

QStringList lossLines(const incidents::ReleaseBook &releases, const QString &incident)
{
    const incidents::LossFigures *figures = releases.losses(incident);
    if (!figures)
        return {QStringLiteral("- 尚未录入人员伤亡和损失数字（须由值班员核实录入，系统不作估算）。")};
    QStringList lines{QStringLiteral("- 死亡 %1 人，失踪 %2 人，受伤 %3 人；转移安置 %4 人。")
                          .arg(figures->deaths).arg(figures->missing).arg(figures->injured).arg(figures->evacuated)};
    lines << (figures->directLossYuan > 0 ? QStringLiteral("- 直接经济损失约 %1 万元。").arg(figures->directLossYuan / 10000.0, 0, 'f', 1)
                                          : QStringLiteral("- 直接经济损失尚在核查。"));
    if (!figures->note.isEmpty())
        lines << QStringLiteral("- %1").arg(figures->note);
    lines << QStringLiteral("- （%1 于 %2 录入）").arg(figures->by, whenText(figures->at));
    return lines;
}

QString needWords(const situation::ResourcesPart &resources, const QString &incident, const QString &need)
{
    for (const situation::ResourceNeed &known : resources.needs)
        if (known.id == need && known.incident == incident)
            return QStringLiteral("%1（%2）").arg(known.area.name.isEmpty() ? known.area.code : known.area.name, known.kind);
    return need;
}

} // namespace lookout::reports

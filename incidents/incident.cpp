// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "incidents/incident.h"

#include <algorithm>
#include <array>
#include <utility>

namespace lookout::incidents {

namespace {
const std::array<std::pair<Hazard, const char *>, 5> kHazards{{{Hazard::Flood, "flood"},
                                                               {Hazard::Typhoon, "typhoon"},
                                                               {Hazard::Rainstorm, "rainstorm"},
                                                               {Hazard::ForestFire, "forest-fire"},
                                                               {Hazard::Other, "other"}}};
const std::array<std::pair<LevelAction, const char *>, 4> kActions{
    {{LevelAction::Start, "start"}, {LevelAction::Raise, "raise"}, {LevelAction::Lower, "lower"}, {LevelAction::End, "end"}}};
} // namespace

QString toString(Hazard hazard)
{
    for (const auto &[value, name] : kHazards)
        if (value == hazard)
            return QString::fromLatin1(name);
    return QStringLiteral("other");
}

std::optional<Hazard> hazardFromString(const QString &text)
{
    for (const auto &[value, name] : kHazards)
        if (text == QLatin1String(name))
            return value;
    return std::nullopt;
}

Hazard hazardOfWarningEvent(const QString &event)
{
    const QString text = event.toLower();
    auto has = [&](std::initializer_list<const char *> words) {
        return std::any_of(words.begin(), words.end(), [&](const char *word) { return text.contains(QString::fromUtf8(word)); });
    };
    if (has({"台风", "热带气旋", "typhoon", "tropical cyclone", "hurricane", "tropical storm"}))
        return Hazard::Typhoon;
    if (has({"火", "fire"}))
        return Hazard::ForestFire;
    if (has({"暴雨", "rain", "雨"}))
        return Hazard::Rainstorm;
    if (has({"洪", "汛", "flood", "水位", "inundation"}))
        return Hazard::Flood;
    return Hazard::Other;
}

QString toString(IncidentState state)
{
    switch (state) {
    case IncidentState::Warning: return QStringLiteral("warning");
    case IncidentState::Response: return QStringLiteral("response");
    case IncidentState::Review: return QStringLiteral("review");
    case IncidentState::Closed: return QStringLiteral("closed");
    }
    return {};
}

QString toString(LevelAction action)
{
    for (const auto &[value, name] : kActions)
        if (value == action)
            return QString::fromLatin1(name);
    return {};
}

std::optional<LevelAction> levelActionFromString(const QString &text)
{
    for (const auto &[value, name] : kActions)
        if (text == QLatin1String(name))
            return value;
    return std::nullopt;
}

bool isResponseLevel(int level)
{
    return level >= 1 && level <= 4;
}

QString levelNumeral(int level)
{
    static const QString numerals[] = {QString(), QStringLiteral("Ⅰ"), QStringLiteral("Ⅱ"), QStringLiteral("Ⅲ"), QStringLiteral("Ⅳ")};
    return isResponseLevel(level) ? numerals[level] : QString();
}

QJsonObject areaToJson(const AreaRef &area)
{
    QJsonObject object{{QStringLiteral("name"), area.name}};
    if (!area.code.isEmpty())
        object.insert(QStringLiteral("code"), area.code);
    return object;
}

AreaRef areaFromJson(const QJsonValue &value)
{
    if (value.isString())
        return AreaRef{QString(), value.toString()};
    return AreaRef{value[QStringLiteral("code")].toString(), value[QStringLiteral("name")].toString()};
}

QJsonArray areasToJson(const QList<AreaRef> &areas)
{
    QJsonArray array;
    for (const AreaRef &area : areas)
        array.append(areaToJson(area));
    return array;
}

QList<AreaRef> areasFromJson(const QJsonValue &value)
{
    QList<AreaRef> areas;
    for (const QJsonValue &item : value.toArray())
        areas.append(areaFromJson(item));
    return areas;
}

QStringList areaNames(const QList<AreaRef> &areas)
{
    QStringList names;
    for (const AreaRef &area : areas)
        names.append(area.name);
    return names;
}

} // namespace lookout::incidents

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "scenariosupport.h"
#include "walltour.h"
#include "windwords.h"

#include "core/timeformat.h"
#include "core/unitwords.h"
#include "resourcedesk.h"
#include "situation/keyfigures.h"
#include "situation/mapstyles.h"

#include <QCoreApplication>

#include <cmath>

namespace lookout::app {

namespace {

using situation::KeyFigure;

const QColor kClear(QStringLiteral("#e6edf3"));
const QColor kAlarm(QStringLiteral("#ff5a5a"));

QVariantMap chip(const QString &text, const QColor &color)
{
    // Dark text on a light colour (yellow): by luminance, as the takeover banner decides.
    const bool light = 0.299 * color.redF() + 0.587 * color.greenF() + 0.114 * color.blueF() > 0.65;
    return {{QStringLiteral("text"), text}, {QStringLiteral("color"), color}, {QStringLiteral("light"), light}};
}

QString stateName(situation::DataState state)
{
    switch (state) {
    case situation::DataState::NoData: return QStringLiteral("nodata");
    case situation::DataState::NothingToReport: return QStringLiteral("clear");
    case situation::DataState::Reported: return QStringLiteral("reported");
    }
    return {};
}

void wordWarnings(const KeyFigure &f, qml::WallTile &tile)
{
    tile.caption = QCoreApplication::translate("Wall", "Warnings in force");
    static const incidents::WarningLevel levels[] = {incidents::WarningLevel::None, incidents::WarningLevel::Red, incidents::WarningLevel::Orange,
                                                     incidents::WarningLevel::Yellow, incidents::WarningLevel::Blue};
    for (int i = 1; i <= 4; ++i)
        if (f.byLevel[i] > 0)
            tile.chips.append(chip(QString::number(f.byLevel[i]), situation::warningLevelColor(levels[i])));
    if (f.byLevel[0] > 0)  // in force without a colour of the four
        tile.chips.append(chip(QString::number(f.byLevel[0]), QColor(QStringLiteral("#5b6f80"))));
    tile.value = QString::number(f.total);
    tile.tone = f.byLevel[1] > 0 ? situation::warningLevelColor(incidents::WarningLevel::Red) : kClear;
    tile.note = f.total == 0 ? QCoreApplication::translate("Wall", "none on this map") : f.count > 0 ? QCoreApplication::translate("Wall", "%n not acknowledged", nullptr, f.count) : QCoreApplication::translate("Wall", "all acknowledged");
}

void wordStorm(const KeyFigure &f, const QDateTime &at, qml::WallTile &tile)
{
    tile.caption = f.subject.isEmpty() ? QCoreApplication::translate("Wall", "Tropical cyclone") : f.subject;
    if (f.state != situation::DataState::Reported) {
        tile.value = QStringLiteral("—");
        tile.note = QCoreApplication::translate("Wall", "no active storm");
        return;
    }
    tile.value = std::isnan(f.amount) ? QStringLiteral("—") : kilometresText(f.amount);
    tile.tone = f.inside ? kAlarm : QColor(QStringLiteral("#ffb020"));
    if (f.inside)
        tile.note = QCoreApplication::translate("Wall", "inside its %1 circle now").arg(qml::radiusWords(f.force7Label));
    else if (f.force7At.isValid())
        tile.note = QCoreApplication::translate("Wall", "%1 circle in %2").arg(qml::radiusWords(f.force7Label), formatAge(std::max<qint64>(0, at.secsTo(f.force7At))));
    else
        tile.note = f.where.isEmpty() ? QCoreApplication::translate("Wall", "no reference district to measure from") : QCoreApplication::translate("Wall", "from %1").arg(f.where);
}

// The count, "3 / 11" with its total when `ofTotal` (the note says the total otherwise), in red
// when there is any.
void wordCount(const KeyFigure &f, qml::WallTile &tile, bool ofTotal = true)
{
    tile.value = ofTotal && f.total > 0 ? QStringLiteral("%1 / %2").arg(f.count).arg(f.total) : QString::number(f.count);
    tile.tone = f.count > 0 ? kAlarm : kClear;
}

void wordIncidents(const KeyFigure &f, qml::WallTile &tile)
{
    tile.caption = QCoreApplication::translate("Wall", "Incidents by level");
    for (int level = 1; level <= 4; ++level)
        if (f.byLevel[level] > 0)
            tile.chips.append(chip(incidents::levelNumeral(level) + QLatin1Char(' ') + QString::number(f.byLevel[level]),
                                   situation::responseLevelColor(incidents::ResponseLevel(level))));
    tile.value = QString::number(f.total);  // shown when no response runs (only the warning phase)
    const QString exercise = f.severe == f.total && f.total > 0 ? QCoreApplication::translate("Wall", "EXERCISE") + QStringLiteral(" · ") : QString();
    const int warningPhase = f.byLevel[0];
    if (f.total == 0)
        tile.note = QCoreApplication::translate("Wall", "no active incident");
    else if (warningPhase > 0)
        tile.note = exercise + QCoreApplication::translate("Wall", "%n in the warning phase", nullptr, warningPhase);
    else
        tile.note = exercise + QCoreApplication::translate("Wall", "%n in response", nullptr, f.total);
}

void wordSuggestion(const KeyFigure &f, qml::WallTile &tile)
{
    tile.caption = QCoreApplication::translate("Wall", "Plan suggests / in force");
    if (f.state == situation::DataState::NoData) {
        tile.note = QCoreApplication::translate("Wall", "no plans loaded");
        return;
    }
    const QString none = QStringLiteral("—");
    const QString suggested = f.suggestEnd ? QCoreApplication::translate("Wall", "end") : f.suggested > 0 ? incidents::levelNumeral(f.suggested) : none;
    tile.value = suggested + QStringLiteral(" / ") + (f.current > 0 ? incidents::levelNumeral(f.current) : none);
    tile.tone = f.suggested > 0 ? situation::responseLevelColor(incidents::ResponseLevel(f.suggested)) : kClear;
    tile.note = f.subject.isEmpty() ? QCoreApplication::translate("Wall", "no plan triggered") : f.subject;
}

void wordResources(const KeyFigure &f, qml::WallTile &tile)
{
    tile.caption = QCoreApplication::translate("Wall", "Resources short");
    if (f.state == situation::DataState::NoData) {
        tile.note = QCoreApplication::translate("Wall", "no needs to match");
        return;
    }
    tile.value = QString::number(std::llround(f.amount));
    tile.tone = f.count > 0 ? kAlarm : kClear;
    const int others = f.count - 1;
    if (f.count == 0)
        tile.note = QCoreApplication::translate("Wall", "every need met");
    else if (others == 0)
        tile.note = qml::needKindText(f.subject);
    else
        tile.note = QCoreApplication::translate("Wall", "%1 and %n other kind(s)", nullptr, others).arg(qml::needKindText(f.subject));
}

qml::WallTile wordFigure(const KeyFigure &f, const QDateTime &at)
{
    qml::WallTile tile;
    tile.state = stateName(f.state);
    tile.newest = f.newest;
    tile.focus = f.focus ? situation::toString(*f.focus) : QString();
    tile.tone = kClear;
    switch (f.kind) {
    case KeyFigure::Kind::Warnings: tile.kind = QStringLiteral("warnings"); wordWarnings(f, tile); break;
    case KeyFigure::Kind::Storm: tile.kind = QStringLiteral("storm"); wordStorm(f, at, tile); break;
    case KeyFigure::Kind::Stations:
        tile.kind = QStringLiteral("stations");
        tile.caption = QCoreApplication::translate("Wall", "Stations over threshold");
        wordCount(f, tile);
        tile.note = f.count > 0 ? QCoreApplication::translate("Wall", "worst %1, +%2 m").arg(f.subject).arg(f.amount, 0, 'f', 2) : QCoreApplication::translate("Wall", "none over");
        break;
    case KeyFigure::Kind::Rainfall:
        tile.kind = QStringLiteral("rainfall");
    {
        const int hours = f.hours > 0 ? f.hours : 24;  // no data: the 24 h the rule is written for
        tile.caption = QCoreApplication::translate("Wall", "Districts ≥50 mm, %n h", nullptr, hours);
    }
        wordCount(f, tile);
        tile.note = f.subject.isEmpty() ? QString() : QCoreApplication::translate("Wall", "wettest %1, %2 mm").arg(f.subject).arg(std::lround(f.amount));
        break;
    case KeyFigure::Kind::FireEvents:
        tile.kind = QStringLiteral("fire");
        tile.caption = QCoreApplication::translate("Wall", "Fire events unchecked");
        wordCount(f, tile);
        tile.note = f.total == 0 ? QCoreApplication::translate("Wall", "none in the districts (24 h)") : QCoreApplication::translate("Wall", "of %n in the districts (24 h)", nullptr, f.total);
        break;
    case KeyFigure::Kind::Incidents: tile.kind = QStringLiteral("incidents"); wordIncidents(f, tile); break;
    case KeyFigure::Kind::Suggestion: tile.kind = QStringLiteral("suggestion"); wordSuggestion(f, tile); break;
    case KeyFigure::Kind::Tasks:
        tile.kind = QStringLiteral("tasks");
        tile.caption = QCoreApplication::translate("Wall", "Tasks overdue");
        wordCount(f, tile, false);
        tile.note = QCoreApplication::translate("Wall", "of %n open", nullptr, f.total);
        break;
    case KeyFigure::Kind::Resources: tile.kind = QStringLiteral("resources"); wordResources(f, tile); break;
    case KeyFigure::Kind::Reports:
        tile.kind = QStringLiteral("reports");
        tile.caption = QCoreApplication::translate("Wall", "Reports overdue");
        wordCount(f, tile, false);
        tile.note = QCoreApplication::translate("Wall", "of %n owed", nullptr, f.total);
        if (f.total > 0 && f.severe == f.total)
            tile.note = QCoreApplication::translate("Wall", "EXERCISE") + QStringLiteral(" · ") + tile.note;
        break;
    }
    if (f.state == situation::DataState::NoData) {
        tile.chips.clear();
        tile.value = QStringLiteral("—");
        if (f.kind != KeyFigure::Kind::Suggestion && f.kind != KeyFigure::Kind::Resources)
            tile.note = QCoreApplication::translate("Wall", "nothing to count from");
    }
    return tile;
}

} // namespace

void presentWall(const situation::Situation &situation, const ScenarioOptions &options, qml::AppController &controller)
{
    const GeoBox aoi = areaOfInterest(options.homeExtent.isValid() ? options.homeExtent : controller.homeExtent());
    const situation::WarningFilter onThisMap = [&](const incidents::WarningEntry &entry) {
        return ringsIntersect(warningRings(entry, options.language), aoi);
    };
    QList<qml::WallTile> tiles;
    for (const KeyFigure &figure : situation::keyFigures(situation, onThisMap))
        tiles.append(wordFigure(figure, situation.at));
    controller.wall()->setTiles(std::move(tiles));
    controller.wall()->setFoci(tourFoci(situation, options, controller));
    controller.wall()->setTakeovers(takeovers(situation, options, controller, onThisMap));
}

} // namespace lookout::app

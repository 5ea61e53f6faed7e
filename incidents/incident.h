// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/division.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include "incidents/vocabulary.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lookout::incidents {

QString toString(Hazard hazard);           // "typhoon"
std::optional<Hazard> hazardFromString(const QString &text);
// The hazard a warning's event names ("台风蓝色预警", "Heavy Rain Warning", "森林火险"), for an
// incident opened from it; Other when none is recognised.
Hazard hazardOfWarningEvent(const QString &event);
QString toString(IncidentState state);     // "response"
QString toString(LevelAction action);      // "raise"
std::optional<LevelAction> levelActionFromString(const QString &text);
// Response levels run Ⅳ (4, lowest) to Ⅰ (1, highest); 0 is "no response".
QString levelNumeral(int level);           // "Ⅱ", or "" for 0
// Areas in the record: [{"code": "440781", "name": "台山市"}, ...]; an older entry's plain list of
// names reads as areas without codes.
QJsonArray areasToJson(const QList<AreaRef> &areas);
QList<AreaRef> areasFromJson(const QJsonValue &value);
QJsonObject areaToJson(const AreaRef &area);
AreaRef areaFromJson(const QJsonValue &value);
QStringList areaNames(const QList<AreaRef> &areas);
bool isResponseLevel(int level);

// Who did something and when, on the clock in force (the scenario clock in an exercise).
struct Actor {
    QString user;
    QString seat;
    QDateTime at;
};

struct WarningRef {
    QString sender;
    QString identifier;
    bool operator==(const WarningRef &) const = default;
};

struct LevelChange {
    qint64 sequence = 0;  // the record entry
    QDateTime at;
    LevelAction action = LevelAction::Start;
    int level = 0;          // after the change (0 once ended)
    int previousLevel = 0;
    QString commander;
    QString reason;
    QString user;
    QString seat;
};

// One line of an incident's timeline, as the desk and the after-action report show it.
struct TimelineItem {
    qint64 sequence = 0;
    QDateTime at;
    QString kind;   // the record kind ("incident.level", "note", ...)
    QString user;
    QString seat;
    QString text;        // what happened, in the interface's language (the record's words without a translator)
    QString recordText;  // the same in the record's own words (English): documents and the command line
    qint64 correctedBy = 0;  // a later entry that corrects this one
    bool refused = false;    // recorded, but not a valid step from the state before it (see anomalies)
};

// An incident as rebuilt from the record (IncidentBook): never edited in place, only re-derived.
struct Incident {
    QString id;  // "2018-003": year opened and number within the year
    QString title;
    Hazard hazard = Hazard::Other;
    bool exercise = false;  // an exercise (演练): shown as such everywhere, never real
    QList<AreaRef> areas;  // districts or towns, each by code and name
    QJsonObject area;  // a GeoJSON geometry (WGS-84) when drawn by hand, else empty
    QList<WarningRef> warnings;
    IncidentState state = IncidentState::Warning;
    int level = 0;
    QDateTime openedAt;
    QString openedBy;
    QDateTime responseStartedAt;  // the current (or last) response
    QDateTime levelSince;
    QDateTime closedAt;
    // The time of its latest entry: its record runs forward, so that "as known at T" is always a
    // consistent prefix of its history (a later command cannot be slipped in before it).
    QDateTime lastAt;
    QList<LevelChange> levels;
    QList<TimelineItem> timeline;
    QStringList anomalies;  // record entries that were not valid steps (e.g. two seats at once)

    bool isActive() const { return state == IncidentState::Warning || state == IncidentState::Response; }
};

} // namespace lookout::incidents

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QObject>

// The incident side's domain vocabularies, owned here and nowhere else: the record, the registry,
// the situation, the CLI and (through the meta-object, Q_ENUM_NS) the QML views all use these
// enumerations; their stable words for files and commands are the toString()/…Name() functions
// beside each type's home (incident.h, followupbook.h, warningregistry.h).
namespace lookout::incidents {
Q_NAMESPACE

enum class Hazard { Flood, Typhoon, Rainstorm, ForestFire, Other };
Q_ENUM_NS(Hazard)

// warning → response → review → closed (DOMAIN §1: 监测预警 → 应急处置 → 事件复盘).
enum class IncidentState { Warning, Response, Review, Closed };
Q_ENUM_NS(IncidentState)

enum class LevelAction { Start, Raise, Lower, End };
Q_ENUM_NS(LevelAction)

// The response levels, Ⅳ (lowest) to Ⅰ (highest), as the record keeps them (4 … 1; 0 none).
enum class ResponseLevel { None = 0, I = 1, II = 2, III = 3, IV = 4 };
Q_ENUM_NS(ResponseLevel)

// What a town found on the ground (核查结果).
enum class CheckFinding { Fire, Burning, Industrial, NothingFound };
Q_ENUM_NS(CheckFinding)

// China's four warning colours (DOMAIN §2), from CAP severity: Minor blue, Moderate yellow,
// Severe orange, Extreme red; Unknown has no colour.
enum class WarningLevel { None, Blue, Yellow, Orange, Red };
Q_ENUM_NS(WarningLevel)

enum class WarningState {
    Live,       // in force at the time asked
    Pending,    // effective later than the time asked
    Expired,    // its `expires` has passed
    Cancelled,  // the head of its chain is a Cancel
    AllClear,   // the head says the danger is over (responseType AllClear, or urgency Past)
};
Q_ENUM_NS(WarningState)

// What the inventory holds (DOMAIN §7): rescue teams, depots with stock, shelters (GB/T 44012),
// equipment.
enum class ResourceKind { Team, Depot, Shelter, Equipment };
Q_ENUM_NS(ResourceKind)

// A team: available / assigned / resting / unavailable; a shelter: open / closed / full; a depot
// or equipment: available / unavailable.
enum class ResourceStatus { Available, Assigned, Resting, Unavailable, Open, Closed, Full };
Q_ENUM_NS(ResourceStatus)

} // namespace lookout::incidents

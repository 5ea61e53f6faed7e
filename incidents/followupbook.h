// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/geo.h"
#include "core/result.h"
#include "incidents/incident.h"
#include "incidents/vocabulary.h"
#include "store/journal.h"

namespace lookout::incidents {

namespace kinds {
inline const QString kInstructionGiven = QStringLiteral("instruction.given");
inline const QString kInstructionReported = QStringLiteral("instruction.reported");
inline const QString kCheckSent = QStringLiteral("check.sent");
inline const QString kCheckFinding = QStringLiteral("check.finding");
} // namespace kinds

// A leader's instruction (领导批示): who gave it, to whom, and the follow-up it asks for; open
// until that follow-up is reported.
struct Instruction {
    qint64 sequence = 0;  // its identity
    QDateTime givenAt;
    QString leader;
    QString to;
    QString text;
    QString followUp;
    QString incident;
    QDateTime reportedAt;
    QString report;
    QString reportedBy;
    bool isOpen() const { return !reportedAt.isValid(); }
};

QString toString(CheckFinding finding);  // "fire", "burning", "industrial", "nothing-found"
std::optional<CheckFinding> checkFindingFromString(const QString &text);

// A satellite fire event sent to the town that holds it for checking, and what came back.
struct HotspotCheck {
    qint64 sequence = 0;
    QDateTime sentAt;
    QString sentBy;
    GeoPoint position;      // the event's centre
    QString district;
    QString districtCode;   // 统计用区划代码 where the workspace knew it
    QString town;
    QString townCode;
    QDateTime firstDetection;
    QDateTime lastDetection;
    int detections = 0;
    double maxFrp = 0;
    QString incident;
    std::optional<CheckFinding> finding;
    QDateTime foundAt;
    QString findingText;
    QString foundBy;
    bool isOpen() const { return !finding.has_value(); }
};

// The fire event being sent, as the map and the check keep it.
struct CheckedEvent {
    GeoPoint position;
    QString district;
    QString districtCode;
    QDateTime firstDetection;
    QDateTime lastDetection;
    int detections = 0;
    double maxFrp = 0;
};

// Instructions and checks as the record says they are (same contract as IncidentBook).
class FollowUpBook {
public:
    void apply(const store::JournalEntry &entry);
    const QList<Instruction> &instructions() const { return m_instructions; }
    const QList<HotspotCheck> &checks() const { return m_checks; }

    Result<store::JournalDraft> giveInstruction(const QString &leader, const QString &to, const QString &text,
                                                const QString &followUp, const QString &incident, const Actor &actor) const;
    Result<store::JournalDraft> reportInstruction(qint64 instruction, const QString &report, const Actor &actor) const;
    // `town`: the town (镇街) that goes to look, by code and name; with the divisions known, a town
    // of the event's district.
    Result<store::JournalDraft> sendCheck(const CheckedEvent &event, const AreaRef &town, const QString &incident,
                                          const Actor &actor) const;
    Result<store::JournalDraft> reportFinding(qint64 check, CheckFinding finding, const QString &text, const Actor &actor) const;

private:
    QList<Instruction> m_instructions;
    QList<HotspotCheck> m_checks;
};

} // namespace lookout::incidents

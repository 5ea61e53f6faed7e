// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "vocabularychoices.h"

#include "core/enumvalues.h"
#include "incidents/followupbook.h"
#include "incidents/incident.h"
#include "incidents/warningregistry.h"

#include <QCoreApplication>
#include <QHash>

namespace lookout::qml {

namespace {

QVariantMap choice(const QVariant &value, const QString &label, int enumValue)
{
    return {{QStringLiteral("value"), value}, {QStringLiteral("label"), label}, {QStringLiteral("enumValue"), enumValue}};
}

// Every value of `Enum` in declaration order (from its meta-object), mapped to a choice.
template <typename Enum, typename Make>
QVariantList choicesOf(Make make)
{
    QVariantList list;
    for (const Enum value : everyValueOf<Enum>())
        list.append(make(value));
    return list;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("Vocabulary", text);
}

} // namespace

QVariantList Vocabulary::hazards()
{
    using incidents::Hazard;
    return choicesOf<Hazard>([](Hazard hazard) {
        const char *label = "Other";
        switch (hazard) {
        case Hazard::Flood: label = QT_TRANSLATE_NOOP("Vocabulary", "Flood"); break;
        case Hazard::Typhoon: label = QT_TRANSLATE_NOOP("Vocabulary", "Typhoon"); break;
        case Hazard::Rainstorm: label = QT_TRANSLATE_NOOP("Vocabulary", "Rainstorm"); break;
        case Hazard::ForestFire: label = QT_TRANSLATE_NOOP("Vocabulary", "Forest fire"); break;
        case Hazard::Other: label = QT_TRANSLATE_NOOP("Vocabulary", "Other"); break;
        }
        return choice(incidents::toString(hazard), translated(label), int(hazard));
    });
}

QVariantList Vocabulary::levelActions()
{
    using incidents::LevelAction;
    return choicesOf<LevelAction>([](LevelAction action) {
        const char *label = "";
        switch (action) {
        case LevelAction::Start: label = QT_TRANSLATE_NOOP("Vocabulary", "Start"); break;
        case LevelAction::Raise: label = QT_TRANSLATE_NOOP("Vocabulary", "Raise"); break;
        case LevelAction::Lower: label = QT_TRANSLATE_NOOP("Vocabulary", "Lower"); break;
        case LevelAction::End: label = QT_TRANSLATE_NOOP("Vocabulary", "End"); break;
        }
        return choice(incidents::toString(action), translated(label), int(action));
    });
}

QVariantList Vocabulary::responseLevels()
{
    using incidents::ResponseLevel;
    QVariantList list;
    for (ResponseLevel level : {ResponseLevel::IV, ResponseLevel::III, ResponseLevel::II, ResponseLevel::I})
        list.append(choice(int(level), incidents::levelNumeral(int(level)), int(level)));
    return list;
}

QVariantList Vocabulary::findings()
{
    using incidents::CheckFinding;
    return choicesOf<CheckFinding>([](CheckFinding finding) {
        const char *label = "";
        switch (finding) {
        case CheckFinding::Fire: label = QT_TRANSLATE_NOOP("Vocabulary", "Fire"); break;
        case CheckFinding::Burning: label = QT_TRANSLATE_NOOP("Vocabulary", "Agricultural or other burning"); break;
        case CheckFinding::Industrial: label = QT_TRANSLATE_NOOP("Vocabulary", "Industrial source"); break;
        case CheckFinding::NothingFound: label = QT_TRANSLATE_NOOP("Vocabulary", "Nothing found"); break;
        }
        return choice(incidents::toString(finding), translated(label), int(finding));
    });
}

QVariantList Vocabulary::warningLevels()
{
    using incidents::WarningLevel;
    QVariantList list;
    for (WarningLevel level : {WarningLevel::Red, WarningLevel::Orange, WarningLevel::Yellow, WarningLevel::Blue, WarningLevel::None}) {
        const char *label = "";
        switch (level) {
        case WarningLevel::Red: label = QT_TRANSLATE_NOOP("Vocabulary", "Red"); break;
        case WarningLevel::Orange: label = QT_TRANSLATE_NOOP("Vocabulary", "Orange"); break;
        case WarningLevel::Yellow: label = QT_TRANSLATE_NOOP("Vocabulary", "Yellow"); break;
        case WarningLevel::Blue: label = QT_TRANSLATE_NOOP("Vocabulary", "Blue"); break;
        case WarningLevel::None: label = QT_TRANSLATE_NOOP("Vocabulary", "No level"); break;
        }
        list.append(choice(incidents::levelName(level), translated(label), int(level)));
    }
    return list;
}

QVariantList Vocabulary::warningStates()
{
    using incidents::WarningState;
    return choicesOf<WarningState>([](WarningState state) {
        const char *label = "";
        switch (state) {
        case WarningState::Live: label = QT_TRANSLATE_NOOP("Vocabulary", "In force"); break;
        case WarningState::Pending: label = QT_TRANSLATE_NOOP("Vocabulary", "Not yet in force"); break;
        case WarningState::Expired: label = QT_TRANSLATE_NOOP("Vocabulary", "Expired"); break;
        case WarningState::Cancelled: label = QT_TRANSLATE_NOOP("Vocabulary", "Cancelled"); break;
        case WarningState::AllClear: label = QT_TRANSLATE_NOOP("Vocabulary", "All clear"); break;
        }
        return choice(incidents::stateName(state), translated(label), int(state));
    });
}

QString Vocabulary::capWord(const QString &code)
{
    // OASIS CAP 1.2, §3.2.1 (status, msgType) and §3.2.2 (urgency, severity, certainty).
    static const QHash<QString, const char *> words{
        {QStringLiteral("Actual"), QT_TRANSLATE_NOOP("Vocabulary", "Actual")},
        {QStringLiteral("Exercise"), QT_TRANSLATE_NOOP("Vocabulary", "Exercise")},
        {QStringLiteral("System"), QT_TRANSLATE_NOOP("Vocabulary", "System")},
        {QStringLiteral("Test"), QT_TRANSLATE_NOOP("Vocabulary", "Test")},
        {QStringLiteral("Draft"), QT_TRANSLATE_NOOP("Vocabulary", "Draft")},
        {QStringLiteral("Alert"), QT_TRANSLATE_NOOP("Vocabulary", "Alert")},
        {QStringLiteral("Update"), QT_TRANSLATE_NOOP("Vocabulary", "Update")},
        {QStringLiteral("Cancel"), QT_TRANSLATE_NOOP("Vocabulary", "Cancel")},
        {QStringLiteral("Ack"), QT_TRANSLATE_NOOP("Vocabulary", "Ack")},
        {QStringLiteral("Error"), QT_TRANSLATE_NOOP("Vocabulary", "Error")},
        {QStringLiteral("Immediate"), QT_TRANSLATE_NOOP("Vocabulary", "Immediate")},
        {QStringLiteral("Expected"), QT_TRANSLATE_NOOP("Vocabulary", "Expected")},
        {QStringLiteral("Future"), QT_TRANSLATE_NOOP("Vocabulary", "Future")},
        {QStringLiteral("Past"), QT_TRANSLATE_NOOP("Vocabulary", "Past")},
        {QStringLiteral("Extreme"), QT_TRANSLATE_NOOP("Vocabulary", "Extreme")},
        {QStringLiteral("Severe"), QT_TRANSLATE_NOOP("Vocabulary", "Severe")},
        {QStringLiteral("Moderate"), QT_TRANSLATE_NOOP("Vocabulary", "Moderate")},
        {QStringLiteral("Minor"), QT_TRANSLATE_NOOP("Vocabulary", "Minor")},
        {QStringLiteral("Observed"), QT_TRANSLATE_NOOP("Vocabulary", "Observed")},
        {QStringLiteral("Very Likely"), QT_TRANSLATE_NOOP("Vocabulary", "Very Likely")},
        {QStringLiteral("Likely"), QT_TRANSLATE_NOOP("Vocabulary", "Likely")},
        {QStringLiteral("Possible"), QT_TRANSLATE_NOOP("Vocabulary", "Possible")},
        {QStringLiteral("Unlikely"), QT_TRANSLATE_NOOP("Vocabulary", "Unlikely")},
        {QStringLiteral("Unknown"), QT_TRANSLATE_NOOP("Vocabulary", "Unknown")},
    };
    const char *word = words.value(code, nullptr);
    return word ? translated(word) : code;
}

} // namespace lookout::qml

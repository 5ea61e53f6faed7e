// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The desk's choices come from the incident library's enumerations: every value, in the words
// the commands take, and a QML engine sees the enumerations themselves.
#include "vocabularychoices.h"

#include "incidents/followupbook.h"
#include "incidents/incident.h"
#include "incidents/warningregistry.h"

#include <QMetaEnum>
#include <QQmlComponent>
#include <QQmlEngine>

#include <QtQml/QQmlExtensionPlugin>

#include <gtest/gtest.h>

Q_IMPORT_QML_PLUGIN(Lookout_IncidentsPlugin)

using namespace lookout;

namespace {

QStringList valuesOf(const QVariantList &choices)
{
    QStringList values;
    for (const QVariant &choice : choices)
        values << choice.toMap().value(QStringLiteral("value")).toString();
    return values;
}

} // namespace

TEST(Vocabulary, EveryChoiceIsAValueOfTheLibrarysEnumeration)
{
    const QVariantList hazards = qml::Vocabulary::hazards();
    ASSERT_EQ(hazards.size(), QMetaEnum::fromType<incidents::Hazard>().keyCount());
    for (const QVariant &choice : hazards) {
        const QVariantMap map = choice.toMap();
        const auto hazard = incidents::hazardFromString(map.value(QStringLiteral("value")).toString());
        ASSERT_TRUE(hazard.has_value()) << map.value(QStringLiteral("value")).toString().toStdString();
        EXPECT_EQ(int(*hazard), map.value(QStringLiteral("enumValue")).toInt());
        EXPECT_FALSE(map.value(QStringLiteral("label")).toString().isEmpty());
    }
    EXPECT_EQ(valuesOf(qml::Vocabulary::levelActions()), (QStringList{"start", "raise", "lower", "end"}));
    for (const QString &value : valuesOf(qml::Vocabulary::levelActions()))
        EXPECT_TRUE(incidents::levelActionFromString(value).has_value()) << value.toStdString();
    EXPECT_EQ(valuesOf(qml::Vocabulary::responseLevels()), (QStringList{"4", "3", "2", "1"})) << "Ⅳ first: a response starts there";
    EXPECT_EQ(qml::Vocabulary::responseLevels().front().toMap().value(QStringLiteral("label")).toString(), QStringLiteral("Ⅳ"));
    for (const QString &value : valuesOf(qml::Vocabulary::findings()))
        EXPECT_TRUE(incidents::checkFindingFromString(value).has_value()) << value.toStdString();
    EXPECT_EQ(qml::Vocabulary::findings().size(), QMetaEnum::fromType<incidents::CheckFinding>().keyCount());
    EXPECT_EQ(valuesOf(qml::Vocabulary::warningLevels()), (QStringList{"red", "orange", "yellow", "blue", "none"}));
    QStringList states;
    for (int i = 0; i < QMetaEnum::fromType<incidents::WarningState>().keyCount(); ++i)
        states << incidents::stateName(incidents::WarningState(QMetaEnum::fromType<incidents::WarningState>().value(i)));
    EXPECT_EQ(valuesOf(qml::Vocabulary::warningStates()), states);
}

TEST(Vocabulary, QmlSeesTheEnumerationsAndTheChoices)
{
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    QQmlComponent component(&engine);
    component.setData("import QtQuick\nimport Lookout.Incidents\nQtObject {\n"
                      "  property int red: Incidents.Red\n"
                      "  property int typhoon: Incidents.Typhoon\n"
                      "  property int hazards: Vocabulary.hazards.length\n"
                      "  property string firstLevel: Vocabulary.responseLevels[0].label\n}\n",
                      QUrl(QStringLiteral("qrc:/vocabulary-test.qml")));
    std::unique_ptr<QObject> object(component.create());
    ASSERT_TRUE(object) << component.errorString().toStdString();
    EXPECT_EQ(object->property("red").toInt(), int(incidents::WarningLevel::Red));
    EXPECT_EQ(object->property("typhoon").toInt(), int(incidents::Hazard::Typhoon));
    EXPECT_EQ(object->property("hazards").toInt(), 5);
    EXPECT_EQ(object->property("firstLevel").toString(), QStringLiteral("Ⅳ"));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import Lookout.Controls
import Lookout.Feeds

// The wall's typhoon card: the storm as known at the scenario clock, every number with the
// agency (and averaging) it comes from, distances to the city, and the districts inside each
// wind circle now and, where a forecast exists, when.
Panel {
    id: panel
    required property TyphoonCard card
    property real textSize: 32
    title: qsTr("Typhoon") + (card.active ? "  ·  " + card.title : "")
    titleSize: textSize * 1.2

    component Line: Text {
        width: parent ? parent.width : 0
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: panel.textSize * 0.8
        wrapMode: Text.Wrap
    }

    Column {
        width: parent.width
        height: parent.height
        clip: true
        spacing: panel.textSize * 0.2

        SourceLine {
            width: parent.width
            text: panel.card.sourceText
            health: panel.card.sourceState
            size: panel.textSize * 0.8
        }
        Line {
            visible: !panel.card.active
            text: qsTr("No tropical cyclone with a fix in the last 12 hours")
            color: Theme.textMuted
        }
        Row {
            visible: panel.card.active
            spacing: panel.textSize * 0.4
            Rectangle {
                width: panel.textSize * 0.9
                height: width
                radius: width / 2
                color: panel.card.gradeColor
                anchors.verticalCenter: parent.verticalCenter
            }
            Text {
                text: panel.card.grade + "   " + panel.card.position
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: panel.textSize
                font.bold: true
            }
        }
        Repeater {
            model: panel.card.active ? panel.card.winds : []
            Line { required property string modelData; text: qsTr("Max wind %1").arg(modelData) }
        }
        Line {
            visible: panel.card.active
            text: [panel.card.pressure, panel.card.motion].filter(s => s.length > 0).join("   ·   ")
        }
        Line {
            visible: panel.card.active
            text: qsTr("Last fix %1").arg(panel.card.lastFix)
            color: Theme.textMuted
        }
        Repeater {
            model: panel.card.active ? panel.card.distances : []
            Line { required property string modelData; text: modelData; font.bold: true }
        }
        Repeater {
            model: panel.card.active ? panel.card.exposure : []
            Line {
                required property var modelData
                textFormat: Text.StyledText
                text: "<font color='" + Theme.accent + "'>" + modelData.label + "</font>  " + modelData.now
                      + (modelData.expected.length > 0 ? "<br/><font color='" + Theme.textMuted + "'>" + qsTr("expected: %1").arg(modelData.expected) + "</font>" : "")
                maximumLineCount: 3
                elide: Text.ElideRight
            }
        }
        Line {
            visible: panel.card.active && panel.card.exposureNote.length > 0
            text: panel.card.exposureNote
            color: Theme.textMuted
            font.pixelSize: panel.textSize * 0.65
        }
    }
}

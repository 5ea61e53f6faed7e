// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lookout.Controls
import Lookout.Incidents

// The desk's incidents: the list (active first, exercises marked), the selected incident's
// timeline from the record, and the level actions, which ask for the commander and the reason.
Item {
    id: page
    required property IncidentDesk board
    property real textSize: 16
    property string message: ""
    // A command handed to the record's writer: its refusal, if the record refused it, shows here.
    Connections {
        target: page.board
        function onCommandFinished(result) {
            if (!result.ok)
                page.message = result.message
        }
    }

    // Opening an incident by hand (from a warning: the Warnings page).
    RowLayout {
        id: opener
        width: parent.width
        spacing: page.textSize * 0.5
        enabled: page.board.canAct
        visible: page.board.canAct
        TextField { id: newTitle; Layout.fillWidth: true; placeholderText: qsTr("New incident: title") }
        ComboBox {
            id: newHazard
            model: Vocabulary.hazards
            textRole: "label"
            valueRole: "value"
        }
        TextField { id: newDistricts; Layout.preferredWidth: page.textSize * 16; placeholderText: qsTr("Districts or towns (、 between)") }
        CheckBox { id: newExercise; text: qsTr("Exercise"); palette.windowText: Theme.text }
        Button {
            text: qsTr("Open incident")
            onClicked: {
                page.message = page.board.openIncident(newTitle.text, newHazard.currentValue, newDistricts.text,
                                                      newExercise.checked).message
                if (page.message === "")
                    newTitle.text = ""
            }
        }
    }
    Text {
        id: source
        anchors.top: opener.visible ? opener.bottom : parent.top
        anchors.topMargin: opener.visible ? page.textSize * 0.4 : 0
        width: parent.width
        text: page.board.sourceText
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: page.textSize * 0.85
        elide: Text.ElideRight
    }
    ListView {
        id: list
        anchors.top: source.bottom
        anchors.topMargin: page.textSize * 0.5
        anchors.bottom: parent.bottom
        width: parent.width * 0.38
        model: page.board.incidents
        clip: true
        spacing: page.textSize * 0.3
        delegate: Rectangle {
            id: card
            required property string incidentId
            required property string title
            required property bool exercise
            required property bool active
            required property int level
            required property string levelText
            required property color levelColor
            required property string stateText
            required property string hazardText
            required property string districts
            required property string opened
            required property string running
            width: ListView.view.width
            height: lines.height + page.textSize * 0.7
            color: incidentId === page.board.selectedId ? Theme.panelBorder : Theme.panel
            opacity: active ? 1.0 : 0.6
            Rectangle { width: page.textSize * 0.4; height: parent.height; color: card.levelColor }
            Column {
                id: lines
                x: page.textSize * 0.8
                y: page.textSize * 0.35
                width: parent.width - x - page.textSize * 0.4
                Text {
                    width: parent.width
                    text: (card.exercise ? qsTr("[EXERCISE] ") : "") + card.incidentId + "  " + card.title
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: page.textSize
                    font.bold: true
                    elide: Text.ElideRight
                }
                Text {
                    width: parent.width
                    text: card.levelText + " · " + card.stateText + " · " + card.hazardText + " · "
                          + card.districts
                    color: card.level > 0 ? card.levelColor : Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: page.textSize * 0.85
                    elide: Text.ElideRight
                }
                Text {
                    width: parent.width
                    text: qsTr("opened %1 · running %2").arg(card.opened).arg(card.running)
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: page.textSize * 0.75
                }
            }
            MouseArea { anchors.fill: parent; onClicked: page.board.select(card.incidentId) }
        }
        Text {
            visible: list.count === 0
            width: list.width
            text: qsTr("No incident in the record at this time")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: page.textSize
            wrapMode: Text.Wrap
        }
    }
    ColumnLayout {
        anchors.top: source.bottom
        anchors.topMargin: page.textSize * 0.5
        anchors.bottom: parent.bottom
        anchors.left: list.right
        anchors.leftMargin: page.textSize
        anchors.right: parent.right
        spacing: page.textSize * 0.5
        visible: page.board.selectedId !== ""

        Text {
            Layout.fillWidth: true
            text: (page.board.selected.exercise ? qsTr("[EXERCISE] ") : "") + page.board.selected.incidentId + "  "
                  + (page.board.selected.title || "")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: page.textSize * 1.3
            font.bold: true
            elide: Text.ElideRight
        }
        Text {
            Layout.fillWidth: true
            text: (page.board.selected.levelText || "") + (page.board.selected.levelSince ? qsTr(" since %1").arg(page.board.selected.levelSince) : "")
                  + " · " + (page.board.selected.districts || "")
            color: page.board.selected.level > 0 ? page.board.selected.levelColor : Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: page.textSize * 1.05
            font.bold: true
            wrapMode: Text.Wrap
        }
        ListView {
            id: timeline
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: page.board.timeline
            clip: true
            spacing: page.textSize * 0.25
            delegate: Row {
                id: step
                required property var model
                width: ListView.view.width
                spacing: page.textSize * 0.6
                Text {
                    width: page.textSize * 9
                    text: "#" + step.model.sequence + "  " + step.model.time
                    color: Theme.textMuted
                    font.family: Theme.monoFamily
                    font.pixelSize: page.textSize * 0.8
                }
                Text {
                    width: step.width - page.textSize * 9.6
                    text: step.model.text + "  — " + step.model.who
                          + (step.model.refused ? qsTr("  [not applied: not a valid step]") : "")
                          + (step.model.correctedBy > 0 ? qsTr("  [corrected by #%1]").arg(step.model.correctedBy) : "")
                    color: step.model.refused ? Theme.alarm : Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: page.textSize * 0.9
                    wrapMode: Text.Wrap
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: page.textSize * 0.5
            enabled: page.board.canAct
            ComboBox {
                id: action
                model: Vocabulary.levelActions
                textRole: "label"
                valueRole: "value"
            }
            ComboBox {
                id: level
                enabled: action.currentValue !== "end"
                model: Vocabulary.responseLevels
                textRole: "label"
                valueRole: "value"
            }
            TextField { id: commander; Layout.preferredWidth: page.textSize * 10; placeholderText: qsTr("Commander") }
            TextField { id: reason; Layout.fillWidth: true; placeholderText: qsTr("Reason (required)") }
            Button {
                text: qsTr("Record")
                onClicked: page.message = page.board.changeLevel(action.currentValue, level.currentValue,
                                                                 commander.text, reason.text).message
            }
        }
        Text {
            Layout.fillWidth: true
            text: page.board.canAct ? page.message : qsTr("Read-only: a replay shows the record as it was; actions are recorded on the live clock")
            visible: text !== ""
            color: Theme.alarm
            font.family: Theme.fontFamily
            font.pixelSize: page.textSize * 0.85
            wrapMode: Text.Wrap
        }
    }
}

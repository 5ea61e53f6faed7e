// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lookout.Controls
import Lookout.Incidents

// The duty desk (值班值守): who is on duty, the duty log with a one-line entry (type, Enter),
// leaders' instructions and hotspot checks with their state, and the shift handover with both
// officers' confirmations.
Item {
    id: page
    required property IncidentDesk board
    property real textSize: 16
    property string message: ""

    component Heading: Text {
        color: Theme.accent
        font.family: Theme.fontFamily
        font.pixelSize: page.textSize * 1.1
        font.bold: true
    }
    component Body: Text {
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: page.textSize * 0.85
        wrapMode: Text.Wrap
    }

    ColumnLayout {
        id: left
        width: parent.width * 0.48
        height: parent.height
        spacing: page.textSize * 0.4
        Heading { text: qsTr("On duty: %1").arg(page.board.onDuty || qsTr("no shift on the roster now")) }
        TextField {
            id: entry
            Layout.fillWidth: true
            enabled: page.board.canAct
            placeholderText: qsTr("Log entry — Enter to record (linked to the selected incident)")
            onAccepted: {
                page.message = page.board.addLog(text)
                if (page.message === "")
                    text = ""
            }
        }
        Body { Layout.fillWidth: true; text: page.message; visible: text !== ""; color: Theme.alarm }
        Heading { text: qsTr("Duty log (newest first)") }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: page.board.log
            clip: true
            spacing: page.textSize * 0.2
            delegate: Body {
                required property var modelData
                width: ListView.view.width
                text: modelData.time + "  " + modelData.user + (modelData.incident ? " [" + modelData.incident + "]" : "") + ": " + modelData.text
            }
        }
    }
    ColumnLayout {
        anchors.left: left.right
        anchors.leftMargin: page.textSize
        anchors.right: parent.right
        height: parent.height
        spacing: page.textSize * 0.4

        Heading { text: qsTr("Shift handover") }
        Body {
            Layout.fillWidth: true
            visible: page.board.handover.id === undefined
            text: qsTr("No handover in the record yet")
            color: Theme.textMuted
        }
        Body {
            Layout.fillWidth: true
            visible: page.board.handover.id !== undefined
            text: qsTr("#%1 at %2: %3 → %4").arg(page.board.handover.id).arg(page.board.handover.time)
                  .arg(page.board.handover.outgoing).arg(page.board.handover.incoming)
                  + "\n" + (page.board.handover.lines || []).join("\n")
                  + "\n" + qsTr("Outgoing confirmed: %1").arg(page.board.handover.outgoingConfirmed || qsTr("not yet"))
                  + "\n" + qsTr("Incoming confirmed: %1").arg(page.board.handover.incomingConfirmed || qsTr("not yet"))
            color: page.board.handover.complete ? Theme.text : "#ffd24a"
        }
        RowLayout {
            Layout.fillWidth: true
            enabled: page.board.canAct
            TextField { id: outgoing; Layout.fillWidth: true; placeholderText: qsTr("Outgoing officer") }
            TextField { id: incoming; Layout.fillWidth: true; placeholderText: qsTr("Incoming officer") }
            Button { text: qsTr("Generate handover"); onClicked: page.message = page.board.startHandover(outgoing.text, incoming.text) }
            Button { text: qsTr("Confirm as outgoing"); onClicked: page.message = page.board.confirmHandover("outgoing") }
            Button { text: qsTr("Confirm as incoming"); onClicked: page.message = page.board.confirmHandover("incoming") }
        }
        Heading { text: qsTr("Leaders' instructions (领导批示)") }
        Body {
            visible: page.board.instructions.length === 0
            text: qsTr("None in the record at this time")
            color: Theme.textMuted
        }
        Repeater {
            model: page.board.instructions
            delegate: Body {
                required property var modelData
                Layout.fillWidth: true
                text: modelData.time + "  " + modelData.leader + " → " + modelData.to + ": " + modelData.text + "\n    "
                      + qsTr("asks: %1").arg(modelData.followUp) + "  —  "
                      + (modelData.open ? qsTr("OPEN, awaiting the report") : qsTr("reported %1").arg(modelData.report))
                color: modelData.open ? "#ffd24a" : Theme.text
            }
        }
        Heading { text: qsTr("Hotspot checks (核查)") }
        Body {
            visible: page.board.checks.length === 0
            text: qsTr("None in the record at this time")
            color: Theme.textMuted
        }
        Repeater {
            model: page.board.checks
            delegate: Body {
                required property var modelData
                Layout.fillWidth: true
                text: modelData.time + "  " + modelData.district + (modelData.town !== modelData.district ? " " + modelData.town : "") + " · " + modelData.where + " · "
                      + modelData.detections + "\n    " + qsTr("finding: %1").arg(modelData.finding)
                      + (modelData.findingText ? " — " + modelData.findingText : "")
                color: modelData.open ? "#ffd24a" : Theme.text
            }
        }
        Item { Layout.fillHeight: true }
    }
}

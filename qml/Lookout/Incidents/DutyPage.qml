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
    // The log line takes the keyboard (the desk's Ctrl+L).
    function focusLog() {
        entry.forceActiveFocus()
    }
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

    // Headings and lines keep to their column: a long one is cut or wrapped, never drawn over the next.
    component Heading: Text {
        Layout.fillWidth: true
        elide: Text.ElideRight
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
                page.message = page.board.addLog(text).message
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
                // One role per field of the log (RowListModel): time, user, incident, text.
                required property var model
                width: ListView.view.width
                text: model.time + "  " + model.user + (model.incident ? " [" + model.incident + "]" : "") + ": " + model.text
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
            TextField { id: outgoing; Layout.fillWidth: true; Layout.minimumWidth: page.textSize * 7; placeholderText: qsTr("Outgoing officer") }
            TextField { id: incoming; Layout.fillWidth: true; Layout.minimumWidth: page.textSize * 7; placeholderText: qsTr("Incoming officer") }
            Button { text: qsTr("Generate handover"); onClicked: page.message = page.board.startHandover(outgoing.text, incoming.text).message }
        }
        // The confirmations on a line of their own: the desk's page is narrow beside the map.
        RowLayout {
            Layout.fillWidth: true
            enabled: page.board.canAct
            Button {
                text: qsTr("Confirm as outgoing")
                enabled: page.board.handover.id !== undefined && !page.board.handover.outgoingConfirmed
                         && page.board.user === page.board.handover.outgoing
                onClicked: page.message = page.board.confirmHandover("outgoing").message
            }
            Button {
                text: qsTr("%1 takes the seat and confirms").arg(page.board.handover.incoming || qsTr("Incoming"))
                enabled: page.board.handover.id !== undefined && !page.board.handover.incomingConfirmed
                onClicked: page.message = page.board.confirmHandover("incoming").message
            }
        }
        Heading { text: qsTr("Leaders' instructions") }
        Body {
            visible: page.board.instructions.count === 0
            text: qsTr("None in the record at this time")
            color: Theme.textMuted
        }
        Repeater {
            model: page.board.instructions
            delegate: ColumnLayout {
                id: instruction
                required property var model
                required property int index
                Layout.fillWidth: true
                Body {
                    Layout.fillWidth: true
                    text: instruction.model.time + "  " + instruction.model.leader + " → " + instruction.model.to + ": "
                          + instruction.model.text + "\n    " + qsTr("asks: %1").arg(instruction.model.followUp) + "  —  "
                          + (instruction.model.open ? qsTr("OPEN, awaiting the report") : qsTr("reported %1").arg(instruction.model.report))
                    color: instruction.model.open ? "#ffd24a" : Theme.text
                }
                RowLayout {
                    visible: instruction.model.open && page.board.canAct
                    Layout.fillWidth: true
                    TextField { id: report; Layout.fillWidth: true; placeholderText: qsTr("What was done (the follow-up asked for)") }
                    Button { text: qsTr("Report"); onClicked: page.message = page.board.reportInstruction(instruction.index, report.text).message }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: page.board.canAct
            TextField { id: leader; Layout.preferredWidth: page.textSize * 8; placeholderText: qsTr("Leader") }
            TextField { id: recipient; Layout.preferredWidth: page.textSize * 8; placeholderText: qsTr("To") }
            TextField { id: instructionText; Layout.fillWidth: true; placeholderText: qsTr("Instruction") }
            TextField { id: followUp; Layout.fillWidth: true; placeholderText: qsTr("Follow-up asked for") }
            Button {
                text: qsTr("Record instruction")
                onClicked: page.message = page.board.giveInstruction(leader.text, recipient.text, instructionText.text, followUp.text).message
            }
        }
        Heading { text: qsTr("Hotspot checks") }
        Body {
            visible: page.board.checks.count === 0
            text: qsTr("None in the record at this time")
            color: Theme.textMuted
        }
        Repeater {
            model: page.board.checks
            delegate: ColumnLayout {
                id: check
                required property var model
                required property int index
                Layout.fillWidth: true
                Body {
                    Layout.fillWidth: true
                    text: check.model.time + "  " + check.model.district
                          + (check.model.town !== check.model.district ? " " + check.model.town : "") + " · "
                          + check.model.where + " · " + check.model.detections + "\n    "
                          + qsTr("finding: %1").arg(check.model.finding) + (check.model.findingText ? " — " + check.model.findingText : "")
                    color: check.model.open ? "#ffd24a" : Theme.text
                }
                RowLayout {
                    visible: check.model.open && page.board.canAct
                    Layout.fillWidth: true
                    ComboBox {
                        id: finding
                        model: Vocabulary.findings
                        textRole: "label"
                        valueRole: "value"
                    }
                    TextField { id: findingText; Layout.fillWidth: true; placeholderText: qsTr("What the town found") }
                    Button {
                        text: qsTr("Report finding")
                        onClicked: page.message = page.board.reportFinding(check.index, finding.currentValue, findingText.text).message
                    }
                }
            }
        }
        Repeater {
            model: page.board.canAct ? page.board.fireEvents : null
            delegate: RowLayout {
                id: fire
                required property var model
                required property int index
                Layout.fillWidth: true
                Body {
                    Layout.fillWidth: true
                    text: fire.model.label + " · " + fire.model.detections
                          + (fire.model.sent ? "" : "\n    " + fire.model.townNote)
                }
                ComboBox {
                    id: town
                    Layout.preferredWidth: page.textSize * 10
                    visible: !fire.model.sent
                    editable: fire.model.towns.length === 0
                    model: fire.model.towns
                    textRole: "name"
                    valueRole: "code"
                    displayText: currentIndex < 0 && !editable ? qsTr("Town") : currentText
                    currentIndex: -1
                }
                Button {
                    text: fire.model.sent ? qsTr("Sent") : qsTr("Send for checking")
                    enabled: !fire.model.sent
                    onClicked: page.message = page.board.sendCheck(fire.index, town.editable ? town.editText : (town.currentValue || "")).message
                }
            }
        }
        Item { Layout.fillHeight: true }
    }
}

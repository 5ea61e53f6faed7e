// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lookout.Controls
import Lookout.Incidents
import Lookout.Plans

// The plans page (预案): each plan's suggested level beside the level in force, with the triggers
// that hold and the clause they come from; the checklist of tasks (overdue in red) with a one-line
// report; and, when one was run, a rehearsal's step chart (suggested against actual). Lookout
// suggests; the commander decides (lookout plan activate, with a reason).
Item {
    id: page
    required property PlanDesk board
    property string selectedIncident: ""   // the incident selected on the Incidents page
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
        anchors.fill: parent
        spacing: page.textSize * 0.5
        Heading { text: qsTr("Plans: suggested response levels") }
        Body {
            Layout.fillWidth: true
            visible: page.board.suggestions.count === 0
            color: Theme.textMuted
            text: qsTr("No plan loaded from %1").arg(page.board.folder)
        }
        Repeater {
            model: page.board.suggestions
            Rectangle {
                required property string planId
                required property string title
                required property string suggested
                required property int level
                required property string incident
                required property string current
                required property color levelColor
                required property bool differs
                required property string holding
                required property string clause
                required property bool template
                required property string changes
                required property bool suggestEnd
                Layout.fillWidth: true
                implicitHeight: card.implicitHeight + page.textSize
                color: Theme.panel
                border.color: differs ? levelColor : Theme.panelBorder
                border.width: differs ? 3 : 1
                radius: 4
                ColumnLayout {
                    id: card
                    anchors.fill: parent
                    anchors.margins: page.textSize * 0.5
                    spacing: 2
                    RowLayout {
                        Layout.fillWidth: true
                        Text {
                            Layout.fillWidth: true
                            text: title + (template ? "  " + qsTr("[template thresholds]") : "")
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: page.textSize
                            font.bold: true
                            elide: Text.ElideRight
                        }
                        Rectangle {
                            implicitWidth: levelText.implicitWidth + page.textSize
                            implicitHeight: levelText.implicitHeight + 6
                            color: levelColor
                            radius: 3
                            Text {
                                id: levelText
                                anchors.centerIn: parent
                                text: suggestEnd ? qsTr("suggest ending") : qsTr("suggested %1").arg(suggested)
                                color: "#000000"
                                font.family: Theme.fontFamily
                                font.pixelSize: page.textSize
                                font.bold: true
                            }
                        }
                        Text {
                            text: qsTr("in force %1").arg(current)
                            color: differs ? Theme.alarm : Theme.textMuted
                            font.family: Theme.fontFamily
                            font.pixelSize: page.textSize * 0.9
                        }
                    }
                    Body { Layout.fillWidth: true; text: holding; visible: holding !== "" }
                    RowLayout {
                        Layout.fillWidth: true
                        Body { Layout.fillWidth: true; text: changes; color: Theme.accent }
                        Button {
                            text: qsTr("Rehearse the last 72 h")
                            visible: page.board.canRehearse
                            enabled: !page.board.rehearsing
                            onClicked: page.board.rehearse(planId)
                        }
                    }
                    Body { Layout.fillWidth: true; text: clause; color: Theme.textMuted; font.pixelSize: page.textSize * 0.7; maximumLineCount: 2; elide: Text.ElideRight }
                    // The commander decides: the suggestion is applied only with a name and a reason.
                    RowLayout {
                        Layout.fillWidth: true
                        visible: differs
                        TextField {
                            id: commander
                            Layout.preferredWidth: page.textSize * 9
                            placeholderText: qsTr("Commander")
                        }
                        TextField {
                            id: reason
                            Layout.fillWidth: true
                            placeholderText: qsTr("Reason (required)")
                        }
                        Button {
                            text: level > 0 ? qsTr("Activate at %1").arg(suggested) : qsTr("End the response")
                            onClicked: page.message = page.board.activate(planId, incident !== "" ? incident : page.selectedIncident,
                                                                          level, commander.text, reason.text)
                        }
                    }
                }
            }
        }
        Body {
            Layout.fillWidth: true
            visible: page.board.broken.length > 0
            color: Theme.alarm
            text: qsTr("Broken plan files (not evaluated): %1").arg(page.board.broken.join("; "))
        }
        Heading {
            text: qsTr("Checklist: %1 open, %2 overdue").arg(page.board.openTasks).arg(page.board.overdue)
        }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: taskNumber
                implicitWidth: page.textSize * 4
                placeholderText: qsTr("No.")
                validator: IntValidator { bottom: 1 }
            }
            TextField {
                id: taskReport
                Layout.fillWidth: true
                placeholderText: qsTr("Report the task done in one line — Enter")
                onAccepted: {
                    page.message = page.board.reportTask(parseInt(taskNumber.text), text)
                    if (page.message === "")
                        text = ""
                }
            }
        }
        Body { Layout.fillWidth: true; text: page.message; visible: text !== ""; color: Theme.alarm }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: page.textSize * 6
            clip: true
            model: page.board.tasks
            delegate: Row {
                required property int number
                required property string level
                required property string text
                required property string owner
                required property string due
                required property string taskState
                required property color stateColor
                required property string report
                spacing: page.textSize * 0.6
                height: page.textSize * 1.6
                Text { width: page.textSize * 2; text: number; color: Theme.textMuted; font.family: Theme.fontFamily; font.pixelSize: page.textSize * 0.85 }
                Text { width: page.textSize * 5; text: taskState; color: stateColor; font.family: Theme.fontFamily; font.pixelSize: page.textSize * 0.85; font.bold: true }
                Text { width: page.textSize * 1.6; text: level; color: Theme.textMuted; font.family: Theme.fontFamily; font.pixelSize: page.textSize * 0.85 }
                Text {
                    width: page.width - page.textSize * 21
                    text: parent.text + " — " + owner + (report !== "" ? "  ✓ " + report : "")
                    color: Theme.text
                    elide: Text.ElideRight
                    font.family: Theme.fontFamily
                    font.pixelSize: page.textSize * 0.85
                }
                Text { width: page.textSize * 8; text: due; color: Theme.textMuted; font.family: Theme.fontFamily; font.pixelSize: page.textSize * 0.85 }
            }
        }
        Body {
            Layout.fillWidth: true
            visible: page.board.rehearsal.length === 0 && page.board.rehearsalTitle !== ""
            text: page.board.rehearsalTitle
            color: page.board.rehearsing ? Theme.accent : Theme.alarm
        }
        RehearsalChart {
            Layout.fillWidth: true
            Layout.preferredHeight: page.height * 0.32
            visible: page.board.rehearsal.length > 0
            title: page.board.rehearsalTitle
            steps: page.board.rehearsal
            textSize: page.textSize
        }
    }
}

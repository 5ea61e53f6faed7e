// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import Lookout.Controls
import Lookout.Plans

// The wall's plan line: each plan whose suggestion differs from the level in force, in the
// suggested level's colour, and the checklist's open and overdue tasks. Nothing when they agree.
Column {
    id: panel
    required property PlanDesk board
    property real textSize: 32
    spacing: textSize * 0.2
    Repeater {
        model: panel.board.suggestions
        Rectangle {
            required property string title
            required property string suggested
            required property string current
            required property color levelColor
            required property bool differs
            required property bool suggestEnd
            required property string holding
            visible: differs
            width: panel.width
            height: visible ? line.implicitHeight + panel.textSize * 0.4 : 0
            color: Qt.rgba(levelColor.r, levelColor.g, levelColor.b, 0.25)
            border.color: levelColor
            border.width: 3
            Text {
                id: line
                anchors.verticalCenter: parent.verticalCenter
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.margins: panel.textSize * 0.3
                text: (suggestEnd ? qsTr("Plan suggests ending the response") : qsTr("Plan suggests %1 (in force %2)").arg(suggested).arg(current))
                      + " · " + title
                color: Theme.text
                elide: Text.ElideRight
                font.family: Theme.fontFamily
                font.pixelSize: panel.textSize
                font.bold: true
            }
        }
    }
    Text {
        visible: panel.board.openTasks > 0
        text: qsTr("Tasks: %1 open, %2 overdue").arg(panel.board.openTasks).arg(panel.board.overdue)
        color: panel.board.overdue > 0 ? Theme.alarm : Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: panel.textSize
        font.bold: panel.board.overdue > 0
    }
}

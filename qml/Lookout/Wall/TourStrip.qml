// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import Lookout.Controls

// The tour's stops along the top of the wall's map, numbered as the keys select them, the one shown
// lit; "paused" when the operator holds it.
Flow {
    id: strip
    required property var board   // WallBoard
    property real unit: 54
    spacing: unit * 0.3

    Repeater {
        model: strip.board.foci
        Rectangle {
            required property var modelData
            required property int index
            readonly property bool current: index === strip.board.focusIndex && strip.board.takeovers === 0
            width: label.implicitWidth + strip.unit * 0.6
            height: label.implicitHeight + strip.unit * 0.2
            radius: height / 5
            color: current ? Theme.accent : Qt.rgba(0.06, 0.11, 0.17, 0.85)
            border.color: current ? Theme.accent : Theme.panelBorder
            border.width: Math.max(2, strip.unit / 20)
            Text {
                id: label
                anchors.centerIn: parent
                text: (parent.index + 1) + " " + parent.modelData.name
                color: parent.current ? Theme.background : Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: strip.unit
                font.bold: parent.current
            }
        }
    }
    Text {
        visible: strip.board.paused
        text: qsTr("paused")
        color: Theme.alarm
        font.family: Theme.fontFamily
        font.pixelSize: strip.unit
        font.bold: true
    }
}

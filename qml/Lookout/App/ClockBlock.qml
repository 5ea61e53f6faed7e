// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import Lookout.App
import Lookout.Controls

// Local (Beijing) time large, with the date, UTC and the clock mode (live or replay) beside it.
Row {
    id: block
    property real size: 24
    spacing: size * 0.6
    layoutDirection: Qt.RightToLeft

    Text {
        anchors.verticalCenter: parent.verticalCenter
        text: App.localTime
        color: Theme.text
        font.family: Theme.monoFamily
        font.pixelSize: block.size * 1.5
        font.bold: true
    }
    Column {
        anchors.verticalCenter: parent.verticalCenter
        Text {
            anchors.right: parent.right
            text: App.localDate + "  " + qsTr("Beijing time")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: block.size * 0.7
        }
        Text {
            anchors.right: parent.right
            text: App.utcTime
            color: Theme.textMuted
            font.family: Theme.monoFamily
            font.pixelSize: block.size * 0.7
        }
    }
    Rectangle {
        anchors.verticalCenter: parent.verticalCenter
        width: modeText.width + block.size
        height: modeText.height + block.size * 0.3
        radius: height / 4
        color: "transparent"
        border.color: App.clockLive ? Theme.accent : Theme.alarm
        border.width: Math.max(1, block.size / 12)
        Text {
            id: modeText
            anchors.centerIn: parent
            text: App.clockMode
            color: parent.border.color
            font.family: Theme.fontFamily
            font.pixelSize: block.size * 0.6
            font.bold: true
        }
    }
}

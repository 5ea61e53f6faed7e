// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import Lookout.App
import Lookout.Controls

// The wall's header: what this is and the clock (live or replay). A seat that lost its server says so across it in red.
Rectangle {
    id: header
    property real unit: 54
    color: Theme.panel

    Text {
        id: title
        anchors.left: parent.left
        anchors.leftMargin: header.unit * 0.5
        anchors.verticalCenter: parent.verticalCenter
        width: Math.min(implicitWidth, clock.x - header.unit)
        text: qsTr("Lookout") + "  " + App.title
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: header.unit * 1.3
        font.bold: true
        elide: Text.ElideRight
    }
    ClockBlock {
        id: clock
        anchors.right: parent.right
        anchors.rightMargin: header.unit * 0.5
        anchors.verticalCenter: parent.verticalCenter
        size: header.unit / 0.6
    }
    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: Math.max(2, header.unit / 10)
        color: Theme.accent
        opacity: 0.5
    }
    Rectangle {
        anchors.fill: parent
        visible: App.serverDown
        color: Theme.alarm
        Text {
            anchors.centerIn: parent
            width: parent.width - 2 * header.unit
            text: App.serverStatus
            maximumLineCount: 1
            color: "white"
            font.family: Theme.fontFamily
            font.pixelSize: header.unit * 1.3
            font.bold: true
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignHCenter
        }
    }
}

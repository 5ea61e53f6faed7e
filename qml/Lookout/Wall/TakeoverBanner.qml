// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import Lookout.Controls

// A takeover on the wall: a band in the level's colour with what happened, held until the desk
// acknowledges it (the record says so), with how many more wait behind it.
Rectangle {
    id: banner
    required property var takeover   // WallBoard.takeover: {headline, lines, color, kind}
    property int waiting: 0          // takeovers behind this one
    property real unit: 54
    // Dark text on a light level colour (yellow), white on the others.
    readonly property bool light: takeover.color !== undefined
                                  && takeover.color.r * 0.299 + takeover.color.g * 0.587 + takeover.color.b * 0.114 > 0.65

    color: takeover.color || Theme.alarm
    radius: unit / 4
    implicitHeight: column.implicitHeight + unit * 0.8

    Column {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: banner.unit * 0.6
        spacing: banner.unit * 0.1
        Text {
            width: parent.width
            text: banner.takeover.headline || ""
            color: banner.light ? "#101010" : "white"
            font.family: Theme.fontFamily
            font.pixelSize: banner.unit * 1.6
            font.bold: true
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Repeater {
            model: banner.takeover.lines || []
            Text {
                required property string modelData
                width: column.width
                text: modelData
                color: banner.light ? "#101010" : "white"
                font.family: Theme.fontFamily
                font.pixelSize: banner.unit
                elide: Text.ElideRight
            }
        }
        Text {
            width: parent.width
            text: qsTr("Held until the desk acknowledges it") + (banner.waiting > 0 ? "  ·  " + qsTr("%n more waiting", "", banner.waiting) : "")
            color: banner.light ? "#101010" : "white"
            opacity: 0.85
            font.family: Theme.fontFamily
            font.pixelSize: banner.unit
            font.italic: true
            elide: Text.ElideRight
        }
    }
}

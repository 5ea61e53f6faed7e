// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import Lookout.Controls

// The tour's focus on the wall: its title, where its data comes from, and its lines (the thing,
// its figure on the right in its state's colour), as many as fit at the wall's legible size.
Rectangle {
    id: panel
    required property var shown    // WallBoard.focus: {id, title, lines, source}
    property real unit: 54

    color: Theme.panel
    radius: unit / 4
    border.color: Theme.accent
    border.width: Math.max(2, unit / 12)

    Column {
        id: head
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: panel.unit * 0.4
        Text {
            width: parent.width
            text: panel.shown.title || ""
            color: Theme.accent
            font.family: Theme.fontFamily
            font.pixelSize: panel.unit * 1.25
            font.bold: true
            elide: Text.ElideRight
        }
        Text {
            width: parent.width
            text: panel.shown.source || ""
            visible: text !== ""
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: panel.unit
            elide: Text.ElideRight
        }
    }
    ListView {
        anchors.top: head.bottom
        anchors.topMargin: panel.unit * 0.2
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: panel.unit * 0.4
        clip: true
        interactive: false
        spacing: panel.unit * 0.15
        model: panel.shown.lines || []
        delegate: Item {
            id: line
            required property var modelData
            width: ListView.view.width
            height: panel.unit * 1.3
            // Only whole lines: one cut by the panel's edge is hidden, not half drawn.
            visible: y + height <= ListView.view.height
            Rectangle {
                width: panel.unit * 0.3
                height: parent.height * 0.8
                anchors.verticalCenter: parent.verticalCenter
                radius: width / 3
                color: line.modelData.color
            }
            Text {
                x: panel.unit * 0.55
                width: parent.width - x - figure.implicitWidth - panel.unit * 0.4
                anchors.verticalCenter: parent.verticalCenter
                text: line.modelData.text
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: panel.unit
                elide: Text.ElideRight
            }
            Text {
                id: figure
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                text: line.modelData.value
                color: line.modelData.color
                font.family: Theme.fontFamily
                font.pixelSize: panel.unit
                font.bold: true
            }
        }
    }
}

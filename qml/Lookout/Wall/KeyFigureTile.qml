// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import Lookout.Controls

// One key figure on the wall: its caption, the figure large (or one chip per level), the age of
// the data behind it, and one line under it. No data reads as "no data" in red: never as zero.
Rectangle {
    id: tile
    required property var figure   // a WallBoard tile
    property real unit: 54         // the wall's smallest legible text
    property bool focused: false   // the tour shows its details now
    readonly property bool noData: figure.state === "nodata"
    readonly property bool reported: figure.state === "reported"

    color: Theme.panel
    radius: unit / 4
    border.width: focused ? unit / 8 : Math.max(2, unit / 20)
    border.color: focused ? Theme.accent : reported ? figure.tone : Theme.panelBorder

    component Line: Text {
        width: parent ? parent.width : 0
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: tile.unit
        elide: Text.ElideRight
        maximumLineCount: 1
    }

    Column {
        anchors.fill: parent
        anchors.margins: tile.unit * 0.3
        anchors.leftMargin: tile.unit * 0.45
        spacing: 0
        Line {
            text: tile.figure.caption
            color: Theme.accent
            font.bold: true
        }
        Item {
            width: parent.width
            height: tile.unit * 2.1
            Text {
                id: value
                anchors.left: parent.left
                anchors.verticalCenter: parent.verticalCenter
                width: Math.min(implicitWidth, parent.width - age.implicitWidth - tile.unit * 0.4)
                visible: tile.figure.chips.length === 0
                text: tile.noData ? "—" : tile.figure.value
                color: tile.noData ? Theme.textMuted : tile.reported ? tile.figure.tone : Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: tile.unit * 1.75
                font.bold: true
                elide: Text.ElideRight
            }
            // Chips left of the age; more than fit are cut, never drawn over it.
            Item {
                anchors.left: parent.left
                anchors.right: age.left
                anchors.rightMargin: tile.unit * 0.3
                height: parent.height
                clip: true
                visible: tile.figure.chips.length > 0
            Row {
                anchors.verticalCenter: parent.verticalCenter
                spacing: tile.unit * 0.2
                Repeater {
                    model: tile.figure.chips
                    Rectangle {
                        required property var modelData
                        width: Math.max(chip.implicitWidth + tile.unit * 0.5, height)
                        height: tile.unit * 1.75
                        radius: tile.unit / 5
                        color: modelData.color
                        Text {
                            id: chip
                            anchors.centerIn: parent
                            text: parent.modelData.text
                            color: parent.modelData.light ? "#101010" : "white"
                            font.family: Theme.fontFamily
                            font.pixelSize: tile.unit * 1.25
                            font.bold: true
                        }
                    }
                }
            }
            }
            Text {
                id: age
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.bottomMargin: tile.unit * 0.2
                text: tile.figure.age
                color: tile.noData ? Theme.alarm : Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: tile.unit
                font.bold: tile.noData
            }
        }
        Line {
            text: tile.figure.note
            color: tile.noData ? Theme.textMuted : Theme.text
        }
    }
}

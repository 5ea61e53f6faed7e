// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import Lookout.App
import Lookout.Controls
import Lookout.Feeds
import Lookout.Incidents
import Lookout.Map

// The command-centre wall: no mouse, read from 10 m. Sizes follow the height, so a 4K wall
// gets ~40 px body text (about 4 cm on a typical 4 m wall).
Item {
    id: wall
    readonly property real unit: height / 54
    readonly property real margin: unit * 1.2

    Rectangle {
        id: header
        width: parent.width
        height: wall.unit * 4.6
        color: Theme.panel

        Column {
            anchors.left: parent.left
            anchors.leftMargin: wall.margin
            anchors.verticalCenter: parent.verticalCenter
            Text {
                text: qsTr("Lookout") + "  " + App.title
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: wall.unit * 1.8
                font.bold: true
            }
            Text {
                text: qsTr("One map · warnings, typhoon and districts of Zhuhai and Jiangmen")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: wall.unit * 0.85
            }
        }
        ClockBlock {
            anchors.right: parent.right
            anchors.rightMargin: wall.margin
            anchors.verticalCenter: parent.verticalCenter
            size: wall.unit * 1.5
        }
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: Math.max(2, wall.unit / 8)
            color: Theme.accent
            opacity: 0.5
        }
    }

    Rectangle {
        id: mapFrame
        anchors.top: header.bottom
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.right: column.left
        anchors.margins: wall.margin
        color: Theme.background
        border.color: Theme.panelBorder
        border.width: 2

        MapCanvas {
            anchors.fill: parent
            anchors.margins: 2
            layers: App.layers
            homeExtent: App.homeExtent
            symbolScale: wall.unit / 18
        }
        GradeLegend {
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: wall.margin
            card: App.typhoon
            textSize: wall.unit * 0.75
        }
    }

    // The right column: warnings, the typhoon, and where every layer comes from.
    Column {
        id: column
        anchors.top: header.bottom
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: wall.margin
        width: parent.width * 0.3
        spacing: wall.margin

        WarningsPanel {
            width: parent.width
            height: (parent.height - 2 * wall.margin) * 0.31
            model: App.warnings
            textSize: wall.unit * 0.95
        }
        TyphoonPanel {
            width: parent.width
            height: (parent.height - 2 * wall.margin) * 0.47
            card: App.typhoon
            textSize: wall.unit * 0.95
        }
        SourcesPanel {
            width: parent.width
            height: (parent.height - 2 * wall.margin) * 0.22
            textSize: wall.unit * 0.7
        }
    }
}

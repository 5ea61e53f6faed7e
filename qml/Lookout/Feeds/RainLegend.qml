// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import Lookout.Controls

// The rainfall raster's colours in mm, with China's rainfall grade names where the grid's period
// has them (12 h and 24 h). Shown while the rainfall layer is on the map.
Rectangle {
    id: legend
    property string title
    property var entries: []
    property real textSize: 16
    visible: entries.length > 0
    width: column.width + textSize
    height: column.height + textSize * 0.8
    color: Qt.rgba(0.04, 0.08, 0.12, 0.85)
    border.color: Theme.panelBorder
    radius: textSize / 3

    Column {
        id: column
        x: legend.textSize / 2
        y: legend.textSize * 0.4
        spacing: legend.textSize * 0.2
        Text {
            text: legend.title
            color: Theme.accent
            font.family: Theme.fontFamily
            font.pixelSize: legend.textSize
            font.bold: true
        }
        Repeater {
            model: legend.entries
            Row {
                required property var modelData
                spacing: legend.textSize * 0.4
                Rectangle {
                    width: legend.textSize * 1.4
                    height: legend.textSize * 0.8
                    color: modelData.color
                    anchors.verticalCenter: parent.verticalCenter
                }
                Text {
                    text: modelData.label
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: legend.textSize
                }
            }
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import Lookout.Controls
import Lookout.Feeds

// The track colours on the map: China's tropical-cyclone grades (GB/T 19201). Shown while a
// storm is on the map.
Rectangle {
    id: legend
    required property TyphoonCard card
    property real textSize: 16
    visible: card.active
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
        Repeater {
            model: legend.card.gradeLegend
            Row {
                required property var modelData
                spacing: legend.textSize * 0.4
                Rectangle {
                    width: legend.textSize * 0.8
                    height: width
                    radius: width / 2
                    color: modelData.color
                    anchors.verticalCenter: parent.verticalCenter
                }
                Text {
                    text: modelData.name + " " + modelData.code
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: legend.textSize
                }
            }
        }
    }
}

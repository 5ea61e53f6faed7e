// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import Lookout.App
import Lookout.Controls

// Every layer on the map, one line each: where it came from, how many features it holds and
// how old its data is, so what the wall shows is never without its source.
Panel {
    id: panel
    property real textSize: 32
    title: qsTr("Sources") + "  ·  " + qsTr("%n layer(s)", "", App.layers.count)
    titleSize: textSize * 1.3

    ListView {
        anchors.fill: parent
        model: App.layers
        spacing: panel.textSize * 0.35
        clip: true
        interactive: false

        delegate: Item {
            required property string title
            required property int featureCount
            required property string dataAgeText
            required property string sourceNote
            width: ListView.view.width
            height: name.height

            Text {
                id: name
                width: parent.width - facts.width - panel.textSize
                text: title + "  <font color='" + Theme.textMuted + "'>" + sourceNote + "</font>"
                textFormat: Text.StyledText
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: panel.textSize
                elide: Text.ElideRight
            }
            Text {
                id: facts
                anchors.right: parent.right
                text: featureCount + " · " + dataAgeText
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: panel.textSize
            }
        }
    }
}

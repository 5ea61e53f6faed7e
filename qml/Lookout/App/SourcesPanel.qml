// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import Lookout.App
import Lookout.Controls

// Every layer on the map with where it came from, how many features it holds and how old its
// data is: what the wall shows is never without its source.
Panel {
    id: panel
    property real textSize: 32
    title: qsTr("Sources") + "  ·  " + qsTr("%n layer(s)", "", App.layers.count)
    titleSize: textSize * 1.3

    ListView {
        anchors.fill: parent
        model: App.layers
        spacing: panel.textSize * 0.7
        clip: true
        interactive: false

        delegate: Column {
            required property string title
            required property int featureCount
            required property string dataDate
            required property string dataAge
            required property string sourceNote
            required property string sourceCrs
            required property string importAge
            width: ListView.view.width
            spacing: panel.textSize * 0.1

            Text {
                width: parent.width
                text: title
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: panel.textSize
                font.bold: true
                elide: Text.ElideRight
            }
            Text {
                width: parent.width
                text: qsTr("%1 features · data of %2 (%3 old)").arg(featureCount).arg(dataDate).arg(dataAge)
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: panel.textSize * 0.8
                elide: Text.ElideRight
            }
            Text {
                width: parent.width
                text: sourceNote + (sourceCrs === "GCJ-02" ? "  ·  " + qsTr("GCJ-02 → WGS-84") : "")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: panel.textSize * 0.75
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Text {
                width: parent.width
                text: qsTr("imported %1 ago").arg(importAge)
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: panel.textSize * 0.75
            }
        }
    }
}

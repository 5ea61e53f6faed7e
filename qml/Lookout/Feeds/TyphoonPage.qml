// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import Lookout.Controls
import Lookout.Feeds

// The desk's typhoon page: the card's facts and the track table of the main agency's record.
Item {
    id: page
    required property TyphoonCard card
    property real textSize: 16

    TyphoonPanel {
        id: summary
        width: parent.width * 0.38
        height: parent.height
        card: page.card
        textSize: page.textSize * 1.1
    }
    Panel {
        anchors.left: summary.right
        anchors.leftMargin: page.textSize
        anchors.right: parent.right
        height: parent.height
        title: qsTr("Track") + "  ·  " + page.card.track.caption
        titleSize: page.textSize * 1.1

        ListView {
            anchors.fill: parent
            model: page.card.track
            clip: true
            header: Row {
                spacing: page.textSize
                Repeater {
                    model: [qsTr("Time (Beijing)"), qsTr("Position"), qsTr("Grade"), qsTr("Max wind"), qsTr("Pressure"), qsTr("Motion"), qsTr("Wind radii (NE/SE/SW/NW)")]
                    Text {
                        required property string modelData
                        required property int index
                        width: [9, 7.5, 4.5, 10, 4.5, 7, 20][index] * page.textSize
                        text: modelData
                        color: Theme.accent
                        font.family: Theme.fontFamily
                        font.pixelSize: page.textSize * 0.85
                        font.bold: true
                    }
                }
            }
            delegate: Row {
                required property string time
                required property string position
                required property string grade
                required property color gradeColor
                required property string wind
                required property string pressure
                required property string motion
                required property string radii
                spacing: page.textSize
                Repeater {
                    model: [time, position, grade, wind, pressure, motion, radii]
                    Text {
                        required property string modelData
                        required property int index
                        width: [9, 7.5, 4.5, 10, 4.5, 7, 20][index] * page.textSize
                        text: modelData
                        color: index === 2 ? gradeColor : Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: page.textSize * 0.85
                        elide: Text.ElideRight
                    }
                }
            }
        }
    }
}

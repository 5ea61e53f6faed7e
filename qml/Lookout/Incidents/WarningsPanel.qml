// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import Lookout.Controls
import Lookout.Incidents

// The wall's warnings: what is in force for this map, red first, each with its issuer, issue
// time and age; ended ones of the last day below them, greyed. The source line says how fresh
// the registry is; an empty list reads "no data" unless the source is healthy.
Panel {
    id: panel
    required property WarningListModel model
    property real textSize: 32
    title: qsTr("Warnings") + "  ·  " + qsTr("%n in force", "", model.liveCount)
    titleSize: textSize * 1.2

    SourceLine {
        id: source
        width: parent.width
        text: panel.model.sourceText
        health: panel.model.sourceState
        size: panel.textSize * 0.8
    }
    Text {
        anchors.top: source.bottom
        anchors.topMargin: panel.textSize * 0.5
        width: parent.width
        visible: list.count === 0
        text: panel.model.sourceState === "ok" || panel.model.sourceState === "replay"
              ? qsTr("No warning for this map") : qsTr("NO DATA — not an all-clear")
        color: panel.model.sourceState === "ok" || panel.model.sourceState === "replay" ? Theme.textMuted : Theme.alarm
        font.family: Theme.fontFamily
        font.pixelSize: panel.textSize
        font.bold: true
        wrapMode: Text.Wrap
    }
    ListView {
        id: list
        anchors.top: source.bottom
        anchors.topMargin: panel.textSize * 0.4
        anchors.bottom: others.top
        width: parent.width
        model: panel.model
        spacing: panel.textSize * 0.45
        clip: true
        interactive: false

        delegate: Row {
            id: row
            required property string levelName
            required property color levelColor
            required property string warningState
            required property string stateLabel
            required property string status
            required property string event
            required property string area
            required property string senderName
            required property string sent
            required property string age
            readonly property bool current: warningState === "live" || warningState === "pending"
            width: ListView.view.width
            spacing: panel.textSize * 0.4
            opacity: current ? 1.0 : 0.55

            Rectangle {
                width: panel.textSize * 0.45
                height: details.height
                color: row.levelColor
                radius: width / 4
            }
            Column {
                id: details
                width: row.width - panel.textSize * 0.85
                Text {
                    width: parent.width
                    text: (row.status ? "[" + row.status + "] " : "") + row.levelName + "  " + row.event
                    color: row.status ? Theme.textMuted : Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: panel.textSize
                    font.bold: true
                    elide: Text.ElideRight
                }
                Text {
                    width: parent.width
                    text: row.area
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: panel.textSize * 0.75
                    elide: Text.ElideRight
                }
                Text {
                    width: parent.width
                    text: qsTr("%1 · issued %2 (%3 ago) · %4").arg(row.senderName).arg(row.sent).arg(row.age).arg(row.stateLabel)
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: panel.textSize * 0.65
                    elide: Text.ElideRight
                }
            }
        }
    }
    Text {
        id: others
        anchors.bottom: parent.bottom
        width: parent.width
        visible: panel.model.otherCount > 0
        height: visible ? implicitHeight : 0
        text: qsTr("%n more in force outside this map", "", panel.model.otherCount)
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: panel.textSize * 0.65
    }
}

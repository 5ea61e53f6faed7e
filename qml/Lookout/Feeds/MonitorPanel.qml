// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import Lookout.Controls
import Lookout.Feeds

// A wall panel of monitoring rows (stations over their levels, district rainfall, fire events):
// the source line first, then the summary, then the rows, worst first, each with its figure and
// trend on the right. No rows reads as the model's empty text when the source is healthy, and
// "NO DATA" otherwise: silence is never an all-clear.
Panel {
    id: panel
    required property MonitorList model
    property real textSize: 32
    readonly property bool healthy: model.sourceState === "ok" || model.sourceState === "replay"
    // What the panel needs when it has no rows: the wall gives the rest to its neighbours.
    readonly property real compactHeight: source.y + source.height + summary.height + empty.height + titleSize * 3.4
    titleSize: textSize * 1.2

    SourceLine {
        id: source
        width: parent.width
        text: panel.model.sourceText
        health: panel.model.sourceState
        size: panel.textSize * 0.7
    }
    Text {
        id: summary
        anchors.top: source.bottom
        anchors.topMargin: panel.textSize * 0.25
        width: parent.width
        text: panel.model.summary
        visible: text !== ""
        height: visible ? implicitHeight : 0
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: panel.textSize * 0.75
        wrapMode: Text.Wrap
        maximumLineCount: 2
        elide: Text.ElideRight
    }
    Text {
        id: empty
        anchors.top: summary.bottom
        anchors.topMargin: panel.textSize * 0.3
        width: parent.width
        visible: list.count === 0
        height: visible ? implicitHeight : 0
        text: panel.healthy ? panel.model.emptyText : qsTr("NO DATA — not an all-clear")
        color: panel.healthy ? Theme.textMuted : Theme.alarm
        font.family: Theme.fontFamily
        font.pixelSize: panel.textSize * 0.85
        font.bold: !panel.healthy
        wrapMode: Text.Wrap
    }
    ListView {
        id: list
        anchors.top: summary.bottom
        anchors.topMargin: panel.textSize * 0.35
        anchors.bottom: parent.bottom
        width: parent.width
        model: panel.model
        spacing: panel.textSize * 0.3
        clip: true
        interactive: false

        delegate: Row {
            id: row
            required property string title
            required property string detail
            required property string value
            required property string trend
            required property color barColor
            required property bool muted
            width: ListView.view.width
            spacing: panel.textSize * 0.35
            opacity: muted ? 0.6 : 1.0

            Rectangle {
                width: panel.textSize * 0.4
                height: lines.height
                color: row.barColor
                radius: width / 4
            }
            Column {
                id: lines
                width: row.width - panel.textSize * 0.75
                Item {
                    width: parent.width
                    height: name.implicitHeight
                    Text {
                        id: name
                        width: parent.width - figure.implicitWidth - panel.textSize * 0.4
                        text: row.title
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: panel.textSize
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Text {
                        id: figure
                        anchors.right: parent.right
                        text: row.value + (row.trend ? " " + row.trend : "")
                        color: row.muted ? Theme.textMuted : row.barColor
                        font.family: Theme.fontFamily
                        font.pixelSize: panel.textSize
                        font.bold: true
                    }
                }
                Text {
                    width: parent.width
                    visible: row.detail !== ""
                    text: row.detail
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: panel.textSize * 0.62
                    elide: Text.ElideRight
                }
            }
        }
    }
}

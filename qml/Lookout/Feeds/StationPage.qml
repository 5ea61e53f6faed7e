// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import QtQuick.Controls
import Lookout.Controls
import Lookout.Feeds

// The desk's water page: the stations worst first on the left, and the chosen station's level
// against its warning / guaranteed / flood-limit lines on the right.
Item {
    id: page
    required property MonitorList model
    property real textSize: 16
    property int current: 0
    signal focusRequested(real lon, real lat)

    Column {
        id: head
        width: parent.width
        spacing: page.textSize * 0.3
        SourceLine {
            width: parent.width
            text: page.model.sourceText
            health: page.model.sourceState
            size: page.textSize * 0.85
        }
        Text {
            width: parent.width
            text: page.model.count > 0 ? page.model.summary
                                       : page.model.sourceState === "ok" || page.model.sourceState === "replay"
                                         ? page.model.emptyText : qsTr("NO DATA — not an all-clear")
            color: page.model.count > 0 ? Theme.text : Theme.alarm
            font.family: Theme.fontFamily
            font.pixelSize: page.textSize
            wrapMode: Text.Wrap
        }
    }
    ListView {
        id: stations
        anchors.top: head.bottom
        anchors.topMargin: page.textSize * 0.5
        anchors.bottom: parent.bottom
        width: parent.width * 0.36
        clip: true
        model: page.model
        spacing: page.textSize * 0.25
        ScrollBar.vertical: ScrollBar {}
        delegate: Rectangle {
            id: item
            required property int index
            required property string title
            required property string value
            required property string trend
            required property string detail
            required property color barColor
            required property bool muted
            required property bool hasFocus
            width: ListView.view.width - page.textSize
            height: texts.height + page.textSize * 0.5
            radius: page.textSize / 4
            color: index === page.current ? Theme.panelBorder : Theme.panel
            opacity: muted ? 0.65 : 1.0
            Rectangle {
                width: page.textSize * 0.3
                height: parent.height
                radius: width / 2
                color: item.barColor
            }
            Column {
                id: texts
                x: page.textSize * 0.6
                y: page.textSize * 0.25
                width: parent.width - page.textSize
                Item {
                    width: parent.width
                    height: name.implicitHeight
                    Text {
                        id: name
                        text: item.title
                        width: parent.width - figure.implicitWidth - page.textSize
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: page.textSize
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Text {
                        id: figure
                        anchors.right: parent.right
                        text: item.value + (item.trend ? " " + item.trend : "")
                        color: item.barColor
                        font.family: Theme.fontFamily
                        font.pixelSize: page.textSize
                        font.bold: true
                    }
                }
                Text {
                    width: parent.width
                    text: item.detail
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: page.textSize * 0.75
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
            }
            MouseArea {
                anchors.fill: parent
                onClicked: page.current = item.index
                onDoubleClicked: if (item.hasFocus) {
                    const place = page.model.focusOf(item.index)
                    page.focusRequested(place.x, place.y)
                }
            }
        }
    }
    Rectangle {
        anchors.top: head.bottom
        anchors.topMargin: page.textSize * 0.5
        anchors.left: stations.right
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        color: Theme.panel
        border.color: Theme.panelBorder
        radius: page.textSize / 4
        Text {
            id: chartTitle
            x: page.textSize
            y: page.textSize * 0.5
            text: page.model.count > page.current ? qsTr("%1: level against its thresholds (m, Beijing time)")
                                                    .arg(page.model.data(page.model.index(page.current, 0), 257)) : ""
            color: Theme.accent
            font.family: Theme.fontFamily
            font.pixelSize: page.textSize * 1.1
            font.bold: true
        }
        LevelChart {
            anchors.top: chartTitle.bottom
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: page.textSize * 0.6
            textSize: page.textSize * 0.8
            chart: page.model.count > page.current ? page.model.chartOf(page.current) : ({})
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import QtQuick.Controls
import Lookout.Controls
import Lookout.Feeds

// A desk page of one monitoring list as a table (rainfall per district, fire events): the source
// line, the summary, the column headings and one line per row. A row with a place asks for the
// map to centre on it (focusRequested), e.g. a fire event to check.
Item {
    id: page
    required property MonitorList model
    property string title
    property real textSize: 16
    signal focusRequested(real lon, real lat)

    // Column widths: the page's width shared as the columns' content asks (columnWeights).
    function columnWidth(index) {
        const weights = page.model.columnWeights
        let total = 0
        for (let i = 0; i < weights.length; ++i)
            total += weights[i] + 2
        return total > 0 && index < weights.length ? page.width * (weights[index] + 2) / total : 0
    }

    Column {
        id: head
        width: parent.width
        spacing: page.textSize * 0.3
        Text {
            text: page.title
            color: Theme.accent
            font.family: Theme.fontFamily
            font.pixelSize: page.textSize * 1.4
            font.bold: true
        }
        SourceLine {
            width: parent.width
            text: page.model.sourceText
            health: page.model.sourceState
            size: page.textSize * 0.85
        }
        Text {
            width: parent.width
            text: page.model.summary
            visible: text !== ""
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: page.textSize
            wrapMode: Text.Wrap
        }
        Text {
            visible: page.model.count === 0
            text: page.model.sourceState === "ok" || page.model.sourceState === "replay" ? page.model.emptyText
                                                                                          : qsTr("NO DATA — not an all-clear")
            color: page.model.sourceState === "ok" || page.model.sourceState === "replay" ? Theme.textMuted : Theme.alarm
            font.family: Theme.fontFamily
            font.pixelSize: page.textSize * 1.1
            font.bold: true
        }
        Row {
            visible: page.model.count > 0
            Repeater {
                model: page.model.columns
                Text {
                    required property string modelData
                    required property int index
                    width: page.columnWidth(index)
                    text: modelData
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: page.textSize * 0.9
                    font.bold: true
                    elide: Text.ElideRight
                }
            }
        }
    }
    ListView {
        id: rows
        anchors.top: head.bottom
        anchors.topMargin: page.textSize * 0.3
        anchors.bottom: parent.bottom
        width: parent.width
        clip: true
        model: page.model
        ScrollBar.vertical: ScrollBar {}
        delegate: Rectangle {
            id: line
            required property int index
            required property var cells
            required property bool muted
            required property bool hasFocus
            required property color barColor
            width: ListView.view.width
            height: page.textSize * 2
            color: index % 2 ? Theme.panel : "transparent"
            opacity: muted ? 0.6 : 1.0
            Rectangle {
                width: page.textSize * 0.3
                height: parent.height
                color: line.barColor
            }
            Row {
                x: page.textSize * 0.5
                anchors.verticalCenter: parent.verticalCenter
                Repeater {
                    model: line.cells
                    Text {
                        required property string modelData
                        required property int index
                        width: page.columnWidth(index) - (index === 0 ? page.textSize * 0.5 : 0)
                        text: modelData
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: page.textSize
                        font.bold: index === 0
                        elide: Text.ElideRight
                    }
                }
            }
            MouseArea {
                anchors.fill: parent
                enabled: line.hasFocus
                cursorShape: line.hasFocus ? Qt.PointingHandCursor : Qt.ArrowCursor
                onClicked: {
                    const place = page.model.focusOf(line.index)
                    page.focusRequested(place.x, place.y)
                }
            }
        }
    }
}

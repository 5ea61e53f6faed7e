// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lookout.Controls
import Lookout.Incidents

// The desk's warnings: a list filtered by level, state and text; the selected warning's CAP
// text, chain and acknowledgement, with the acknowledge action.
Item {
    id: page
    required property WarningListModel model
    // The duty desk, to open an incident from the selected warning (none: no such action).
    property IncidentDesk board: null
    property real textSize: 16
    property var selected: ({})

    function refreshDetail() { selected = list.currentIndex >= 0 ? model.detail(list.currentIndex) : ({}) }

    RowLayout {
        id: filters
        width: parent.width
        spacing: page.textSize
        ComboBox {
            id: levelBox
            model: [{value: "", label: qsTr("All levels")}].concat(Vocabulary.warningLevels)
            textRole: "label"
            valueRole: "value"
            onActivated: page.model.levelFilter = currentValue
        }
        ComboBox {
            model: [{value: "", label: qsTr("All states")}].concat(Vocabulary.warningStates)
            textRole: "label"
            valueRole: "value"
            onActivated: page.model.stateFilter = currentValue
        }
        TextField {
            Layout.fillWidth: true
            placeholderText: qsTr("Filter by event, area or sender")
            onTextChanged: page.model.textFilter = text
        }
    }
    SourceLine {
        id: source
        anchors.top: filters.bottom
        anchors.topMargin: page.textSize * 0.5
        width: parent.width
        text: page.model.sourceText
        health: page.model.sourceState
        size: page.textSize * 0.85
    }
    ListView {
        id: list
        anchors.top: source.bottom
        anchors.topMargin: page.textSize * 0.5
        anchors.bottom: parent.bottom
        width: parent.width * 0.45
        model: page.model
        clip: true
        currentIndex: count > 0 ? 0 : -1
        onCurrentIndexChanged: page.refreshDetail()
        onCountChanged: page.refreshDetail()
        delegate: Rectangle {
            id: item
            required property int index
            required property string levelName
            required property color levelColor
            required property string status
            required property string event
            required property string area
            required property string sent
            required property string stateLabel
            required property bool acknowledged
            width: ListView.view.width
            height: column.height + page.textSize * 0.6
            color: ListView.isCurrentItem ? Theme.panelBorder : "transparent"
            Rectangle { width: page.textSize * 0.35; height: parent.height; color: item.levelColor }
            Column {
                id: column
                x: page.textSize * 0.7
                y: page.textSize * 0.3
                width: parent.width - x - page.textSize * 0.3
                Text {
                    width: parent.width
                    text: (item.status ? "[" + item.status + "] " : "") + item.levelName + "  " + item.event
                          + (item.acknowledged ? "  ✓" : "")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: page.textSize
                    font.bold: true
                    elide: Text.ElideRight
                }
                Text {
                    width: parent.width
                    text: item.sent + " · " + item.stateLabel + " · " + item.area
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: page.textSize * 0.85
                    elide: Text.ElideRight
                }
            }
            MouseArea { anchors.fill: parent; onClicked: list.currentIndex = item.index }
        }
    }
    Flickable {
        anchors.top: list.top
        anchors.left: list.right
        anchors.leftMargin: page.textSize
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        contentHeight: detail.height
        clip: true
        Column {
            id: detail
            width: parent.width
            spacing: page.textSize * 0.4
            visible: page.selected.identifier !== undefined
            Text {
                width: parent.width
                text: (page.selected.headline || page.selected.event || "")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: page.textSize * 1.2
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                width: parent.width
                text: qsTr("%1 · %2 · %3 · sent %4 · expires %5").arg(page.selected.status || "").arg(page.selected.msgType || "")
                      .arg(page.selected.state || "").arg(page.selected.sent || "").arg(page.selected.expires || "")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: page.textSize * 0.85
                wrapMode: Text.Wrap
            }
            Text {
                width: parent.width
                text: qsTr("Urgency %1 · severity %2 · certainty %3 · %4").arg(page.selected.urgency || "")
                      .arg(page.selected.severity || "").arg(page.selected.certainty || "").arg(page.selected.chain || "")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: page.textSize * 0.85
                wrapMode: Text.Wrap
            }
            Text {
                width: parent.width
                text: page.selected.description || ""
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: page.textSize
                wrapMode: Text.Wrap
            }
            Text {
                width: parent.width
                visible: text.length > 0
                text: page.selected.instruction || ""
                color: Theme.accent
                font.family: Theme.fontFamily
                font.pixelSize: page.textSize
                wrapMode: Text.Wrap
            }
            Text {
                width: parent.width
                text: qsTr("Area: %1").arg(page.selected.area || "")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: page.textSize * 0.85
                wrapMode: Text.Wrap
            }
            Text {
                width: parent.width
                text: qsTr("Chain history (oldest first):")
                color: Theme.accent
                font.family: Theme.fontFamily
                font.pixelSize: page.textSize * 0.85
            }
            Repeater {
                model: page.selected.history || []
                Text {
                    required property string modelData
                    width: parent.width
                    text: modelData
                    color: Theme.textMuted
                    font.family: Theme.monoFamily
                    font.pixelSize: page.textSize * 0.8
                    elide: Text.ElideRight
                }
            }
            Text {
                width: parent.width
                visible: (page.selected.deviations || []).length > 0
                text: qsTr("Departures from the CAP standard: %1").arg((page.selected.deviations || []).join("; "))
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: page.textSize * 0.75
                wrapMode: Text.Wrap
            }
            RowLayout {
                width: parent.width
                spacing: page.textSize * 0.5
                // Acted on as the officer signed in at the desk (its header), from its seat.
                Text {
                    Layout.fillWidth: true
                    text: page.board && page.board.user ? qsTr("as %1").arg(page.board.user)
                                                        : qsTr("Sign in first (Officer, at the top left of the desk)")
                    color: page.board && page.board.user ? Theme.textMuted : "#ffd24a"
                    font.family: Theme.fontFamily
                    font.pixelSize: page.textSize * 0.75
                    wrapMode: Text.Wrap
                }
                Button {
                    text: qsTr("Open incident")
                    visible: page.board !== null && page.board.canAct
                    onClicked: {
                        ackResult.text = page.board.openIncident(page.selected.event || page.selected.headline || "", "",
                                                                 page.selected.area || "", false, page.selected.sender,
                                                                 page.selected.identifier).message
                        if (ackResult.text === "")
                            ackResult.text = qsTr("Incident opened: its level is set on the Incidents page")
                    }
                }
                Button {
                    text: qsTr("Acknowledge")
                    enabled: page.board !== null && page.board.user.length > 0
                    onClicked: {
                        const row = list.currentIndex
                        ackResult.text = page.model.acknowledge(row, page.board.user, page.board.seat)
                        list.currentIndex = row
                        page.refreshDetail()
                    }
                }
            }
            Connections {
                target: page.model
                function onAcknowledgeFailed(why) { ackResult.text = why }
            }
            Text {
                id: ackResult
                width: parent.width
                visible: text.length > 0
                color: Theme.alarm
                font.family: Theme.fontFamily
                font.pixelSize: page.textSize * 0.85
            }
            Text {
                width: parent.width
                visible: (page.selected.acknowledgedBy || "").length > 0
                text: qsTr("Acknowledged by %1").arg(page.selected.acknowledgedBy || "")
                color: Theme.accent
                font.family: Theme.fontFamily
                font.pixelSize: page.textSize * 0.85
            }
        }
    }
}

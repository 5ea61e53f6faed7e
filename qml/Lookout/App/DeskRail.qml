// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import Lookout.Controls

// The desk's navigation rail: one entry per page with its shortcut and the count that asks for
// attention there (red when something is over a threshold or unanswered).
Rectangle {
    id: rail
    // [{label, count (-1: none), alert}], in page order
    property var entries: []
    property int current: 0
    signal chosen(int index)

    color: Theme.panel
    // Ctrl+1 … Ctrl+9, Ctrl+0, then Ctrl+R and Ctrl+E choose the pages in order.
    Repeater {
        model: rail.entries.length
        Item {
            required property int index
            Shortcut {
                sequence: index < 10 ? "Ctrl+" + ((index + 1) % 10) : index === 10 ? "Ctrl+R" : "Ctrl+E"
                onActivated: rail.chosen(index)
            }
        }
    }
    Column {
        anchors.fill: parent
        anchors.topMargin: 8
        Repeater {
            model: rail.entries
            Rectangle {
                id: entry
                required property var modelData
                required property int index
                readonly property bool selected: rail.current === index
                width: rail.width
                height: 54
                color: selected ? Theme.control : hover.hovered ? Qt.darker(Theme.control, 1.3) : "transparent"
                HoverHandler { id: hover }
                TapHandler { onTapped: rail.chosen(entry.index) }
                Rectangle {
                    visible: entry.selected
                    width: 4
                    height: parent.height
                    color: Theme.accent
                }
                Text {
                    anchors.left: parent.left
                    anchors.leftMargin: 18
                    anchors.right: badge.left
                    anchors.rightMargin: 8
                    y: 8
                    text: entry.modelData.label
                    color: entry.selected ? Theme.text : Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: 17
                    font.bold: entry.selected
                    elide: Text.ElideRight
                }
                Text {
                    anchors.left: parent.left
                    anchors.leftMargin: 18
                    y: 32
                    text: entry.index < 10 ? "Ctrl+" + ((entry.index + 1) % 10) : entry.index === 10 ? "Ctrl+R" : "Ctrl+E"
                    color: Theme.textDisabled
                    font.family: Theme.fontFamily
                    font.pixelSize: 11
                }
                Rectangle {
                    id: badge
                    visible: entry.modelData.count >= 0
                    anchors.right: parent.right
                    anchors.rightMargin: 14
                    anchors.verticalCenter: parent.verticalCenter
                    width: Math.max(height, number.implicitWidth + 14)
                    height: 26
                    radius: height / 2
                    color: entry.modelData.count > 0 ? (entry.modelData.alert ? Theme.alarm : Theme.accentStrong) : "transparent"
                    border.color: entry.modelData.count > 0 ? color : Theme.panelBorder
                    Text {
                        id: number
                        anchors.centerIn: parent
                        text: entry.modelData.count
                        color: entry.modelData.count > 0 ? Theme.text : Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: 15
                        font.bold: entry.modelData.count > 0
                    }
                }
            }
        }
    }
}

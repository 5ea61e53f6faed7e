// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lookout.Controls
import Lookout.Plans

// The inventory as known at the clock, filtered by kind, status and area, each item with its
// status in colour; the selected item's status or a depot's stock is changed here (a record entry
// by the signed-in officer).
Item {
    id: list
    required property ResourceDesk board
    property real textSize: 16
    property int selected: -1
    readonly property var item: selected >= 0 && selected < board.items.count ? board.items.get(selected) : null
    signal acted(string result)

    readonly property var kindWords: ["", "team", "depot", "shelter", "equipment"]
    readonly property var kindTexts: [qsTr("All kinds"), qsTr("Teams"), qsTr("Depots"), qsTr("Shelters"), qsTr("Equipment")]
    readonly property var statusWords: ["", "available", "assigned", "resting", "unavailable", "open", "closed", "full"]
    readonly property var statusTexts: [qsTr("All states"), qsTr("available"), qsTr("assigned"), qsTr("resting"), qsTr("unavailable"),
                                        qsTr("open"), qsTr("closed"), qsTr("full")]

    component Cell: Text {
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: list.textSize * 0.85
        elide: Text.ElideRight
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: list.textSize * 0.3
        RowLayout {
            Layout.fillWidth: true
            Text {
                text: qsTr("Inventory: %1 of %2").arg(list.board.items.count).arg(list.board.inventoryCount)
                color: Theme.accent
                font.family: Theme.fontFamily
                font.pixelSize: list.textSize * 1.05
                font.bold: true
            }
            ComboBox {
                id: kindBox
                model: list.kindTexts
                onActivated: list.board.setFilter(list.kindWords[currentIndex], list.statusWords[statusBox.currentIndex], areaField.text)
            }
            ComboBox {
                id: statusBox
                model: list.statusTexts
                onActivated: list.board.setFilter(list.kindWords[kindBox.currentIndex], list.statusWords[currentIndex], areaField.text)
            }
            TextField {
                id: areaField
                Layout.fillWidth: true
                placeholderText: qsTr("Area: code or name")
                onTextEdited: list.board.setFilter(list.kindWords[kindBox.currentIndex], list.statusWords[statusBox.currentIndex], text)
            }
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: list.board.items
            delegate: Rectangle {
                required property int index
                required property string name
                required property string kindText
                required property string statusText
                required property color statusColor
                required property string area
                required property string detail
                required property bool exercise
                width: ListView.view.width
                height: list.textSize * 1.7
                color: list.selected === index ? Theme.control : "transparent"
                TapHandler { onTapped: list.selected = index }
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 4
                    spacing: list.textSize * 0.6
                    Rectangle { width: list.textSize * 0.7; height: width; radius: 2; color: statusColor }
                    Cell { text: statusText; color: statusColor; Layout.preferredWidth: list.textSize * 5 }
                    Cell { text: kindText; color: Theme.textMuted; Layout.preferredWidth: list.textSize * 4 }
                    Cell { text: (exercise ? qsTr("[EXERCISE] ") : "") + name; Layout.preferredWidth: list.textSize * 14 }
                    Cell { text: area; color: Theme.textMuted; Layout.preferredWidth: list.textSize * 7 }
                    Cell { text: detail; color: Theme.textMuted; Layout.fillWidth: true }
                }
            }
        }
        // The selected item's edits.
        RowLayout {
            Layout.fillWidth: true
            visible: list.item !== null && list.board.canAct
            Cell { text: list.item ? list.item.name : ""; Layout.preferredWidth: list.textSize * 10 }
            ComboBox {
                id: newStatus
                model: list.item ? list.item.statuses : []
            }
            TextField { id: note; placeholderText: qsTr("Note"); Layout.fillWidth: true }
            Button {
                text: qsTr("Set status")
                onClicked: list.acted(list.board.setStatus(list.item.id, newStatus.currentText, note.text))
            }
            ComboBox {
                id: stockItem
                visible: list.item !== null && list.item.kind === "depot"
                editable: true
                model: list.item ? list.item.stockItems : []
            }
            TextField {
                id: stockQuantity
                visible: stockItem.visible
                placeholderText: qsTr("Quantity")
                implicitWidth: list.textSize * 5
            }
            Button {
                text: qsTr("Set stock")
                visible: stockItem.visible
                onClicked: list.acted(list.board.setStock(list.item.id, stockItem.editText, stockQuantity.text, ""))
            }
        }
    }
}

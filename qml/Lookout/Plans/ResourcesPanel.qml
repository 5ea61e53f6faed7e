// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import QtQuick.Layouts
import Lookout.Controls
import Lookout.Plans

// The wall's resources panel: per kind of need, what is available, committed to dispatches and
// short after the optimal matching; a shortfall in red. Exercise inventory is said so.
Rectangle {
    id: panel
    required property ResourceDesk board
    property real textSize: 32
    color: Theme.panel
    border.color: panel.board.shortfall > 0 ? Theme.alarm : Theme.panelBorder
    border.width: panel.board.shortfall > 0 ? 3 : 1
    implicitHeight: column.implicitHeight + textSize * 0.6

    component Cell: Text {
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: panel.textSize
        elide: Text.ElideRight
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: panel.textSize * 0.3
        spacing: panel.textSize * 0.15
        Cell {
            Layout.fillWidth: true
            text: qsTr("Resources") + (panel.board.exerciseItems > 0 ? "  " + qsTr("[EXERCISE inventory]") : "")
            color: Theme.accent
            font.bold: true
        }
        Cell {
            Layout.fillWidth: true
            visible: panel.board.age !== ""
            text: qsTr("inventory %1").arg(panel.board.age)
            color: Theme.textMuted
            font.pixelSize: panel.textSize * 0.75
        }
        RowLayout {
            Layout.fillWidth: true
            Cell { text: ""; Layout.fillWidth: true }
            Repeater {
                model: [qsTr("free"), qsTr("out"), qsTr("short")]
                Cell {
                    required property string modelData
                    text: modelData
                    color: Theme.textMuted
                    font.pixelSize: panel.textSize * 0.8
                    Layout.preferredWidth: panel.textSize * 3.6
                    horizontalAlignment: Text.AlignRight
                }
            }
        }
        Repeater {
            model: panel.board.kinds
            delegate: RowLayout {
                required property string kindText
                required property int available
                required property int committed
                required property int needed
                required property int shortfall
                Layout.fillWidth: true
                visible: needed > 0 || committed > 0
                Cell { text: kindText; Layout.fillWidth: true }
                Cell { text: available; Layout.preferredWidth: panel.textSize * 3.6; horizontalAlignment: Text.AlignRight }
                Cell { text: committed; Layout.preferredWidth: panel.textSize * 3.6; horizontalAlignment: Text.AlignRight }
                Cell {
                    text: shortfall > 0 ? "−" + shortfall : "0"
                    Layout.preferredWidth: panel.textSize * 3.6
                    horizontalAlignment: Text.AlignRight
                    color: shortfall > 0 ? Theme.alarm : Theme.text
                    font.bold: shortfall > 0
                }
            }
        }
        Cell {
            Layout.fillWidth: true
            visible: panel.board.estimate
            text: qsTr("travel: estimate, no road data")
            color: "#f0c83c"
            font.pixelSize: panel.textSize * 0.75
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lookout.Controls
import Lookout.Plans

// The resources page (应急资源): the balance per kind, the gap list, the optimal matching of the
// needs (activated plan levels, the desk's requests) with a confirm per assignment, the
// dispatches with arrival and release, a request form, and the inventory with its filters and
// edits (InventoryList). Lookout proposes; the commander confirms each dispatch.
Item {
    id: page
    required property ResourceDesk board
    property string selectedIncident: ""
    property real textSize: 16
    property string message: ""

    component Heading: Text {
        color: Theme.accent
        font.family: Theme.fontFamily
        font.pixelSize: page.textSize * 1.05
        font.bold: true
    }
    component Cell: Text {
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: page.textSize * 0.85
        elide: Text.ElideRight
    }
    function act(result) {
        page.message = result
    }

    Flickable {
        anchors.fill: parent
        contentHeight: content.implicitHeight
        clip: true
        ScrollBar.vertical: ScrollBar {}
        ColumnLayout {
            id: content
            width: page.width - page.textSize
            spacing: page.textSize * 0.4

            Heading { text: qsTr("Resources: needs, matching and gaps") }
            Cell {
                Layout.fillWidth: true
                text: page.board.summary
                wrapMode: Text.Wrap
            }
            Cell {
                Layout.fillWidth: true
                text: (page.board.estimate ? "⚠ " : "") + qsTr("Travel: %1").arg(page.board.travel)
                color: page.board.estimate ? "#f0c83c" : Theme.textMuted
                wrapMode: Text.Wrap
            }
            Cell {
                Layout.fillWidth: true
                visible: page.board.exerciseItems > 0
                text: qsTr("EXERCISE inventory: %1 item(s) are exercise content, not real resources").arg(page.board.exerciseItems)
                color: "#f0c83c"
                font.bold: true
            }
            // The balance per kind of need.
            RowLayout {
                Layout.fillWidth: true
                Cell { text: qsTr("Kind"); color: Theme.textMuted; Layout.fillWidth: true }
                Repeater {
                    model: [qsTr("Available"), qsTr("Committed"), qsTr("Needed"), qsTr("Short")]
                    Cell {
                        required property string modelData
                        text: modelData
                        color: Theme.textMuted
                        Layout.preferredWidth: page.textSize * 6
                        horizontalAlignment: Text.AlignRight
                    }
                }
            }
            Repeater {
                model: page.board.kinds
                delegate: RowLayout {
                    required property string kindText
                    required property int available
                    required property int committed
                    required property int needed
                    required property int shortfall
                    Layout.fillWidth: true
                    Cell { text: kindText; Layout.fillWidth: true }
                    Cell { text: available; Layout.preferredWidth: page.textSize * 6; horizontalAlignment: Text.AlignRight }
                    Cell { text: committed; Layout.preferredWidth: page.textSize * 6; horizontalAlignment: Text.AlignRight }
                    Cell { text: needed; Layout.preferredWidth: page.textSize * 6; horizontalAlignment: Text.AlignRight }
                    Cell {
                        text: shortfall
                        Layout.preferredWidth: page.textSize * 6
                        horizontalAlignment: Text.AlignRight
                        color: shortfall > 0 ? Theme.alarm : Theme.text
                        font.bold: shortfall > 0
                    }
                }
            }
            Heading { text: qsTr("Gap list"); visible: page.board.gaps.count > 0; color: Theme.alarm }
            Repeater {
                model: page.board.gaps
                delegate: Cell {
                    required property string needText
                    required property string kind
                    required property int needed
                    required property int covered
                    required property int shortfall
                    required property string reason
                    Layout.fillWidth: true
                    text: qsTr("%1: %2 short of %3 (%4 of %5 covered) — %6").arg(needText).arg(shortfall).arg(kind).arg(covered).arg(needed).arg(reason)
                    color: Theme.alarm
                }
            }
            Heading { text: qsTr("Proposed assignments (fastest first), %1").arg(page.board.proposals.count) }
            Repeater {
                model: page.board.proposals
                delegate: RowLayout {
                    required property int index
                    required property string needText
                    required property string resource
                    required property string resourceName
                    required property int quantity
                    required property string minutes
                    Layout.fillWidth: true
                    Cell { text: qsTr("%1 × %2 → %3").arg(resourceName !== "" ? resourceName : resource).arg(quantity).arg(needText); Layout.fillWidth: true }
                    Cell { text: qsTr("%1 min").arg(minutes); color: Theme.textMuted }
                    Button {
                        text: qsTr("Confirm dispatch")
                        visible: page.board.canAct
                        onClicked: page.act(page.board.confirm(index))
                    }
                }
            }
            Heading { text: qsTr("Dispatches out"); visible: page.board.dispatches.count > 0 }
            Repeater {
                model: page.board.dispatches
                delegate: RowLayout {
                    required property int number
                    required property string resource
                    required property string needText
                    required property int quantity
                    required property string stateText
                    required property bool late
                    required property bool arrived
                    Layout.fillWidth: true
                    Cell { text: qsTr("%1. %2 × %3 → %4").arg(number).arg(resource).arg(quantity).arg(needText); Layout.fillWidth: true }
                    Cell { text: stateText; color: late ? Theme.alarm : Theme.textMuted; font.bold: late }
                    Button { text: qsTr("Arrived"); visible: page.board.canAct && !arrived; onClicked: page.act(page.board.arrived(number)) }
                    Button { text: qsTr("Release"); visible: page.board.canAct; onClicked: page.act(page.board.release(number)) }
                }
            }
            Heading { text: qsTr("Needs") }
            Repeater {
                model: page.board.needs
                delegate: RowLayout {
                    required property string origin
                    required property int request
                    Layout.fillWidth: true
                    Cell { text: origin; Layout.fillWidth: true; wrapMode: Text.Wrap }
                    TextField { id: why; visible: request > 0 && page.board.canAct; placeholderText: qsTr("Why cancel"); implicitWidth: page.textSize * 8 }
                    Button {
                        text: qsTr("Cancel request")
                        visible: request > 0 && page.board.canAct
                        onClicked: page.act(page.board.cancelRequest(request, why.text))
                    }
                }
            }
            // A request from the desk (EDXL-RM RequestResource): kind, quantity, where, needed within.
            RowLayout {
                Layout.fillWidth: true
                visible: page.board.canAct
                TextField { id: kind; placeholderText: qsTr("Kind (pumps, boats …)"); implicitWidth: page.textSize * 9 }
                TextField { id: quantity; placeholderText: qsTr("Qty"); implicitWidth: page.textSize * 4; validator: IntValidator { bottom: 1 } }
                TextField { id: where; placeholderText: qsTr("Where: town, district or lon,lat"); Layout.fillWidth: true }
                TextField { id: within; placeholderText: qsTr("Within h"); implicitWidth: page.textSize * 5 }
                Button {
                    text: qsTr("Request")
                    onClicked: page.act(page.board.request(page.selectedIncident, kind.text, quantity.text, where.text, within.text, ""))
                }
            }
            Cell { Layout.fillWidth: true; text: page.message; visible: text !== ""; color: Theme.alarm; wrapMode: Text.Wrap }
            InventoryList {
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(page.textSize * 20, page.height * 0.5)
                board: page.board
                textSize: page.textSize
                onActed: result => page.act(result)
            }
        }
    }
}

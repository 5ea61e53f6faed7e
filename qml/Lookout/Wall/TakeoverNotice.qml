// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import QtQuick.Controls
import Lookout.Controls

// The desk's notice of what holds the wall: the first takeover waiting, in its colour, with the
// acknowledgement that releases it (a warning's own acknowledgement, or a takeover entry in the
// record). Hidden when nothing waits.
Rectangle {
    id: notice
    required property var board      // WallBoard
    required property var desk       // IncidentDesk: who is signed in, and the record
    required property var warnings   // WarningListModel: a warning is acknowledged as itself
    property real textSize: 16
    readonly property var first: board.pendingTakeovers.length > 0 ? board.pendingTakeovers[0] : null
    property string problem

    visible: first !== null
    height: visible ? row.implicitHeight + textSize * 0.6 : 0
    color: first ? first.color : "transparent"

    Row {
        id: row
        anchors.verticalCenter: parent.verticalCenter
        anchors.left: parent.left
        anchors.leftMargin: notice.textSize * 0.6
        spacing: notice.textSize * 0.8
        Text {
            anchors.verticalCenter: parent.verticalCenter
            width: notice.width - ack.width - notice.textSize * 2.5
            text: notice.first ? qsTr("On the wall: %1").arg(notice.first.headline)
                                 + (notice.board.pendingTakeovers.length > 1 ? "  (" + qsTr("%n more", "", notice.board.pendingTakeovers.length - 1) + ")" : "")
                                 + (notice.problem ? "  —  " + notice.problem : "")
                               : ""
            color: notice.first && notice.first.color.r * 0.299 + notice.first.color.g * 0.587 + notice.first.color.b * 0.114 > 0.65
                   ? "#101010" : "white"
            font.family: Theme.fontFamily
            font.pixelSize: notice.textSize
            font.bold: true
            elide: Text.ElideRight
        }
        Button {
            id: ack
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Acknowledge")
            enabled: notice.desk.canAct && notice.desk.user !== ""
            font.pixelSize: notice.textSize
            onClicked: {
                const t = notice.first
                if (t.kind === "warning") {
                    notice.problem = notice.warnings.acknowledgeWarning(t.sender, t.identifier, notice.desk.user, notice.desk.seat)
                } else {
                    const result = notice.desk.acknowledgeTakeover(t.key, t.headline, t.incident)
                    notice.problem = result.ok ? "" : result.message
                }
            }
        }
    }
}

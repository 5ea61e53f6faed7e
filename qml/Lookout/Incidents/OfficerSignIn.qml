// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import QtQuick.Controls
import Lookout.Controls
import Lookout.Incidents

// Who sits at this desk: the signed-in officer and the seat, shown in the header, and the
// sign-in (an officer from the roster, those on duty first, or a typed name). Every desk action
// is recorded under this officer; a handover's incoming officer takes the seat by confirming.
Row {
    id: signIn
    required property IncidentDesk board
    property real textSize: 14
    property string message: ""
    spacing: textSize * 0.5

    Text {
        anchors.verticalCenter: parent.verticalCenter
        text: (signIn.board.serverLogin ? qsTr("Officer: %1 (server login)").arg(signIn.board.user)
               : signIn.board.user ? qsTr("Officer: %1").arg(signIn.board.user) : qsTr("Officer: not signed in"))
              + "  ·  " + qsTr("seat %1").arg(signIn.board.seat)
        color: signIn.board.user ? Theme.text : "#ffd24a"
        font.family: Theme.fontFamily
        font.pixelSize: signIn.textSize
        font.bold: !signIn.board.user
    }
    ComboBox {
        id: officer
        anchors.verticalCenter: parent.verticalCenter
        visible: signIn.board.canAct && !signIn.board.serverLogin
        editable: true
        model: signIn.board.officers
        implicitHeight: signIn.textSize * 2
        implicitWidth: signIn.textSize * 11
        font.pixelSize: signIn.textSize
    }
    Button {
        anchors.verticalCenter: parent.verticalCenter
        visible: signIn.board.canAct && !signIn.board.serverLogin
        implicitHeight: signIn.textSize * 2
        text: signIn.board.user ? qsTr("Change officer") : qsTr("Sign in")
        font.pixelSize: signIn.textSize
        onClicked: signIn.message = signIn.board.signIn(officer.editText).message
    }
    Text {
        anchors.verticalCenter: parent.verticalCenter
        visible: text !== ""
        text: signIn.message
        color: Theme.alarm
        font.family: Theme.fontFamily
        font.pixelSize: signIn.textSize
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import QtQuick.Controls
import Lookout.App
import Lookout.Controls

// The sign-in to a shared server: each person logs in as their own role; the password goes to the
// server (SCRAM) and is kept only in this process's memory for its connections, never on disk.
Rectangle {
    id: login
    color: Theme.background
    readonly property real unit: Math.max(16, height / 50)

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width * 0.8, login.unit * 36)
        height: column.implicitHeight + login.unit * 3
        color: Theme.panel
        border.color: Theme.panelBorder
        radius: login.unit * 0.3

        Column {
            id: column
            anchors.fill: parent
            anchors.margins: login.unit * 1.5
            spacing: login.unit * 0.8

            Text {
                text: qsTr("Sign in to the shared server")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: login.unit * 1.6
                font.bold: true
            }
            Text {
                width: parent.width
                wrapMode: Text.Wrap
                text: App.login.server
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: login.unit
            }
            Text {
                text: qsTr("Login: %1").arg(App.login.user)
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: login.unit * 1.2
            }
            TextField {
                id: password
                width: parent.width
                echoMode: TextInput.Password
                placeholderText: qsTr("Password")
                font.pixelSize: login.unit * 1.2
                focus: true
                onAccepted: App.login.signIn(text)
            }
            Row {
                spacing: login.unit
                Button {
                    text: qsTr("Sign in")
                    font.pixelSize: login.unit * 1.1
                    onClicked: App.login.signIn(password.text)
                }
                Button {
                    text: qsTr("Quit")
                    font.pixelSize: login.unit * 1.1
                    onClicked: App.login.cancel()
                }
            }
            Text {
                width: parent.width
                visible: text !== ""
                wrapMode: Text.Wrap
                text: App.login.message
                color: Theme.alarm
                font.family: Theme.fontFamily
                font.pixelSize: login.unit
            }
            Text {
                width: parent.width
                wrapMode: Text.Wrap
                text: qsTr("Everything you do is recorded under this login. Lookout keeps no password: it asks each time, unless a .pgpass or service file or a client certificate is set up for you.")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: login.unit * 0.9
            }
        }
    }
}

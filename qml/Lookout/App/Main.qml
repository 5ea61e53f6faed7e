// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import QtQuick.Window
import Lookout.App
import Lookout.Controls

// The one window: the wall view (video wall, no mouse) or the desk view (duty officer).
Window {
    id: root
    width: App.view === "wall" ? 3840 : 1920
    height: App.view === "wall" ? 2160 : 1080
    visible: true
    color: Theme.background
    title: qsTr("Lookout") + " — " + App.title

    Loader {
        anchors.fill: parent
        source: App.view === "wall" ? "WallView.qml" : "DeskView.qml"
    }
}

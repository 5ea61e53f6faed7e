// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import QtQuick.Window
import QtQml
import Lookout.App
import Lookout.Controls

// The one window: the wall view (video wall, no mouse) or the desk view (duty officer); before
// either, on a shared server that asks for a password, the sign-in (login).
Window {
    id: root
    readonly property bool spanning: App.view === "wall" && App.wallScreens === "span" && App.wallGeometry.width > 0
    readonly property bool perScreen: App.view === "wall" && App.wallScreens === "each" && Qt.application.screens.length > 1
    // --screens each: the first screen, wherever it is in the desktop (not necessarily at 0,0).
    readonly property var firstScreen: Qt.application.screens[0]
    width: spanning ? App.wallGeometry.width : perScreen ? firstScreen.width : App.view === "wall" ? 3840 : App.view === "login" ? 960 : 1920
    height: spanning ? App.wallGeometry.height : perScreen ? firstScreen.height : App.view === "wall" ? 2160 : App.view === "login" ? 640 : 1080
    x: spanning ? App.wallGeometry.x : perScreen ? firstScreen.virtualX : 0
    y: spanning ? App.wallGeometry.y : perScreen ? firstScreen.virtualY : 0
    flags: spanning || perScreen ? Qt.Window | Qt.FramelessWindowHint : Qt.Window
    visibility: perScreen ? Window.FullScreen : Window.AutomaticVisibility
    Component.onCompleted: if (perScreen) root.screen = firstScreen
    visible: true
    color: Theme.background
    title: qsTr("Lookout") + " — " + App.title
    // Every control (buttons, fields, combo boxes, tabs) takes the dark theme from here: no
    // default white control on the dark desk. Each colour group is set on its own (a role set
    // for all groups would race the disabled group): disabled controls read as disabled.
    palette.active.window: Theme.background
    palette.active.windowText: Theme.text
    palette.active.base: Theme.field
    palette.active.alternateBase: Theme.panel
    palette.active.text: Theme.text
    palette.active.placeholderText: Theme.textMuted
    palette.active.button: Theme.control
    palette.active.buttonText: Theme.text
    palette.active.brightText: Theme.text
    palette.active.highlight: Theme.accentStrong
    palette.active.highlightedText: Theme.background
    palette.active.light: Theme.controlLight
    palette.active.midlight: Theme.controlLight
    palette.active.mid: Theme.panelBorder
    palette.active.dark: Theme.controlBorder
    palette.active.shadow: Theme.background
    palette.active.toolTipBase: Theme.panel
    palette.active.toolTipText: Theme.text
    palette.inactive.window: Theme.background
    palette.inactive.windowText: Theme.text
    palette.inactive.base: Theme.field
    palette.inactive.alternateBase: Theme.panel
    palette.inactive.text: Theme.text
    palette.inactive.placeholderText: Theme.textMuted
    palette.inactive.button: Theme.control
    palette.inactive.buttonText: Theme.text
    palette.inactive.brightText: Theme.text
    palette.inactive.highlight: Theme.accentStrong
    palette.inactive.highlightedText: Theme.background
    palette.inactive.light: Theme.controlLight
    palette.inactive.midlight: Theme.controlLight
    palette.inactive.mid: Theme.panelBorder
    palette.inactive.dark: Theme.controlBorder
    palette.inactive.shadow: Theme.background
    palette.inactive.toolTipBase: Theme.panel
    palette.inactive.toolTipText: Theme.text
    palette.disabled.window: Theme.background
    palette.disabled.windowText: Theme.textDisabled
    palette.disabled.base: Theme.field
    palette.disabled.alternateBase: Theme.panel
    palette.disabled.text: Theme.textDisabled
    palette.disabled.placeholderText: Theme.textMuted
    palette.disabled.button: Theme.panel
    palette.disabled.buttonText: Theme.textDisabled
    palette.disabled.brightText: Theme.textDisabled
    palette.disabled.highlight: Theme.panelBorder
    palette.disabled.highlightedText: Theme.background
    palette.disabled.light: Theme.controlLight
    palette.disabled.midlight: Theme.controlLight
    palette.disabled.mid: Theme.panelBorder
    palette.disabled.dark: Theme.controlBorder
    palette.disabled.shadow: Theme.background
    palette.disabled.toolTipBase: Theme.panel
    palette.disabled.toolTipText: Theme.text

    Loader {
        anchors.fill: parent
        focus: true  // the wall's keys (a Loader is a focus scope)
        source: App.view === "wall" ? "WallView.qml" : App.view === "login" ? "LoginView.qml" : "DeskView.qml"
        // One window per screen: the map (with the header) here, the key figures on the others.
        onLoaded: if (App.view === "wall") item.part = root.perScreen ? "map" : App.wallPart
    }
    Instantiator {
        model: root.perScreen ? Qt.application.screens.length - 1 : 0
        delegate: Window {
            required property int index
            // Undefined for a moment when a screen goes away before the model follows.
            readonly property var target: Qt.application.screens[index + 1]
            // Placed on its screen first, then full screen there (the screen alone is not enough
            // for a window that has not been shown yet).
            screen: target || null
            x: target ? target.virtualX : 0
            y: target ? target.virtualY : 0
            width: target ? target.width : 640
            height: target ? target.height : 480
            flags: Qt.Window | Qt.FramelessWindowHint
            visibility: Window.FullScreen
            visible: true
            color: Theme.background
            title: qsTr("Lookout") + " — " + App.title
            WallView {
                anchors.fill: parent
                part: "board"
            }
        }
    }
}

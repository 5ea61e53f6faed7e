// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
pragma Singleton
import QtQuick

// Colours and type for the command centre's dark theme, shared by wall and desk.
QtObject {
    readonly property color background: "#09141f"
    readonly property color panel: "#0f1d2b"
    readonly property color panelBorder: "#22384d"
    readonly property color text: "#e6edf3"
    readonly property color textMuted: "#93a7b9"
    readonly property color accent: "#7ed6ff"
    readonly property color alarm: "#ff5a5a"
    // Controls on the desk: raised a step above the panels, fields sunk a step below.
    readonly property color control: "#1b3248"
    readonly property color controlLight: "#27455f"
    readonly property color controlBorder: "#3b5d7a"
    readonly property color field: "#061019"
    readonly property color accentStrong: "#2f8fc0"
    readonly property color textDisabled: "#5b6f80"
    readonly property string fontFamily: "Noto Sans CJK SC"
    readonly property string monoFamily: "Noto Sans Mono CJK SC"
}

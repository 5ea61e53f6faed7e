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
    readonly property string fontFamily: "Noto Sans CJK SC"
    readonly property string monoFamily: "Noto Sans Mono CJK SC"
}

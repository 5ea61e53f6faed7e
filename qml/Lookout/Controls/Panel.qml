// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick

// A titled, bordered panel; children go into its content area.
Rectangle {
    id: panel
    property string title
    property real titleSize: 24
    property real padding: titleSize * 0.6
    default property alias content: body.data

    color: Theme.panel
    border.color: Theme.panelBorder
    border.width: Math.max(1, titleSize / 16)
    radius: titleSize / 4

    Text {
        id: heading
        x: panel.padding
        y: panel.padding * 0.7
        width: panel.width - 2 * panel.padding
        text: panel.title
        color: Theme.accent
        font.family: Theme.fontFamily
        font.pixelSize: panel.titleSize
        font.bold: true
        elide: Text.ElideRight
    }
    Item {
        id: body
        anchors.fill: parent
        anchors.topMargin: heading.y + heading.height + panel.padding * 0.6
        anchors.leftMargin: panel.padding
        anchors.rightMargin: panel.padding
        anchors.bottomMargin: panel.padding
    }
}

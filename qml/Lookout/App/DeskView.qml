// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import Lookout.App
import Lookout.Controls
import Lookout.Map

// The duty officer's desk: the same map with mouse and keyboard, and the layer list.
Item {
    id: desk

    Rectangle {
        id: toolbar
        width: parent.width
        height: 56
        color: Theme.panel
        Text {
            anchors.left: parent.left
            anchors.leftMargin: 16
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Lookout") + "  " + App.title
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: 22
            font.bold: true
        }
        ClockBlock {
            anchors.right: parent.right
            anchors.rightMargin: 16
            anchors.verticalCenter: parent.verticalCenter
            size: 20
        }
    }

    LayerList {
        id: layerList
        anchors.top: toolbar.bottom
        anchors.left: parent.left
        anchors.bottom: statusBar.top
        anchors.margins: 8
        width: 380
    }

    MapCanvas {
        id: map
        anchors.top: toolbar.bottom
        anchors.left: layerList.right
        anchors.right: parent.right
        anchors.bottom: statusBar.top
        anchors.margins: 8
        layers: App.layers
        homeExtent: App.homeExtent
        interactive: true
        focus: true
    }

    Rectangle {
        id: statusBar
        anchors.bottom: parent.bottom
        width: parent.width
        height: 32
        color: Theme.panel
        Text {
            anchors.left: parent.left
            anchors.leftMargin: 16
            anchors.verticalCenter: parent.verticalCenter
            text: map.renderErrors.length > 0 ? qsTr("Map: %1").arg(map.renderErrors[0])
                                              : qsTr("Drag to pan · wheel or +/− to zoom · arrows · Home")
            color: map.renderErrors.length > 0 ? Theme.alarm : Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: 14
        }
        Text {
            anchors.right: parent.right
            anchors.rightMargin: 16
            anchors.verticalCenter: parent.verticalCenter
            text: (map.cursorText.length > 0 ? map.cursorText + "   " : "")
                  + qsTr("WGS-84 · shown in Web Mercator") + "   " + qsTr("render %1 ms").arg(map.renderMilliseconds)
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: 14
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import QtQuick.Controls
import Lookout.App
import Lookout.Controls
import Lookout.Feeds
import Lookout.Incidents
import Lookout.Map

// The duty officer's desk: the map with mouse and keyboard and the layer list; the warnings
// list with the CAP text and the acknowledge action; the typhoon page with the track table; the
// station page with its level chart, rainfall per district, and fire events that focus the map.
Item {
    id: desk
    readonly property var pages: ["map", "warnings", "typhoon", "water", "rainfall", "fire", "firedanger", "incidents", "duty"]
    property int page: Math.max(0, pages.indexOf(App.deskPage))

    function focusMap(lon, lat) {
        desk.page = 0
        map.centerOn(lon, lat, 25)
    }

    Rectangle {
        id: toolbar
        width: parent.width
        height: 72
        color: Theme.panel
        Column {
            anchors.left: parent.left
            anchors.leftMargin: 16
            anchors.verticalCenter: parent.verticalCenter
            spacing: 2
            Text {
                text: qsTr("Lookout") + "  " + App.title
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: 22
                font.bold: true
            }
            OfficerSignIn {
                board: App.incidentDesk
                textSize: 13
            }
        }
        Row {
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.verticalCenter: parent.verticalCenter
            spacing: 8
            Repeater {
                model: [qsTr("Map"), qsTr("Warnings (%1 in force)").arg(App.warnings.liveCount), qsTr("Typhoon"),
                        qsTr("Water"), qsTr("Rainfall"), qsTr("Fire (%1)").arg(App.fire.count), qsTr("Fire danger"),
                        qsTr("Incidents (%1)").arg(App.incidents.count), qsTr("Duty")]
                TabButton {
                    required property string modelData
                    required property int index
                    text: modelData
                    checked: desk.page === index
                    onClicked: desk.page = index
                    font.family: Theme.fontFamily
                    font.pixelSize: 16
                }
            }
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
        visible: desk.page === 0
        anchors.top: toolbar.bottom
        anchors.left: parent.left
        anchors.bottom: statusBar.top
        anchors.margins: 8
        width: 380
    }

    MapCanvas {
        id: map
        visible: desk.page === 0
        anchors.top: toolbar.bottom
        anchors.left: layerList.right
        anchors.right: parent.right
        anchors.bottom: statusBar.top
        anchors.margins: 8
        layers: App.layers
        homeExtent: App.homeExtent
        interactive: true
        focus: true
        GradeLegend {
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: 12
            card: App.typhoon
            textSize: 14
        }
        RainLegend {
            anchors.left: parent.left
            anchors.top: parent.top
            anchors.margins: 12
            title: App.rainLegendTitle
            entries: App.rainLegend
            textSize: 13
        }
    }

    WarningsPage {
        visible: desk.page === 1
        anchors.top: toolbar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: statusBar.top
        anchors.margins: 12
        model: App.warnings
        board: App.incidentDesk
        textSize: 17
    }
    TyphoonPage {
        visible: desk.page === 2
        anchors.top: toolbar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: statusBar.top
        anchors.margins: 12
        card: App.typhoon
        textSize: 16
    }
    StationPage {
        visible: desk.page === 3
        anchors.top: toolbar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: statusBar.top
        anchors.margins: 12
        model: App.water
        textSize: 16
        onFocusRequested: (lon, lat) => desk.focusMap(lon, lat)
    }
    MonitorTablePage {
        visible: desk.page === 4
        anchors.top: toolbar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: statusBar.top
        anchors.margins: 12
        title: qsTr("Rainfall by district")
        model: App.rainfall
        textSize: 16
    }
    MonitorTablePage {
        visible: desk.page === 5
        anchors.top: toolbar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: statusBar.top
        anchors.margins: 12
        title: qsTr("Fire events from satellite hotspots, last 24 h · click one to see it on the map")
        model: App.fire
        textSize: 16
        onFocusRequested: (lon, lat) => desk.focusMap(lon, lat)
    }
    MonitorTablePage {
        visible: desk.page === 6
        anchors.top: toolbar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: statusBar.top
        anchors.margins: 12
        title: qsTr("Today's fire danger by district (FWI)")
        model: App.fireDanger
        textSize: 16
    }
    IncidentsPage {
        visible: desk.page === 7
        anchors.top: toolbar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: statusBar.top
        anchors.margins: 12
        board: App.incidentDesk
        textSize: 16
    }
    DutyPage {
        visible: desk.page === 8
        anchors.top: toolbar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: statusBar.top
        anchors.margins: 12
        board: App.incidentDesk
        textSize: 16
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

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import QtQuick.Controls
import Lookout.App
import Lookout.Controls
import Lookout.Feeds
import Lookout.Incidents
import Lookout.Map
import Lookout.Plans
import Lookout.Wall

// The duty officer's desk: a navigation rail with each page's count (Ctrl+1 … Ctrl+9, Ctrl+0 the plans,
// Ctrl+R the resources, Ctrl+E the reports and warnings issued), the map
// with mouse and keyboard and the layer list; the warnings list with the CAP text and the
// acknowledge action; the typhoon page with the track table; the station page with its level
// chart, rainfall per district, fire events that focus the map, the record's pages (Ctrl+L: the
// log line). At 1600 px and wider the map stays beside the page.
Item {
    id: desk
    readonly property var pages: ["map", "warnings", "typhoon", "water", "rainfall", "fire", "firedanger", "incidents", "duty", "plans", "resources", "reports"]
    property int page: Math.max(0, pages.indexOf(App.deskPage))
    readonly property bool wide: width >= 1600
    // The CAP form's polygon: clicks on the map add its corners while this is on.
    property bool sketching: false

    // The resources page shows its needs and dispatches on the map beside it.
    function focusResources() {
        const f = App.resourceDesk.focus
        if (desk.pages[desk.page] === "resources" && f.length === 3)
            map.centerOn(f[0], f[1], f[2])
    }
    onPageChanged: focusResources()
    Component.onCompleted: focusResources()

    function focusMap(lon, lat) {
        if (!desk.wide)
            desk.page = 0
        map.centerOn(lon, lat, 25)
    }

    Shortcut {
        sequence: "Ctrl+L"
        onActivated: {
            desk.page = desk.pages.indexOf("duty")
            dutyPage.focusLog()
        }
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
        ClockBlock {
            anchors.right: parent.right
            anchors.rightMargin: 16
            anchors.verticalCenter: parent.verticalCenter
            size: 20
        }
    }

    // What holds the wall until this desk acknowledges it.
    TakeoverNotice {
        id: notice
        anchors.top: toolbar.bottom
        width: parent.width
        board: App.wall
        desk: App.incidentDesk
        warnings: App.warnings
    }
    DeskRail {
        id: rail
        anchors.top: notice.bottom
        anchors.left: parent.left
        anchors.bottom: statusBar.top
        width: 220
        current: desk.page
        onChosen: index => desk.page = index
        entries: [
            {label: qsTr("Map"), count: -1, alert: false},
            {label: qsTr("Warnings"), count: App.warnings.liveCount, alert: true},
            {label: qsTr("Typhoon"), count: App.typhoon.active ? 1 : 0, alert: true},
            {label: qsTr("Water"), count: App.water.attention, alert: true},
            {label: qsTr("Rainfall"), count: App.rainfall.attention, alert: true},
            {label: qsTr("Fire"), count: App.fire.attention, alert: true},
            {label: qsTr("Fire danger"), count: App.fireDanger.attention, alert: true},
            {label: qsTr("Incidents"), count: App.incidents.count, alert: false},
            {label: qsTr("Duty"), count: App.incidents.attention, alert: false},
            {label: qsTr("Plans"), count: App.planDesk.differing + App.planDesk.overdue, alert: true},
            {label: qsTr("Resources"), count: App.resourceDesk.gaps.count, alert: true},
            {label: qsTr("Reports"), count: App.reportDesk.overdue, alert: true}
        ]
    }

    // The page's area: all of it on narrow desks, the left part on wide ones (the map beside).
    Item {
        id: pageArea
        visible: desk.page !== 0
        anchors.top: notice.bottom
        anchors.left: rail.right
        anchors.bottom: statusBar.top
        width: desk.wide ? Math.round((desk.width - rail.width) * 0.56) : desk.width - rail.width
    }

    LayerList {
        id: layerList
        visible: desk.page === 0
        anchors.top: notice.bottom
        anchors.left: rail.right
        anchors.bottom: statusBar.top
        anchors.margins: 8
        width: 340
    }

    MapCanvas {
        id: map
        visible: desk.page === 0 || desk.wide
        anchors.top: notice.bottom
        anchors.left: desk.page === 0 ? layerList.right : pageArea.right
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
        SketchOverlay {
            anchors.fill: parent
            map: map
            drawing: desk.sketching
            narrow: !desk.wide
            sketch: reportsPage.sketch
            onCornerAdded: corners => reportsPage.sketch = corners
            onFinished: {
                desk.sketching = false
                desk.page = desk.pages.indexOf("reports")
            }
        }
    }

    WarningsPage {
        visible: desk.page === 1
        anchors.fill: pageArea
        anchors.margins: 12
        model: App.warnings
        board: App.incidentDesk
        textSize: 17
    }
    TyphoonPage {
        visible: desk.page === 2
        anchors.fill: pageArea
        anchors.margins: 12
        card: App.typhoon
        textSize: 16
    }
    StationPage {
        visible: desk.page === 3
        anchors.fill: pageArea
        anchors.margins: 12
        model: App.water
        textSize: 16
        onFocusRequested: (lon, lat) => desk.focusMap(lon, lat)
    }
    MonitorTablePage {
        visible: desk.page === 4
        anchors.fill: pageArea
        anchors.margins: 12
        title: qsTr("Rainfall by district")
        model: App.rainfall
        textSize: 16
    }
    MonitorTablePage {
        visible: desk.page === 5
        anchors.fill: pageArea
        anchors.margins: 12
        title: qsTr("Fire events from satellite hotspots, last 24 h · click one to see it on the map")
        model: App.fire
        textSize: 16
        onFocusRequested: (lon, lat) => desk.focusMap(lon, lat)
    }
    MonitorTablePage {
        visible: desk.page === 6
        anchors.fill: pageArea
        anchors.margins: 12
        title: qsTr("Today's fire danger by district (FWI)")
        model: App.fireDanger
        textSize: 16
    }
    IncidentsPage {
        visible: desk.page === 7
        anchors.fill: pageArea
        anchors.margins: 12
        board: App.incidentDesk
        textSize: 16
    }
    DutyPage {
        id: dutyPage
        visible: desk.page === 8
        anchors.fill: pageArea
        anchors.margins: 12
        board: App.incidentDesk
        textSize: 16
    }
    PlansPage {
        visible: desk.page === 9
        anchors.fill: pageArea
        anchors.margins: 12
        board: App.planDesk
        selectedIncident: App.incidentDesk.selected.incidentId || ""
        textSize: 16
    }

    ResourcesPage {
        visible: desk.page === 10
        anchors.fill: pageArea
        anchors.margins: 12
        board: App.resourceDesk
        selectedIncident: App.incidentDesk.selected.incidentId || ""
        textSize: 16
    }

    ReportsPage {
        id: reportsPage
        visible: desk.page === 11
        anchors.fill: pageArea
        anchors.margins: 12
        board: App.reportDesk
        selectedIncident: App.incidentDesk.selected.incidentId || ""
        textSize: 16
        onDrawRequested: on => {
            desk.sketching = on
            if (on && !desk.wide)
                desk.page = 0
        }
    }

    Rectangle {
        id: statusBar
        anchors.bottom: parent.bottom
        width: parent.width
        height: 32
        color: Theme.panel
        Text {
            anchors { left: parent.left; leftMargin: 16; verticalCenter: parent.verticalCenter }
            width: parent.width - 420  // the map's CRS and render time on the right
            elide: Text.ElideRight
            text: App.serverDown ? App.serverStatus
                  : map.renderErrors.length > 0 ? qsTr("Map: %1").arg(map.renderErrors[0])
                  : (App.serverStatus !== "" ? App.serverStatus + " · " : "") + qsTr("Drag to pan · wheel or +/− to zoom · arrows · Home")
            color: App.serverDown || map.renderErrors.length > 0 ? Theme.alarm : Theme.textMuted
            font.bold: App.serverDown
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

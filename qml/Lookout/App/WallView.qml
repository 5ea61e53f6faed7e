// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import QtQuick.Layouts
import Lookout.App
import Lookout.Controls
import Lookout.Feeds
import Lookout.Incidents
import Lookout.Map
import Lookout.Plans

// The command-centre wall: no mouse, read from 10 m. Sizes follow the height, so a 4K wall
// gets ~40 px body text (about 4 cm on a typical 4 m wall).
Item {
    id: wall
    readonly property real unit: height / 54
    readonly property real margin: unit * 1.2

    Rectangle {
        id: header
        width: parent.width
        height: wall.unit * 4.6
        color: Theme.panel

        Column {
            anchors.left: parent.left
            anchors.leftMargin: wall.margin
            anchors.verticalCenter: parent.verticalCenter
            Text {
                text: qsTr("Lookout") + "  " + App.title
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: wall.unit * 1.8
                font.bold: true
            }
            Text {
                text: qsTr("One map · warnings, typhoon, water, rain and fire")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: wall.unit * 0.85
            }
        }
        ClockBlock {
            anchors.right: parent.right
            anchors.rightMargin: wall.margin
            anchors.verticalCenter: parent.verticalCenter
            size: wall.unit * 1.5
        }
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: Math.max(2, wall.unit / 8)
            color: Theme.accent
            opacity: 0.5
        }
        // A seat of a shared server that lost it says so across the header, in red with the time:
        // what the wall shows stops at that moment.
        Rectangle {
            anchors.fill: parent
            visible: App.serverDown
            color: Theme.alarm
            Text {
                anchors.centerIn: parent
                width: parent.width - 2 * wall.margin
                text: App.serverStatus
                maximumLineCount: 1
                color: "white"
                font.family: Theme.fontFamily
                font.pixelSize: wall.unit * 1.4
                font.bold: true
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignHCenter
            }
        }
    }

    Rectangle {
        id: mapFrame
        anchors.top: header.bottom
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.right: monitoring.left
        anchors.margins: wall.margin
        color: Theme.background
        border.color: Theme.panelBorder
        border.width: 2

        MapCanvas {
            anchors.fill: parent
            anchors.margins: 2
            layers: App.layers
            homeExtent: App.homeExtent
            symbolScale: wall.unit / 18
        }
        GradeLegend {
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: wall.margin
            card: App.typhoon
            textSize: wall.unit * 0.75
        }
        RainLegend {
            anchors.left: parent.left
            anchors.top: parent.top
            anchors.margins: wall.margin
            title: App.rainLegendTitle
            entries: App.rainLegend
            textSize: wall.unit * 0.7
        }
    }

    // The right columns: warnings, the typhoon and where every layer comes from; then water,
    // rain and fire. A panel with nothing to list shrinks to its source line and "no data" text,
    // and its neighbours take the room.
    ColumnLayout {
        id: column
        anchors.top: header.bottom
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: wall.margin
        width: parent.width * 0.24
        spacing: wall.margin

        MonitorPanel {
            title: qsTr("Active incidents and response levels")
            model: App.incidents
            textSize: wall.unit * 0.9
            Layout.fillWidth: true
            // As tall as its rows (a handful at most), so the warnings keep their room.
            Layout.preferredHeight: compactHeight + Math.min(model.count, 5) * wall.unit * 1.9
        }
        PlanSuggestionsPanel {
            board: App.planDesk
            textSize: wall.unit * 0.9
            Layout.fillWidth: true
            visible: App.planDesk.differing > 0 || App.planDesk.openTasks > 0
        }
        ResourcesPanel {
            board: App.resourceDesk
            textSize: wall.unit * 0.9
            Layout.fillWidth: true
            visible: App.resourceDesk.needs.count > 0 || App.resourceDesk.dispatches.count > 0
        }
        WarningsPanel {
            model: App.warnings
            textSize: wall.unit * 0.9
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: model.count > 0 ? 3 : 1
            Layout.minimumHeight: model.count > 0 ? 0 : wall.unit * 7.5
            Layout.maximumHeight: model.count > 0 ? Number.POSITIVE_INFINITY : wall.unit * 7.5
        }
        TyphoonPanel {
            card: App.typhoon
            textSize: wall.unit * 0.9
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: card.active ? 4 : 1
            Layout.maximumHeight: card.active ? Number.POSITIVE_INFINITY : wall.unit * 7.5
        }
        SourcesPanel {
            textSize: wall.unit * 0.62
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 2
        }
    }
    ColumnLayout {
        id: monitoring
        anchors.top: header.bottom
        anchors.right: column.left
        anchors.bottom: parent.bottom
        anchors.topMargin: wall.margin
        anchors.bottomMargin: wall.margin
        anchors.rightMargin: wall.margin
        width: parent.width * 0.24
        spacing: wall.margin

        MonitorPanel {
            title: qsTr("Water levels") + "  ·  " + qsTr("超警 / 超保 / 超汛限")
            model: App.water
            textSize: wall.unit * 0.85
            Layout.fillWidth: true
            Layout.fillHeight: model.count > 0
            Layout.preferredHeight: model.count > 0 ? 3 : compactHeight
        }
        MonitorPanel {
            title: qsTr("Rainfall by district")
            model: App.rainfall
            textSize: wall.unit * 0.85
            Layout.fillWidth: true
            Layout.fillHeight: model.count > 0
            Layout.preferredHeight: model.count > 0 ? 2 : compactHeight
        }
        MonitorPanel {
            title: qsTr("Hotspots and fire events") + "  ·  " + qsTr("24 h")
            model: App.fire
            textSize: wall.unit * 0.85
            Layout.fillWidth: true
            Layout.fillHeight: model.count > 0
            Layout.preferredHeight: model.count > 0 ? 2 : compactHeight
        }
        MonitorPanel {
            title: qsTr("Fire danger today (FWI)")
            model: App.fireDanger
            textSize: wall.unit * 0.85
            Layout.fillWidth: true
            Layout.fillHeight: model.count > 0
            Layout.preferredHeight: model.count > 0 ? 1 : compactHeight
        }
    }
}

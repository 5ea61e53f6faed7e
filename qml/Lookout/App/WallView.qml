// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import Lookout.App
import Lookout.Controls
import Lookout.Feeds
import Lookout.Map
import Lookout.Wall

// The command-centre wall: no mouse, read from 10 m. Nothing on it is smaller than a fortieth of
// its height (54 px on a 2160-px wall; legibility.h); what cannot be that large is on the desk.
// The map keeps most of the area; beside it the key figures as tiles and the tour's focus, in
// front of them a takeover when one waits. `part` splits it over screens: "map" (with the header)
// on one, "board" (tiles and focus) on another; "all" is both in one window.
FocusScope {
    id: wall
    property string part: "all"
    readonly property real unit: height * 0.025
    readonly property real gap: unit * 0.4
    readonly property var board: App.wall
    readonly property var takeover: board.takeover
    readonly property bool takingOver: takeover.key !== undefined
    readonly property bool showMap: part !== "board"
    readonly property bool showBoard: part !== "map"
    // Two columns of tiles on a 16:9 wall, three on a double-width one; as many as fit alone.
    readonly property real tileWidth: unit * 14.5
    readonly property int columns: part === "board" ? Math.max(1, Math.floor((width - gap) / (tileWidth + gap)))
                                                    : (width / height > 2.5 ? 3 : 2)
    readonly property real boardWidth: showMap ? columns * tileWidth + (columns - 1) * gap : width - 2 * gap
    focus: true

    // The operator's keys (a keyboard or a presenter remote): arrows and page keys step the tour,
    // space holds it, 1–9 choose a focus.
    Keys.onPressed: event => {
        if (event.key === Qt.Key_Right || event.key === Qt.Key_Down || event.key === Qt.Key_PageDown) board.next()
        else if (event.key === Qt.Key_Left || event.key === Qt.Key_Up || event.key === Qt.Key_PageUp) board.previous()
        else if (event.key === Qt.Key_Space || event.key === Qt.Key_B) board.togglePause()
        else if (event.key >= Qt.Key_1 && event.key <= Qt.Key_9) board.select(event.key - Qt.Key_0)
        else return
        event.accepted = true
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    WallHeader {
        id: header
        width: parent.width
        height: wall.unit * 3.3
        unit: wall.unit
    }

    Rectangle {
        id: mapFrame
        visible: wall.showMap
        anchors.top: header.bottom
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.right: wall.showBoard ? boardColumn.left : parent.right
        anchors.margins: wall.gap
        color: Theme.background
        border.color: Theme.panelBorder
        border.width: 2

        MapCanvas {
            id: map
            anchors.fill: parent
            anchors.margins: 2
            layers: App.layers
            // The takeover's area, else the tour's focus, else the workspace's home.
            homeExtent: wall.takingOver && wall.takeover.extent.width > 0 ? wall.takeover.extent
                        : wall.board.focus.extent !== undefined ? wall.board.focus.extent : App.homeExtent
            onHomeExtentChanged: zoomToHome()
            // Map labels drawn at least at the legible size: the smallest any layer asks for
            // (12 px: resources, stations) at one unit (the map reports what it drew; the
            // legibility test measures it).
            symbolScale: wall.unit / 12
        }
        GradeLegend {
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: wall.gap
            visible: wall.board.focus.id === "typhoon" && !wall.takingOver
            card: App.typhoon
            textSize: wall.unit
        }
        RainLegend {
            anchors.left: parent.left
            anchors.bottom: parent.bottom
            anchors.margins: wall.gap
            visible: wall.board.focus.id === "rain" && !wall.takingOver
            title: App.rainLegendTitle
            entries: App.rainLegend
            textSize: wall.unit
        }
        // The tour's stops along the map's top, the one shown lit (a takeover covers them).
        TourStrip {
            anchors.top: parent.top
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.margins: wall.gap
            visible: !wall.takingOver && wall.board.foci.length > 0
            board: wall.board
            unit: wall.unit
        }
        TakeoverBanner {
            anchors.top: parent.top
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.margins: wall.gap
            visible: wall.takingOver
            takeover: wall.takingOver ? wall.takeover : ({})
            waiting: Math.max(0, wall.board.takeovers - 1)
            unit: wall.unit
        }
    }

    Item {
        id: boardColumn
        visible: wall.showBoard
        anchors.top: header.bottom
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: wall.gap
        width: wall.boardWidth

        Grid {
            id: tiles
            width: parent.width
            columns: wall.columns
            spacing: wall.gap
            Repeater {
                model: wall.board.tiles
                KeyFigureTile {
                    required property var modelData
                    figure: modelData
                    unit: wall.unit
                    width: wall.tileWidth
                    height: wall.unit * 5.2
                    focused: modelData.focus !== "" && modelData.focus === wall.board.focus.id && !wall.takingOver
                }
            }
        }
        FocusPanel {
            anchors.top: tiles.bottom
            anchors.topMargin: wall.gap
            anchors.bottom: parent.bottom
            width: parent.width
            // Only when at least its title and two lines fit.
            visible: wall.board.focus.id !== undefined && height >= wall.unit * 6
            shown: wall.board.focus
            unit: wall.unit
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import QtQuick.Controls
import Lookout.Map

// A polygon sketched over the map (the CAP form's area): while `drawing`, each click adds a
// corner ("lon,lat" in `sketch`, separated by spaces); the polygon is drawn in magenta and follows
// the map as it pans and zooms. On a narrow desk, where the map hides the form, a button returns.
Item {
    id: overlay
    required property MapCanvas map
    property bool drawing: false
    property bool narrow: false
    property string sketch: ""
    signal cornerAdded(string corners)
    signal finished()

    MouseArea {
        anchors.fill: parent
        enabled: overlay.drawing
        visible: overlay.drawing
        cursorShape: Qt.CrossCursor
        onClicked: mouse => {
            const p = overlay.map.lonLatAt(mouse.x, mouse.y)
            if (p.x === 0 && p.y === 0)
                return
            const corner = p.x.toFixed(5) + "," + p.y.toFixed(5)
            overlay.cornerAdded(overlay.sketch === "" ? corner : overlay.sketch + " " + corner)
        }
    }
    Canvas {
        id: canvas
        anchors.fill: parent
        visible: overlay.sketch !== ""
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            const corners = overlay.sketch.split(" ").filter(c => c !== "")
            if (corners.length === 0)
                return
            ctx.strokeStyle = "#ff4fd8"
            ctx.fillStyle = "rgba(255, 79, 216, 0.18)"
            ctx.lineWidth = 3
            ctx.beginPath()
            corners.forEach((c, i) => {
                const ll = c.split(",")
                const px = overlay.map.pixelAt(Number(ll[0]), Number(ll[1]))
                if (i === 0)
                    ctx.moveTo(px.x, px.y)
                else
                    ctx.lineTo(px.x, px.y)
            })
            ctx.closePath()
            ctx.fill()
            ctx.stroke()
        }
        Connections {
            target: overlay.map
            function onImageChanged() { canvas.requestPaint() }
        }
        Connections {
            target: overlay
            function onSketchChanged() { canvas.requestPaint() }
        }
    }
    Button {
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.top
        anchors.margins: 12
        visible: overlay.drawing && overlay.narrow
        text: qsTr("Done drawing: back to the reports")
        onClicked: overlay.finished()
    }
}

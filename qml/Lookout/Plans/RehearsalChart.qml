// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import Lookout.Controls

// A rehearsal (预演) as a step chart: the level a plan would have suggested at each step (solid)
// against the level the record shows in force (dashed), Ⅰ at the top, none at the bottom; the
// first and last times under the axis.
Item {
    id: chart
    property string title: ""
    property var steps: []   // [{at, suggested, actual}] (levels 1 … 4, 0 none)
    property real textSize: 16
    readonly property color suggestedColor: "#ffb347"
    readonly property color actualColor: "#7ed6ff"

    Text {
        id: heading
        width: parent.width
        elide: Text.ElideRight
        text: chart.title
        color: Theme.accent
        font.family: Theme.fontFamily
        font.pixelSize: chart.textSize
        font.bold: true
    }
    Row {
        anchors.top: heading.bottom
        anchors.right: parent.right
        spacing: chart.textSize
        Text { text: "━ " + qsTr("suggested"); color: chart.suggestedColor; font.family: Theme.fontFamily; font.pixelSize: chart.textSize * 0.85 }
        Text { text: "┅ " + qsTr("in force"); color: chart.actualColor; font.family: Theme.fontFamily; font.pixelSize: chart.textSize * 0.85 }
    }
    Column {
        id: axis
        anchors.top: heading.bottom
        anchors.topMargin: chart.textSize * 1.4
        anchors.bottom: timeAxis.top
        width: chart.textSize * 3
        Repeater {
            model: ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", qsTr("none")]
            Text {
                required property string modelData
                height: axis.height / 5
                width: axis.width
                verticalAlignment: Text.AlignVCenter
                text: modelData
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: chart.textSize * 0.8
            }
        }
    }
    Canvas {
        id: canvas
        anchors.top: heading.bottom
        anchors.topMargin: chart.textSize * 1.4
        anchors.left: axis.right
        anchors.right: parent.right
        anchors.bottom: timeAxis.top
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            ctx.strokeStyle = Theme.panelBorder
            ctx.lineWidth = 1
            for (let row = 0; row < 5; ++row) {
                const y = (row + 0.5) * height / 5
                ctx.beginPath(); ctx.moveTo(0, y); ctx.lineTo(width, y); ctx.stroke()
            }
            const n = chart.steps.length
            if (n === 0)
                return
            const yOf = level => ((level > 0 ? level - 1 : 4) + 0.5) * height / 5
            const draw = (key, color, dash, offset) => {
                ctx.strokeStyle = color
                ctx.lineWidth = 4
                ctx.setLineDash(dash)
                ctx.beginPath()
                for (let i = 0; i < n; ++i) {
                    const x0 = i * width / n, x1 = (i + 1) * width / n
                    const y = yOf(chart.steps[i][key]) + offset
                    if (i === 0) ctx.moveTo(x0, y); else ctx.lineTo(x0, y)
                    ctx.lineTo(x1, y)
                }
                ctx.stroke()
            }
            draw("actual", chart.actualColor, [8, 6], 4)
            draw("suggested", chart.suggestedColor, [], -4)
        }
    }
    onStepsChanged: canvas.requestPaint()
    onWidthChanged: canvas.requestPaint()
    onHeightChanged: canvas.requestPaint()
    Item {
        id: timeAxis
        anchors.left: canvas.left
        anchors.right: canvas.right
        anchors.bottom: parent.bottom
        height: chart.textSize * 1.3
        Text {
            text: chart.steps.length > 0 ? chart.steps[0].at : ""
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: chart.textSize * 0.8
        }
        Text {
            anchors.right: parent.right
            text: chart.steps.length > 0 ? chart.steps[chart.steps.length - 1].at : ""
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: chart.textSize * 0.8
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lookout.Controls
import Lookout.Incidents

// A public warning the bureau issues (信息发布, CAP 1.2): event, colour level, area (division codes
// or names, and/or a polygon drawn on the map), headline, description and instruction in Chinese
// and English, status and expiry; or an update or cancel of a message issued before (its form
// loaded to edit). The same fields as `lookout cap issue|update|cancel`.
ColumnLayout {
    id: form
    required property ReportDesk board
    property real textSize: 16
    property string polygon: ""
    property string mode: "alert"     // alert | update | cancel
    property string previous: ""      // the identifier an update or cancel refers to
    property bool drawing: false
    signal drawRequested(bool on)
    spacing: textSize * 0.4

    component Label: Text {
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: form.textSize * 0.85
    }
    component Field: TextField {
        Layout.fillWidth: true
        font.pixelSize: form.textSize * 0.85
    }
    function fields() {
        return {event: event.text, eventEn: eventEn.text, level: level.currentValue, areas: areas.text, polygon: form.polygon,
                headline: headline.text, headlineEn: headlineEn.text, description: description.text, descriptionEn: descriptionEn.text,
                instruction: instruction.text, instructionEn: instructionEn.text, status: status.currentValue, expires: expires.text, note: note.text}
    }
    function load(identifier, action) {
        const f = form.board.capForm(identifier)
        form.mode = action
        form.previous = identifier
        event.text = f.event || ""; eventEn.text = f.eventEn || ""; areas.text = f.areas || ""; form.polygon = f.polygon || ""
        headline.text = f.headline || ""; headlineEn.text = f.headlineEn || ""
        description.text = f.description || ""; descriptionEn.text = f.descriptionEn || ""
        instruction.text = f.instruction || ""; instructionEn.text = f.instructionEn || ""; expires.text = f.expires || ""
        level.currentIndex = Math.max(0, level.indexOfValue(f.level))
        status.currentIndex = Math.max(0, status.indexOfValue(f.status || "Actual"))
    }

    Text {
        text: form.mode === "alert" ? qsTr("Issue a public warning (CAP 1.2)")
              : form.mode === "update" ? qsTr("Update %1").arg(form.previous) : qsTr("Cancel %1").arg(form.previous)
        color: Theme.accent
        font.family: Theme.fontFamily
        font.pixelSize: form.textSize * 1.05
        font.bold: true
    }
    GridLayout {
        Layout.fillWidth: true
        columns: 4
        visible: form.mode !== "cancel"
        Label { text: qsTr("Event") }
        Field { id: event; placeholderText: qsTr("in Chinese: 台风, 暴雨 …") }
        Label { text: qsTr("Event (English)") }
        Field { id: eventEn; placeholderText: qsTr("Typhoon / Rainstorm …") }
        Label { text: qsTr("Level") }
        ComboBox {
            id: level
            Layout.fillWidth: true
            textRole: "text"
            valueRole: "value"
            model: [{text: qsTr("Blue"), value: "blue"}, {text: qsTr("Yellow"), value: "yellow"}, {text: qsTr("Orange"), value: "orange"},
                    {text: qsTr("Red"), value: "red"}]
        }
        Label { text: qsTr("Status") }
        ComboBox {
            id: status
            Layout.fillWidth: true
            textRole: "text"
            valueRole: "value"
            model: ["Actual", "Exercise", "Test"].map(code => ({text: Vocabulary.capWord(code), value: code}))
        }
        Label { text: qsTr("Areas") }
        Field { id: areas; placeholderText: qsTr("division codes or names: 440402 斗门区 …") }
        Label { text: qsTr("Expires") }
        Field { id: expires; placeholderText: qsTr("2018-09-17T12:00+08:00 (none: no stated end)") }
        Label { text: qsTr("Polygon") }
        Field {
            Layout.columnSpan: 2
            text: form.polygon
            readOnly: true
            placeholderText: qsTr("none: draw one on the map")
        }
        RowLayout {
            Button {
                text: form.drawing ? qsTr("Done") : qsTr("Draw on map")
                onClicked: {
                    form.drawing = !form.drawing
                    form.drawRequested(form.drawing)
                }
            }
            Button { text: qsTr("Clear"); onClicked: form.polygon = "" }
        }
        Label { text: qsTr("Headline") }
        Field { id: headline }
        Label { text: qsTr("Headline (English)") }
        Field { id: headlineEn }
        Label { text: qsTr("Description") }
        Field { id: description }
        Label { text: qsTr("Description (English)") }
        Field { id: descriptionEn }
        Label { text: qsTr("Instruction") }
        Field { id: instruction }
        Label { text: qsTr("Instruction (English)") }
        Field { id: instructionEn }
    }
    RowLayout {
        Layout.fillWidth: true
        Field { id: note; visible: form.mode === "cancel"; placeholderText: qsTr("Why it is cancelled") }
        Button {
            text: form.mode === "alert" ? qsTr("Issue") : form.mode === "update" ? qsTr("Issue the update") : qsTr("Issue the cancel")
            enabled: form.board.canAct && !form.board.busy
            onClicked: {
                message.text = form.board.issueCap(form.mode, form.previous, form.fields())
                if (message.text === "" && form.mode !== "alert")
                    form.mode = "alert"
            }
        }
        Button { text: qsTr("New warning"); visible: form.mode !== "alert"; onClicked: { form.mode = "alert"; form.previous = "" } }
    }
    Text {
        id: message
        Layout.fillWidth: true
        visible: text !== ""
        color: Theme.alarm
        font.family: Theme.fontFamily
        font.pixelSize: form.textSize * 0.85
        wrapMode: Text.Wrap
    }
    Label { text: qsTr("Messages this bureau issued"); visible: form.board.caps.count > 0 }
    Repeater {
        model: form.board.caps
        delegate: RowLayout {
            required property string identifier
            required property string msgType
            required property string headline
            required property string sent
            required property string status
            Layout.fillWidth: true
            Text {
                text: "%1  %2  %3  %4%5".arg(sent).arg(Vocabulary.capWord(msgType)).arg(identifier).arg(headline)
                      .arg(status !== "Actual" ? "  [" + Vocabulary.capWord(status) + "]" : "")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: form.textSize * 0.8
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Button { text: qsTr("Update"); visible: form.board.canAct && msgType !== "Cancel"; onClicked: form.load(identifier, "update") }
            Button { text: qsTr("Cancel it"); visible: form.board.canAct && msgType !== "Cancel"; onClicked: form.load(identifier, "cancel") }
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lookout.Controls
import Lookout.Incidents

// The reports page (报送与发布): what each incident owes the level above and by when (overdue in
// red), a report drafted from the record and the situation, edited and issued; the reports issued,
// exported to PDF and HTML; the after-action review and the EDXL-SitRep; and the public warnings
// the bureau issues (CapForm). Files go to the workspace's report folder.
Item {
    id: page
    required property ReportDesk board
    property string selectedIncident: ""
    property real textSize: 16
    property string message: ""
    // The polygon the map beside draws for the CAP form.
    property alias sketch: capForm.polygon
    signal drawRequested(bool on)

    component Heading: Text {
        color: Theme.accent
        font.family: Theme.fontFamily
        font.pixelSize: page.textSize * 1.05
        font.bold: true
    }
    component Cell: Text {
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: page.textSize * 0.85
        elide: Text.ElideRight
    }
    function incidentId() {
        return incident.currentIndex >= 0 ? page.board.incidents.get(incident.currentIndex).id : ""
    }

    Flickable {
        anchors.fill: parent
        contentHeight: content.implicitHeight
        clip: true
        ScrollBar.vertical: ScrollBar {}
        ColumnLayout {
            id: content
            width: page.width - page.textSize
            spacing: page.textSize * 0.4

            Heading { text: qsTr("Reports owed to the level above (%1 overdue)").arg(page.board.overdue); color: page.board.overdue > 0 ? Theme.alarm : Theme.accent }
            Cell {
                Layout.fillWidth: true
                visible: page.board.rulesProblem !== ""
                text: qsTr("The workspace's deadline rules cannot be read (defaults used): %1").arg(page.board.rulesProblem)
                color: Theme.alarm
                wrapMode: Text.Wrap
            }
            Cell { visible: page.board.due.count === 0; text: qsTr("No incident owes a report."); color: Theme.textMuted }
            Repeater {
                model: page.board.due
                delegate: RowLayout {
                    required property string incidentTitle
                    required property string typeText
                    required property string deadline
                    required property string stateText
                    required property bool overdue
                    required property bool late
                    Layout.fillWidth: true
                    Cell { text: incidentTitle; Layout.fillWidth: true }
                    Cell { text: typeText; Layout.preferredWidth: page.textSize * 9 }
                    Cell { text: qsTr("due %1").arg(deadline); Layout.preferredWidth: page.textSize * 10; color: Theme.textMuted }
                    Cell {
                        text: stateText
                        Layout.preferredWidth: page.textSize * 8
                        color: overdue || late ? Theme.alarm : Theme.text
                        font.bold: overdue
                    }
                }
            }

            Heading { text: qsTr("Draft, edit and issue a report") }
            RowLayout {
                Layout.fillWidth: true
                ComboBox {
                    id: incident
                    Layout.fillWidth: true
                    model: page.board.incidents
                    textRole: "title"
                    currentIndex: {
                        for (let i = 0; i < page.board.incidents.count; ++i)
                            if (page.board.incidents.get(i).id === page.selectedIncident)
                                return i
                        return page.board.incidents.count > 0 ? 0 : -1
                    }
                }
                ComboBox {
                    id: type
                    implicitWidth: page.textSize * 10
                    textRole: "text"
                    valueRole: "value"
                    model: [{text: qsTr("Initial report"), value: "initial"}, {text: qsTr("Follow-up report"), value: "followup"},
                            {text: qsTr("Final report"), value: "final"}, {text: qsTr("Daily duty report"), value: "daily"}]
                }
                Button {
                    text: qsTr("Draft")
                    enabled: page.board.canAct
                    onClicked: {
                        const text = page.board.draft(page.incidentId(), type.currentValue)
                        if (text.startsWith("!"))
                            page.message = text.substring(1)
                        else {
                            draft.text = text
                            page.message = ""
                        }
                    }
                }
            }
            ScrollView {
                Layout.fillWidth: true
                Layout.preferredHeight: page.textSize * 16
                visible: draft.text !== ""
                TextArea {
                    id: draft
                    font.family: Theme.fontFamily
                    font.pixelSize: page.textSize * 0.85
                    color: Theme.text
                    wrapMode: TextEdit.Wrap
                    background: Rectangle { color: Theme.panel; border.color: Theme.panelBorder }
                }
            }
            RowLayout {
                visible: draft.text !== ""
                Button {
                    text: qsTr("Issue as edited")
                    enabled: page.board.canAct
                    onClicked: {
                        page.message = page.board.issue(page.incidentId(), type.currentValue, draft.text)
                        if (page.message === "")
                            draft.text = ""
                    }
                }
                Button { text: qsTr("Discard"); onClicked: draft.text = "" }
            }
            Cell { Layout.fillWidth: true; text: page.message; visible: text !== ""; color: Theme.alarm; wrapMode: Text.Wrap }

            Heading { text: qsTr("Reports issued") }
            Cell { visible: page.board.issued.count === 0; text: qsTr("None yet."); color: Theme.textMuted }
            Repeater {
                model: page.board.issued
                delegate: RowLayout {
                    required property int number
                    required property string typeText
                    required property string incidentTitle
                    required property string issuedAt
                    required property string deadline
                    required property bool late
                    required property string by
                    Layout.fillWidth: true
                    // The kind and the incident, in the interface's language (the document's own
                    // title, as issued, is in its PDF and HTML).
                    Cell { text: incidentTitle ? "%1. %2 · %3".arg(number).arg(typeText).arg(incidentTitle) : "%1. %2".arg(number).arg(typeText); Layout.fillWidth: true }
                    Cell { text: qsTr("%1 by %2").arg(issuedAt).arg(by); color: Theme.textMuted }
                    Cell { text: late ? qsTr("LATE (due %1)").arg(deadline) : qsTr("on time"); color: late ? Theme.alarm : Theme.textMuted }
                    Button { text: qsTr("PDF + HTML"); onClicked: page.message = page.board.exportIssued(number) }
                }
            }

            Heading { text: qsTr("After-action review and SitRep") }
            RowLayout {
                Button {
                    text: qsTr("Make the review (PDF + HTML)")
                    enabled: !page.board.busy
                    onClicked: page.message = page.board.review(page.incidentId())
                }
                Button { text: qsTr("Write the EDXL-SitRep"); onClicked: page.message = page.board.sitrep(page.incidentId()) }
                BusyIndicator { running: page.board.busy; visible: running; implicitHeight: page.textSize * 2 }
            }
            Cell {
                Layout.fillWidth: true
                text: page.board.output
                visible: text !== ""
                color: page.board.outputFailed ? Theme.alarm : Theme.text
                wrapMode: Text.Wrap
            }

            CapForm {
                id: capForm
                Layout.fillWidth: true
                board: page.board
                textSize: page.textSize
                onDrawRequested: on => page.drawRequested(on)
            }
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick
import QtQuick.Controls
import Lookout.App
import Lookout.Controls

// The desk's layer list: switch layers on and off; source, count and data age under each.
Panel {
    id: panel
    title: qsTr("Layers")
    titleSize: 18

    ListView {
        anchors.fill: parent
        model: App.layers
        spacing: 8
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        delegate: Column {
            required property int index
            required property string title
            required property bool layerVisible
            required property int featureCount
            required property string dataDate
            required property string dataAgeText
            required property string sourceFile
            width: ListView.view.width

            CheckBox {
                width: parent.width
                text: title
                checked: layerVisible
                font.family: Theme.fontFamily
                font.pixelSize: 15
                onToggled: App.layers.setLayerVisible(index, checked)
                contentItem: Text {
                    leftPadding: parent.indicator.width + parent.spacing
                    text: parent.text
                    font: parent.font
                    color: Theme.text
                    verticalAlignment: Text.AlignVCenter
                    elide: Text.ElideRight
                }
            }
            Text {
                width: parent.width
                leftPadding: 34
                text: qsTr("%1 features · %2 (%3)").arg(featureCount).arg(dataDate).arg(dataAgeText)
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: 12
                elide: Text.ElideRight
            }
            Text {
                width: parent.width
                leftPadding: 34
                text: sourceFile
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: 12
                elide: Text.ElideMiddle
            }
        }
    }
}

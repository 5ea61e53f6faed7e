// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
import QtQuick

// The health of the source feeding a panel, on the panel: quiet when fresh, blue in a replay,
// red when stale, failing or without data. Never hidden.
Text {
    property string health: "nodata"   // ok | replay | stale | failing | nodata
    property real size: 24
    color: health === "ok" ? Theme.textMuted : health === "replay" ? Theme.accent : Theme.alarm
    font.family: Theme.fontFamily
    font.pixelSize: size
    font.bold: health !== "ok" && health !== "replay"
    wrapMode: Text.Wrap
    maximumLineCount: 2
    elide: Text.ElideRight
}

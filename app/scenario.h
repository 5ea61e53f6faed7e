// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "appcontroller.h"
#include "core/result.h"
#include "feeds/feedconfig.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QHash>

namespace lookout::app {

struct ScenarioOptions {
    QDateTime at;             // the scenario clock's time: everything as known then
    bool replay = false;      // a past time (--at): sources are the archive, not live feeds
    QString language;         // "zh-CN" or "en": which CAP info block to show
    QString feedCache;        // a feed cache folder with health files (live seats); may be empty
    QHash<QString, feeds::FeedKind> feedKinds;  // which configured source feeds which panel
    QRectF homeExtent;        // the workspace's own home view, widened when a typhoon needs it
};

// Fills the App facade with what the workspace knew at `options.at`: the warning registry (the
// wall's panel, the desk's list, the acknowledge action), the active typhoon (card and track
// table) and their map layers on top of the boundaries. Each panel gets its source line: a
// replay says so; a live seat shows the feeds' health, or "no live feed" in red.
// Calling it again (the clock moved, a feed delivered) replaces what the last call put there.
// GUI thread; `workspace` must outlive the controller (the acknowledge action writes to it).
Result<void> loadScenario(store::Workspace &workspace, const ScenarioOptions &options, qml::AppController &controller);

// What the shift handover lists from the monitoring picture at `at`, one line each, worst first:
// the live Actual warnings nobody has acknowledged, and the stations over a threshold.
Result<QStringList> unacknowledgedWarnings(store::Workspace &workspace, const QDateTime &at, const QString &language);
Result<QStringList> stationsOverThreshold(store::Workspace &workspace, const QDateTime &at);

} // namespace lookout::app

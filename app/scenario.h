// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "appcontroller.h"
#include "core/result.h"
#include "feeds/feedconfig.h"
#include "situation/situation.h"

#include <QDateTime>
#include <QHash>
#include <QRectF>

namespace lookout::app {

struct ScenarioOptions {
    QDateTime at;             // the scenario clock's time: everything as known then
    bool replay = false;      // a past time (--at): sources are the archive, not live feeds
    QString language;         // "zh-CN" or "en": which CAP info block to show
    QString feedCache;        // a feed cache folder with health files (live seats); may be empty
    QHash<QString, feeds::FeedKind> feedKinds;  // which configured source feeds which panel
    QRectF homeExtent;        // the workspace's own home view, widened when a typhoon needs it
    QString recordServer;     // a seat of a shared server (libpq connection): its record, its actions; empty: the workspace's
};

// Fills the App facade from the situation: the warning registry (the wall's panel, the desk's
// list), the typhoon card and track table, water, rainfall, fire and fire danger, the record,
// and their map layers on top of the boundaries. Each panel gets its source line: a replay says
// so; a live seat shows the health of the part's feeds, or "no live feed" in red. Calling it again
// replaces what the last call put there. GUI thread; reads nothing but `situation`.
void presentSituation(const situation::Situation &situation, const ScenarioOptions &options, qml::AppController &controller);

// What the shift handover lists from the monitoring picture, one line each, worst first: the live
// Actual warnings nobody has acknowledged, and the stations over a threshold.
QStringList unacknowledgedWarnings(const situation::WarningsPart &warnings, const QString &language);
QStringList stationsOverThreshold(const situation::StationsPart &stations);

} // namespace lookout::app

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "capcommands.h"
#include "core/result.h"
#include "matchcommand.h"
#include "plancommands.h"
#include "reportcommands.h"
#include "recordcommands.h"
#include "servercommands.h"
#include "workspacecommands.h"

#include <QDateTime>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace lookout::app {

// What the user asked the `lookout` executable to do. Parsed before any Qt application exists,
// because the command decides the platform (offscreen for render and self-test).
struct CommandLine {
    enum class Command { Gui, Render, SelfTest, Version, Help, Ingest, WarningsList, FeedsRun, Fwi, Record, Workspace, Situation, Plan, Match, Cap, Report, Server };
    Command command = Command::Gui;
    QString view = QStringLiteral("desk");  // wall | desk
    QString page = QStringLiteral("map");   // desk: map | warnings | typhoon
    QStringList rehearse;                    // render: plan id, from, to
    int liveSeconds = 0;                     // render --postgres: live this long before the image
    bool legibility = false;                 // render: list the texts below height/40, fail if any
    bool texts = false;                      // render: print every visible text
    QString focus;                           // the wall: hold the tour on this focus
    QStringList press;                       // render: keys pressed before the image (Right, Left, Space, 1…)
    int dwell = 20;                          // the wall: seconds per focus (0 holds)
    QString wallPart = QStringLiteral("all");  // render: all | map | board
    QString screens = QStringLiteral("one");   // the wall: one | span | each
    QString snapshot;                        // the desk or wall on a display: capture each window here, then exit
    QSize size;                              // render only; empty = the view's natural size
    QString out;                             // render only
    QString workspace;                       // empty: the demo workspace, created on first run
    std::optional<QDateTime> at;             // scenario clock start (UTC); none = live
    QString language;                        // zh_CN | en; empty = the system's
    QStringList files;                       // ingest: the files to read
    QString format;                          // ingest: a format id to skip detection
    bool all = false;                        // warnings list: also superseded/ended ones
    bool json = false;                       // situation: as JSON
    bool asIssued = false;                   // ingest: count archive messages as received when sent
    QString config;                          // feeds run: the feed configuration file
    QString postgres;                        // the desk, wall and render: a seat of a shared server
    bool once = false;                       // feeds run: one round, then exit
    QString fwiStart;                        // fwi: "FFMC,DMC,DC" start-up values
    RecordCommand record;                    // incident, journal, duty
    WorkspaceCommand workspaceCommand;       // workspace, layer, divisions
    PlanCommand plan;                        // plan, task
    MatchCommand match;                      // match
    CapCommand cap;                          // cap
    ServerCommand server;                    // server
    ReportCommand report;                    // report (a GUI application: PDF layout)

    // Commands that work on data only and need no GUI application.
    bool isDataCommand() const
    {
        return command == Command::Ingest || command == Command::WarningsList || command == Command::FeedsRun
               || command == Command::Fwi || command == Command::Record || command == Command::Workspace
               || command == Command::Situation || command == Command::Plan || command == Command::Match || command == Command::Cap
               || command == Command::Server;
    }
};

// Parses argv (without the program name). A wrong argument is an Error with a one-line message.
Result<CommandLine> parseCommandLine(const QStringList &arguments);
QString helpText();

} // namespace lookout::app

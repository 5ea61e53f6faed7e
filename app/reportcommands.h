// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace lookout::app {

// lookout report initial|followup|final|daily|due|losses: incident reports (首报/续报/终报), the
// daily duty report, the reports an incident owes, and the loss figures reports carry.
struct ReportCommand {
    QString verb;
    QString incident;
    QString out, text, from, to, user, seat;
    QString pdf, html;  // review
    QString confidence; // sitrep
    QString deaths, missing, injured, evacuated, lossYuan, note;
    bool draft = false;
};

Result<ReportCommand> parseReportCommand(const QStringList &arguments);
QString reportHelpText();
// Needs a QGuiApplication (the PDF is laid out with Qt's fonts).
int runReportCommand(const ReportCommand &command, store::Workspace &workspace, const std::optional<QDateTime> &at);

} // namespace lookout::app

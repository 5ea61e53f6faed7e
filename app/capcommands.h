// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace lookout::app {

// lookout cap issue|update|cancel|list: the warnings the bureau issues (信息发布), the same fields
// as the desk's form.
struct CapCommand {
    QString verb;  // issue | update | cancel | list
    QString identifier;  // update, cancel
    QString event, eventEn, level, polygon, headline, headlineEn, description, descriptionEn, instruction, instructionEn;
    QString status, effective, expires, note, out, publish, post, user, seat;
    QStringList areas;
};

Result<CapCommand> parseCapCommand(const QStringList &arguments);
QString capHelpText();
int runCapCommand(const CapCommand &command, store::Workspace &workspace, const std::optional<QDateTime> &at);

} // namespace lookout::app

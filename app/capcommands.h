// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "reports/capcompose.h"
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
    QString drawn;  // a polygon drawn on the desk's map: "lon,lat lon,lat …"
};

Result<CapCommand> parseCapCommand(const QStringList &arguments);
QString capHelpText();
// The form's fields the command gives, over `form` (empty fields keep what it has): the areas
// resolved against the workspace's divisions (code or name), the polygon read from its GeoJSON
// file or taken as drawn. Errors name the field.
Result<void> applyCapFields(const CapCommand &command, store::Workspace &workspace, reports::CapForm &form);
int runCapCommand(const CapCommand &command, store::Workspace &workspace, const std::optional<QDateTime> &at);

} // namespace lookout::app

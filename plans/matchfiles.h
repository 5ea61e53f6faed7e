// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "plans/matching.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace lookout::plans {

// The files `lookout match` reads (docs/resources.md): CSV with a header, more columns allowed.
// Needs: id, kind, quantity, lon, lat (optional within_minutes: needed within that many minutes).
// Resources: id, kind, quantity, lon, lat (optional status: only "available" is matched; absent
// means available). Quantities are whole numbers. A bad row is an error naming the file, the line
// and the field; nothing of a bad file is used.
Result<QList<Need>> readNeedsCsv(const QByteArray &bytes, const QString &file);
Result<QList<Resource>> readResourcesCsv(const QByteArray &bytes, const QString &file);

// {"covered", "total", "objective" (Σ quantity × minutes), "travel": {how minutes were made},
//  "assignments": [{"need", "resource", "quantity", "minutes"}],
//  "gaps": [{"need", "kind", "needed", "covered", "short", "reason"}]}
QJsonObject toJson(const Matching &matching, const QJsonObject &travel);

} // namespace lookout::plans

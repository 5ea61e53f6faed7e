// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/geo.h"
#include "core/result.h"
#include "feeds/csvreader.h"

#include <QString>
#include <QStringList>

#include <functional>

// What the plans' CSV readers (needs, resources, inventory) share: a located error, a row loop
// that stops at a row with the wrong number of fields, positions and whole numbers.
namespace lookout::plans::csv {

Error rowError(const QString &file, int line, const QString &field, const QString &message);

// Calls `row` for each record after the header (blank lines skipped) with its 1-based line, until
// it returns an error; a row with the wrong number of fields is one.
Result<void> forEachRow(feeds::CsvReader &reader, qsizetype fields, const QString &file,
                        const std::function<Result<void>(const QStringList &row, int line)> &row);

Result<GeoPoint> position(const feeds::CsvColumns &columns, const QStringList &row, const QString &lonName, const QString &latName,
                          const QString &file, int line);

// A whole number ≥ 0 (an empty field: `fallback`).
Result<qint64> wholeNumber(const feeds::CsvColumns &columns, const QStringList &row, const QString &name, const QString &file, int line,
                           qint64 fallback = 0);

} // namespace lookout::plans::csv

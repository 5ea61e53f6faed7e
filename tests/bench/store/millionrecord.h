// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QDateTime>
#include <QString>

namespace lookout::test {

// Appends a million entries that make sense as incidents to the record of the workspace at
// `path`: 1,000 incidents of 1,000 entries each, opened, started at Ⅳ, raised to Ⅲ and Ⅱ, noted,
// lowered, ended and closed, one entry a minute from `start`. Aborts on any failure (benchmarks).
void appendMillionEntryRecord(const QString &path, const QDateTime &start);

} // namespace lookout::test

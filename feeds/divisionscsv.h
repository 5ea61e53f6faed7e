// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/division.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>

namespace lookout::feeds {

// A table of 统计用区划代码 (UTF-8 CSV with a header). Columns `code` and `name` are required;
// `level` (province/city/district/town/village or 省/市/区/镇街/村) and `parent` are optional, as
// are the National Bureau of Statistics export's own parent columns (provinceCode, cityCode,
// areaCode): a division's level comes from its code's length and its parent from its code's
// prefix, and a column that says otherwise is an error. Every row is checked; the first bad one
// is refused with its line and field, and nothing is returned. Pure; any thread.
Result<QList<Division>> parseDivisionsCsv(const QByteArray &bytes, const QString &sourceName);

} // namespace lookout::feeds

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "core/division.h"

#include <algorithm>

namespace lookout {

std::optional<DivisionLevel> divisionLevelOfCode(const QString &code)
{
    if (code.isEmpty() || !std::all_of(code.begin(), code.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return std::nullopt;
    switch (code.size()) {
    case 2: return DivisionLevel::Province;
    case 4: return DivisionLevel::City;
    case 6: return DivisionLevel::District;
    case 9: return DivisionLevel::Town;
    case 12: return DivisionLevel::Village;
    default: return std::nullopt;
    }
}

QString parentCode(const QString &code)
{
    switch (code.size()) {
    case 4: return code.left(2);
    case 6: return code.left(4);
    case 9: return code.left(6);
    case 12: return code.left(9);
    default: return {};
    }
}

QString toString(DivisionLevel level)
{
    switch (level) {
    case DivisionLevel::Province: return QStringLiteral("province");
    case DivisionLevel::City: return QStringLiteral("city");
    case DivisionLevel::District: return QStringLiteral("district");
    case DivisionLevel::Town: return QStringLiteral("town");
    case DivisionLevel::Village: return QStringLiteral("village");
    }
    return {};
}

std::optional<DivisionLevel> divisionLevelFromString(const QString &text)
{
    for (DivisionLevel level : {DivisionLevel::Province, DivisionLevel::City, DivisionLevel::District, DivisionLevel::Town,
                                DivisionLevel::Village})
        if (toString(level) == text || chineseName(level) == text)
            return level;
    return std::nullopt;
}

QString chineseName(DivisionLevel level)
{
    switch (level) {
    case DivisionLevel::Province: return QStringLiteral("省");
    case DivisionLevel::City: return QStringLiteral("市");
    case DivisionLevel::District: return QStringLiteral("区");
    case DivisionLevel::Town: return QStringLiteral("镇街");
    case DivisionLevel::Village: return QStringLiteral("村");
    }
    return {};
}

} // namespace lookout

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace lookout {

// Administrative divisions by their 统计用区划代码 (12 digits: 2 province, 2 city, 2 district,
// 3 town, 3 village; written without its trailing zeros: 44, 4404, 440402, 440402005, and a
// village's full 12). The code is text: its leading digits matter. Plain values, any thread.
enum class DivisionLevel { Province, City, District, Town, Village };

struct Division {
    QString code;
    QString name;
    DivisionLevel level = DivisionLevel::District;
    QString parent;  // the code of the division that holds it; empty for a province
};

// An area named by the record, a check or a duty entry: the code and the name together, so that
// a later rename or a same-named town elsewhere cannot change what was meant. The code is empty
// when the workspace had no divisions to resolve the name against.
struct AreaRef {
    QString code;
    QString name;

    bool operator==(const AreaRef &) const = default;
    QString display() const { return code.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, code); }
};

// The level a code's length says (2, 4, 6, 9 or 12 digits), or nullopt for anything else.
std::optional<DivisionLevel> divisionLevelOfCode(const QString &code);
// The code of the division above (4404 for 440402), empty for a province.
QString parentCode(const QString &code);
// "province", "city", "district", "town", "village" (stored and printed); and back.
QString toString(DivisionLevel level);
std::optional<DivisionLevel> divisionLevelFromString(const QString &text);
// 省 / 市 / 区 / 镇街 / 村.
QString chineseName(DivisionLevel level);

} // namespace lookout

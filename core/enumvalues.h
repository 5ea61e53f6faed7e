// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QMetaEnum>

#include <vector>

namespace lookout {

// Every value of a Q_ENUM / Q_ENUM_NS enumeration, in declaration order: what styles, choices
// and tests iterate instead of keeping a list of their own.
template <typename Enum>
std::vector<Enum> everyValueOf()
{
    const QMetaEnum meta = QMetaEnum::fromType<Enum>();
    std::vector<Enum> values;
    values.reserve(std::size_t(meta.keyCount()));
    for (int i = 0; i < meta.keyCount(); ++i)
        values.push_back(static_cast<Enum>(meta.value(i)));
    return values;
}

} // namespace lookout

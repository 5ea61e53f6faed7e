// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QLatin1String>
#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace lookout {

// The stable words of an enumeration (for files, JSON and the CLI), kept as one table per type:
// wordOf(table, value) and valueOf(table, word) read it both ways.
template <typename Enum, std::size_t N>
QString wordOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[entry, word] : table)
        if (entry == value)
            return QString::fromLatin1(word);
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table, const QString &word)
{
    for (const auto &[entry, name] : table)
        if (word == QLatin1String(name))
            return entry;
    return std::nullopt;
}

} // namespace lookout

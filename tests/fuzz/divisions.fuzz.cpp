// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// libFuzzer target: the 统计用区划代码 table reader on arbitrary bytes returns divisions whose
// codes, levels and parents agree, or an Error.
#include "feeds/divisionscsv.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto divisions = lookout::feeds::parseDivisionsCsv(bytes, QStringLiteral("fuzz"));
    if (divisions)
        for (const lookout::Division &division : *divisions)
            if (lookout::divisionLevelOfCode(division.code) != division.level || lookout::parentCode(division.code) != division.parent
                || division.name.isEmpty())
                __builtin_trap();  // a division the reader let through that contradicts its own code
    return 0;
}

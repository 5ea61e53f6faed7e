// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// libFuzzer target: the WaterML 1.1 / 2.0 and RDB readers on arbitrary bytes return series or
// an Error, and whatever they return converts to SL 323.
#include "feeds/waterml.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (auto parse : {lookout::feeds::parseWaterMl1, lookout::feeds::parseWaterMl2, lookout::feeds::parseUsgsRdb})
        if (auto series = parse(bytes, QStringLiteral("fuzz")))
            (void)lookout::feeds::toSl323(*series);
    return 0;
}

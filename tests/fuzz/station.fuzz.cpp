// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// libFuzzer target: the station level readers (the Changjiang GB18030 table and the threshold
// file) on arbitrary bytes return SL 323 rows or an Error.
#include "feeds/hydrology.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)lookout::feeds::parseChangjiangLevels(bytes, QStringLiteral("fuzz"));
    (void)lookout::feeds::parseThresholdTable(bytes, QStringLiteral("fuzz"));
    return 0;
}

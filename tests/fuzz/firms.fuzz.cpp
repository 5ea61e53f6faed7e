// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// libFuzzer target: the FIRMS hotspot reader on arbitrary bytes returns hotspots or an Error.
#include "feeds/firmscsv.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto file = lookout::feeds::parseFirmsCsv(bytes, QStringLiteral("fuzz"));
    if (file)
        for (const auto &hotspot : file->hotspots)
            (void)lookout::feeds::confidenceName(hotspot.confidence);
    return 0;
}

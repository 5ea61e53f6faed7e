// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// libFuzzer target: parseAtcfBDeck on arbitrary bytes returns tracks or an Error, never crashes.
#include "feeds/trackparsers.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto tracks = lookout::feeds::parseAtcfBDeck(bytes, QStringLiteral("fuzz"));
    if (tracks)
        for (const auto &track : *tracks)
            for (const auto &point : track.points)
                for (const auto &radii : point.radii)
                    (void)radii.largestKilometres();
    return 0;
}

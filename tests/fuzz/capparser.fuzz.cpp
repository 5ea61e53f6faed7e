// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// libFuzzer target: the CAP parser (and the index reader) on arbitrary bytes must return a value
// or an Error, never crash, hang or read out of bounds.
#include "feeds/capfeedindex.h"
#include "feeds/capparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto alert = lookout::feeds::parseCapAlert(bytes, QStringLiteral("fuzz"));
    if (alert) {
        // Touch what the registry uses.
        (void)alert->expires();
        (void)alert->severity();
        (void)alert->infoFor(QStringLiteral("zh-CN"));
    }
    (void)lookout::feeds::parseCapIndex(bytes, QStringLiteral("fuzz"));
    return 0;
}

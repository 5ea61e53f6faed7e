// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// libFuzzer target: the FIRMS hotspot reader on arbitrary bytes returns hotspots or an Error.
// One input in sixteen (chosen by its bytes, so a run is reproducible) is also read as a file
// above the reader's two-thread split size (4 MB): its rows repeated after its header. That
// file must read like the small one — as many times the detections, or the same error at the
// same line — so the split path is fuzzed against the one-thread path.
#include "feeds/firmscsv.h"

#include <QCryptographicHash>

#include <cstddef>
#include <cstdint>

namespace {

constexpr qsizetype kSplitBytes = 4 << 20;  // feeds/firmscsv.cpp: files above it read on two threads

void readLarge(const QByteArray &small, const lookout::Result<lookout::feeds::HotspotFile> &once)
{
    const qsizetype headerEnd = small.indexOf('\n') + 1;
    if (headerEnd <= 0 || headerEnd >= small.size() || small.indexOf('"') >= 0)
        return;  // no rows, or quoted fields (which keep the reader on one thread)
    QByteArray rows = small.mid(headerEnd);
    if (!rows.endsWith('\n'))
        rows.append('\n');
    const qsizetype copies = kSplitBytes / rows.size() + 2;
    QByteArray large = small.left(headerEnd);
    large.reserve(headerEnd + copies * rows.size());
    for (qsizetype i = 0; i < copies; ++i)
        large.append(rows);
    const auto many = lookout::feeds::parseFirmsCsv(large, QStringLiteral("fuzz"));
    if (once.ok() != many.ok())
        __builtin_trap();
    if (once.ok() && many->hotspots.size() != once->hotspots.size() * copies)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto file = lookout::feeds::parseFirmsCsv(bytes, QStringLiteral("fuzz"));
    if (file)
        for (const auto &hotspot : file->hotspots)
            (void)lookout::feeds::confidenceName(hotspot.confidence);
    const QByteArray digest = QCryptographicHash::hash(bytes, QCryptographicHash::Md5);
    if (size > 0 && size < 65536 && (quint8(digest.at(0)) & 0x0f) == 0)
        readLarge(bytes, file);
    return 0;
}

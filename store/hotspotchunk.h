// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "feeds/firmscsv.h"

#include <QByteArray>
#include <QList>

#include <utility>
#include <vector>

namespace lookout::store {

// Hotspots are kept in chunks of up to kChunkRows detections, each chunk one row of
// lookout_hotspot_chunks with its time and position bounds and the detections packed in a BLOB:
// a FIRMS file of hundreds of thousands of rows is then a few hundred inserts, and a replay
// reads only the chunks whose time span meets its window. The packing (version "LHS1", little
// endian): row count (u32), base time (i64 Unix s), a table of the chunk's distinct strings
// (instrument, satellite, version; u8 count, each u16 length + UTF-8), then one 40-byte record
// per detection: time after the base (i32 s), lon, lat (i32 micro-degrees), brightness,
// brightness2, frp, scan, track (i32 thousandths; FIRMS publishes two decimals), the three
// string indexes (u8), confidence (u8: 0 low, 1 nominal, 2 high), confidence percent (i8, -1
// none), day (u8), type (i8, -1 none), padding (u8). A chunk spans well under 68 years.
inline constexpr int kChunkRows = 4096;

// Packs detections (at most kChunkRows, at most 255 distinct strings) into one chunk's bytes.
QByteArray packHotspots(const feeds::Hotspot *const *hotspots, qsizetype count);
QByteArray packHotspots(const QList<feeds::Hotspot> &hotspots);
// Unpacks a chunk; Corrupt when the bytes are not a whole chunk of this version.
Result<QList<feeds::Hotspot>> unpackHotspots(const QByteArray &bytes);
// Splits time-sorted detections into chunk-sized runs, as [first, end) index pairs (a new chunk
// also when a run would need more than 255 distinct strings).
std::vector<std::pair<qsizetype, qsizetype>> chunkRanges(const QList<const feeds::Hotspot *> &sortedByTime);

} // namespace lookout::store

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace lookout::feeds {

enum class DataFormat { CapAlert, CapIndex, CmaBestTrack, AtcfBDeck, IbtracsCsv, WztfJson, WztfCsv, FirmsCsv,
                        ChangjiangLevels, WaterThresholds, Sl323Csv, WaterMl1, WaterMl2, UsgsRdb, RainfallGrid,
                        FireWeatherCsv };

// Recognises a payload by its content (the first few KB), never by its file name: feeds are
// renamed, and a server's content type lies. nullopt when it is none of the formats Lookout reads.
std::optional<DataFormat> detectFormat(const QByteArray &bytes);

QString formatName(DataFormat format);
// Typhoon track formats (CMA, ATCF, IBTrACS, 温州台风网) and water formats (levels, thresholds).
bool isTrackFormat(DataFormat format);
bool isWaterFormat(DataFormat format);  // "CAP alert", "IBTrACS CSV", ...
// The inverse of formatName's short ids for --format: "cap", "cap-index", "cma", "atcf",
// "ibtracs", "wztf-json", "wztf-csv", "firms".
std::optional<DataFormat> formatFromId(const QString &id);

} // namespace lookout::feeds

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "feeds/hydrology.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace lookout::feeds {

// SL 323 tables as CSV with the standard's column names, for exchange with the provincial and
// river-basin hydrology databases. Times are written and read as SL 323 keeps them: Beijing time,
// "yyyy-MM-dd HH:mm:ss". Lookout writes the columns it holds (a subset of each table, in the
// standard's order); reading maps columns by name and ignores the others.
QStringList sl323Tables();  // "ST_STBPRP_B", "ST_RIVER_R", "ST_RSVR_R", "ST_PPTN_R", "ST_RVFCCH_B", "ST_RSVRFSR_B"
Result<QByteArray> writeSl323Csv(const QString &table, const HydrologyData &data);
// Reads one table's CSV (which one is given, since headers overlap); rows go into `data`.
// The table whose columns a header line holds (all of them, any order, others ignored): the
// table with the most such columns wins, so ST_RSVR_R's RZ is not read as ST_RIVER_R. Empty when
// the line is not an SL 323 header.
QString sl323TableOfHeader(const QByteArray &headerLine);
Result<void> readSl323Csv(const QString &table, const QByteArray &bytes, const QString &sourceName, HydrologyData &data);

} // namespace lookout::feeds

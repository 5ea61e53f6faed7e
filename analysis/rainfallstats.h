// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "analysis/vocabulary.h"
#include "core/result.h"
#include "gis/rainfallgrid.h"
#include "gis/vectordata.h"

#include <QDateTime>
#include <QList>

namespace lookout::analysis {

// The accumulation over [end - hours, end] from grids on one lattice whose periods lie inside
// the window and together cover it exactly (e.g. six 1-h grids, or two 3-h grids, for 6 h). An
// Error says what is missing or overlapping rather than returning a partial sum. A cell is no
// data when any grid has no data there.
Result<gis::RainfallGrid> accumulate(const QList<gis::RainfallGrid> &grids, const QDateTime &end, int hours);

struct DistrictRainfall {
    QString district;
    int cells = 0;             // grid cells whose centre lies in the district
    bool fromNearestCell = false;  // the district is smaller than a cell: its label point's cell
    double meanMm = 0;         // area-weighted
    double maxMm = 0;
    double shareOver50 = 0;    // of the district's area, 0..1
    double shareOver100 = 0;
    double shareOver250 = 0;
};

// Per-district statistics of a grid: cell centres transformed to WGS-84 (PROJ) and placed in the
// districts' polygons (even-odd over the rings), weighted by cell area (cos latitude for
// geographic grids). A district no cell centre falls in takes the cell under its label point.
Result<QList<DistrictRainfall>> districtRainfall(const gis::RainfallGrid &grid, const gis::VectorData &districts,
                                                 const QString &nameField);

RainstormSignal rainstormSignal(double mm3h, double mm6h, double mm12h);
QString rainstormSignalName(RainstormSignal signal);

} // namespace lookout::analysis

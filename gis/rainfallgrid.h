// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <vector>

namespace lookout::gis {

// A rainfall grid as Lookout computes with it: amounts in millimetres over a stated period,
// cells in the file's own CRS. Plain value, any thread.
struct RainfallGrid {
    QString source;
    QString variable;           // "APCP06", "precipitation"...
    QDateTime periodStart;      // UTC: the accumulation is over [periodStart, validTime]
    QDateTime validTime;        // UTC
    int width = 0;
    int height = 0;
    std::array<double, 6> geoTransform{};  // GDAL's: x0, dx, rx, y0, ry, dy
    QString crsWkt;
    std::vector<float> millimetres;        // row-major, NaN where the file has no data

    double hours() const { return periodStart.secsTo(validTime) / 3600.0; }
    float at(int column, int row) const { return millimetres[std::size_t(row) * std::size_t(width) + std::size_t(column)]; }
};

// One band (GRIB message, NetCDF variable) that looks like a rainfall accumulation.
struct RainfallBand {
    int band = 0;               // GDAL band number in `subdataset` (or the file)
    QString subdataset;         // NetCDF: "NETCDF:file:variable"; empty for GRIB/GeoTIFF
    QString variable;
    QString description;
};

// The bands of a GRIB2, NetCDF or GeoTIFF file that hold a rainfall accumulation (GRIB total
// precipitation, discipline 0 / category 1 / number 8, whatever GDAL names it; or a CF
// `precipitation_amount`/`lwe_thickness_of_precipitation_amount` variable). The other GRIB
// messages, centre-local parameters included, are listed in `skipped` when it is given.
Result<QList<RainfallBand>> findRainfallBands(const QString &path, QStringList *skipped = nullptr);

// A GRIB2 statistical period as the product definition states it (templates 4.8, 4.11, 4.12):
// the end of the overall time interval and the length of its one time range, for a process of
// accumulation (code table 4.10 value 1). `values` are GDAL's GRIB_PDS_TEMPLATE_ASSEMBLED_VALUES.
struct GribAccumulation {
    QDateTime start;  // UTC
    QDateTime end;    // UTC
};
Result<GribAccumulation> gribAccumulation(int productTemplate, const QList<qint64> &values);

// Reads one band as millimetres over its period. The valid time, the accumulation period and
// the units come from the file's metadata — GRIB2: the product definition template (4.8 and
// kin, see gribAccumulation; the APCPnn element's hours only when there is none), GRIB_UNIT kg/m²; NetCDF/CF: the variable's units, its scale_factor/add_offset/_FillValue, and
// a valid_time/start_time pair or time/time_bnds; GeoTIFF: LOOKOUT_VALID_TIME and
// LOOKOUT_PERIOD_HOURS metadata items. When any of them cannot be found the read fails with an
// Error saying which — a rainfall amount without its period is not used. GRIB2 that GDAL 3.6
// cannot decode (CCSDS packing, template 5.42) is read with ecCodes (gribeccodes.h).
Result<RainfallGrid> readRainfallGrid(const QString &path, const RainfallBand &band);

} // namespace lookout::gis

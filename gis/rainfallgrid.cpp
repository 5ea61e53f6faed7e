// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "gis/rainfallgrid.h"

#include "gis/gdalerrorcapture.h"
#include "gis/gribeccodes.h"

#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>

#include <gdal_priv.h>

#include <cmath>

namespace lookout::gis {

namespace {

QString item(GDALMajorObject *object, const char *key, const char *domain = nullptr)
{
    const char *value = object->GetMetadataItem(key, domain);
    return value ? QString::fromUtf8(value) : QString();
}

Error gridError(Error::Code code, const QString &path, const QString &message)
{
    return makeError(code, QStringLiteral("rainfall grid: %1").arg(message), {path});
}

QDateTime epochSeconds(const QString &text)
{
    bool ok = false;
    const qint64 seconds = text.trimmed().toLongLong(&ok);
    return ok ? QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()) : QDateTime();
}

// Millimetres per unit of the file: kg/m² of water is a millimetre.
std::optional<double> toMillimetres(QString unit)
{
    unit = unit.trimmed().remove(QLatin1Char('[')).remove(QLatin1Char(']')).toLower();
    if (unit == QLatin1String("kg/(m^2)") || unit == QLatin1String("kg m-2") || unit == QLatin1String("kg m**-2")
        || unit == QLatin1String("kg/m2") || unit == QLatin1String("mm"))
        return 1.0;
    if (unit == QLatin1String("m"))
        return 1000.0;
    return std::nullopt;
}

bool isRainfallVariable(const QString &standardName)
{
    return standardName == QLatin1String("precipitation_amount") || standardName == QLatin1String("lwe_thickness_of_precipitation_amount");
}

// A scalar numeric NetCDF variable through GDAL's multidimensional API (valid_time, start_time).
std::optional<double> scalarVariable(const QString &path, const char *name)
{
    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_MULTIDIM_RASTER));
    if (!dataset)
        return std::nullopt;
    auto group = dataset->GetRootGroup();
    auto array = group ? group->OpenMDArray(name) : nullptr;
    if (!array || array->GetDimensionCount() != 0)
        return std::nullopt;
    double value = 0;
    if (!array->Read(nullptr, nullptr, nullptr, nullptr, GDALExtendedDataType::Create(GDT_Float64), &value))
        return std::nullopt;
    // CF time units: "seconds since 1970-01-01 00:00:00" is what the radar products write.
    const auto units = array->GetAttribute("units");
    const QString text = units ? QString::fromUtf8(units->ReadAsString()) : QString();
    if (!text.startsWith(QLatin1String("seconds since 1970-01-01")))
        return std::nullopt;
    return value;
}

// The data representation template of the first GRIB2 message (section 5, octets 10-11), or -1.
// GDAL 3.6's GRIB driver does not know template 5.42 (CCSDS), and says so only on stderr.
int grib2PackingTemplate(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray head = file.read(64 * 1024);
    const qsizetype start = head.indexOf("GRIB");
    if (start < 0 || head.size() < start + 16 || quint8(head[start + 7]) != 2)
        return -1;
    qsizetype at = start + 16;  // section 0 is 16 octets in edition 2
    auto u32 = [&](qsizetype i) {
        return (quint32(quint8(head[i])) << 24) | (quint32(quint8(head[i + 1])) << 16) | (quint32(quint8(head[i + 2])) << 8) | quint8(head[i + 3]);
    };
    while (at + 11 < head.size()) {
        const quint32 length = u32(at);
        const int section = quint8(head[at + 4]);
        if (length < 5)
            return -1;
        if (section == 5)
            return (quint8(head[at + 9]) << 8) | quint8(head[at + 10]);
        at += length;
    }
    return -1;
}

// GRIB2 product definition templates with a statistical process over a time range: 4.8 (one
// field), 4.11 (an ensemble member: three octets more before the end time), 4.12 (a derived
// ensemble forecast: two more). Offsets into GDAL's GRIB_PDS_TEMPLATE_ASSEMBLED_VALUES.
std::optional<int> endTimeOffset(int template_)
{
    switch (template_) {
    case 8: return 15;
    case 11: return 18;
    case 12: return 17;
    default: return std::nullopt;
    }
}

// Seconds in a unit of code table 4.4, or 0 for one a length cannot be counted in.
qint64 secondsPerUnit(int unit)
{
    switch (unit) {
    case 0: return 60;
    case 1: return 3600;
    case 2: return 86400;
    case 10: return 3 * 3600;
    case 11: return 6 * 3600;
    case 12: return 12 * 3600;
    case 13: return 1;
    default: return 0;  // months, years, decades: not a fixed length
    }
}

QList<qint64> assembledValues(GDALRasterBand *band)
{
    QList<qint64> values;
    for (const QString &text : item(band, "GRIB_PDS_TEMPLATE_ASSEMBLED_VALUES").split(QLatin1Char(' '), Qt::SkipEmptyParts))
        values.append(text.toLongLong());
    return values;
}

// Discipline 0 (meteorological), category 1 (moisture), number 8: total precipitation, whatever
// name GDAL's tables give it (APCP, APCP06, or a centre's own).
bool isTotalPrecipitation(GDALRasterBand *band)
{
    const QList<qint64> values = assembledValues(band);
    return item(band, "GRIB_DISCIPLINE").startsWith(QLatin1Char('0')) && values.size() > 2 && values[0] == 1 && values[1] == 8;
}

} // namespace

Result<GribAccumulation> gribAccumulation(int productTemplate, const QList<qint64> &values)
{
    const auto offset = endTimeOffset(productTemplate);
    if (!offset)
        return makeError(Error::Code::InvalidArgument,
                         QStringLiteral("product definition template 4.%1 states no statistical period (4.8, 4.11 or 4.12 does)").arg(productTemplate));
    const int at = *offset;
    if (values.size() < at + 12)
        return makeError(Error::Code::Corrupt, QStringLiteral("product definition template 4.%1 is cut short (%2 values)").arg(productTemplate).arg(values.size()));
    const QDate date{int(values[at]), int(values[at + 1]), int(values[at + 2])};
    const QTime time{int(values[at + 3]), int(values[at + 4]), int(values[at + 5])};
    if (!date.isValid() || !time.isValid())
        return makeError(Error::Code::Corrupt, QStringLiteral("the end of the statistical period is not a time"));
    const qint64 ranges = values[at + 6];
    if (ranges != 1)
        return makeError(Error::Code::Unsupported, QStringLiteral("%1 time ranges in the product definition: only one is read").arg(ranges));
    const qint64 process = values[at + 8];
    if (process != 1)
        return makeError(Error::Code::InvalidArgument,
                         QStringLiteral("statistical process %1 is not an accumulation (code table 4.10: 1)").arg(process));
    const qint64 unit = secondsPerUnit(int(values[at + 10]));
    const qint64 length = values[at + 11];
    if (unit == 0 || length <= 0)
        return makeError(Error::Code::Unsupported, QStringLiteral("the accumulation's length (%1 in unit %2 of code table 4.4) is not a fixed time")
                                                       .arg(length).arg(values[at + 10]));
    GribAccumulation accumulation;
    accumulation.end = QDateTime(date, time, QTimeZone::utc());
    accumulation.start = accumulation.end.addSecs(-length * unit);
    return accumulation;
}

Result<QList<RainfallBand>> findRainfallBands(const QString &path, QStringList *skipped)
{
    ensureGdalRegistered();
    GdalErrorCapture capture;
    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    if (!dataset) {
        if (grib2PackingTemplate(path) == 42) {
            // CCSDS packing (current ECMWF open data): GDAL 3.6 cannot, ecCodes can.
            auto messages = readGribWithEccodes(path);
            if (!messages)
                return messages.error();
            QList<RainfallBand> bands;
            QStringList others;
            for (const GribMessage &message : *messages) {
                if (rainfallFromGribMessage(message, path))
                    bands.append(RainfallBand{message.index, QStringLiteral("ECCODES:%1").arg(message.index),
                                              message.shortName, QStringLiteral("%1 %2 h").arg(message.shortName, message.stepRange)});
                else
                    others.append(QStringLiteral("%1 (%2, step %3)").arg(message.shortName, message.units, message.stepRange));
            }
            if (bands.isEmpty())
                return gridError(Error::Code::NotFound, path,
                                 QStringLiteral("no precipitation accumulation over a stated period; the file holds %1").arg(others.join(QStringLiteral(", "))));
            return bands;
        }
        return gridError(Error::Code::Corrupt, path, QStringLiteral("not a raster GDAL can read (%1)").arg(capture.lastMessage()));
    }
    QList<RainfallBand> bands;
    // NetCDF: the rainfall variables are subdatasets (or the file itself when there is one).
    const char *const *subdatasets = dataset->GetMetadata("SUBDATASETS");
    for (int i = 0; subdatasets && subdatasets[i]; ++i) {
        const QString entry = QString::fromUtf8(subdatasets[i]);
        if (!entry.contains(QLatin1String("_NAME=")))
            continue;
        const QString name = entry.section(QLatin1Char('='), 1);
        GDALDatasetUniquePtr sub(GDALDataset::Open(name.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
        if (!sub || sub->GetRasterCount() < 1)
            continue;
        GDALRasterBand *band = sub->GetRasterBand(1);
        const QString variable = item(band, "NETCDF_VARNAME");
        if (isRainfallVariable(item(band, "standard_name")))
            bands.append(RainfallBand{1, name, variable, item(band, "long_name")});
    }
    const bool fromSubdatasets = !bands.isEmpty();
    for (int b = 1; !fromSubdatasets && b <= dataset->GetRasterCount(); ++b) {
        GDALRasterBand *band = dataset->GetRasterBand(b);
        const QString element = item(band, "GRIB_ELEMENT");
        if (element.startsWith(QLatin1String("APCP")) || (!element.isEmpty() && isTotalPrecipitation(band))
            || isRainfallVariable(item(band, "standard_name")))
            bands.append(RainfallBand{b, QString(), element.isEmpty() ? item(band, "NETCDF_VARNAME") : element, item(band, "GRIB_COMMENT")});
        else if (!item(band, "LOOKOUT_VALID_TIME").isEmpty())
            bands.append(RainfallBand{b, QString(), QStringLiteral("band %1").arg(b), QString::fromUtf8(band->GetDescription())});
        else if (skipped && !element.isEmpty())
            // Another GRIB parameter (temperature, a centre-local one GDAL calls "unknown"): not
            // rainfall, said once, never a failure of the file.
            skipped->append(QStringLiteral("GRIB message %1: %2 (%3) is not a rainfall accumulation; skipped")
                                .arg(b).arg(element, item(band, "GRIB_COMMENT").isEmpty() ? QStringLiteral("no description") : item(band, "GRIB_COMMENT")));
    }
    if (bands.isEmpty())
        return gridError(Error::Code::NotFound, path,
                         QStringLiteral("no rainfall accumulation in the file (GRIB APCP, CF precipitation_amount, or a GeoTIFF with LOOKOUT_VALID_TIME)"));
    return bands;
}

Result<RainfallGrid> readRainfallGrid(const QString &path, const RainfallBand &wanted)
{
    if (wanted.subdataset.startsWith(QLatin1String("ECCODES:"))) {
        auto messages = readGribWithEccodes(path);
        if (!messages)
            return messages.error();
        const int index = wanted.subdataset.section(QLatin1Char(':'), 1).toInt();
        if (index < 1 || index > messages->size())
            return gridError(Error::Code::InvalidArgument, path, QStringLiteral("no GRIB message %1").arg(index));
        return rainfallFromGribMessage(messages->at(index - 1), path);
    }
    ensureGdalRegistered();
    GdalErrorCapture capture;
    const QString open = wanted.subdataset.isEmpty() ? path : wanted.subdataset;
    GDALDatasetUniquePtr dataset(GDALDataset::Open(open.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    if (!dataset)
        return gridError(Error::Code::Corrupt, path, QStringLiteral("cannot open (%1)").arg(capture.lastMessage()));
    if (wanted.band < 1 || wanted.band > dataset->GetRasterCount())
        return gridError(Error::Code::InvalidArgument, path, QStringLiteral("no band %1").arg(wanted.band));
    GDALRasterBand *band = dataset->GetRasterBand(wanted.band);

    RainfallGrid grid;
    grid.source = path;
    grid.variable = wanted.variable;
    std::optional<double> factor;
    double hours = 0;
    const QString element = item(band, "GRIB_ELEMENT");
    if (!element.isEmpty()) {
        // GRIB2: the period from the product definition (template 4.8: the end of the interval
        // and its length), as every centre writes it; NCEP's APCPnn name only where the message
        // has no statistical template GDAL exposes.
        grid.validTime = epochSeconds(item(band, "GRIB_VALID_TIME"));
        const QString pdtn = item(band, "GRIB_PDS_PDTN");
        static const QRegularExpression apcp(QStringLiteral("^APCP(\\d+)$"));
        const auto match = apcp.match(element);
        if (!pdtn.isEmpty() && endTimeOffset(pdtn.toInt())) {
            auto accumulation = gribAccumulation(pdtn.toInt(), assembledValues(band));
            if (!accumulation)
                return gridError(accumulation.error().code, path, QStringLiteral("message %1 (%2): %3").arg(wanted.band).arg(element, accumulation.error().message));
            grid.validTime = accumulation->end;
            grid.periodStart = accumulation->start;
            hours = grid.hours();
        } else if (match.hasMatch()) {
            hours = match.captured(1).toDouble();
        } else {
            return gridError(Error::Code::InvalidArgument, path,
                             QStringLiteral("%1 states no accumulation period (product definition template 4.%2, not 4.8)")
                                 .arg(element, pdtn.isEmpty() ? QStringLiteral("?") : pdtn));
        }
        factor = toMillimetres(item(band, "GRIB_UNIT"));
        if (!factor)
            return gridError(Error::Code::Unsupported, path, QStringLiteral("unit '%1' is not a rainfall amount").arg(item(band, "GRIB_UNIT")));
    } else if (!item(band, "NETCDF_VARNAME").isEmpty()) {
        // CF: units on the variable; the period from valid_time/start_time scalars.
        factor = toMillimetres(item(band, "units"));
        if (!factor)
            return gridError(Error::Code::Unsupported, path, QStringLiteral("unit '%1' is not a rainfall amount").arg(item(band, "units")));
        const auto valid = scalarVariable(path, "valid_time");
        const auto start = scalarVariable(path, "start_time");
        if (!valid || !start)
            return gridError(Error::Code::NotFound, path, QStringLiteral("no valid_time/start_time (seconds since 1970) in the file: the period is unknown"));
        grid.validTime = QDateTime::fromSecsSinceEpoch(qint64(*valid), QTimeZone::utc());
        grid.periodStart = QDateTime::fromSecsSinceEpoch(qint64(*start), QTimeZone::utc());
        hours = grid.hours();
    } else {
        // GeoTIFF: Lookout's own metadata items, written when a grid is exported.
        grid.validTime = QDateTime::fromString(item(band, "LOOKOUT_VALID_TIME").isEmpty() ? item(dataset.get(), "LOOKOUT_VALID_TIME")
                                                                                          : item(band, "LOOKOUT_VALID_TIME"),
                                               Qt::ISODate).toUTC();
        hours = (item(band, "LOOKOUT_PERIOD_HOURS").isEmpty() ? item(dataset.get(), "LOOKOUT_PERIOD_HOURS")
                                                              : item(band, "LOOKOUT_PERIOD_HOURS")).toDouble();
        factor = toMillimetres(QString::fromUtf8(band->GetUnitType()).isEmpty() ? QStringLiteral("mm") : QString::fromUtf8(band->GetUnitType()));
        if (!grid.validTime.isValid() || hours <= 0)
            return gridError(Error::Code::NotFound, path,
                             QStringLiteral("no valid time or accumulation period in the file's metadata (LOOKOUT_VALID_TIME, LOOKOUT_PERIOD_HOURS)"));
        if (!factor)
            return gridError(Error::Code::Unsupported, path, QStringLiteral("unit '%1' is not a rainfall amount").arg(QString::fromUtf8(band->GetUnitType())));
    }
    if (!grid.validTime.isValid() || hours <= 0)
        return gridError(Error::Code::NotFound, path, QStringLiteral("the valid time or accumulation period is missing from the metadata"));
    if (!grid.periodStart.isValid())
        grid.periodStart = grid.validTime.addSecs(qint64(-hours * 3600));

    grid.width = band->GetXSize();
    grid.height = band->GetYSize();
    if (dataset->GetGeoTransform(grid.geoTransform.data()) != CE_None)
        return gridError(Error::Code::Corrupt, path, QStringLiteral("no georeferencing"));
    if (const OGRSpatialReference *crs = dataset->GetSpatialRef()) {
        char *wkt = nullptr;
        crs->exportToWkt(&wkt);
        grid.crsWkt = QString::fromUtf8(wkt);
        CPLFree(wkt);
    }
    grid.millimetres.resize(std::size_t(grid.width) * std::size_t(grid.height));
    if (band->RasterIO(GF_Read, 0, 0, grid.width, grid.height, grid.millimetres.data(), grid.width, grid.height, GDT_Float32, 0, 0) != CE_None)
        return gridError(Error::Code::Corrupt, path, QStringLiteral("the cells cannot be read (%1)").arg(capture.lastMessage()));
    // Raw counts to amounts: the file's scale/offset (CF scale_factor/add_offset), its no-data
    // value, and the unit factor; negative amounts are no data too.
    int hasNoData = 0;
    const double noData = band->GetNoDataValue(&hasNoData);
    const double scale = band->GetScale();
    const double offset = band->GetOffset();
    for (float &cell : grid.millimetres) {
        if ((hasNoData && double(cell) == noData) || !std::isfinite(cell)) {
            cell = std::nanf("");
            continue;
        }
        const double amount = (double(cell) * scale + offset) * *factor;
        cell = amount < 0 ? std::nanf("") : float(amount);
    }
    return grid;
}

} // namespace lookout::gis

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "gis/gribeccodes.h"

#include <QTimeZone>

#include <eccodes.h>

#include <cmath>
#include <cstdio>
#include <memory>

namespace lookout::gis {

namespace {

QString stringKey(codes_handle *handle, const char *key)
{
    char buffer[256] = {};
    size_t length = sizeof buffer;
    return codes_get_string(handle, key, buffer, &length) == 0 ? QString::fromUtf8(buffer) : QString();
}

long longKey(codes_handle *handle, const char *key)
{
    long value = 0;
    return codes_get_long(handle, key, &value) == 0 ? value : 0;
}

double doubleKey(codes_handle *handle, const char *key)
{
    double value = qQNaN();
    codes_get_double(handle, key, &value);
    return value;
}

const char *wgs84Wkt()
{
    return "GEOGCRS[\"WGS 84\",DATUM[\"World Geodetic System 1984\",ELLIPSOID[\"WGS 84\",6378137,298.257223563]],"
           "CS[ellipsoidal,2],AXIS[\"longitude\",east],AXIS[\"latitude\",north],ANGLEUNIT[\"degree\",0.0174532925199433],"
           "ID[\"EPSG\",4326]]";
}

} // namespace

Result<QList<GribMessage>> readGribWithEccodes(const QString &path)
{
    std::unique_ptr<FILE, int (*)(FILE *)> file(std::fopen(path.toLocal8Bit().constData(), "rb"), &std::fclose);
    if (!file)
        return makeError(Error::Code::NotFound, QStringLiteral("GRIB: cannot open the file"), {path});
    QList<GribMessage> messages;
    int error = 0;
    while (true) {
        codes_handle *handle = codes_handle_new_from_file(nullptr, file.get(), PRODUCT_GRIB, &error);
        if (!handle)
            break;
        std::unique_ptr<codes_handle, int (*)(codes_handle *)> owned(handle, &codes_handle_delete);
        GribMessage message;
        message.index = int(messages.size()) + 1;
        message.shortName = stringKey(handle, "shortName");
        message.units = stringKey(handle, "units");
        message.packingType = stringKey(handle, "packingType");
        message.stepRange = stringKey(handle, "stepRange");
        const long date = longKey(handle, "dataDate");
        const long time = longKey(handle, "dataTime");
        message.referenceTime = QDateTime(QDate(int(date / 10000), int(date / 100 % 100), int(date % 100)),
                                          QTime(int(time / 100), int(time % 100)), QTimeZone::utc());
        message.ni = longKey(handle, "Ni");
        message.nj = longKey(handle, "Nj");
        message.firstLat = doubleKey(handle, "latitudeOfFirstGridPointInDegrees");
        message.firstLon = doubleKey(handle, "longitudeOfFirstGridPointInDegrees");
        message.dLon = doubleKey(handle, "iDirectionIncrementInDegrees");
        message.dLat = doubleKey(handle, "jDirectionIncrementInDegrees");
        if (stringKey(handle, "gridType") != QLatin1String("regular_ll"))
            return makeError(Error::Code::Unsupported, QStringLiteral("GRIB message %1: grid type %2 is not a regular lat/lon grid")
                                                           .arg(message.index).arg(stringKey(handle, "gridType")), {path});
        size_t size = 0;
        if (codes_get_size(handle, "values", &size) != 0 || size != size_t(message.ni) * size_t(message.nj))
            return makeError(Error::Code::Corrupt, QStringLiteral("GRIB message %1: the values do not fill the %2 x %3 grid")
                                                       .arg(message.index).arg(message.ni).arg(message.nj), {path});
        message.values.resize(size);
        const int decoded = codes_get_double_array(handle, "values", message.values.data(), &size);
        if (decoded != 0)
            return makeError(Error::Code::Corrupt, QStringLiteral("GRIB message %1 does not decode: %2")
                                                       .arg(message.index).arg(QString::fromUtf8(codes_get_error_message(decoded))), {path});
        const double missing = doubleKey(handle, "missingValue");
        if (longKey(handle, "bitmapPresent"))
            for (double &value : message.values)
                if (value == missing)
                    value = qQNaN();
        messages.append(std::move(message));
    }
    if (error != 0 && messages.isEmpty())
        return makeError(Error::Code::Corrupt, QStringLiteral("GRIB: %1").arg(QString::fromUtf8(codes_get_error_message(error))), {path});
    if (messages.isEmpty())
        return makeError(Error::Code::Empty, QStringLiteral("GRIB: no message in the file"), {path});
    return messages;
}

Result<RainfallGrid> rainfallFromGribMessage(const GribMessage &message, const QString &path)
{
    const QStringList range = message.stepRange.split(QLatin1Char('-'));
    if (message.shortName != QLatin1String("tp") || range.size() != 2)
        return makeError(Error::Code::NotFound,
                         QStringLiteral("GRIB message %1 (%2, %3, step %4) is not a precipitation accumulation over a stated period")
                             .arg(message.index).arg(message.shortName, message.units, message.stepRange), {path});
    const double factor = message.units == QLatin1String("m") ? 1000.0 : 1.0;
    RainfallGrid grid;
    grid.source = path;
    grid.variable = QStringLiteral("tp %1 h").arg(message.stepRange);
    grid.periodStart = message.referenceTime.addSecs(qint64(range[0].toDouble() * 3600));
    grid.validTime = message.referenceTime.addSecs(qint64(range[1].toDouble() * 3600));
    grid.width = int(message.ni);
    grid.height = int(message.nj);
    // ECMWF starts at 180°E and wraps: the same lattice from -180°, which the rest of Lookout expects.
    const double west = message.firstLon >= 180 ? message.firstLon - 360 : message.firstLon;
    grid.geoTransform = {west - message.dLon / 2, message.dLon, 0, message.firstLat + message.dLat / 2, 0, -message.dLat};
    grid.crsWkt = QString::fromLatin1(wgs84Wkt());
    grid.millimetres.reserve(message.values.size());
    for (double value : message.values)
        grid.millimetres.push_back(std::isfinite(value) && value >= 0 ? float(value * factor) : std::nanf(""));
    return grid;
}

} // namespace lookout::gis

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "gis/vectorsource.h"

#include "gis/coordinatetransform.h"
#include "gis/gcj02.h"
#include "gis/gdalerrorcapture.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <atomic>
#include <cmath>

namespace lookout::gis {

namespace {

QString crsIdentifier(const OGRSpatialReference *srs)
{
    if (!srs)
        return {};
    OGRSpatialReference copy(*srs);
    copy.AutoIdentifyEPSG();
    const char *authority = copy.GetAuthorityName(nullptr);
    const char *code = copy.GetAuthorityCode(nullptr);
    if (authority && code)
        return QString::fromUtf8(authority) + QLatin1Char(':') + QString::fromUtf8(code);
    char *wkt = nullptr;
    copy.exportToWkt(&wkt);
    const QString text = QString::fromUtf8(wkt ? wkt : "");
    CPLFree(wkt);
    return text;
}

QVariant fieldValue(OGRFeature &feature, int index)
{
    if (!feature.IsFieldSetAndNotNull(index))
        return {};
    const OGRFieldDefn *definition = feature.GetFieldDefnRef(index);
    switch (definition->GetType()) {
    case OFTInteger: return feature.GetFieldAsInteger(index);
    case OFTInteger64: return qlonglong(feature.GetFieldAsInteger64(index));
    case OFTReal: return feature.GetFieldAsDouble(index);
    default: return QString::fromUtf8(feature.GetFieldAsString(index));
    }
}

void appendRing(const OGRLineString &line, std::vector<std::vector<GeoPoint>> &parts)
{
    std::vector<GeoPoint> points;
    points.reserve(std::size_t(line.getNumPoints()));
    for (int i = 0; i < line.getNumPoints(); ++i)
        points.push_back(GeoPoint{line.getX(i), line.getY(i)});
    if (!points.empty())
        parts.push_back(std::move(points));
}

// Flattens any OGR geometry into our parts; returns false for an empty or unknown geometry.
bool collectGeometry(const OGRGeometry &geometry, VectorFeature &feature)
{
    switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbPoint: {
        const auto &point = *geometry.toPoint();
        if (point.IsEmpty())
            return false;
        feature.kind = GeometryKind::Point;
        feature.parts.push_back({GeoPoint{point.getX(), point.getY()}});
        return true;
    }
    case wkbLineString:
        feature.kind = GeometryKind::Line;
        appendRing(*geometry.toLineString(), feature.parts);
        return !feature.parts.empty();
    case wkbPolygon: {
        feature.kind = GeometryKind::Polygon;
        const std::size_t before = feature.parts.size();
        for (const OGRLinearRing *ring : *geometry.toPolygon())
            appendRing(*ring, feature.parts);
        if (feature.parts.size() == before)
            return false;
        feature.polygonRingCounts.push_back(std::uint32_t(feature.parts.size() - before));
        return true;
    }
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection: {
        bool any = false;
        for (const OGRGeometry *member : *geometry.toGeometryCollection())
            any = collectGeometry(*member, feature) || any;
        return any;
    }
    default:
        if (geometry.hasCurveGeometry()) {
            std::unique_ptr<OGRGeometry> linear(geometry.getLinearGeometry());
            return linear && collectGeometry(*linear, feature);
        }
        return false;
    }
}

} // namespace

Result<QStringList> vectorLayerNames(const QString &path)
{
    ensureGdalRegistered();
    GdalErrorCapture capture;
    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!dataset)
        return makeError(Error::Code::Corrupt, QStringLiteral("not a readable vector dataset"),
                         {path, capture.lastMessage()});
    QStringList names;
    for (OGRLayer *layer : dataset->GetLayers())
        names.append(QString::fromUtf8(layer->GetName()));
    return names;
}

Result<VectorData> readVectorFile(const QString &path, const VectorReadOptions &options)
{
    ensureGdalRegistered();
    const QFileInfo info(path);
    if (!path.startsWith(QStringLiteral("/vsi")) && !path.startsWith(QStringLiteral("PG:"))) {  // a file, not a server
        if (!info.exists())
            return makeError(Error::Code::NotFound, QStringLiteral("file not found"), {path});
        if (info.size() == 0)
            return makeError(Error::Code::Empty, QStringLiteral("file is empty (0 bytes)"), {path});
    }

    GdalErrorCapture capture;
    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!dataset)
        return makeError(Error::Code::Corrupt, QStringLiteral("cannot read vector data"),
                         {path, capture.lastMessage().isEmpty() ? QStringLiteral("no GDAL driver recognises it")
                                                                : capture.lastMessage()});
    OGRLayer *layer = options.layerName.isEmpty() ? dataset->GetLayer(0)
                                                  : dataset->GetLayerByName(options.layerName.toUtf8().constData());
    if (!layer)
        return makeError(options.layerName.isEmpty() ? Error::Code::Empty : Error::Code::NotFound,
                         options.layerName.isEmpty() ? QStringLiteral("dataset has no layer")
                                                     : QStringLiteral("no such layer"),
                         {path, options.layerName});

    VectorData data;
    data.sourcePath = path;
    data.layerName = QString::fromUtf8(layer->GetName());
    const QString fileCrs = crsIdentifier(layer->GetSpatialRef());
    if (!options.declaredCrs.isEmpty()) {
        data.crs = options.declaredCrs;
        data.crsFromFile = false;
        // Declaring GCJ-02 only makes sense for geographic lon/lat data.
        if (options.declaredCrs == kGcj02 && !fileCrs.isEmpty() && fileCrs != kWgs84
            && fileCrs != QStringLiteral("OGC:CRS84") && fileCrs != kCgcs2000)
            return makeError(Error::Code::InvalidArgument,
                             QStringLiteral("declared GCJ-02 but the file says it is in another CRS"),
                             {path, fileCrs});
    } else if (fileCrs.isEmpty()) {
        return makeError(Error::Code::Unsupported, QStringLiteral("the file has no CRS; declare the source CRS"), {path});
    } else {
        data.crs = fileCrs == QStringLiteral("OGC:CRS84") ? kWgs84 : fileCrs;
        data.crsFromFile = true;
    }

    const OGRFeatureDefn *definition = layer->GetLayerDefn();
    for (int i = 0; i < definition->GetFieldCount(); ++i)
        data.fieldNames.append(QString::fromUtf8(definition->GetFieldDefn(i)->GetNameRef()));

    layer->ResetReading();
    for (auto &feature : *layer) {
        VectorFeature out;
        out.id = feature->GetFID();
        for (int i = 0; i < data.fieldNames.size(); ++i)
            out.attributes.insert(data.fieldNames.at(i), fieldValue(*feature, i));
        const OGRGeometry *geometry = feature->GetGeometryRef();
        if (!geometry || !collectGeometry(*geometry, out))
            continue;  // attribute-only rows are not map features
        for (const auto &part : out.parts)
            for (const GeoPoint &point : part)
                if (!std::isfinite(point.lon) || !std::isfinite(point.lat))
                    return makeError(Error::Code::Corrupt, QStringLiteral("non-finite coordinate"),
                                     {path, QStringLiteral("feature %1").arg(out.id)});
        out.labelPoint = labelPointFor(out);
        data.features.push_back(std::move(out));
    }
    if (!capture.messages().isEmpty() && data.features.empty())
        return makeError(Error::Code::Corrupt, QStringLiteral("cannot read features"), {path, capture.lastMessage()});
    if (data.features.empty())
        return makeError(Error::Code::Empty, QStringLiteral("layer has no features with geometry"),
                         {path, data.layerName});
    data.recomputeBounds();
    return data;
}

Result<VectorData> readVectorBytes(const QByteArray &bytes, const QString &name, const VectorReadOptions &options)
{
    ensureGdalRegistered();
    if (bytes.isEmpty())
        return makeError(Error::Code::Empty, QStringLiteral("no bytes to read"), {name});
    static std::atomic<int> counter{0};
    const QByteArray path = QStringLiteral("/vsimem/lookout/%1/%2").arg(++counter).arg(name).toUtf8();
    // GDAL reads the QByteArray's buffer in place; it outlives the read.
    VSILFILE *file = VSIFileFromMemBuffer(path.constData(), reinterpret_cast<GByte *>(const_cast<char *>(bytes.constData())),
                                          vsi_l_offset(bytes.size()), FALSE);
    if (!file)
        return makeError(Error::Code::Internal, QStringLiteral("cannot map bytes into GDAL's memory file system"), {name});
    VSIFCloseL(file);
    auto data = readVectorFile(QString::fromUtf8(path), options);
    VSIUnlink(path.constData());
    if (!data)
        return makeError(data.error().code, data.error().message, QStringList{name} + data.error().context.mid(1));
    data->sourcePath = name;
    return data;
}

Result<VectorData> convertToWgs84(VectorData data)
{
    if (data.crs == kWgs84)
        return data;
    if (data.crs == kGcj02) {
        data.transformPoints(gcj02ToWgs84);
        data.crs = kWgs84;
        return data;
    }
    auto transform = CoordinateTransform::create(data.crs, kWgs84);
    if (!transform)
        return Error(transform.error()).withContext(data.sourcePath);
    bool failed = false;
    data.transformPoints([&](GeoPoint point) {
        auto converted = transform->transform(point);
        if (!converted) {
            failed = true;
            return point;
        }
        return *converted;
    });
    if (failed)
        return makeError(Error::Code::Projection, QStringLiteral("some coordinates cannot be converted to WGS-84"),
                         {data.sourcePath, data.crs});
    data.crs = kWgs84;
    return data;
}

} // namespace lookout::gis

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "gis/rainfalllayer.h"

#include "gis/gdalerrorcapture.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QPainter>

#include <gdal_priv.h>
#include <gdalwarper.h>
#include <ogr_spatialref.h>

#include <cmath>

namespace lookout::gis {

namespace {

Error warpError(const QString &message)
{
    return makeError(Error::Code::Io, QStringLiteral("rainfall warp: %1").arg(message));
}

// An in-memory GDAL dataset over a float buffer (no copy).
GDALDatasetUniquePtr memoryDataset(float *cells, int width, int height, const double *transform, const QByteArray &wkt)
{
    GDALDriver *mem = GetGDALDriverManager()->GetDriverByName("MEM");
    if (!mem)
        return nullptr;
    GDALDatasetUniquePtr dataset(mem->Create("", width, height, 0, GDT_Float32, nullptr));
    if (!dataset)
        return nullptr;
    const QByteArray pointer = QByteArray("DATAPOINTER=") + QByteArray::number(quintptr(cells));
    char *options[] = {const_cast<char *>(pointer.constData()), nullptr};
    if (dataset->AddBand(GDT_Float32, options) != CE_None)
        return nullptr;
    dataset->SetGeoTransform(const_cast<double *>(transform));
    dataset->SetProjection(wkt.constData());
    dataset->GetRasterBand(1)->SetNoDataValue(std::nan(""));
    return dataset;
}

QByteArray wktOf(const QString &crs)
{
    OGRSpatialReference srs;
    if (srs.SetFromUserInput(crs.toUtf8().constData()) != OGRERR_NONE)
        return {};
    char *text = nullptr;
    srs.exportToWkt(&text);
    QByteArray wkt(text);
    CPLFree(text);
    return wkt;
}

Result<QImage> cachedImage(RainfallLayer::ImageCache &cache, const QString &crs, const GeoBox &extent, QSize size)
{
    const QString key = QStringLiteral("%1|%2,%3,%4,%5|%6x%7").arg(crs).arg(extent.xMin, 0, 'g', 12).arg(extent.yMin, 0, 'g', 12)
                            .arg(extent.xMax, 0, 'g', 12).arg(extent.yMax, 0, 'g', 12).arg(size.width()).arg(size.height());
    QMutexLocker lock(&cache.mutex);
    if (cache.key == key)
        return cache.image;
    auto warped = warpToView(*cache.grid, crs, extent, size);
    if (!warped)
        return warped.error();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        const float *cells = warped->data() + std::size_t(y) * std::size_t(size.width());
        for (int x = 0; x < size.width(); ++x)
            line[x] = qPremultiply(cache.ramp.colorFor(cells[x]).rgba());
    }
    cache.key = key;
    cache.image = image;
    return image;
}

class RainfallRenderer : public MapLayerRenderer {
public:
    RainfallRenderer(QString id, std::shared_ptr<RainfallLayer::ImageCache> cache) : m_id(std::move(id)), m_cache(std::move(cache)) {}
    QString layerId() const override { return m_id; }
    double costEstimate() const override { return 50000.0; }
    void render(QPainter &painter, const RenderContext &context) override
    {
        const MapSettings &settings = context.settings;
        auto image = cachedImage(*m_cache, settings.destinationCrs, settings.visibleExtent(), settings.outputSize);
        if (!image) {
            m_errors.append(image.error().toString());
            return;
        }
        if (context.cancelled.load())
            return;
        painter.drawImage(QPointF(0, 0), *image);
        m_renderedFeatures = 1;
    }

private:
    QString m_id;
    std::shared_ptr<RainfallLayer::ImageCache> m_cache;
};

} // namespace

QColor RainfallRamp::colorFor(float mm) const
{
    if (std::isnan(mm) || stops.isEmpty() || mm < stops.front().mm)
        return QColor(0, 0, 0, 0);
    QColor colour = stops.front().color;
    for (const Stop &stop : stops)
        if (mm >= stop.mm)
            colour = stop.color;
    return colour;
}

RainfallRamp rainfallRamp(double hours)
{
    // The colours of China's precipitation charts, light green to dark magenta.
    // Translucent, so the boundaries under the field stay readable.
    const QColor colours[] = {QColor(166, 242, 143, 150), QColor(61, 186, 61, 160), QColor(97, 184, 255, 170),
                              QColor(0, 0, 225, 175), QColor(250, 0, 250, 180), QColor(128, 0, 64, 190)};
    const char *names[] = {QT_TRANSLATE_NOOP("Rainfall", "light rain"), QT_TRANSLATE_NOOP("Rainfall", "moderate rain"),
                           QT_TRANSLATE_NOOP("Rainfall", "heavy rain"), QT_TRANSLATE_NOOP("Rainfall", "rainstorm"),
                           QT_TRANSLATE_NOOP("Rainfall", "heavy rainstorm"), QT_TRANSLATE_NOOP("Rainfall", "extreme rainstorm")};
    const bool twelve = std::abs(hours - 12.0) < 0.01;
    const bool graded = twelve || std::abs(hours - 24.0) < 0.01;
    const double breaks[] = {0.1, twelve ? 5.0 : 10.0, twelve ? 15.0 : 25.0, twelve ? 30.0 : 50.0, twelve ? 70.0 : 100.0,
                             twelve ? 140.0 : 250.0};
    RainfallRamp ramp;
    ramp.title = QCoreApplication::translate("Rainfall", "Rainfall, %1 h (mm)").arg(hours, 0, 'g', 3);
    for (int i = 0; i < 6; ++i) {
        const QString range = i < 5 ? QStringLiteral("%1–%2").arg(breaks[i]).arg(breaks[i + 1] - 0.1, 0, 'f', 1)
                                    : QStringLiteral("≥ %1").arg(breaks[i]);
        const QString label = graded ? QCoreApplication::translate("Rainfall", names[i]) + QLatin1Char(' ') + range : range;
        ramp.stops.append({breaks[i], colours[i], label});
    }
    return ramp;
}

Result<std::vector<float>> warpToView(const RainfallGrid &grid, const QString &destinationCrs, const GeoBox &extent, QSize size)
{
    ensureGdalRegistered();
    if (size.isEmpty() || extent.isEmpty())
        return warpError(QStringLiteral("empty view"));
    if (grid.millimetres.size() != std::size_t(grid.width) * std::size_t(grid.height))
        return warpError(QStringLiteral("the grid's cells do not match its size"));
    const QByteArray destinationWkt = wktOf(destinationCrs);
    if (destinationWkt.isEmpty())
        return warpError(QStringLiteral("unknown view CRS %1").arg(destinationCrs));
    GdalErrorCapture capture;
    std::vector<float> source(grid.millimetres);  // GDAL wants a mutable buffer
    GDALDatasetUniquePtr input = memoryDataset(source.data(), grid.width, grid.height, grid.geoTransform.data(), grid.crsWkt.toUtf8());
    std::vector<float> output(std::size_t(size.width()) * std::size_t(size.height()), std::nanf(""));
    const double transform[6] = {extent.xMin, extent.width() / size.width(), 0, extent.yMax, 0, -extent.height() / size.height()};
    GDALDatasetUniquePtr view = memoryDataset(output.data(), size.width(), size.height(), transform, destinationWkt);
    if (!input || !view)
        return warpError(QStringLiteral("cannot create in-memory rasters (%1)").arg(capture.lastMessage()));
    GDALWarpOptions *options = GDALCreateWarpOptions();
    options->hSrcDS = input.get();
    options->hDstDS = view.get();
    options->nBandCount = 1;
    options->panSrcBands = static_cast<int *>(CPLMalloc(sizeof(int)));
    options->panDstBands = static_cast<int *>(CPLMalloc(sizeof(int)));
    options->panSrcBands[0] = options->panDstBands[0] = 1;
    // No data stays no data: NaN in, NaN out, and NaN where no cell covers the view.
    options->padfSrcNoDataReal = static_cast<double *>(CPLMalloc(sizeof(double)));
    options->padfDstNoDataReal = static_cast<double *>(CPLMalloc(sizeof(double)));
    options->padfSrcNoDataReal[0] = options->padfDstNoDataReal[0] = std::nan("");
    options->eResampleAlg = GRA_Bilinear;
    options->eWorkingDataType = GDT_Float32;
    options->papszWarpOptions = CSLSetNameValue(options->papszWarpOptions, "INIT_DEST", "NO_DATA");
    options->papszWarpOptions = CSLSetNameValue(options->papszWarpOptions, "NUM_THREADS", "ALL_CPUS");
    // The exact transformer wrapped in the approximating one with gdalwarp's default error of
    // 0.125 pixel: PROJ runs on a sparse set of points per scanline, not on every pixel.
    void *exact = GDALCreateGenImgProjTransformer2(input.get(), view.get(), nullptr);
    CPLErr result = CE_Failure;
    if (exact) {
        options->pTransformerArg = GDALCreateApproxTransformer(GDALGenImgProjTransform, exact, 0.125);
        options->pfnTransformer = GDALApproxTransform;
        GDALWarpOperation operation;
        if (operation.Initialize(options) == CE_None)
            result = operation.ChunkAndWarpMulti(0, 0, size.width(), size.height());
        GDALDestroyApproxTransformer(options->pTransformerArg);
        GDALDestroyGenImgProjTransformer(exact);
    }
    GDALDestroyWarpOptions(options);
    view->FlushCache();
    if (result != CE_None)
        return warpError(capture.lastMessage().isEmpty() ? QStringLiteral("GDAL could not warp the grid") : capture.lastMessage());
    return output;
}

RainfallLayer::RainfallLayer(QString id, QString title, std::shared_ptr<const RainfallGrid> grid, RainfallRamp ramp)
    : MapLayer(std::move(id), std::move(title)), m_grid(std::move(grid)), m_ramp(std::move(ramp)),
      m_cache(std::make_shared<ImageCache>())
{
    m_cache->grid = m_grid;
    m_cache->ramp = m_ramp;
}

GeoBox RainfallLayer::extentIn(const QString &) const
{
    return {};  // a background field: it never decides the view
}

std::unique_ptr<MapLayerRenderer> RainfallLayer::createRenderer(const MapSettings &) const
{
    return std::make_unique<RainfallRenderer>(id(), m_cache);
}

Result<QImage> RainfallLayer::imageFor(const QString &crs, const GeoBox &extent, QSize size) const
{
    return cachedImage(*m_cache, crs, extent, size);
}

} // namespace lookout::gis

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "gis/vectorlayer.h"

#include "core/logging.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace lookout::gis {

namespace {

// One point symbol of `radius` (half its size) centred on `at`.
void drawSymbol(QPainter &painter, PointShape shape, QPointF at, double radius)
{
    switch (shape) {
    case PointShape::Circle: painter.drawEllipse(at, radius, radius); return;
    case PointShape::Square: painter.drawRect(QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius)); return;
    case PointShape::Triangle:
        painter.drawPolygon(QPolygonF{{at.x(), at.y() - radius * 1.15}, {at.x() + radius * 1.1, at.y() + radius * 0.85},
                                      {at.x() - radius * 1.1, at.y() + radius * 0.85}});
        return;
    case PointShape::Diamond:
        painter.drawPolygon(QPolygonF{{at.x(), at.y() - radius * 1.25}, {at.x() + radius * 1.25, at.y()}, {at.x(), at.y() + radius * 1.25},
                                      {at.x() - radius * 1.25, at.y()}});
        return;
    }
}


Result<VectorData> project(const VectorData &source, const QString &crs)
{
    auto transform = CoordinateTransform::create(source.crs, crs);
    if (!transform)
        return transform.error();
    VectorData out = source;
    std::vector<double> xs;
    std::vector<double> ys;
    xs.reserve(source.vertexCount() + source.features.size());
    ys.reserve(xs.capacity());
    for (const VectorFeature &feature : out.features) {
        for (const auto &part : feature.parts)
            for (const GeoPoint &point : part) {
                xs.push_back(point.lon);
                ys.push_back(point.lat);
            }
        xs.push_back(feature.labelPoint.lon);
        ys.push_back(feature.labelPoint.lat);
    }
    // Points PROJ cannot place (e.g. beyond Web Mercator's latitude limit) become NaN and are
    // skipped when drawing rather than failing the whole layer.
    transform->transform(xs, ys);
    std::size_t i = 0;
    for (VectorFeature &feature : out.features) {
        for (auto &part : feature.parts)
            for (GeoPoint &point : part) {
                point = GeoPoint{xs[i], ys[i]};
                ++i;
            }
        feature.labelPoint = GeoPoint{xs[i], ys[i]};
        ++i;
    }
    out.crs = crs;
    out.recomputeBounds();
    return out;
}

// Pixel polygon of one part, dropping vertices that fall within half a pixel of the previous
// one: at a city view most of a province's vertices collapse, which is most of the saving.
QPolygonF toPixels(const std::vector<GeoPoint> &part, const MapSettings &settings)
{
    QPolygonF polygon;
    polygon.reserve(qsizetype(part.size()));
    QPointF last(std::nan(""), std::nan(""));
    for (const GeoPoint &point : part) {
        if (!std::isfinite(point.lon) || !std::isfinite(point.lat))
            continue;
        const QPointF pixel = settings.toPixel(point.lon, point.lat);
        if (std::fabs(pixel.x() - last.x()) < 0.5 && std::fabs(pixel.y() - last.y()) < 0.5)
            continue;
        polygon.append(pixel);
        last = pixel;
    }
    return polygon;
}

class VectorLayerRenderer : public MapLayerRenderer {
public:
    VectorLayerRenderer(QString id, std::shared_ptr<ProjectedDataCache> cache, CategorizedStyle styles)
        : m_id(std::move(id)), m_cache(std::move(cache)), m_styles(std::move(styles))
    {
    }

    QString layerId() const override { return m_id; }
    double costEstimate() const override { return double(m_cache->source().vertexCount() + 1); }

    void render(QPainter &painter, const RenderContext &context) override
    {
        const MapSettings &settings = context.settings;
        auto projected = m_cache->projectedTo(settings.destinationCrs);
        if (!projected) {
            m_errors.append(projected.error().toString());
            return;
        }
        const VectorData &data = **projected;
        const GeoBox visible = settings.visibleExtent();
        const double scale = settings.symbolScale;

        const LayerStyle *current = nullptr;
        QFont font(mapFontFamily());
        for (const VectorFeature &feature : data.features) {
            if (context.cancelled.load(std::memory_order_relaxed))
                return;
            if (!feature.bounds.intersects(visible))
                continue;
            const LayerStyle &style = m_styles.field.isEmpty() ? m_styles.fallback : m_styles.styleFor(feature.text(m_styles.field));
            if (&style != current) {
                current = &style;
                applyStyle(painter, style, scale);
                font.setPixelSize(std::max(1, int(std::lround(style.labelSize * scale))));
                font.setBold(style.labelBold);
            }
            drawFeature(painter, feature, style, settings);
            ++m_renderedFeatures;
            if (!style.labelField.isEmpty() && settings.drawLabels
                && (style.labelMaxUnitsPerPixel <= 0 || settings.mapUnitsPerPixel() <= style.labelMaxUnitsPerPixel)) {
                const QString text = feature.text(style.labelField);
                if (!text.isEmpty() && visible.contains(feature.labelPoint.lon, feature.labelPoint.lat))
                    m_labels.push_back(LabelCandidate{text, settings.toPixel(feature.labelPoint.lon, feature.labelPoint.lat),
                                                      font, style.labelColor, style.labelHalo,
                                                      style.labelHaloWidth * scale, style.labelPriority});
            }
        }
    }

private:
    static void applyStyle(QPainter &painter, const LayerStyle &style, double scale)
    {
        QPen pen(style.stroke, style.strokeWidth * scale);
        pen.setJoinStyle(Qt::RoundJoin);
        pen.setCapStyle(Qt::RoundCap);
        if (style.dashed)
            pen.setStyle(Qt::DashLine);
        painter.setPen(style.strokeWidth > 0 ? pen : QPen(Qt::NoPen));
        painter.setBrush(style.fill);
    }

    void drawFeature(QPainter &painter, const VectorFeature &feature, const LayerStyle &style, const MapSettings &settings)
    {
        switch (feature.kind) {
        case GeometryKind::Polygon: {
            QPainterPath path;
            path.setFillRule(style.unionFill ? Qt::WindingFill : Qt::OddEvenFill);
            for (const auto &part : feature.parts) {
                const QPolygonF polygon = toPixels(part, settings);
                if (polygon.size() >= 3)
                    path.addPolygon(polygon);
                path.closeSubpath();
            }
            painter.drawPath(path);
            break;
        }
        case GeometryKind::Line:
            for (const auto &part : feature.parts)
                painter.drawPolyline(toPixels(part, settings));
            break;
        case GeometryKind::Point: {
            const double radius = style.pointSize * settings.symbolScale / 2.0;
            painter.save();
            painter.setBrush(style.pointFill);
            for (const auto &part : feature.parts)
                for (const GeoPoint &point : part)
                    drawSymbol(painter, style.pointShape, settings.toPixel(point.lon, point.lat), radius);
            painter.restore();
            break;
        }
        }
    }

    QString m_id;
    std::shared_ptr<ProjectedDataCache> m_cache;
    CategorizedStyle m_styles;
};

} // namespace

Result<std::shared_ptr<const VectorData>> ProjectedDataCache::projectedTo(const QString &crs)
{
    if (crs == m_data->crs)
        return m_data;
    QMutexLocker lock(&m_mutex);
    if (auto found = m_projected.find(crs); found != m_projected.end())
        return found->second;
    auto projected = project(*m_data, crs);
    if (!projected)
        return projected.error();
    auto shared = std::make_shared<const VectorData>(std::move(projected).value());
    m_projected.emplace(crs, shared);
    return shared;
}

VectorLayer::VectorLayer(QString id, QString title, std::shared_ptr<const VectorData> data, LayerStyle style)
    : VectorLayer(std::move(id), std::move(title), std::move(data), CategorizedStyle{QString(), {}, std::move(style)})
{
}

VectorLayer::VectorLayer(QString id, QString title, std::shared_ptr<const VectorData> data, CategorizedStyle styles)
    : MapLayer(std::move(id), std::move(title)),
      m_data(std::move(data)),
      m_styles(std::move(styles)),
      m_cache(std::make_shared<ProjectedDataCache>(m_data))
{
}

GeoBox VectorLayer::extentIn(const QString &crs) const
{
    auto projected = m_cache->projectedTo(crs);
    return projected ? (*projected)->bounds : GeoBox();
}

std::unique_ptr<MapLayerRenderer> VectorLayer::createRenderer(const MapSettings &) const
{
    return std::make_unique<VectorLayerRenderer>(id(), m_cache, m_styles);
}

bool VectorLayer::sameContentAs(const MapLayer &other) const
{
    const auto *vector = dynamic_cast<const VectorLayer *>(&other);
    return vector && vector->id() == id() && vector->title() == title() && vector->m_styles == m_styles
           && (vector->m_data == m_data || *vector->m_data == *m_data);
}

} // namespace lookout::gis

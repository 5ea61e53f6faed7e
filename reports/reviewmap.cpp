// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "reports/reviewmap.h"

#include "gis/coordinatetransform.h"
#include "gis/maprenderjob.h"
#include "gis/mapsettings.h"

#include <QPainter>

namespace lookout::reports {

Result<QImage> renderReportMap(const QList<std::shared_ptr<const gis::MapLayer>> &layers, const GeoBox &extent, const QString &stamp, QSize size)
{
    auto transform = gis::CoordinateTransform::create(gis::kWgs84, gis::kWebMercator);
    if (!transform)
        return transform.error();
    auto box = transform->transformBox(extent);
    if (!box)
        return box.error();
    gis::MapSettings settings;
    settings.extent = *box;
    settings.outputSize = size;
    settings.layers = layers;
    settings.symbolScale = size.width() / 1200.0;
    gis::MapRenderJob job(std::move(settings));
    job.start();
    job.waitForFinished();
    QImage image = job.image();
    if (image.isNull()) {
        QStringList problems;
        for (const Error &error : job.errors())
            problems << error.toString();
        return makeError(Error::Code::Io, QStringLiteral("the map could not be rendered: %1").arg(problems.join(QStringLiteral("; "))));
    }
    QPainter painter(&image);
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(size.height() / 28);
    painter.setFont(font);
    const QRectF strip(0, 0, size.width(), size.height() / 18.0);
    painter.fillRect(strip, QColor(0, 0, 0, 170));
    painter.setPen(Qt::white);
    painter.drawText(strip.adjusted(size.width() / 60.0, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, stamp);
    return image;
}

} // namespace lookout::reports

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "workspacelayers.h"

#include "gis/coordinatetransform.h"
#include "gis/maptheme.h"
#include "gis/vectorlayer.h"

namespace lookout::app {

Result<void> loadWorkspaceLayers(const store::Workspace &workspace, qml::MapLayerModel &model)
{
    auto records = workspace.layers();
    if (!records)
        return records.error();
    for (const store::LayerRecord &record : *records) {
        auto data = workspace.readLayer(record.name);
        if (!data)
            return Error(data.error()).withContext(QStringLiteral("layer %1").arg(record.name));
        auto layer = std::make_shared<gis::VectorLayer>(record.name, record.title,
                                                        std::make_shared<const gis::VectorData>(std::move(data).value()),
                                                        gis::styleForRole(record.role, record.labelField));
        qml::MapLayerInfo info;
        info.title = record.title;
        info.role = record.role;
        info.sourceFile = record.sourceFile;
        info.sourceNote = record.sourceNote;
        info.sourceCrs = record.sourceCrs;
        info.featureCount = record.featureCount;
        info.dataDate = record.dataDate;
        info.importedAt = record.importedAt;
        model.appendLayer(std::move(layer), info);
    }
    return {};
}

QRectF homeExtent(const store::Workspace &workspace, const qml::MapLayerModel &model)
{
    const QStringList parts = workspace.setting(QStringLiteral("home_extent")).split(QLatin1Char(','));
    if (parts.size() == 4) {
        const GeoBox box = GeoBox::fromCorners(parts[0].toDouble(), parts[1].toDouble(), parts[2].toDouble(),
                                               parts[3].toDouble());
        if (!box.isEmpty() && box.width() > 0)
            return QRectF(box.xMin, box.yMin, box.width(), box.height());
    }
    GeoBox box;
    auto layers = model.layersWithRole(QStringLiteral("focus"));
    if (layers.isEmpty())
        layers = model.visibleLayers();
    for (const auto &layer : layers)
        box.extend(layer->extentIn(gis::kWgs84));
    return box.isEmpty() ? QRectF() : QRectF(box.xMin, box.yMin, box.width(), box.height());
}

} // namespace lookout::app

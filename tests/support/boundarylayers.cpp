// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "tests/support/boundarylayers.h"

#include "gis/maptheme.h"
#include "gis/vectorlayer.h"
#include "gis/vectorsource.h"
#include "tests/support/testdata.h"

namespace lookout::test {

Result<QList<std::shared_ptr<const gis::MapLayer>>> boundaryLayers()
{
    struct Spec {
        const char *file;
        const char *id;
        const char *role;
        const char *labelField;
        bool gcj02;
    };
    const Spec specs[] = {
        {"100000_full.json", "china_provinces", "region", "", true},
        {"440000_full.json", "guangdong_cities", "context", "name", true},
        {"hk_dc_land_2001_wgs84.json", "hong_kong_districts", "reference", "", false},
        {"440700_full.json", "jiangmen_districts", "focus", "name", true},
        {"440400_full.json", "zhuhai_districts", "focus", "name", true},
    };
    QList<std::shared_ptr<const gis::MapLayer>> layers;
    for (const Spec &spec : specs) {
        const QString path = sharedData(QStringLiteral("boundaries/") + QString::fromLatin1(spec.file));
        auto data = gis::readVectorFile(path, {QString(), spec.gcj02 ? gis::kGcj02 : QString()});
        if (!data)
            return data.error();
        auto converted = gis::convertToWgs84(std::move(data).value());
        if (!converted)
            return converted.error();
        layers.append(std::make_shared<gis::VectorLayer>(
            QString::fromLatin1(spec.id), QString::fromLatin1(spec.id),
            std::make_shared<const gis::VectorData>(std::move(converted).value()),
            gis::styleForRole(QString::fromLatin1(spec.role), QString::fromLatin1(spec.labelField))));
    }
    return layers;
}

GeoBox prdExtentWebMercator()
{
    // 111.85-113.95 E, 21.45-22.95 N (echo "21.45 111.85" | cs2cs EPSG:4326 EPSG:3857, etc.)
    auto transform = gis::CoordinateTransform::create(gis::kWgs84, gis::kWebMercator);
    return transform->transformBox(GeoBox::fromCorners(111.85, 21.45, 113.95, 22.95)).value();
}

} // namespace lookout::test

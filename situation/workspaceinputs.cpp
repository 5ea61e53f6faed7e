// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "situation/workspaceinputs.h"

#include "gis/coordinatetransform.h"

namespace lookout::situation {

Result<gis::VectorData> focusDistrictsOf(const store::Workspace &workspace)
{
    gis::VectorData districts;
    districts.crs = gis::kWgs84;
    auto layers = workspace.layers();
    if (!layers)
        return layers.error();
    for (const store::LayerRecord &record : *layers) {
        if (record.role != QLatin1String("focus"))
            continue;
        auto data = workspace.readLayer(record.name);
        if (!data)
            return Error(data.error()).withContext(QStringLiteral("layer %1").arg(record.name));
        for (gis::VectorFeature &feature : data->features)
            districts.features.push_back(std::move(feature));
    }
    districts.recomputeBounds();
    return districts;
}

Result<CycloneInputs> cycloneInputsOf(const store::Workspace &workspace)
{
    CycloneInputs inputs;
    auto districts = focusDistrictsOf(workspace);
    if (!districts)
        return districts.error();
    inputs.districts = std::move(districts).value();
    for (const QString &name : workspace.setting(QStringLiteral("reference_districts")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        for (const gis::VectorFeature &feature : inputs.districts.features)
            if (feature.text(inputs.nameField) == name.trimmed())
                inputs.references.append({name.trimmed(), feature.labelPoint});
    const QStringList home = workspace.setting(QStringLiteral("home_extent")).split(QLatin1Char(','));
    if (home.size() == 4)
        inputs.focus = GeoPoint{(home[0].toDouble() + home[2].toDouble()) / 2, (home[1].toDouble() + home[3].toDouble()) / 2};
    else if (!inputs.districts.bounds.isEmpty())
        inputs.focus = GeoPoint{inputs.districts.bounds.centerX(), inputs.districts.bounds.centerY()};
    return inputs;
}

} // namespace lookout::situation

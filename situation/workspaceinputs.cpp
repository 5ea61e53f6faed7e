// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "situation/workspaceinputs.h"

#include "gis/coordinatetransform.h"
#include "store/divisionstore.h"

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

GeoBox homeOf(const store::Workspace &workspace, const gis::VectorData &districts)
{
    const QStringList home = workspace.setting(QStringLiteral("home_extent")).split(QLatin1Char(','));
    if (home.size() == 4) {
        const GeoBox box = GeoBox::fromCorners(home[0].toDouble(), home[1].toDouble(), home[2].toDouble(), home[3].toDouble());
        if (!box.isEmpty() && box.width() > 0)
            return box;
    }
    return districts.bounds;
}

Result<SituationInputs> situationInputsOf(store::Workspace &workspace)
{
    SituationInputs inputs;
    auto districts = focusDistrictsOf(workspace);
    if (!districts)
        return districts.error();
    inputs.districts = std::move(districts).value();
    for (const QString &name : workspace.setting(QStringLiteral("reference_districts")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        for (const gis::VectorFeature &feature : inputs.districts.features)
            if (feature.text(inputs.nameField) == name.trimmed())
                inputs.references.append({name.trimmed(), feature.labelPoint});
    auto divisions = store::DivisionStore(workspace.database()).all();
    if (!divisions)
        return divisions.error();
    inputs.divisions = *divisions;
    const GeoBox home = homeOf(workspace, inputs.districts);
    if (!home.isEmpty()) {
        inputs.focus = GeoPoint{home.centerX(), home.centerY()};
        inputs.area = home.scaled(SituationInputs::kAreaScale);
    }
    return inputs;
}

} // namespace lookout::situation

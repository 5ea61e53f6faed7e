// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "scenariosupport.h"

#include "core/timeformat.h"
#include "gis/coordinatetransform.h"
#include "gis/vectorlayer.h"

#include <QCoreApplication>

namespace lookout::app {

GeoBox areaOfInterest(const QRectF &home)
{
    return GeoBox::fromCorners(home.left(), home.top(), home.right(), home.bottom()).scaled(1.6);
}

std::vector<std::vector<GeoPoint>> warningRings(const incidents::WarningEntry &entry, const QString &language)
{
    const feeds::CapInfo *info = entry.head.alert.infoFor(language);
    return info ? feeds::areaRings(*info) : std::vector<std::vector<GeoPoint>>();
}

bool ringsIntersect(const std::vector<std::vector<GeoPoint>> &rings, const GeoBox &box)
{
    for (const auto &ring : rings) {
        GeoBox bounds;
        for (const GeoPoint &point : ring)
            bounds.extend(point.lon, point.lat);
        if (bounds.intersects(box))
            return true;
    }
    return false;
}


// The source line of a panel: a replay says so; a live seat shows its feeds' health.
std::pair<QString, QString> sourceLine(const ScenarioOptions &options, const situation::PartSource &source, const QString &replayText)
{
    if (options.replay)
        return {replayText, QStringLiteral("replay")};
    const QList<feeds::SourceHealth> &relevant = source.feeds;
    if (relevant.isEmpty())
        return {QCoreApplication::translate("Scenario", "NO LIVE FEED: nothing fetches this data (lookout feeds run); showing what the workspace holds"),
                QStringLiteral("nodata")};
    QStringList parts;
    QString worst = QStringLiteral("ok");
    for (const feeds::SourceHealth &health : relevant) {
        const auto state = health.state(options.at);
        const QString age = health.lastSuccess.isValid()
                                ? QCoreApplication::translate("Scenario", "last good %1 ago").arg(formatAge(health.lastSuccess.secsTo(options.at)))
                                : QCoreApplication::translate("Scenario", "never received");
        QString stateText;
        switch (state) {
        case feeds::SourceHealth::State::Fresh: stateText = QCoreApplication::translate("Scenario", "ok"); break;
        case feeds::SourceHealth::State::Stale: stateText = QCoreApplication::translate("Scenario", "STALE"); break;
        case feeds::SourceHealth::State::Failing: stateText = QCoreApplication::translate("Scenario", "FAILING"); break;
        case feeds::SourceHealth::State::NoData: stateText = QCoreApplication::translate("Scenario", "NO DATA"); break;
        }
        QString part = QStringLiteral("%1 %2 (%3)").arg(health.title, stateText, age);
        if (state == feeds::SourceHealth::State::Failing)
            part += QStringLiteral(": ") + health.lastError.section(QStringLiteral(" ("), 0, 0);
        parts.append(part);
        if (state == feeds::SourceHealth::State::Failing || state == feeds::SourceHealth::State::NoData)
            worst = QStringLiteral("failing");
        else if (state == feeds::SourceHealth::State::Stale && worst == QLatin1String("ok"))
            worst = QStringLiteral("stale");
    }
    return {parts.join(QStringLiteral(" · ")), worst};
}

void addLayer(qml::MapLayerModel &model, const QString &id, const QString &title, gis::VectorData data,
              gis::CategorizedStyle styles, const QString &sourceNote, const QDateTime &dataDate)
{
    if (data.features.empty())
        return;
    qml::MapLayerInfo info;
    info.title = title;
    info.role = id;
    info.sourceNote = sourceNote;
    info.sourceCrs = gis::kWgs84;
    info.featureCount = qint64(data.features.size());
    info.dataDate = dataDate;
    model.appendLayer(std::make_shared<gis::VectorLayer>(id, title, std::make_shared<const gis::VectorData>(std::move(data)),
                                                         std::move(styles)),
                      info);
}

// The bureau's own districts (focus layers), merged, for the typhoon exposure.
gis::VectorData focusDistricts(const qml::MapLayerModel &model)
{
    gis::VectorData districts;
    districts.crs = gis::kWgs84;
    for (const auto &layer : model.layersWithRole(QStringLiteral("focus")))
        if (const auto *vector = dynamic_cast<const gis::VectorLayer *>(layer.get()))
            for (const gis::VectorFeature &feature : vector->data().features)
                districts.features.push_back(feature);
    return districts;
}

} // namespace lookout::app

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "feeds/waterml.h"

#include <QByteArray>
#include <QString>

namespace lookout::feeds {

struct SensorThingsPage {
    ObservedSeries series;
    QString nextLink;  // "@iot.nextLink": the next page of observations, empty at the end
};

// Reads an OGC SensorThings API (v1.0/1.1) Datastream document, as the water-level services
// serve it with `$expand=Thing/Locations,Observations` — or a bare Observations collection
// (`{"value": [...]}`), when `parameter` names what it measures. The station is the Thing (its
// name, its first Location's GeoJSON point, lon,lat); the unit is the Datastream's
// unitOfMeasurement symbol; an observation's time is its phenomenonTime (the end of an interval);
// null results are skipped. A result that is not a number, or a time without a zone, is an
// Error naming the observation.
Result<SensorThingsPage> parseSensorThings(const QByteArray &json, const QString &sourceName, const QString &parameter = {});

} // namespace lookout::feeds

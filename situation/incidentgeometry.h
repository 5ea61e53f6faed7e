// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "gis/vectordata.h"
#include "incidents/incident.h"

#include <QList>
#include <QStringList>

namespace lookout::situation {

// Where an incident is, as map features: its drawn polygon, and the districts it covers, matched
// by code (DataV's adcode) or, for an area kept without a code, by name. No town has a boundary
// in the data: a town's district is drawn instead (townsWithoutBoundary says which). Pure.
QList<gis::VectorFeature> incidentAreaFeatures(const incidents::Incident &incident, const gis::VectorData &districts);
QStringList townsWithoutBoundary(const incidents::Incident &incident);

} // namespace lookout::situation

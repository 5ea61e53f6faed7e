// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "incidentareas.h"

#include "incidents/incidentbook.h"
#include "situation/incidentgeometry.h"
#include "situation/workspaceinputs.h"
#include "store/journal.h"
#include "store/spatiallayers.h"
#include "store/sqlitejournal.h"

namespace lookout::app {

Result<void> writeIncidentAreaLayer(store::Workspace &workspace)
{
    auto focus = situation::focusDistrictsOf(workspace);
    if (!focus)
        return focus.error();
    const gis::VectorData &districts = *focus;
    store::SqliteJournal journal(workspace.database());
    auto entries = store::entriesKnownAt(journal, {});
    if (!entries)
        return entries.error();
    const incidents::IncidentBook book = incidents::IncidentBook::fromRecord(*entries);
    QList<store::IncidentAreaRow> rows;
    for (const incidents::Incident &incident : book.incidents()) {
        store::IncidentAreaRow row;
        row.incident = incident.id;
        row.title = incident.title;
        row.hazard = incidents::toString(incident.hazard);
        row.state = incidents::toString(incident.state);
        row.level = incident.level;
        row.exercise = incident.exercise;
        QStringList areas;
        for (const AreaRef &area : incident.areas)
            areas << area.display();
        row.areas = areas.join(QStringLiteral(", "));
        for (const gis::VectorFeature &feature : situation::incidentAreaFeatures(incident, districts)) {
            row.rings.insert(row.rings.end(), feature.parts.begin(), feature.parts.end());
            row.ringsPerPolygon.insert(row.ringsPerPolygon.end(), feature.polygonRingCounts.begin(), feature.polygonRingCounts.end());
        }
        rows.append(row);
    }
    return store::replaceIncidentAreas(workspace.database(), rows);
}

} // namespace lookout::app

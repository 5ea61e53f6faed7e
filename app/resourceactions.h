// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "incidents/incidentledger.h"
#include "plans/planareas.h"
#include "resourcedesk.h"
#include "store/workspace.h"

#include <functional>
#include <optional>

namespace lookout::app {

// Appends a command to the record (on the record's writer when the seat has one); "" or the error.
using RecordCommand = std::function<QString(const incidents::IncidentLedger::Command &command)>;
// The signed-in officer now, or none.
using SignedInActor = std::function<std::optional<incidents::Actor>()>;

// Where a request is needed: "lon,lat" (WGS-84 degrees), else a division code or name of the
// workspace placed at its area's point (plans::areaPoint); an error naming what does not resolve.
struct RequestPlace {
    AreaRef area;
    GeoPoint position;
};
Result<RequestPlace> requestPlace(store::Workspace &workspace, const plans::PlanAreas &areas, const QString &where);

// The Resources page's actions as record entries by the signed-in officer: a status or stock
// change, a confirmed proposal (a dispatch order with the proposal's minutes as ETA), a request
// (its place a division code or name, or "lon,lat"), its cancellation, an arrival, a release.
// `workspace` must outlive the desk.
void connectResourceActions(store::Workspace &workspace, qml::ResourceDesk &desk, RecordCommand record, SignedInActor signedIn);

} // namespace lookout::app

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "situation/situationinputs.h"
#include "store/workspace.h"

namespace lookout::situation {

// The fixed inputs of a workspace's situation, read once on the owner's thread (GDAL reads the
// layers): its focus layers as the districts, its reference districts (the "reference_districts"
// setting) at their label points, the centre of its home view as the bureau's position and that
// view widened as the area "on this map". No feeds: a live seat adds its own.
Result<SituationInputs> situationInputsOf(store::Workspace &workspace);
// The workspace's home view ("home_extent" setting), else the districts' bounds.
GeoBox homeOf(const store::Workspace &workspace, const gis::VectorData &districts);
// The workspace's focus layers merged: the bureau's own districts (WGS-84).
Result<gis::VectorData> focusDistrictsOf(const store::Workspace &workspace);

} // namespace lookout::situation

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "situation/cyclonesituation.h"
#include "store/workspace.h"

namespace lookout::situation {

// The fixed inputs of a workspace's situation, read once on the owner's thread (GDAL reads the
// layers): its focus layers as the districts, its reference districts (the "reference_districts"
// setting) at their label points, and the centre of its home view as the bureau's position.
Result<CycloneInputs> cycloneInputsOf(const store::Workspace &workspace);
// The workspace's focus layers merged: the bureau's own districts (WGS-84).
Result<gis::VectorData> focusDistrictsOf(const store::Workspace &workspace);

} // namespace lookout::situation

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "incidents/warningregistry.h"
#include "situation/situation.h"
#include "store/database.h"

namespace lookout::situation {

// The warnings part of the situation at `at`: the registry's heads (incidents::resolveWarnings
// over every message and acknowledgement kept by then) that are in force or pending, and those
// that ended in the last 24 hours. Non-Actual messages are kept and marked, never counted. Any
// thread, with that thread's own database connection.
Result<WarningsPart> buildWarningsPart(store::Database &database, const QDateTime &at);

} // namespace lookout::situation

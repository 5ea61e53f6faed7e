// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "store/database.h"

namespace lookout::store {

// The plans (预案, YAML files) of a shared server, in lookout_plans by file name. Plans are read
// from a folder everywhere (plans/planevaluator.h), so a seat keeps a mirror of the server's.
class PlanStore {
public:
    explicit PlanStore(Database &database) : m_database(database) {}

    Result<void> add(const QString &fileName, const QByteArray &yaml);
    // Writes each stored plan into `folder` (created), rewriting only what changed, and removes
    // the YAML files there that the server no longer has. Returns how many plans it holds.
    Result<int> mirrorInto(const QString &folder);

private:
    Database &m_database;
};

} // namespace lookout::store

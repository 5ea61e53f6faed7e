// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/division.h"
#include "core/result.h"
#include "store/database.h"

#include <QList>

namespace lookout::store {

// The workspace's administrative divisions (lookout_divisions, schema v8): code, name, level and
// parent, as `lookout divisions import` brought them in. Thread contract: the database's.
class DivisionStore {
public:
    explicit DivisionStore(Database &database) : m_database(database) {}

    // Every division of a file in one transaction; a code already kept is replaced (a rename).
    Result<int> add(const QList<Division> &divisions, const QString &source);
    // All of them, ordered by code (so a parent comes before what it holds).
    Result<QList<Division>> all() const;
    // The divisions directly under `code` (the towns of a district).
    Result<QList<Division>> children(const QString &code) const;
    // A code, or a name that names exactly one division (optionally at one level). NotFound with
    // a hint when nothing matches, InvalidArgument listing the candidates when several do.
    Result<Division> resolve(const QString &codeOrName, std::optional<DivisionLevel> level = std::nullopt) const;

private:
    Database &m_database;
};

// An area the user named, resolved to its code where the workspace knows its divisions. With no
// divisions imported, the name is kept as given (code empty); with some, it must resolve.
Result<AreaRef> resolveArea(const DivisionStore &divisions, const QString &codeOrName,
                            std::optional<DivisionLevel> level = std::nullopt);

} // namespace lookout::store

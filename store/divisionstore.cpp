// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "store/divisionstore.h"

namespace lookout::store {

namespace {

Result<QList<Division>> query(Database &database, const QString &where, const QString &value)
{
    auto statement = database.prepare(QStringLiteral("SELECT code, name, level, parent FROM lookout_divisions %1 ORDER BY code").arg(where));
    if (!statement)
        return statement.error();
    if (!value.isNull())
        statement->bind(1, value);
    return collectRows(*statement, [](const Statement &s) {
        Division division;
        division.code = s.text(0);
        division.name = s.text(1);
        division.level = divisionLevelFromString(s.text(2)).value_or(divisionLevelOfCode(division.code).value_or(DivisionLevel::District));
        division.parent = s.text(3);
        return division;
    });
}

} // namespace

Result<int> DivisionStore::add(const QList<Division> &divisions, const QString &source)
{
    return m_database.transaction([&]() -> Result<int> {
        auto insert = m_database.prepare(QStringLiteral(
            "INSERT INTO lookout_divisions (code, name, level, parent, source) VALUES (?1, ?2, ?3, ?4, ?5) "
            "ON CONFLICT (code) DO UPDATE SET name = excluded.name, level = excluded.level, parent = excluded.parent, source = excluded.source"));
        if (!insert)
            return insert.error();
        for (const Division &division : divisions) {
            insert->bind(1, division.code).bind(2, division.name).bind(3, toString(division.level)).bind(4, division.parent).bind(5, source);
            if (auto done = insert->run(); !done)
                return done.error();
        }
        return int(divisions.size());
    });
}

Result<QList<Division>> DivisionStore::all() const
{
    return query(m_database, QString(), QString());
}

Result<QList<Division>> DivisionStore::children(const QString &code) const
{
    return query(m_database, QStringLiteral("WHERE parent = ?1"), code);
}

Result<Division> DivisionStore::resolve(const QString &codeOrName, std::optional<DivisionLevel> level) const
{
    const QString wanted = codeOrName.trimmed();
    auto found = divisionLevelOfCode(wanted) ? query(m_database, QStringLiteral("WHERE code = ?1"), wanted)
                                             : query(m_database, QStringLiteral("WHERE name = ?1"), wanted);
    if (!found)
        return found.error();
    if (level)
        found->removeIf([&](const Division &division) { return division.level != *level; });
    if (found->isEmpty())
        return makeError(Error::Code::NotFound,
                         QStringLiteral("'%1' is not a %2 of this workspace (lookout divisions list shows them)")
                             .arg(wanted, level ? toString(*level) : QStringLiteral("division")));
    if (found->size() > 1) {
        QStringList candidates;
        for (const Division &division : *found)
            candidates.append(division.code);
        return makeError(Error::Code::InvalidArgument,
                         QStringLiteral("'%1' names %2 divisions (%3): give the code").arg(wanted).arg(found->size()).arg(candidates.join(QStringLiteral(", "))));
    }
    return found->front();
}

Result<AreaRef> resolveArea(const DivisionStore &divisions, const QString &codeOrName, std::optional<DivisionLevel> level)
{
    auto any = divisions.all();
    if (!any)
        return any.error();
    if (any->isEmpty())
        return AreaRef{QString(), codeOrName.trimmed()};
    auto division = divisions.resolve(codeOrName, level);
    if (!division)
        return division.error();
    return AreaRef{division->code, division->name};
}

} // namespace lookout::store

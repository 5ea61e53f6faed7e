// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "store/planstore.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSet>

namespace lookout::store {

Result<void> PlanStore::add(const QString &fileName, const QByteArray &yaml)
{
    if (fileName.contains(QLatin1Char('/')) || fileName.startsWith(QLatin1Char('.')))
        return makeError(Error::Code::InvalidArgument, QStringLiteral("a plan is stored by its file name"), {fileName});
    auto insert = m_database.prepare(QStringLiteral("INSERT INTO lookout_plans (name, body) VALUES (?1, ?2)"));
    if (!insert)
        return insert.error();
    insert->bind(1, fileName).bindText(2, yaml);
    if (auto done = insert->run(); !done)
        return Error(done.error()).withContext(fileName);
    return {};
}

Result<int> PlanStore::mirrorInto(const QString &folder)
{
    auto select = m_database.prepare(QStringLiteral("SELECT name, body FROM lookout_plans ORDER BY name"));
    if (!select)
        return select.error();
    auto plans = collectRows(*select, [](Statement &row) { return std::pair{row.text(0), row.bytes(1).toByteArray()}; });
    if (!plans)
        return plans.error();
    QDir dir(folder);
    if (!dir.mkpath(QStringLiteral(".")))
        return makeError(Error::Code::Io, QStringLiteral("cannot create the plans mirror"), {folder});
    QSet<QString> names;
    for (const auto &[name, body] : *plans) {
        if (name.contains(QLatin1Char('/')) || name.startsWith(QLatin1Char('.')))
            continue;  // not a file name (refused on add)
        names.insert(name);
        QFile existing(dir.filePath(name));
        if (existing.open(QIODevice::ReadOnly) && existing.readAll() == body)
            continue;
        QSaveFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size() || !file.commit())
            return makeError(Error::Code::Io, QStringLiteral("cannot write the plan's mirror"), {file.fileName(), file.errorString()});
    }
    for (const QString &stale : dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files))
        if (!names.contains(stale))
            dir.remove(stale);
    return int(names.size());
}

} // namespace lookout::store

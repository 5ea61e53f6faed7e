// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "workspacepush.h"

#include "scenarioactions.h"

#include "incidents/entrydivision.h"
#include "store/planstore.h"
#include "store/postgresjournal.h"
#include "store/sqlitejournal.h"
#include "store/workspace.h"
#include "store/workspacecopy.h"

#include <QDir>
#include <QFile>
#include <QTimeZone>

namespace lookout::app {

namespace {

struct LocalRecord {
    store::JournalVerification verified;
    QList<store::JournalEntry> entries;
    QStringList divisions;  // each entry's, from the record as it was before it
};

Result<LocalRecord> readLocalRecord(const QString &workspacePath)
{
    auto source = store::openSqliteJournal(workspacePath);
    if (!source)
        return source.error();
    auto checked = store::verifyJournal(**source);
    if (!checked)
        return checked.error();
    if (checked->problem)
        return makeError(Error::Code::Corrupt, QStringLiteral("the workspace's record does not verify (%1): mend it before pushing").arg(checked->problem->message),
                         {workspacePath});
    LocalRecord record{*checked, {}, {}};
    incidents::RecordState state;
    auto scanned = (*source)->scan(1, [&](const store::JournalEntry &entry) {
        const store::JournalDraft draft{QDateTime::fromMSecsSinceEpoch(entry.atMs, QTimeZone::utc()), entry.user, entry.seat, entry.kind,
                                        entry.payloadObject(), entry.corrects, {}};
        record.divisions << incidents::entryDivision(state, draft);
        state.apply(entry);
        record.entries.append(entry);
        return true;
    });
    if (!scanned)
        return scanned.error();
    return record;
}

// The plan files of the workspace's plans folder into lookout_plans, by file name.
Result<int> pushPlans(store::Workspace &workspace, store::Database &server)
{
    const QDir folder(plansFolderOf(workspace));
    store::PlanStore plans(server);
    int pushed = 0;
    for (const QString &name : folder.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(Error::Code::Io, QStringLiteral("cannot read the plan"), {file.fileName(), file.errorString()});
        if (auto added = plans.add(name, file.readAll()); !added)
            return added.error();
        ++pushed;
    }
    return pushed;
}

} // namespace

Result<PushedWorkspace> pushWorkspace(const QString &workspacePath, const QString &connection,
                                      const std::function<void(const QString &step)> &progress)
{
    auto tell = [&](const QString &step) {
        if (progress)
            progress(step);
    };
    tell(QStringLiteral("verifying the workspace's record"));
    auto record = readLocalRecord(workspacePath);
    if (!record)
        return record.error();
    auto workspace = store::Workspace::open(workspacePath);
    if (!workspace)
        return workspace.error();
    auto layers = workspace->layers();
    if (!layers)
        return layers.error();
    QStringList mapLayers;
    for (const store::LayerRecord &layer : *layers)
        mapLayers << layer.name;
    auto server = store::Database::connectPostgres(connection);
    if (!server)
        return server.error();
    PushedWorkspace pushed;
    auto moved = server->transaction([&]() -> Result<void> {
        auto tables = store::copyWorkspaceTables(workspace->database(), *server, mapLayers,
                                                 [&](const QString &table) { tell(QStringLiteral("copying %1").arg(table)); });
        if (!tables)
            return tables.error();
        pushed.tables = tables->rows;
        auto plans = pushPlans(*workspace, *server);
        if (!plans)
            return plans.error();
        pushed.plans = *plans;
        // The record last, on its own connection: when it fails, the tables are rolled back.
        tell(QStringLiteral("moving the record (%1 entries)").arg(record->entries.size()));
        auto target = store::PostgresJournal::connect(connection);
        if (!target)
            return target.error();
        return (*target)->importEntries(record->entries, record->divisions);
    });
    if (!moved)
        return moved.error();
    tell(QStringLiteral("verifying the server's record"));
    auto target = store::PostgresJournal::connect(connection);
    if (!target)
        return target.error();
    auto verified = store::verifyJournal(**target);
    if (!verified)
        return verified.error();
    const store::JournalVerification &checked = record->verified;
    if (verified->problem || verified->entries != checked.entries || verified->headHash != checked.headHash)
        return makeError(Error::Code::Corrupt,
                         QStringLiteral("the server's record does not match the workspace's after the push (%1 of %2 entries%3)")
                             .arg(verified->entries).arg(checked.entries).arg(verified->problem ? QStringLiteral("; ") + verified->problem->message : QString()),
                         {connection});
    pushed.entries = verified->entries;
    pushed.headHash = verified->headHash;
    return pushed;
}

} // namespace lookout::app

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "recordwriter.h"

#include "core/logging.h"
#include "incidentareas.h"
#include "store/postgresjournal.h"
#include "store/sqlitejournal.h"

#include <QMetaObject>

namespace lookout::app {

RecordWriter::RecordWriter(QString workspacePath, QString recordServer, QObject *parent)
    : QObject(parent), m_path(std::move(workspacePath)), m_recordServer(std::move(recordServer))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

RecordWriter::~RecordWriter()
{
    m_pool.waitForDone();
    m_workspace.reset();
}

void RecordWriter::waitForIdle()
{
    m_pool.waitForDone();
}

qml::CommandResult RecordWriter::append(store::Workspace &workspace, const incidents::IncidentLedger::Command &command, const QString &recordServer)
{
    std::unique_ptr<store::Journal> server;
    if (!recordServer.isEmpty()) {
        // Nothing is queued: an action the server cannot take now is refused, with why.
        auto connected = store::PostgresJournal::connect(recordServer);
        if (!connected)
            return qml::CommandResult::refused(connected.error().message);
        server = std::move(connected).value();
    }
    store::SqliteJournal own(workspace.database());
    incidents::IncidentLedger ledger(server ? *server : static_cast<store::Journal &>(own));
    auto entry = ledger.act(command);
    if (!entry)
        return qml::CommandResult::refused(entry.error().message);
    // The workspace's incident-area layer mirrors its own record; a shared record has none here.
    if (!server)
        if (auto layer = writeIncidentAreaLayer(workspace); !layer)
            qCWarning(lcApp) << "the incident-area layer was not updated:" << layer.error().toString();
    const QJsonObject payload = entry->payloadObject();
    const QString incident = payload.value(QStringLiteral("id")).toString(payload.value(QStringLiteral("incident")).toString());
    return qml::CommandResult::recorded(entry->sequence, incident);
}

void RecordWriter::submit(incidents::IncidentLedger::Command command, Done done)
{
    run([command = std::move(command), server = m_recordServer](store::Workspace &workspace) { return append(workspace, command, server); }, std::move(done));
}

void RecordWriter::run(Work work, Done done)
{
    m_pool.start([this, work = std::move(work), done = std::move(done)] {
        qml::CommandResult result;
        if (!m_workspace) {
            auto opened = store::Workspace::open(m_path);
            if (opened)
                m_workspace = std::make_unique<store::Workspace>(std::move(opened).value());
            else
                result = qml::CommandResult::refused(opened.error().toString());
        }
        if (m_workspace)
            result = work(*m_workspace);
        QMetaObject::invokeMethod(this, [done, result] { done(result); }, Qt::QueuedConnection);
    });
}

} // namespace lookout::app

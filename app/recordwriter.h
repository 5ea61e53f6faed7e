// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "commandresult.h"
#include "incidents/incidentledger.h"
#include "store/workspace.h"

#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

namespace lookout::app {

// The desk's commands appended to the workspace's record off the GUI thread: one writer thread
// with its own connection to the workspace file, commands in the order given. Each is checked
// again against the record as it then stands (IncidentLedger::act folds what other seats wrote),
// the incident-area layer is rewritten after it, and `done` is called on the writer's owner
// thread with the outcome. Destroying the writer waits for the commands in hand.
class RecordWriter : public QObject {
    Q_OBJECT
public:
    // `recordServer`: a seat of a shared server (libpq connection string): the commands go there,
    // checked against the record as this seat may read it; empty: the workspace's own record.
    explicit RecordWriter(QString workspacePath, QString recordServer = {}, QObject *parent = nullptr);
    ~RecordWriter() override;

    using Done = std::function<void(const qml::CommandResult &)>;
    void submit(incidents::IncidentLedger::Command command, Done done);
    // Any other write to the workspace (an acknowledgement), on the same thread in the same order.
    using Work = std::function<qml::CommandResult(store::Workspace &)>;
    void run(Work work, Done done);
    void waitForIdle();

    // Appends one command to `workspace`'s record now, on the calling thread; the outcome as the
    // desk shows it. What submit() runs on the writer thread, and the synchronous path uses.
    static qml::CommandResult append(store::Workspace &workspace, const incidents::IncidentLedger::Command &command,
                                     const QString &recordServer = {});

private:
    QString m_path;
    QString m_recordServer;
    QThreadPool m_pool;
    std::unique_ptr<store::Workspace> m_workspace;  // the writer thread's, opened on first use
};

} // namespace lookout::app

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "feeds/feedconfig.h"

#include <QObject>
#include <QThread>

namespace lookout::app {

// A live seat's feeds off the GUI thread: the scheduler (fetches, health files), the ingest of
// each delivery into the workspace and the teams' position sources (each fix kept with its time)
// run on a thread of their own, with that thread's own
// connection to the workspace file. The owner hears `changed()` (on its own thread) after each
// delivery is stored and each health change, and asks for the next situation.
class FeedWorker : public QObject {
    Q_OBJECT
public:
    FeedWorker(QString workspacePath, feeds::FeedConfig config, QObject *parent = nullptr);
    ~FeedWorker() override;  // stops the feeds and waits for the thread

    void start();

signals:
    void changed();
    // A delivery that could not be stored (the health records it too).
    void ingestFailed(const QString &sourceId, const QString &message);

private:
    QString m_path;
    feeds::FeedConfig m_config;
    QThread m_thread;
    QObject m_anchor;              // lives on m_thread: work is queued to it
    QObject *m_context = nullptr;  // lives on m_thread; owns the scheduler and the workspace
};

} // namespace lookout::app

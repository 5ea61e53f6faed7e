// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "store/journal.h"

#include <condition_variable>
#include <deque>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

namespace lookout::store {

// Group commit: one writer thread owns the journal connection; any thread submits drafts and
// gets a future that is fulfilled once its entry is durably committed. Drafts that arrive while a
// commit is in flight go together in the next transaction, so many seats or a burst of feed
// events share one fsync instead of paying one each.
// Thread contract: submit() from any thread; the journal is opened, used and closed on the
// writer's own thread; the destructor commits what is queued, then stops.
class JournalWriter {
public:
    using Opener = std::function<Result<std::unique_ptr<Journal>>()>;
    explicit JournalWriter(Opener opener);
    ~JournalWriter();
    JournalWriter(const JournalWriter &) = delete;
    JournalWriter &operator=(const JournalWriter &) = delete;

    // A draft missing its time, user, seat or kind fails at once, without touching the batch.
    std::future<Result<JournalEntry>> submit(JournalDraft draft);
    Result<JournalEntry> append(JournalDraft draft) { return submit(std::move(draft)).get(); }

    // Commits so far and entries per commit, for the benchmark and the health line.
    qint64 commits() const;

private:
    struct Pending {
        JournalDraft draft;
        std::promise<Result<JournalEntry>> promise;
    };
    void run(Opener opener);

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Pending> m_queue;
    bool m_stopping = false;
    qint64 m_commits = 0;
    std::thread m_thread;
};

} // namespace lookout::store

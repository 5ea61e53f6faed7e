// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "store/journalwriter.h"

namespace lookout::store {

namespace {
// A very large burst is split so that one transaction stays short for the other processes.
constexpr std::size_t kMaxBatch = 4096;
} // namespace

JournalWriter::JournalWriter(Opener opener)
{
    m_thread = std::thread([this, opener = std::move(opener)]() mutable { run(std::move(opener)); });
}

JournalWriter::~JournalWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

std::future<Result<JournalEntry>> JournalWriter::submit(JournalDraft draft)
{
    std::promise<Result<JournalEntry>> promise;
    auto future = promise.get_future();
    if (auto checked = checkDraft(draft); !checked) {
        promise.set_value(checked.error());
        return future;
    }
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping) {
            promise.set_value(makeError(Error::Code::Cancelled, QStringLiteral("the record writer is stopping")));
            return future;
        }
        m_queue.push_back(Pending{std::move(draft), std::move(promise)});
    }
    m_wake.notify_one();
    return future;
}

qint64 JournalWriter::commits() const
{
    std::lock_guard lock(m_mutex);
    return m_commits;
}

void JournalWriter::run(Opener opener)
{
    auto journal = opener();
    while (true) {
        std::vector<Pending> batch;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return;
            const std::size_t take = std::min(kMaxBatch, m_queue.size());
            batch.reserve(take);
            for (std::size_t i = 0; i < take; ++i) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        if (!journal) {
            for (Pending &pending : batch)
                pending.promise.set_value(journal.error());
            continue;
        }
        QList<JournalDraft> drafts;
        drafts.reserve(qsizetype(batch.size()));
        for (const Pending &pending : batch)
            drafts.append(pending.draft);
        auto entries = (*journal)->append(drafts);
        {
            std::lock_guard lock(m_mutex);
            ++m_commits;
        }
        for (std::size_t i = 0; i < batch.size(); ++i) {
            if (entries)
                batch[i].promise.set_value(entries->at(qsizetype(i)));
            else
                batch[i].promise.set_value(entries.error());
        }
    }
}

} // namespace lookout::store

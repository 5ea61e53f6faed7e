// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "situation/situationjob.h"

#include "situation/situationbuilder.h"
#include "store/database.h"

#include <QMetaObject>

namespace lookout::situation {

SituationJob::SituationJob(QString workspacePath, SituationInputs inputs, QObject *parent)
    : QObject(parent), m_path(std::move(workspacePath)), m_inputs(std::make_shared<const SituationInputs>(std::move(inputs)))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);  // keep the worker (and its connection's thread) for the job's life
}

SituationJob::~SituationJob()
{
    cancel();
    m_pool.waitForDone();
    m_database.reset();
}

quint64 SituationJob::request(const QDateTime &at)
{
    const quint64 id = ++m_latest;
    m_pool.start([this, id, at, inputs = m_inputs] { build(id, at, inputs); });
    return id;
}

void SituationJob::setInputs(SituationInputs inputs)
{
    m_inputs = std::make_shared<const SituationInputs>(std::move(inputs));
}

void SituationJob::cancel()
{
    ++m_latest;  // no build in hand or queued is the latest any more
}

void SituationJob::waitForIdle()
{
    m_pool.waitForDone();
}

// On the worker thread.
void SituationJob::build(quint64 id, QDateTime at, std::shared_ptr<const SituationInputs> inputs)
{
    auto current = [this, id] { return m_latest.load() == id; };
    if (!current()) {  // a newer request came while this one waited
        ++m_superseded;
        return;
    }
    if (!m_database) {
        auto opened = store::Database::open(m_path, true);
        if (!opened) {
            QMetaObject::invokeMethod(this, [this, id, message = opened.error().toString()] { emit failed(id, message); }, Qt::QueuedConnection);
            return;
        }
        m_database = std::make_unique<store::Database>(std::move(opened).value());
    }
    if (!m_cache)
        m_cache = std::make_unique<BuildCache>();
    auto built = buildSituation(
        *m_database, at, *inputs,
        [&](int done, int total) {
            if (!current())
                return false;
            QMetaObject::invokeMethod(this, [this, id, done, total] { emit progress(id, done, total); }, Qt::QueuedConnection);
            return true;
        },
        m_cache.get());
    if (!built) {
        if (built.error().code == Error::Code::Cancelled || !current()) {
            ++m_superseded;
            return;
        }
        QMetaObject::invokeMethod(this, [this, id, message = built.error().toString()] { emit failed(id, message); }, Qt::QueuedConnection);
        return;
    }
    if (m_completion)
        m_completion(*built);
    auto situation = std::make_shared<const Situation>(std::move(built).value());
    // Checked again on the owner's thread: a request made after this build finished supersedes it.
    QMetaObject::invokeMethod(
        this,
        [this, id, situation] {
            if (m_latest.load() != id) {
                ++m_superseded;
                return;
            }
            emit ready(id, situation);
        },
        Qt::QueuedConnection);
}

} // namespace lookout::situation

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "core/clock.h"

namespace lookout {

Clock Clock::replayFrom(const QDateTime &start)
{
    Clock clock;
    clock.m_mode = static_cast<int>(Mode::Replay);
    clock.m_startMs = start.toMSecsSinceEpoch();
    clock.m_anchorMs = QDateTime::currentMSecsSinceEpoch();
    return clock;
}

Clock Clock::frozenAt(const QDateTime &at)
{
    Clock clock;
    clock.m_mode = static_cast<int>(Mode::Frozen);
    clock.m_startMs = at.toMSecsSinceEpoch();
    return clock;
}

Clock::Clock(const Clock &other)
    : m_mode(other.m_mode.load()), m_startMs(other.m_startMs.load()), m_anchorMs(other.m_anchorMs.load())
{
}

Clock &Clock::operator=(const Clock &other)
{
    m_mode = other.m_mode.load();
    m_startMs = other.m_startMs.load();
    m_anchorMs = other.m_anchorMs.load();
    return *this;
}

QDateTime Clock::now() const
{
    switch (mode()) {
    case Mode::Live:
        return QDateTime::currentDateTimeUtc();
    case Mode::Replay:
        return QDateTime::fromMSecsSinceEpoch(m_startMs + (QDateTime::currentMSecsSinceEpoch() - m_anchorMs),
                                              QTimeZone::utc());
    case Mode::Frozen:
        return QDateTime::fromMSecsSinceEpoch(m_startMs, QTimeZone::utc());
    }
    return QDateTime::currentDateTimeUtc();
}

} // namespace lookout

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QDateTime>
#include <QTimeZone>

#include <atomic>

namespace lookout {

// The scenario clock: the time every "now", data age and "as known at" question is asked
// against. Live by default; set to a past instant it replays from there at real speed (an
// exercise or a historic event), or it can be frozen (tests, reproducible renders).
// Thread contract: now() may be called from any thread; the setters are for the owner's thread
// and take effect atomically.
class Clock {
public:
    enum class Mode { Live, Replay, Frozen };

    Clock() = default;
    static Clock live() { return Clock(); }
    static Clock replayFrom(const QDateTime &start);
    static Clock frozenAt(const QDateTime &at);

    Clock(const Clock &other);
    Clock &operator=(const Clock &other);

    Mode mode() const { return static_cast<Mode>(m_mode.load()); }
    QDateTime now() const;  // always UTC

private:
    std::atomic<int> m_mode{static_cast<int>(Mode::Live)};
    std::atomic<qint64> m_startMs{0};   // scenario time at which replay started / the frozen time
    std::atomic<qint64> m_anchorMs{0};  // wall time at which replay started
};

} // namespace lookout

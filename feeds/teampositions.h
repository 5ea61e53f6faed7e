// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/geo.h"

#include <QByteArray>
#include <QDateTime>
#include <QIODevice>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

class QNmeaPositionInfoSource;
class QTcpSocket;

namespace lookout::feeds {

// One team's position source, configured like a feed: an NMEA 0183 stream over TCP
// ("tcp://host:port") or a recorded file replayed at its recorded pace (a path).
struct PositionSourceConfig {
    QString id;
    QString team;
    QString address;
    int staleMinutes = 5;  // no fix for this long: shown as stale, never as live
};

struct TeamFix {
    QString team;
    QDateTime time;  // the fix's own time (UTC)
    GeoPoint position;
    std::optional<double> speedKmh;
};

// What a source has met: fixes, lines that are no NMEA sentence, sentences whose checksum is
// wrong, connections dropped and made again.
struct PositionCounts {
    int fixes = 0;
    int garbage = 0;
    int checksumErrors = 0;
    int disconnects = 0;
    int reconnects = 0;
};

// Passes on the sentences whose checksum is right, one per line, and counts the others: what
// QNmeaPositionInfoSource reads. Sequential, read-only.
class NmeaSentenceFilter : public QIODevice {
    Q_OBJECT
public:
    explicit NmeaSentenceFilter(PositionCounts &counts, QObject *parent = nullptr);
    void feed(const QByteArray &bytes);
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_out.size() + QIODevice::bytesAvailable(); }
    bool canReadLine() const override { return m_out.contains('\n') || QIODevice::canReadLine(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    void take(const QByteArray &line);

    PositionCounts &m_counts;
    QByteArray m_partial;
    QByteArray m_out;
};

// Reads one team's positions through QNmeaPositionInfoSource: over TCP it reconnects after a
// dropped connection (every 2 s until it is back); a file is replayed at its recorded pace.
// GUI or worker thread, with an event loop.
class TeamPositionSource : public QObject {
    Q_OBJECT
public:
    explicit TeamPositionSource(PositionSourceConfig config, QObject *parent = nullptr);
    ~TeamPositionSource() override;

    bool start();  // false (with lastError) when a file cannot be read or the address makes no sense
    void stop();
    QString lastError() const { return m_error; }
    const PositionCounts &counts() const { return m_counts; }
    const std::optional<TeamFix> &lastFix() const { return m_last; }
    // Whether the last fix is older than staleMinutes at `now` (or there is none).
    bool isStale(const QDateTime &now) const;

signals:
    void fixed(const lookout::feeds::TeamFix &fix);

private:
    void connectToHost();

    PositionSourceConfig m_config;
    PositionCounts m_counts;
    std::optional<TeamFix> m_last;
    QString m_error;
    NmeaSentenceFilter *m_filter = nullptr;
    QNmeaPositionInfoSource *m_source = nullptr;
    QTcpSocket *m_socket = nullptr;
    QTimer m_reconnect;
    QString m_host;
    quint16 m_port = 0;
    bool m_everConnected = false;
    bool m_stopped = false;
};

} // namespace lookout::feeds

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "feeds/teampositions.h"

#include <QFile>
#include <QGeoPositionInfo>
#include <QNmeaPositionInfoSource>
#include <QTcpSocket>
#include <QUrl>

#include <cstring>

namespace lookout::feeds {

NmeaSentenceFilter::NmeaSentenceFilter(PositionCounts &counts, QObject *parent) : QIODevice(parent), m_counts(counts)
{
    open(QIODevice::ReadOnly);
}

void NmeaSentenceFilter::feed(const QByteArray &bytes)
{
    m_partial += bytes;
    qsizetype end;
    bool any = false;
    while ((end = m_partial.indexOf('\n')) >= 0) {
        const QByteArray line = m_partial.left(end).trimmed();
        m_partial.remove(0, end + 1);
        if (line.isEmpty())
            continue;
        const qsizetype before = m_out.size();
        take(line);
        any |= m_out.size() > before;
    }
    if (m_partial.size() > 4096) {  // no line end in sight: not NMEA
        ++m_counts.garbage;
        m_partial.clear();
    }
    if (any)
        emit readyRead();
}

void NmeaSentenceFilter::take(const QByteArray &line)
{
    const qsizetype star = line.lastIndexOf('*');
    if (!(line.startsWith('$') || line.startsWith('!')) || star < 0 || star + 3 != line.size()) {
        ++m_counts.garbage;
        return;
    }
    unsigned char sum = 0;
    for (qsizetype i = 1; i < star; ++i)
        sum ^= static_cast<unsigned char>(line[i]);
    bool ok = false;
    const uint given = line.mid(star + 1, 2).toUInt(&ok, 16);
    if (!ok || given != sum) {
        ++m_counts.checksumErrors;
        return;
    }
    m_out += line + "\r\n";
}

qint64 NmeaSentenceFilter::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min<qint64>(maxSize, m_out.size());
    std::memcpy(data, m_out.constData(), size_t(count));
    m_out.remove(0, count);
    return count;
}

TeamPositionSource::TeamPositionSource(PositionSourceConfig config, QObject *parent) : QObject(parent), m_config(std::move(config))
{
    m_reconnect.setSingleShot(true);
    m_reconnect.setInterval(2000);
    connect(&m_reconnect, &QTimer::timeout, this, &TeamPositionSource::connectToHost);
}

TeamPositionSource::~TeamPositionSource()
{
    stop();
}

bool TeamPositionSource::start()
{
    m_stopped = false;
    m_filter = new NmeaSentenceFilter(m_counts, this);
    const QUrl url(m_config.address);
    const bool tcp = url.scheme() == QLatin1String("tcp");
    m_source = new QNmeaPositionInfoSource(tcp ? QNmeaPositionInfoSource::RealTimeMode : QNmeaPositionInfoSource::SimulationMode, this);
    connect(m_source, &QNmeaPositionInfoSource::positionUpdated, this, [this](const QGeoPositionInfo &info) {
        if (!info.isValid() || !info.coordinate().isValid())
            return;
        TeamFix fix{m_config.team, info.timestamp().toUTC(), GeoPoint{info.coordinate().longitude(), info.coordinate().latitude()}, std::nullopt};
        if (info.hasAttribute(QGeoPositionInfo::GroundSpeed))
            fix.speedKmh = info.attribute(QGeoPositionInfo::GroundSpeed) * 3.6;
        ++m_counts.fixes;
        m_last = fix;
        emit fixed(fix);
    });
    if (tcp) {
        m_host = url.host();
        m_port = quint16(url.port(0));
        if (m_host.isEmpty() || m_port == 0) {
            m_error = QStringLiteral("%1: a TCP source is tcp://host:port").arg(m_config.address);
            return false;
        }
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::readyRead, this, [this] { m_filter->feed(m_socket->readAll()); });
        connect(m_socket, &QTcpSocket::connected, this, [this] {
            if (m_everConnected)
                ++m_counts.reconnects;
            m_everConnected = true;
        });
        connect(m_socket, &QTcpSocket::disconnected, this, [this] {
            ++m_counts.disconnects;
            if (!m_stopped)
                m_reconnect.start();
        });
        connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
            if (!m_stopped && m_socket->state() == QAbstractSocket::UnconnectedState)
                m_reconnect.start();
        });
        m_source->setDevice(m_filter);
        m_source->setUpdateInterval(0);
        m_source->startUpdates();
        connectToHost();
        return true;
    }
    QFile file(m_config.address);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("%1: %2").arg(m_config.address, file.errorString());
        return false;
    }
    m_filter->feed(file.readAll() + '\n');
    m_source->setDevice(m_filter);
    m_source->startUpdates();
    return true;
}

void TeamPositionSource::connectToHost()
{
    if (m_socket && !m_stopped)
        m_socket->connectToHost(m_host, m_port);
}

void TeamPositionSource::stop()
{
    m_stopped = true;
    m_reconnect.stop();
    if (m_source)
        m_source->stopUpdates();
    if (m_socket)
        m_socket->abort();
}

bool TeamPositionSource::isStale(const QDateTime &now) const
{
    return !m_last || m_last->time.secsTo(now) > qint64(m_config.staleMinutes) * 60;
}

} // namespace lookout::feeds

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace lookout::test {

// How the server answers one path, faults included.
struct FaultResponse {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/xml";
    int hangMs = 0;               // wait this long before answering anything
    int dripBytesPerSecond = 0;   // send the body this slowly (0: at once)
    qint64 truncateAt = -1;       // announce the whole Content-Length, close after this many bytes
    bool gzip = false;            // Content-Encoding: gzip
    QByteArray redirectTo;        // answer 302 with this Location
    QByteArray etag;              // send ETag; answer 304 when If-None-Match matches
};

// A real HTTP/1.1 server on 127.0.0.1 (a free port), serving recorded files with injected
// faults, for the feed tests. Plain POSIX sockets, a thread per connection, so it answers while
// the test thread blocks on a future. Stops (and joins) on destruction.
class FaultHttpServer {
public:
    FaultHttpServer();
    ~FaultHttpServer();

    bool isListening() const { return m_port > 0; }
    int port() const { return m_port; }
    QString url(const QString &path) const;
    void route(const QByteArray &path, const FaultResponse &response);
    int requestCount(const QByteArray &path) const;
    // The last request to the path: its method ("GET", "POST") and body, its Content-Type.
    QByteArray lastMethod(const QByteArray &path) const;
    QByteArray lastBody(const QByteArray &path) const;
    QByteArray lastContentType(const QByteArray &path) const;

private:
    void acceptLoop();
    void serve(int socket);

    int m_listener = -1;
    int m_port = 0;
    std::atomic<bool> m_stopping{false};
    std::thread m_acceptThread;
    mutable std::mutex m_mutex;
    std::map<QByteArray, FaultResponse> m_routes;
    std::map<QByteArray, int> m_counts;
    struct Received {
        QByteArray method, body, contentType;
    };
    std::map<QByteArray, Received> m_received;
    std::vector<std::thread> m_connections;
};

} // namespace lookout::test

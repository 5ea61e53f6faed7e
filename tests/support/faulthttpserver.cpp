// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "tests/support/faulthttpserver.h"

#include <functional>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <zlib.h>

#include <chrono>

namespace lookout::test {

namespace {

QByteArray gzipped(const QByteArray &data)
{
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);  // +16: gzip wrapper
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))) + 32, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

bool sendAll(int socket, const char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t sent = ::send(socket, data, size_t(size), MSG_NOSIGNAL);
        if (sent <= 0)
            return false;
        data += sent;
        size -= sent;
    }
    return true;
}

} // namespace

FaultHttpServer::FaultHttpServer()
{
    m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
    const int yes = 1;
    setsockopt(m_listener, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;  // a free port
    if (::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 || ::listen(m_listener, 16) != 0)
        return;
    socklen_t length = sizeof address;
    getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length);
    m_port = ntohs(address.sin_port);
    m_acceptThread = std::thread([this] { acceptLoop(); });
}

FaultHttpServer::~FaultHttpServer()
{
    m_stopping = true;
    if (m_acceptThread.joinable())
        m_acceptThread.join();
    ::close(m_listener);
    std::vector<std::thread> connections;
    {
        std::lock_guard lock(m_mutex);
        connections.swap(m_connections);
    }
    for (std::thread &connection : connections)
        connection.join();
}

QString FaultHttpServer::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}

void FaultHttpServer::route(const QByteArray &path, const FaultResponse &response)
{
    std::lock_guard lock(m_mutex);
    m_routes[path] = response;
}

int FaultHttpServer::requestCount(const QByteArray &path) const
{
    std::lock_guard lock(m_mutex);
    const auto found = m_counts.find(path);
    return found == m_counts.end() ? 0 : found->second;
}

QByteArray FaultHttpServer::lastMethod(const QByteArray &path) const
{
    std::lock_guard lock(m_mutex);
    const auto found = m_received.find(path);
    return found == m_received.end() ? QByteArray() : found->second.method;
}

QByteArray FaultHttpServer::lastBody(const QByteArray &path) const
{
    std::lock_guard lock(m_mutex);
    const auto found = m_received.find(path);
    return found == m_received.end() ? QByteArray() : found->second.body;
}

QByteArray FaultHttpServer::lastContentType(const QByteArray &path) const
{
    std::lock_guard lock(m_mutex);
    const auto found = m_received.find(path);
    return found == m_received.end() ? QByteArray() : found->second.contentType;
}

void FaultHttpServer::acceptLoop()
{
    while (!m_stopping) {
        pollfd waiting{m_listener, POLLIN, 0};
        if (::poll(&waiting, 1, 50) <= 0)
            continue;
        const int socket = ::accept(m_listener, nullptr, nullptr);
        if (socket < 0)
            continue;
        std::lock_guard lock(m_mutex);
        m_connections.emplace_back([this, socket] { serve(socket); });
    }
}

void FaultHttpServer::serve(int socket)
{
    // Read the request head, then a body of its Content-Length (a publisher's POST).
    QByteArray head;
    // Reads into `into` until `enough` says so, the peer closes or the server stops.
    auto receive = [&](QByteArray &into, const std::function<bool()> &enough) {
        char buffer[4096];
        while (!enough() && !m_stopping) {
            pollfd readable{socket, POLLIN, 0};
            if (::poll(&readable, 1, 50) <= 0)
                continue;
            const ssize_t got = ::recv(socket, buffer, sizeof buffer, 0);
            if (got <= 0)
                break;
            into.append(buffer, got);
        }
    };
    receive(head, [&] { return head.contains("\r\n\r\n"); });
    const qsizetype headEnd = head.indexOf("\r\n\r\n");
    QByteArray body = headEnd < 0 ? QByteArray() : head.mid(headEnd + 4);
    const QList<QByteArray> lines = head.left(headEnd < 0 ? head.size() : headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    const QByteArray path = requestLine.value(1);
    QByteArray ifNoneMatch, contentType;
    qsizetype contentLength = 0;
    for (const QByteArray &line : lines) {
        const QByteArray lower = line.toLower();
        if (lower.startsWith("if-none-match:"))
            ifNoneMatch = line.mid(14).trimmed();
        else if (lower.startsWith("content-length:"))
            contentLength = line.mid(15).trimmed().toLongLong();
        else if (lower.startsWith("content-type:"))
            contentType = line.mid(13).trimmed();
    }
    receive(body, [&] { return body.size() >= contentLength; });

    FaultResponse response;
    bool known = false;
    {
        std::lock_guard lock(m_mutex);
        ++m_counts[path];
        m_received[path] = Received{requestLine.value(0), body, contentType};
        const auto found = m_routes.find(path);
        known = found != m_routes.end();
        if (known)
            response = found->second;
    }
    if (!known) {
        response.status = 404;
        response.body = "not found";
        response.contentType = "text/plain";
    }
    // A hang: say nothing for hangMs (checking for shutdown), then answer normally.
    for (int waited = 0; waited < response.hangMs && !m_stopping; waited += 20)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));

    body = response.gzip ? gzipped(response.body) : response.body;
    int status = response.status;
    QByteArray extra;
    if (!response.redirectTo.isEmpty()) {
        status = 302;
        extra += "Location: " + response.redirectTo + "\r\n";
        body.clear();
    } else if (!response.etag.isEmpty()) {
        extra += "ETag: " + response.etag + "\r\n";
        if (ifNoneMatch == response.etag) {
            status = 304;
            body.clear();
        }
    }
    if (response.gzip && status == 200)
        extra += "Content-Encoding: gzip\r\n";
    const QByteArray reason = status == 200 ? "OK" : status == 304 ? "Not Modified" : status == 302 ? "Found"
                            : status == 404 ? "Not Found" : "Error";
    QByteArray header = "HTTP/1.1 " + QByteArray::number(status) + " " + reason + "\r\n" + "Content-Type: "
                        + response.contentType + "\r\n" + "Content-Length: " + QByteArray::number(body.size()) + "\r\n"
                        + extra + "Connection: close\r\n\r\n";
    bool ok = sendAll(socket, header.constData(), header.size());
    const qsizetype limit = response.truncateAt >= 0 ? std::min<qsizetype>(response.truncateAt, body.size()) : body.size();
    if (ok && status != 304) {
        if (response.dripBytesPerSecond > 0) {
            for (qsizetype sent = 0; ok && sent < limit && !m_stopping; ++sent) {
                ok = sendAll(socket, body.constData() + sent, 1);
                std::this_thread::sleep_for(std::chrono::microseconds(1000000 / response.dripBytesPerSecond));
            }
        } else {
            sendAll(socket, body.constData(), limit);
        }
    }
    ::shutdown(socket, SHUT_RDWR);
    ::close(socket);
}

} // namespace lookout::test

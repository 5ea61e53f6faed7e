// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QFuture>
#include <QString>

#include <memory>

namespace lookout::feeds {

struct FetchRequest {
    QString url;                   // http://, https:// or file://
    int timeoutMs = 30000;         // the whole transfer, connect to last byte (a hang or a slow drip ends here)
    qint64 maxBytes = 20 << 20;    // bodies larger than this are refused
    int maxRedirects = 5;
    QString etag;                  // from the last good response: sent as If-None-Match
    QString lastModified;          // sent as If-Modified-Since
    // A POST of this body (when not empty) with this Content-Type, instead of a GET: what a
    // publisher sends downstream. Redirects are not followed for a POST.
    QByteArray postBody;
    QString postContentType;
};

struct FetchResponse {
    int httpStatus = 0;            // 0 for file://
    bool notModified = false;      // 304: the last good payload still holds
    QByteArray body;               // decoded (gzip/deflate undone)
    QString contentType;
    QString etag;
    QString lastModified;
    QString effectiveUrl;          // after redirects
    int redirects = 0;
    qint64 elapsedMs = 0;
};

// Fetches URLs with one libcurl multi handle on its own thread, many transfers at once:
// redirects bounded, gzip/deflate accepted and decoded, conditional GET, a total timeout and a
// size cap per transfer. A failure is an Error saying what went wrong in words a duty officer
// can pass on ("timed out after 10 s", "HTTP 500", "body over the 1 MB limit", "truncated: 812
// of 4311 bytes", "more than 5 redirects").
//
// Thread contract: fetch() may be called from any thread; the future is fulfilled on the
// client's thread, so attach continuations with a context object (QFuture::then(context, ...))
// or wait from a non-GUI thread. Destroying the client cancels what is in flight (those
// futures finish with a Cancelled error) and joins its thread.
class HttpClient {
public:
    HttpClient();
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    QFuture<Result<FetchResponse>> fetch(const FetchRequest &request);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lookout::feeds

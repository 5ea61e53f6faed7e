// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "feeds/httpclient.h"

#include "core/logging.h"

#include <QElapsedTimer>
#include <QPromise>

#include <curl/curl.h>

#include <atomic>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace lookout::feeds {

namespace {

struct Transfer {
    FetchRequest request;
    QPromise<Result<FetchResponse>> promise;
    CURL *easy = nullptr;
    curl_slist *headers = nullptr;
    FetchResponse response;
    bool overLimit = false;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    QElapsedTimer timer;

    ~Transfer()
    {
        curl_slist_free_all(headers);
        if (easy)
            curl_easy_cleanup(easy);
    }
};

size_t writeBody(char *data, size_t size, size_t count, void *user)
{
    auto *transfer = static_cast<Transfer *>(user);
    const size_t bytes = size * count;
    if (transfer->response.body.size() + qint64(bytes) > transfer->request.maxBytes) {
        transfer->overLimit = true;
        return 0;  // aborts the transfer with CURLE_WRITE_ERROR
    }
    transfer->response.body.append(data, qsizetype(bytes));
    return bytes;
}

size_t readHeader(char *data, size_t size, size_t count, void *user)
{
    auto *transfer = static_cast<Transfer *>(user);
    const size_t bytes = size * count;
    const QByteArray line = QByteArray(data, qsizetype(bytes)).trimmed();
    if (line.startsWith("HTTP/")) {
        // A new response (after a redirect): forget the previous one's validators.
        transfer->response.etag.clear();
        transfer->response.lastModified.clear();
        transfer->response.contentType.clear();
        return bytes;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon > 0) {
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QString value = QString::fromLatin1(line.mid(colon + 1).trimmed());
        if (name == "etag")
            transfer->response.etag = value;
        else if (name == "last-modified")
            transfer->response.lastModified = value;
        else if (name == "content-type")
            transfer->response.contentType = value;
    }
    return bytes;
}

QString kilobytes(qint64 bytes)
{
    return bytes >= 1 << 20 ? QStringLiteral("%1 MB").arg(double(bytes) / (1 << 20), 0, 'f', 1)
                            : QStringLiteral("%1 KB").arg(double(bytes) / 1024, 0, 'f', 0);
}

Error transferError(const Transfer &transfer, CURLcode code)
{
    const QString url = transfer.request.url;
    auto error = [&](Error::Code kind, const QString &message) { return makeError(kind, message, {url}); };
    switch (code) {
    case CURLE_OPERATION_TIMEDOUT:
        return error(Error::Code::Io, QStringLiteral("timed out after %1 s (%2 received)")
                                          .arg(transfer.request.timeoutMs / 1000.0).arg(kilobytes(transfer.response.body.size())));
    case CURLE_FILESIZE_EXCEEDED:
        return error(Error::Code::Corrupt, QStringLiteral("body over the %1 limit").arg(kilobytes(transfer.request.maxBytes)));
    case CURLE_WRITE_ERROR:
        if (transfer.overLimit)
            return error(Error::Code::Corrupt, QStringLiteral("body over the %1 limit").arg(kilobytes(transfer.request.maxBytes)));
        break;
    case CURLE_TOO_MANY_REDIRECTS:
        return error(Error::Code::Io, QStringLiteral("more than %1 redirects").arg(transfer.request.maxRedirects));
    case CURLE_PARTIAL_FILE: {
        curl_off_t expected = -1;
        curl_easy_getinfo(transfer.easy, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &expected);
        return error(Error::Code::Corrupt, QStringLiteral("truncated: %1 of %2 bytes arrived")
                                               .arg(transfer.response.body.size()).arg(qint64(expected)));
    }
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
        return error(Error::Code::Io, QStringLiteral("cannot connect: %1").arg(QString::fromUtf8(transfer.errorBuffer)));
    case CURLE_BAD_CONTENT_ENCODING:
        return error(Error::Code::Corrupt, QStringLiteral("the compressed body does not decode"));
    case CURLE_FILE_COULDNT_READ_FILE:
        return error(Error::Code::NotFound, QStringLiteral("cannot read the file"));
    default:
        break;
    }
    const QString detail = transfer.errorBuffer[0] ? QString::fromUtf8(transfer.errorBuffer) : QString::fromUtf8(curl_easy_strerror(code));
    return error(Error::Code::Io, detail);
}

} // namespace

struct HttpClient::Private {
    CURLM *multi = nullptr;
    std::thread thread;
    std::mutex mutex;
    std::deque<std::unique_ptr<Transfer>> queued;  // guarded by mutex
    std::atomic<bool> stopping{false};

    void run()
    {
        std::vector<std::unique_ptr<Transfer>> active;
        while (!stopping) {
            {
                std::lock_guard lock(mutex);
                while (!queued.empty()) {
                    std::unique_ptr<Transfer> transfer = std::move(queued.front());
                    queued.pop_front();
                    if (start(*transfer))
                        active.push_back(std::move(transfer));
                }
            }
            int running = 0;
            curl_multi_perform(multi, &running);
            int left = 0;
            while (CURLMsg *message = curl_multi_info_read(multi, &left)) {
                if (message->msg != CURLMSG_DONE)
                    continue;
                const auto found = std::find_if(active.begin(), active.end(),
                                                [&](const auto &transfer) { return transfer->easy == message->easy_handle; });
                if (found == active.end())
                    continue;
                std::unique_ptr<Transfer> transfer = std::move(*found);
                active.erase(found);
                curl_multi_remove_handle(multi, transfer->easy);
                finish(*transfer, message->data.result);
            }
            curl_multi_poll(multi, nullptr, 0, 200, nullptr);
        }
        for (auto &transfer : active) {
            curl_multi_remove_handle(multi, transfer->easy);
            transfer->promise.addResult(makeError(Error::Code::Cancelled, QStringLiteral("the fetch was cancelled"),
                                                  {transfer->request.url}));
            transfer->promise.finish();
        }
    }

    bool start(Transfer &transfer)
    {
        transfer.promise.start();
        transfer.timer.start();
        transfer.easy = curl_easy_init();
        if (!transfer.easy) {
            transfer.promise.addResult(makeError(Error::Code::Internal, QStringLiteral("libcurl could not start a transfer")));
            transfer.promise.finish();
            return false;
        }
        const FetchRequest &request = transfer.request;
        CURL *easy = transfer.easy;
        const QByteArray url = request.url.toUtf8();
        curl_easy_setopt(easy, CURLOPT_URL, url.constData());
        curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https,file");
        curl_easy_setopt(easy, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
        curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 1L);
        curl_easy_setopt(easy, CURLOPT_MAXREDIRS, long(request.maxRedirects));
        curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, long(request.timeoutMs));
        curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, long(std::min(request.timeoutMs, 10000)));
        curl_easy_setopt(easy, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(request.maxBytes));
        curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, "");  // gzip, deflate, whatever this libcurl decodes
        curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(easy, CURLOPT_USERAGENT, "Lookout/0.1 (emergency command suite)");
        curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, transfer.errorBuffer);
        curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, writeBody);
        curl_easy_setopt(easy, CURLOPT_WRITEDATA, &transfer);
        curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, readHeader);
        curl_easy_setopt(easy, CURLOPT_HEADERDATA, &transfer);
        if (!request.etag.isEmpty())
            transfer.headers = curl_slist_append(transfer.headers, ("If-None-Match: " + request.etag).toUtf8().constData());
        if (!request.lastModified.isEmpty())
            transfer.headers = curl_slist_append(transfer.headers, ("If-Modified-Since: " + request.lastModified).toUtf8().constData());
        if (!request.postBody.isEmpty()) {
            curl_easy_setopt(easy, CURLOPT_POSTFIELDS, transfer.request.postBody.constData());
            curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(transfer.request.postBody.size()));
            curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
            transfer.headers = curl_slist_append(transfer.headers, ("Content-Type: " + request.postContentType).toUtf8().constData());
            transfer.headers = curl_slist_append(transfer.headers, "Expect:");  // no 100-continue round trip
        }
        if (transfer.headers)
            curl_easy_setopt(easy, CURLOPT_HTTPHEADER, transfer.headers);
        curl_multi_add_handle(multi, easy);
        return true;
    }

    void finish(Transfer &transfer, CURLcode code)
    {
        FetchResponse &response = transfer.response;
        response.elapsedMs = transfer.timer.elapsed();
        long status = 0;
        curl_easy_getinfo(transfer.easy, CURLINFO_RESPONSE_CODE, &status);
        response.httpStatus = int(status);
        long redirects = 0;
        curl_easy_getinfo(transfer.easy, CURLINFO_REDIRECT_COUNT, &redirects);
        response.redirects = int(redirects);
        char *effective = nullptr;
        curl_easy_getinfo(transfer.easy, CURLINFO_EFFECTIVE_URL, &effective);
        response.effectiveUrl = QString::fromUtf8(effective ? effective : "");
        if (code != CURLE_OK) {
            transfer.promise.addResult(transferError(transfer, code));
        } else if (status == 304) {
            response.notModified = true;
            response.body.clear();
            transfer.promise.addResult(response);
        } else if (status >= 400 || (status >= 300 && status < 400)) {
            transfer.promise.addResult(makeError(Error::Code::Io, QStringLiteral("HTTP %1").arg(status), {transfer.request.url}));
        } else {
            transfer.promise.addResult(std::move(response));
        }
        transfer.promise.finish();
    }
};

HttpClient::HttpClient() : d(std::make_unique<Private>())
{
    static const bool initialised = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    if (!initialised)
        qCWarning(lcFeeds) << "libcurl global initialisation failed";
    d->multi = curl_multi_init();
    d->thread = std::thread([this] { d->run(); });
}

HttpClient::~HttpClient()
{
    d->stopping = true;
    curl_multi_wakeup(d->multi);
    d->thread.join();
    {
        std::lock_guard lock(d->mutex);
        for (auto &transfer : d->queued) {
            transfer->promise.start();
            transfer->promise.addResult(makeError(Error::Code::Cancelled, QStringLiteral("the fetch was cancelled"),
                                                  {transfer->request.url}));
            transfer->promise.finish();
        }
        d->queued.clear();
    }
    curl_multi_cleanup(d->multi);
}

QFuture<Result<FetchResponse>> HttpClient::fetch(const FetchRequest &request)
{
    auto transfer = std::make_unique<Transfer>();
    transfer->request = request;
    QFuture<Result<FetchResponse>> future = transfer->promise.future();
    {
        std::lock_guard lock(d->mutex);
        d->queued.push_back(std::move(transfer));
    }
    curl_multi_wakeup(d->multi);
    return future;
}

} // namespace lookout::feeds

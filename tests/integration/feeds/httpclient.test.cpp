// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The libcurl client against a real HTTP server on 127.0.0.1 serving recorded feeds with faults.
#include "feeds/httpclient.h"
#include "tests/support/faulthttpserver.h"
#include "tests/support/testdata.h"

#include <QUrl>

#include <gtest/gtest.h>

using namespace lookout;
using namespace lookout::feeds;
using lookout::test::FaultHttpServer;
using lookout::test::FaultResponse;

namespace {

QByteArray macao()
{
    return test::readBytes(test::sharedData(QStringLiteral("warnings/mo-smg_monsoon_update_allclear_zh-pt-en.xml")));
}

Result<FetchResponse> fetchNow(HttpClient &client, FetchRequest request)
{
    QFuture<Result<FetchResponse>> future = client.fetch(request);
    future.waitForFinished();
    return future.result();
}

FetchRequest requestFor(const FaultHttpServer &server, const char *path, int timeoutMs = 5000)
{
    FetchRequest request;
    request.url = server.url(QString::fromLatin1(path));
    request.timeoutMs = timeoutMs;
    return request;
}

std::string errorText(const Result<FetchResponse> &result)
{
    EXPECT_FALSE(result.ok());
    return result ? std::string() : result.error().toString().toStdString();
}

} // namespace

class HttpClientTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(server.isListening()); }
    FaultHttpServer server;
    HttpClient client;
};

TEST_F(HttpClientTest, FetchesPlainAndGzip)
{
    server.route("/cap.xml", FaultResponse{.body = macao()});
    server.route("/cap.xml.gz", FaultResponse{.body = macao(), .gzip = true});
    auto plain = fetchNow(client, requestFor(server, "/cap.xml"));
    ASSERT_TRUE(plain.ok()) << errorText(plain);
    EXPECT_EQ(plain->httpStatus, 200);
    EXPECT_EQ(plain->body, macao());
    EXPECT_EQ(plain->contentType, QStringLiteral("application/xml"));
    auto gzip = fetchNow(client, requestFor(server, "/cap.xml.gz"));
    ASSERT_TRUE(gzip.ok()) << errorText(gzip);
    EXPECT_EQ(gzip->body, macao());
}

TEST_F(HttpClientTest, ServerErrorsAndMissingPages)
{
    server.route("/500", FaultResponse{.status = 500, .body = "boom", .contentType = "text/plain"});
    EXPECT_NE(errorText(fetchNow(client, requestFor(server, "/500"))).find("HTTP 500"), std::string::npos);
    EXPECT_NE(errorText(fetchNow(client, requestFor(server, "/nothing-here"))).find("HTTP 404"), std::string::npos);
}

TEST_F(HttpClientTest, HangAndSlowDripEndAtTheTimeout)
{
    server.route("/hang", FaultResponse{.body = macao(), .hangMs = 5000});
    server.route("/drip", FaultResponse{.body = macao(), .dripBytesPerSecond = 500});
    EXPECT_NE(errorText(fetchNow(client, requestFor(server, "/hang", 400))).find("timed out after 0.4 s"), std::string::npos);
    const std::string drip = errorText(fetchNow(client, requestFor(server, "/drip", 700)));
    EXPECT_NE(drip.find("timed out"), std::string::npos);
    EXPECT_NE(drip.find("received"), std::string::npos);
}

TEST_F(HttpClientTest, TruncatedAndOversizedBodies)
{
    server.route("/cut", FaultResponse{.body = macao(), .truncateAt = 1000});
    const std::string cut = errorText(fetchNow(client, requestFor(server, "/cut")));
    EXPECT_NE(cut.find("truncated: 1000 of 7268 bytes"), std::string::npos) << cut;
    server.route("/big", FaultResponse{.body = macao()});
    FetchRequest small = requestFor(server, "/big");
    small.maxBytes = 2048;
    EXPECT_NE(errorText(fetchNow(client, small)).find("body over the 2 KB limit"), std::string::npos);
    // Without Content-Length help: gzip hides the size until it is decoded.
    server.route("/big.gz", FaultResponse{.body = macao().repeated(20), .gzip = true});
    FetchRequest smallGzip = requestFor(server, "/big.gz");
    smallGzip.maxBytes = 4096;
    EXPECT_NE(errorText(fetchNow(client, smallGzip)).find("over the"), std::string::npos);
}

TEST_F(HttpClientTest, RedirectsAreFollowedButBounded)
{
    server.route("/moved", FaultResponse{.redirectTo = server.url(QStringLiteral("/cap.xml")).toUtf8()});
    server.route("/cap.xml", FaultResponse{.body = macao()});
    auto moved = fetchNow(client, requestFor(server, "/moved"));
    ASSERT_TRUE(moved.ok()) << errorText(moved);
    EXPECT_EQ(moved->redirects, 1);
    EXPECT_TRUE(moved->effectiveUrl.endsWith(QLatin1String("/cap.xml")));
    server.route("/loop", FaultResponse{.redirectTo = "/loop"});
    EXPECT_NE(errorText(fetchNow(client, requestFor(server, "/loop"))).find("more than 5 redirects"), std::string::npos);
    EXPECT_EQ(server.requestCount("/loop"), 6);
}

TEST_F(HttpClientTest, ConditionalGetGets304)
{
    server.route("/etag.xml", FaultResponse{.body = macao(), .etag = "\"v1\""});
    auto first = fetchNow(client, requestFor(server, "/etag.xml"));
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->etag, QStringLiteral("\"v1\""));
    FetchRequest again = requestFor(server, "/etag.xml");
    again.etag = first->etag;
    auto second = fetchNow(client, again);
    ASSERT_TRUE(second.ok()) << errorText(second);
    EXPECT_TRUE(second->notModified);
    EXPECT_EQ(second->httpStatus, 304);
    EXPECT_TRUE(second->body.isEmpty());
}

TEST_F(HttpClientTest, ManyAtOnceAndFileUrls)
{
    server.route("/cap.xml", FaultResponse{.body = macao()});
    QList<QFuture<Result<FetchResponse>>> futures;
    for (int i = 0; i < 20; ++i)
        futures.append(client.fetch(requestFor(server, "/cap.xml")));
    for (auto &future : futures) {
        future.waitForFinished();
        ASSERT_TRUE(future.result().ok());
        EXPECT_EQ(future.result()->body.size(), macao().size());
    }
    FetchRequest file;
    file.url = QUrl::fromLocalFile(test::sharedData(QStringLiteral("warnings/mo-smg_monsoon_update_allclear_zh-pt-en.xml"))).toString();
    auto local = fetchNow(client, file);
    ASSERT_TRUE(local.ok()) << errorText(local);
    EXPECT_EQ(local->body, macao());
    file.url = QStringLiteral("file:///nonexistent/feed.xml");
    EXPECT_FALSE(fetchNow(client, file).ok());
}

TEST(HttpClientLifetime, DestroyingTheClientCancelsWhatIsInFlight)
{
    FaultHttpServer server;
    server.route("/hang", FaultResponse{.hangMs = 10000});
    QFuture<Result<FetchResponse>> future;
    {
        HttpClient client;
        future = client.fetch(requestFor(server, "/hang", 60000));
    }
    ASSERT_TRUE(future.isFinished());
    ASSERT_FALSE(future.result().ok());
    EXPECT_EQ(future.result().error().code, Error::Code::Cancelled);
}

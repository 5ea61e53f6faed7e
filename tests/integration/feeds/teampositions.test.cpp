// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// A team's positions from a real recorded NMEA log (tests/data/positions) served by a loopback TCP
// server this test starts: garbage lines, a wrong checksum and a dropped connection are counted
// and survived; the same log replayed from its file.
#include "feeds/teampositions.h"
#include "tests/support/testdata.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTcpServer>
#include <QTcpSocket>

#include <gtest/gtest.h>

using namespace lookout;

namespace {

QList<QByteArray> logLines()
{
    QList<QByteArray> lines = test::readBytes(test::testData(QStringLiteral("positions/qtpositioning-satelliteinfo-nmealog.txt"))).split('\n');
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    return lines;
}

bool waitFor(const std::function<bool()> &done, int milliseconds = 20000)
{
    QDeadlineTimer deadline(milliseconds);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

} // namespace

TEST(TeamPositions, ARealNmeaLogOverTcpWithGarbageABadChecksumAndADroppedConnection)
{
    const QList<QByteArray> lines = logLines();
    ASSERT_GT(lines.size(), 1000);
    const qsizetype half = lines.size() / 2;
    QTcpServer server;
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost));
    int connections = 0;
    QObject::connect(&server, &QTcpServer::newConnection, [&] {
        QTcpSocket *socket = server.nextPendingConnection();
        ++connections;
        QByteArray bytes;
        if (connections == 1) {
            for (qsizetype i = 0; i < half; ++i)
                bytes += lines[i] + '\n';
            bytes += "garbage that is no sentence\r\n";
            QByteArray wrong = lines[half];  // its checksum no longer matches
            wrong[8] = wrong[8] == '1' ? '2' : '1';
            bytes += wrong + '\n';
            socket->write(bytes);
            socket->flush();
            socket->disconnectFromHost();  // the connection drops mid-stream
        } else {
            for (qsizetype i = half + 1; i < lines.size(); ++i)
                bytes += lines[i] + '\n';
            socket->write(bytes);
        }
    });
    feeds::TeamPositionSource source({QStringLiteral("team-1-gps"), QStringLiteral("team-1"),
                                      QStringLiteral("tcp://127.0.0.1:%1").arg(server.serverPort()), 5});
    QList<feeds::TeamFix> fixes;
    QObject::connect(&source, &feeds::TeamPositionSource::fixed, [&](const feeds::TeamFix &fix) { fixes.append(fix); });
    ASSERT_TRUE(source.start()) << source.lastError().toStdString();
    ASSERT_TRUE(waitFor([&] { return connections >= 2 && source.counts().fixes >= 140; })) << "fixes " << source.counts().fixes;
    source.stop();

    const feeds::PositionCounts &counts = source.counts();
    EXPECT_GE(counts.garbage, 1);
    EXPECT_EQ(counts.checksumErrors, 1);
    EXPECT_GE(counts.disconnects, 1);
    EXPECT_GE(counts.reconnects, 1);
    ASSERT_FALSE(fixes.isEmpty());
    // The log's first fix: 2734.33926 S, 15305.44310 E at 22:24:37 UTC on 3 March 2008.
    EXPECT_NEAR(fixes.front().position.lat, -(27 + 34.33926 / 60), 1e-6);
    EXPECT_NEAR(fixes.front().position.lon, 153 + 5.44310 / 60, 1e-6);
    EXPECT_EQ(fixes.front().time, QDateTime(QDate(2008, 3, 3), QTime(22, 24, 37), Qt::UTC));
    EXPECT_EQ(fixes.front().team, QStringLiteral("team-1"));
    EXPECT_NEAR(fixes.front().speedKmh.value_or(0), 62.9, 0.05) << "the first VTG: 33.9 kn, 62.9 km/h";
    // The team moved: the positions follow the log, one second apart.
    EXPECT_GT(fixes.front().position.lat - fixes.back().position.lat, 0.005) << "southwards";
    EXPECT_FALSE(source.isStale(fixes.back().time.addSecs(60)));
    EXPECT_TRUE(source.isStale(fixes.back().time.addSecs(6 * 60))) << "no fix for 6 minutes: stale";
}

TEST(TeamPositions, ARecordedLogReplaysFromItsFileAndAMissingOneIsAnError)
{
    feeds::TeamPositionSource source({QStringLiteral("replay"), QStringLiteral("team-2"),
                                      test::testData(QStringLiteral("positions/qtpositioning-satelliteinfo-nmealog.txt")), 5});
    int fixes = 0;
    QObject::connect(&source, &feeds::TeamPositionSource::fixed, [&](const feeds::TeamFix &) { ++fixes; });
    ASSERT_TRUE(source.start()) << source.lastError().toStdString();
    ASSERT_TRUE(waitFor([&] { return fixes >= 3; }, 15000)) << "replayed at its recorded pace, one fix a second";
    EXPECT_EQ(source.counts().garbage, 0);
    EXPECT_EQ(source.counts().checksumErrors, 0);
    source.stop();

    feeds::TeamPositionSource missing({QStringLiteral("x"), QStringLiteral("team-3"), QStringLiteral("/no/such/log.nmea"), 5});
    EXPECT_FALSE(missing.start());
    EXPECT_TRUE(missing.lastError().contains(QStringLiteral("/no/such/log.nmea")));
    feeds::TeamPositionSource badAddress({QStringLiteral("y"), QStringLiteral("team-4"), QStringLiteral("tcp://nohost"), 5});
    EXPECT_FALSE(badAddress.start());
}

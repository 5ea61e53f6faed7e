// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "tests/support/seatcrowd.h"

#include "store/serveradmin.h"
#include "tests/support/postgresserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace lookout::test {

namespace {

QByteArray contents(const QTemporaryDir &dir, const QString &name)
{
    QFile file(dir.filePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QList<CrowdSeat> addTwentySeats(const PostgresServer &server, QString *why)
{
    QList<CrowdSeat> seats;
    for (const char *town : {"440402001", "440402002", "440402003", "440402004", "440402005", "440403101", "440403102", "440404100", "440404101"})
        for (int n = 1; n <= 2; ++n)
            seats.append({QStringLiteral("t%1-%2").arg(QString::fromLatin1(town)).arg(n), QStringLiteral("town-liaison"), QString::fromLatin1(town)});
    seats.append({QStringLiteral("xz"), QStringLiteral("district-duty"), QStringLiteral("440402")});
    seats.append({QStringLiteral("city"), QStringLiteral("city-duty"), QStringLiteral("4404")});
    QList<CrowdSeat> all = seats;
    all.append({QStringLiteral("auditor"), QStringLiteral("verifier"), QStringLiteral("4404")});
    for (const CrowdSeat &seat : all)
        if (auto added = store::addSeatUser(server.connection(), {seat.user, seat.kind, seat.division, {}}, {}); !added) {
            *why = seat.user + QStringLiteral(": ") + added.error().toString();
            return {};
        }
    return seats;
}

CrowdRun runSeatActors(const QString &actorProgram, const PostgresServer &server, const QList<CrowdSeat> &seats, int seconds, bool paced)
{
    CrowdRun run;
    // Each actor writes to files, not pipes: an unpaced seat prints faster than one waited-for
    // process at a time would drain its pipe.
    QTemporaryDir outputs;
    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<QProcess>> actors;
    for (const CrowdSeat &seat : seats) {
        QStringList arguments{server.connectionAs(seat.user), QString::number(seconds), seat.division, QStringLiteral("演练 %1").arg(seat.division)};
        if (!paced)
            arguments.append(QStringLiteral("--unpaced"));
        actors.push_back(std::make_unique<QProcess>());
        actors.back()->setStandardOutputFile(outputs.filePath(seat.user + QStringLiteral(".out")));
        actors.back()->setStandardErrorFile(outputs.filePath(seat.user + QStringLiteral(".err")));
        actors.back()->start(actorProgram, arguments);
    }
    for (std::size_t i = 0; i < actors.size(); ++i) {
        QProcess &actor = *actors[i];
        if (!actor.waitForFinished((seconds + 120) * 1000) || actor.exitStatus() != QProcess::NormalExit || actor.exitCode() != 0)
            run.problems.append(QStringLiteral("%1 ended badly (exit %2): %3")
                                    .arg(seats[qsizetype(i)].user)
                                    .arg(actor.exitCode())
                                    .arg(QString::fromUtf8(contents(outputs, seats[qsizetype(i)].user + QStringLiteral(".err")))));
    }
    run.seconds = double(clock.nsecsElapsed()) / 1e9;
    static const QRegularExpression line(QStringLiteral("^committed (\\d+) (\\S+)$"));
    for (const CrowdSeat &seat : seats)
        for (const QByteArray &text : contents(outputs, seat.user + QStringLiteral(".out")).split('\n')) {
            const auto match = line.match(QString::fromUtf8(text));
            if (match.hasMatch()) {
                const qint64 sequence = match.captured(1).toLongLong();
                if (run.committed.contains(sequence))
                    run.problems.append(QStringLiteral("two seats were told they committed entry %1").arg(sequence));
                run.committed.insert(sequence, match.captured(2));
            } else if (text.startsWith("failed")) {
                run.problems.append(seat.user + QStringLiteral(": ") + QString::fromUtf8(text));
            }
        }
    return run;
}

} // namespace lookout::test

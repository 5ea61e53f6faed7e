// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
//
// Twenty seats at once on one server (its own, started here) for LOOKOUT_LOAD_SECONDS (60 by
// default): eighteen town seats, two to a town, a district and the city, each a process of its own
// logging, noting, opening and finishing tasks and changing levels. Then: every entry a seat saw
// committed is in the record, the chain verifies for the verifier, and every seat's view of the
// record is exactly what its division allows.
#include "incidents/incidentledger.h"
#include "store/postgresjournal.h"
#include "store/serveradmin.h"
#include "tests/support/postgresserver.h"

#include <QHash>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace lookout;

namespace {

struct Seat {
    QString user;
    QString kind;
    QString division;
};

bool sees(const QString &seat, const QString &entry)
{
    return entry.startsWith(seat) || seat.startsWith(entry);
}

} // namespace

TEST(SeatLoad, TwentySeatsActingAtOnceLoseNothingAndEachSeesExactlyItsShare)
{
    QString why;
    auto server = test::PostgresServer::start(&why);
    ASSERT_NE(server, nullptr) << why.toStdString();
    ASSERT_TRUE(store::initServer(server->connection()).ok());
    QList<Seat> seats;
    for (const char *town : {"440402001", "440402002", "440402003", "440402004", "440402005", "440403101", "440403102", "440404100", "440404101"})
        for (int n = 1; n <= 2; ++n)
            seats.append({QStringLiteral("t%1-%2").arg(QString::fromLatin1(town)).arg(n), QStringLiteral("town-liaison"), QString::fromLatin1(town)});
    seats.append({QStringLiteral("xz"), QStringLiteral("district-duty"), QStringLiteral("440402")});
    seats.append({QStringLiteral("city"), QStringLiteral("city-duty"), QStringLiteral("4404")});
    ASSERT_EQ(seats.size(), 20);
    for (const Seat &seat : seats)
        ASSERT_TRUE(store::addSeatUser(server->connection(), {seat.user, seat.kind, seat.division, {}}, {}).ok()) << seat.user.toStdString();
    ASSERT_TRUE(store::addSeatUser(server->connection(), {QStringLiteral("auditor"), QStringLiteral("verifier"), QStringLiteral("4404"), {}}, {}).ok());

    const int seconds = qEnvironmentVariableIsSet("LOOKOUT_LOAD_SECONDS") ? qEnvironmentVariableIntValue("LOOKOUT_LOAD_SECONDS") : 60;
    std::vector<std::unique_ptr<QProcess>> actors;
    for (const Seat &seat : seats) {
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral(LOOKOUT_SEAT_ACTOR), {server->connectionAs(seat.user), QString::number(seconds), seat.division,
                                                            QStringLiteral("演练 %1").arg(seat.division)});
        ASSERT_TRUE(process->waitForStarted());
        actors.push_back(std::move(process));
    }
    QHash<qint64, QString> committed;  // sequence -> kind, as the seats saw them committed
    int failed = 0;
    static const QRegularExpression line(QStringLiteral("^committed (\\d+) (\\S+)$"));
    for (std::size_t i = 0; i < actors.size(); ++i) {
        ASSERT_TRUE(actors[i]->waitForFinished((seconds + 120) * 1000));
        EXPECT_EQ(actors[i]->exitCode(), 0) << seats[int(i)].user.toStdString() << ": " << actors[i]->readAllStandardError().toStdString();
        for (const QByteArray &text : actors[i]->readAllStandardOutput().split('\n')) {
            const auto match = line.match(QString::fromUtf8(text));
            if (match.hasMatch()) {
                EXPECT_FALSE(committed.contains(match.captured(1).toLongLong())) << "two seats were told they committed entry " << match.captured(1).toStdString();
                committed.insert(match.captured(1).toLongLong(), match.captured(2));
            } else if (text.startsWith("failed")) {
                ++failed;
                ADD_FAILURE() << seats[int(i)].user.toStdString() << ": " << text.toStdString();
            }
        }
    }
    std::printf("%d seats, %lld entries in %d s: %.0f appends/s (scripts/bench measures it)\n", int(seats.size()),
                static_cast<long long>(committed.size()), seconds, double(committed.size()) / seconds);
    EXPECT_GT(committed.size(), seats.size() * 5);
    EXPECT_EQ(failed, 0);

    // Nothing lost: every committed entry is there with its kind, and the chain verifies.
    auto verifier = store::PostgresJournal::connect(server->connectionAs(QStringLiteral("auditor")));
    ASSERT_TRUE(verifier.ok());
    auto verified = store::verifyJournal(**verifier);
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok()) << verified->problem->message.toStdString();
    EXPECT_EQ(verified->entries, committed.size());
    auto scanned = (*verifier)->scan(1, [&](const store::JournalEntry &entry) {
        EXPECT_EQ(committed.value(entry.sequence), entry.kind) << entry.sequence;
        return true;
    });
    ASSERT_TRUE(scanned.ok());

    // Every seat's view converges on exactly its share: the entries of its division, above and below.
    QString output;
    ASSERT_TRUE(server->psql(QStringLiteral("SELECT division || ' ' || count(*) FROM lookout_journal GROUP BY division"), &output));
    QHash<QString, qint64> perDivision;
    for (const QString &row : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        perDivision.insert(row.section(QLatin1Char(' '), 0, 0), row.section(QLatin1Char(' '), 1, 1).toLongLong());
    for (const Seat &seat : seats) {
        qint64 expected = 0;
        for (auto it = perDivision.cbegin(); it != perDivision.cend(); ++it)
            expected += sees(seat.division, it.key()) ? it.value() : 0;
        auto journal = store::PostgresJournal::connect(server->connectionAs(seat.user));
        ASSERT_TRUE(journal.ok());
        EXPECT_EQ(*(*journal)->count(), expected) << seat.user.toStdString();
        auto state = incidents::RecordState::knownAt(**journal, {});
        ASSERT_TRUE(state.ok());
        for (const incidents::Incident &incident : state->incidents.incidents())
            EXPECT_TRUE(sees(seat.division, incident.areas.front().code)) << seat.user.toStdString() << " sees " << incident.id.toStdString();
        EXPECT_TRUE(state->incidents.incidents().size() >= (seat.division.size() == 9 ? 2 : 1)) << seat.user.toStdString();
    }
}

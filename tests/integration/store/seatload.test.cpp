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
#include "tests/support/seatcrowd.h"

#include <gtest/gtest.h>

using namespace lookout;

namespace {

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
    const QList<test::CrowdSeat> seats = test::addTwentySeats(*server, &why);
    ASSERT_EQ(seats.size(), 20) << why.toStdString();

    const int seconds = qEnvironmentVariableIsSet("LOOKOUT_LOAD_SECONDS") ? qEnvironmentVariableIntValue("LOOKOUT_LOAD_SECONDS") : 60;
    const test::CrowdRun run = test::runSeatActors(QStringLiteral(LOOKOUT_SEAT_ACTOR), *server, seats, seconds, true);
    const QHash<qint64, QString> &committed = run.committed;
    EXPECT_TRUE(run.problems.isEmpty()) << run.problems.join(QLatin1Char('\n')).toStdString();
    std::printf("%d seats, %lld entries in %d s: %.0f appends/s (scripts/bench measures it)\n", int(seats.size()),
                static_cast<long long>(committed.size()), seconds, double(committed.size()) / seconds);
    EXPECT_GT(committed.size(), seats.size() * 5);

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
    for (const test::CrowdSeat &seat : seats) {
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

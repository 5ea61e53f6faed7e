// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
//
// Seats at four levels on one PostgreSQL server (its own, started here): for every role what it
// may read and write, and that the server itself refuses the rest, through Lookout (libpq) and
// through psql; entries recorded as the role that logged in; refused writes audited where the city
// sees them; the chain kept across seats that see only part of it, and verified by the verifier.
#include "incidents/incidentledger.h"
#include "store/postgresjournal.h"
#include "store/recordlistener.h"
#include "store/serveradmin.h"
#include "store/serverlogin.h"
#include "store/database.h"
#include "tests/support/postgresserver.h"

#include <QElapsedTimer>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace lookout;

namespace {

const QDateTime kAt(QDate(2026, 11, 30), QTime(2, 0), QTimeZone::utc());

class SeatSecurityTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        QString why;
        s_server = test::PostgresServer::start(&why).release();
        ASSERT_NE(s_server, nullptr) << why.toStdString();
        auto init = store::initServer(s_server->connection());
        ASSERT_TRUE(init.ok()) << init.error().toString().toStdString();
        EXPECT_TRUE(init->isEmpty()) << "the audit's loopback works here: " << init->toStdString();
        ASSERT_TRUE(store::initServer(s_server->connection()).ok()) << "init runs again over itself (an upgrade)";
        for (const auto &[name, kind, division] : {std::tuple{"city.commander", "city-commander", "4404"}, std::tuple{"city.duty", "city-duty", "4404"},
                                                   std::tuple{"xz.duty", "district-duty", "440402"}, std::tuple{"gongbei", "town-liaison", "440402005"},
                                                   std::tuple{"xiangwan", "town-liaison", "440402006"}, std::tuple{"wall", "viewer", "4404"},
                                                   std::tuple{"auditor", "verifier", "4404"}}) {
            auto added = store::addSeatUser(s_server->connection(), {QString::fromLatin1(name), QString::fromLatin1(kind), QString::fromLatin1(division), {}},
                                            QStringLiteral("secret-%1").arg(QString::fromLatin1(name)));
            ASSERT_TRUE(added.ok()) << name << ": " << added.error().toString().toStdString();
        }
    }
    static void TearDownTestSuite()
    {
        delete s_server;
        s_server = nullptr;
    }

    static std::unique_ptr<store::PostgresJournal> seat(const QString &user)
    {
        auto journal = store::PostgresJournal::connect(s_server->connectionAs(user));
        EXPECT_TRUE(journal.ok()) << journal.error().toString().toStdString();
        return journal ? std::move(journal).value() : nullptr;
    }
    // Opens an incident over `areas` as `user`; the recorded entry or the error.
    static Result<store::JournalEntry> open(const QString &user, const QString &title, const QList<AreaRef> &areas)
    {
        auto journal = seat(user);
        incidents::IncidentLedger ledger(*journal);
        return ledger.record([&](const incidents::IncidentBook &book) {
            return book.open(title, incidents::Hazard::Flood, true, areas, {}, {}, incidents::Actor{QStringLiteral("whoever I say"), QStringLiteral("desk"), kAt});
        });
    }
    static QStringList titlesSeenBy(const QString &user)
    {
        auto journal = seat(user);
        auto state = incidents::RecordState::knownAt(*journal, {});
        EXPECT_TRUE(state.ok());
        QStringList titles;
        for (const incidents::Incident &incident : state->incidents.incidents())
            titles << incident.title;
        titles.sort();
        return titles;
    }

    static inline test::PostgresServer *s_server = nullptr;
};

const AreaRef kGongbei{QStringLiteral("440402005"), QStringLiteral("拱北街道")};
const AreaRef kXiangwan{QStringLiteral("440402006"), QStringLiteral("香湾街道")};
const AreaRef kXiangzhou{QStringLiteral("440402"), QStringLiteral("香洲区")};
const AreaRef kDoumen{QStringLiteral("440403"), QStringLiteral("斗门区")};

// A server with TLS and SCRAM, set up for seats, with li.duty (city-duty, 4404) and its password.
std::unique_ptr<test::PostgresServer> securedServerWithCityDuty(QString *why)
{
    auto server = test::PostgresServer::startSecured(why);
    if (!server)
        return nullptr;
    auto init = store::initServer(server->connection());
    auto added = init ? store::addSeatUser(server->connection(), {QStringLiteral("li.duty"), QStringLiteral("city-duty"), QStringLiteral("4404"), {}},
                                          QStringLiteral("correct horse battery"))
                      : Result<void>(init.error());
    if (!added) {
        *why = added.error().toString();
        return nullptr;
    }
    return server;
}

} // namespace

TEST_F(SeatSecurityTest, EachRoleReadsAndWritesOnlyWhatItsDivisionAllowsAndTheServerRefusesTheRest)
{
    // Writes within one's jurisdiction, recorded as the role that logged in.
    auto town = open(QStringLiteral("gongbei"), QStringLiteral("拱北 flooding"), {kGongbei});
    ASSERT_TRUE(town.ok()) << town.error().toString().toStdString();
    EXPECT_EQ(town->user, QStringLiteral("gongbei")) << "the authenticated role, not the string the client gave";
    EXPECT_TRUE(town->payloadObject().value(QStringLiteral("id")).toString().endsWith(QStringLiteral("-440402005")));
    auto neighbour = open(QStringLiteral("xiangwan"), QStringLiteral("香湾 flooding"), {kXiangwan});
    ASSERT_TRUE(neighbour.ok());
    ASSERT_TRUE(open(QStringLiteral("xz.duty"), QStringLiteral("香洲 waterlogging"), {kXiangzhou}).ok());
    ASSERT_TRUE(open(QStringLiteral("city.duty"), QStringLiteral("斗门 dyke"), {kDoumen}).ok());
    ASSERT_TRUE(open(QStringLiteral("city.commander"), QStringLiteral("珠海 typhoon"), {kXiangzhou, kDoumen}).ok());

    // Refused by the server: a town for its neighbour, a district beyond its towns, the viewer and
    // the verifier anything.
    for (const auto &[user, areas] : {std::pair{"gongbei", QList<AreaRef>{kXiangwan}}, std::pair{"gongbei", QList<AreaRef>{kXiangzhou}},
                                      std::pair{"xz.duty", QList<AreaRef>{kDoumen}}, std::pair{"wall", QList<AreaRef>{kGongbei}},
                                      std::pair{"auditor", QList<AreaRef>{kGongbei}}}) {
        auto refused = open(QString::fromLatin1(user), QStringLiteral("not allowed"), areas);
        ASSERT_FALSE(refused.ok()) << user << " wrote for " << areas.front().code.toStdString();
        EXPECT_EQ(refused.error().code, Error::Code::Refused) << refused.error().toString().toStdString();
    }

    // Reads: a town its own, its district's and the city's; not its neighbour's.
    EXPECT_EQ(titlesSeenBy(QStringLiteral("gongbei")),
              (QStringList{QStringLiteral("拱北 flooding"), QStringLiteral("珠海 typhoon"), QStringLiteral("香洲 waterlogging")}));
    EXPECT_EQ(titlesSeenBy(QStringLiteral("xz.duty")), (QStringList{QStringLiteral("拱北 flooding"), QStringLiteral("珠海 typhoon"),
                                                                    QStringLiteral("香洲 waterlogging"), QStringLiteral("香湾 flooding")}));
    EXPECT_EQ(titlesSeenBy(QStringLiteral("city.duty")).size(), 5);
    EXPECT_EQ(titlesSeenBy(QStringLiteral("wall")).size(), 5) << "the wall reads the city";
    EXPECT_EQ(titlesSeenBy(QStringLiteral("auditor")).size(), 5);

    // The verifier walks the whole chain; a seat sees its rows only.
    auto verifier = seat(QStringLiteral("auditor"));
    auto verified = store::verifyJournal(*verifier);
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok()) << verified->problem->message.toStdString();
    EXPECT_EQ(verified->entries, 5);
    EXPECT_EQ(*seat(QStringLiteral("gongbei"))->count(), 3);

    // The same through psql, as a person at the console would try it.
    QString output;
    ASSERT_TRUE(s_server->psql(QStringLiteral("SELECT count(*) FROM lookout_journal"), &output, QStringLiteral("gongbei")));
    EXPECT_EQ(output.trimmed(), QStringLiteral("3"));
    EXPECT_FALSE(s_server->psql(QStringLiteral("UPDATE lookout_journal SET kind = 'x'"), &output, QStringLiteral("gongbei")));
    EXPECT_FALSE(s_server->psql(QStringLiteral("DELETE FROM lookout_journal"), &output, QStringLiteral("city.commander")));
    EXPECT_FALSE(s_server->psql(QStringLiteral("INSERT INTO lookout_journal SELECT seq + 100, at_ms, user_name, seat, kind, payload, corrects, prev_hash, hash, "
                                               "'440402006' FROM lookout_journal LIMIT 1"),
                                &output, QStringLiteral("gongbei")));
    EXPECT_TRUE(output.contains(QStringLiteral("row-level security"))) << output.toStdString();
    EXPECT_FALSE(s_server->psql(QStringLiteral("INSERT INTO lookout_journal VALUES (6, 0, 'wall', 'x', 'note', '{}', NULL, ''::bytea, ''::bytea, '4404')"),
                                &output, QStringLiteral("wall")));
    EXPECT_TRUE(output.contains(QStringLiteral("row-level security"))) << "the viewer meets the policy, audited: " << output.toStdString();
    // A writer inside its division but off the chain: the server refuses what does not follow the head.
    EXPECT_FALSE(s_server->psql(QStringLiteral("INSERT INTO lookout_journal VALUES ((SELECT seq FROM lookout_journal_head()) + 1, 0, 'city.duty', 'x', "
                                               "'note', '{}', NULL, decode(repeat('11', 32), 'hex'), decode(repeat('22', 32), 'hex'), '4404')"),
                                &output, QStringLiteral("city.duty")));
    EXPECT_TRUE(output.contains(QStringLiteral("does not follow the head"))) << output.toStdString();
    // Posing as someone else.
    EXPECT_FALSE(s_server->psql(QStringLiteral("INSERT INTO lookout_journal VALUES ((SELECT seq FROM lookout_journal_head()) + 1, 0, 'city.commander', 'x', "
                                               "'note', '{}', NULL, (SELECT hash FROM lookout_journal_head()), decode(repeat('22', 32), 'hex'), '4404')"),
                                &output, QStringLiteral("city.duty")));
    EXPECT_TRUE(verifyJournal(*verifier)->ok()) << "nothing got in";

    // Every refused write, through Lookout and through psql, is audited where the city sees it,
    // and only there: newest first, the six psql tries, then Lookout's five.
    auto seen = store::refusals(s_server->connectionAs(QStringLiteral("city.duty")));
    ASSERT_TRUE(seen.ok()) << seen.error().toString().toStdString();
    QStringList all;
    for (const store::Refusal &refusal : *seen)
        all << refusal.user + QLatin1Char(' ') + refusal.what + QStringLiteral(": ") + refusal.reason;
    ASSERT_EQ(seen->size(), 11) << all.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(all.mid(0, 6), (QStringList{QStringLiteral("city.duty insert note: writing as city.commander"),
                                          QStringLiteral("city.duty insert note #6: does not follow the head of the record"),
                                          QStringLiteral("wall insert note: viewer writes nothing"),
                                          QStringLiteral("gongbei insert incident.opened: outside the division 440402005"),
                                          QStringLiteral("city.commander delete incident.opened #1: the record is append-only"),
                                          QStringLiteral("gongbei update incident.opened #1: the record is append-only")}));
    EXPECT_EQ(seen->back().user, QStringLiteral("gongbei"));
    EXPECT_EQ(seen->back().division, QStringLiteral("440402006"));
    EXPECT_EQ(seen->back().reason, QStringLiteral("outside the division 440402005"));
    EXPECT_EQ(store::refusals(s_server->connectionAs(QStringLiteral("gongbei")))->size(), 0);
    EXPECT_FALSE(s_server->psql(QStringLiteral("DELETE FROM lookout_refusals"), &output, QStringLiteral("city.duty"))) << "the audit is the server's";

    // A read refused: the town asks for its neighbour's incident (a note on it). The server tells
    // it is there but not the town's to see, and audits the try; an unknown id stays unknown.
    const QString hiddenId = neighbour->payloadObject().value(QStringLiteral("id")).toString();
    auto note = [](const QString &id) {
        auto journal = seat(QStringLiteral("gongbei"));
        incidents::IncidentLedger ledger(*journal);
        return ledger.record([&](const incidents::IncidentBook &book) {
            return book.note(id, QStringLiteral("看看"), incidents::Actor{QStringLiteral("gongbei"), QStringLiteral("desk"), kAt});
        });
    };
    auto hidden = note(hiddenId);
    ASSERT_FALSE(hidden.ok());
    EXPECT_EQ(hidden.error().code, Error::Code::Refused) << hidden.error().toString().toStdString();
    EXPECT_TRUE(hidden.error().message.contains(QStringLiteral("outside what gongbei"))) << hidden.error().toString().toStdString();
    auto unknown = note(QStringLiteral("2026-999"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, Error::Code::NotFound);
    auto after = store::refusals(s_server->connectionAs(QStringLiteral("city.duty")));
    ASSERT_TRUE(after.ok());
    ASSERT_EQ(after->size(), 12);
    EXPECT_EQ(after->front().user + QLatin1Char(' ') + after->front().what + QStringLiteral(": ") + after->front().reason,
              QStringLiteral("gongbei read incident %1: outside the division 440402005").arg(hiddenId));
    EXPECT_EQ(after->front().division, QStringLiteral("440402006"));
}

TEST_F(SeatSecurityTest, UsersAreCheckedAddedListedAndRemoved)
{
    EXPECT_EQ(store::addSeatUser(s_server->connection(), {QStringLiteral("x"), QStringLiteral("chief"), QStringLiteral("4404"), {}}, {}).error().context.value(0),
              QStringLiteral("role"));
    EXPECT_EQ(store::addSeatUser(s_server->connection(), {QStringLiteral("x"), QStringLiteral("viewer"), QStringLiteral("44040"), {}}, {}).error().context.value(0),
              QStringLiteral("division"));
    EXPECT_FALSE(store::addSeatUser(s_server->connection(), {QStringLiteral("lookout_writer"), QStringLiteral("viewer"), QStringLiteral("4404"), {}}, {}).ok());
    ASSERT_TRUE(store::addSeatUser(s_server->connection(), {QStringLiteral("temp.wall"), QStringLiteral("viewer"), QStringLiteral("4404"), {}}, QStringLiteral("pw")).ok());
    auto users = store::seatUsers(s_server->connection());
    ASSERT_TRUE(users.ok());
    EXPECT_TRUE(std::any_of(users->begin(), users->end(), [](const store::SeatUser &u) { return u.name == QLatin1String("temp.wall") && u.kind == QLatin1String("viewer"); }));
    QString output;
    ASSERT_TRUE(s_server->psql(QStringLiteral("SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = 'temp.wall'"), &output));
    EXPECT_EQ(output.trimmed(), QStringLiteral("t")) << "a SCRAM verifier, never the password";
    ASSERT_TRUE(store::removeSeatUser(s_server->connection(), QStringLiteral("temp.wall")).ok());
    EXPECT_FALSE(store::PostgresJournal::connect(s_server->connectionAs(QStringLiteral("temp.wall"))).ok()) << "the login is gone";
}

TEST_F(SeatSecurityTest, AChangeOnOneSeatReachesAnotherAndAServerRestartLosesNothing)
{
    auto listener = store::RecordListener::connect(s_server->connectionAs(QStringLiteral("xz.duty")));
    ASSERT_TRUE(listener.ok()) << listener.error().toString().toStdString();
    QElapsedTimer timer;
    timer.start();
    auto town = open(QStringLiteral("gongbei"), QStringLiteral("拱北 notice"), {kGongbei});
    ASSERT_TRUE(town.ok());
    auto notices = (*listener)->wait(10000);
    ASSERT_TRUE(notices.ok()) << notices.error().toString().toStdString();
    ASSERT_EQ(notices->size(), 1);
    std::printf("notice after %lld ms (loopback; scripts/bench measures it)\n", static_cast<long long>(timer.elapsed()));
    EXPECT_EQ(notices->front().sequence, town->sequence);
    EXPECT_EQ(notices->front().division, QStringLiteral("440402005")) << "ids and divisions only, no content";
    EXPECT_TRUE(titlesSeenBy(QStringLiteral("xz.duty")).contains(QStringLiteral("拱北 notice"))) << "re-read through its policies";
    EXPECT_TRUE((*listener)->wait(200)->isEmpty()) << "nothing more was committed";

    // The server restarts: the seat knows at once, reconnects, and nothing committed is lost.
    QString output;
    ASSERT_TRUE(s_server->restart(&output)) << output.toStdString();
    auto dropped = (*listener)->wait(5000);
    EXPECT_FALSE(dropped.ok()) << "a dropped connection is an error, not silence";
    EXPECT_FALSE((*listener)->isConnected());
    ASSERT_TRUE((*listener)->reconnect().ok());
    auto after = open(QStringLiteral("gongbei"), QStringLiteral("after the restart"), {kGongbei});
    ASSERT_TRUE(after.ok()) << after.error().toString().toStdString();
    notices = (*listener)->wait(10000);
    ASSERT_TRUE(notices.ok());
    ASSERT_EQ(notices->size(), 1);
    EXPECT_EQ(notices->front().sequence, after->sequence);
    auto verified = store::verifyJournal(*seat(QStringLiteral("auditor")));
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok());
    EXPECT_EQ(verified->entries, after->sequence) << "every entry committed before the restart is there";
}

TEST(SeatLogin, APersonLogsInWithTheirPasswordOverVerifiedTls)
{
    QString why;
    auto server = securedServerWithCityDuty(&why);
    ASSERT_NE(server, nullptr) << why.toStdString();
    const QString tls = QStringLiteral("port=%1 dbname=postgres user=li.duty sslmode=verify-full sslrootcert=%2 connect_timeout=10")
                            .arg(server->port()).arg(server->caFile());
    auto journal = store::PostgresJournal::connect(QStringLiteral("host=localhost hostaddr=127.0.0.1 password='correct horse battery' ") + tls);
    ASSERT_TRUE(journal.ok()) << journal.error().toString().toStdString();
    EXPECT_TRUE((*journal)->isSeat());
    EXPECT_EQ((*journal)->sessionUser(), QStringLiteral("li.duty"));
    QString output;
    ASSERT_TRUE(server->psqlWith(QStringLiteral("host=localhost hostaddr=127.0.0.1 password='correct horse battery' ") + tls,
                                 QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"), &output));
    EXPECT_EQ(output.trimmed(), QStringLiteral("t")) << "the session is encrypted";
    // A wrong password, a certificate for another name, and no TLS at all are each refused.
    auto wrong = store::PostgresJournal::connect(QStringLiteral("host=localhost hostaddr=127.0.0.1 password=guess ") + tls);
    ASSERT_FALSE(wrong.ok());
    EXPECT_TRUE(wrong.error().message.contains(QStringLiteral("password authentication failed"))) << wrong.error().toString().toStdString();
    auto otherName = store::PostgresJournal::connect(QStringLiteral("host=127.0.0.1 password='correct horse battery' ") + tls);
    ASSERT_FALSE(otherName.ok()) << "verify-full checks the server's name";
    auto plain = store::PostgresJournal::connect(QStringLiteral("host=127.0.0.1 port=%1 dbname=postgres user=li.duty password='correct horse battery' sslmode=disable")
                                                     .arg(server->port()));
    ASSERT_FALSE(plain.ok()) << "no session without TLS";
}

// What the desk's sign-in does (app/seatsignin.cpp): a first attempt tells that the server wants a
// password; a wrong one is refused with the server's reason; the right one lets the role in, and
// for the rest of the session every connection (the record's, the workspace's) uses it.
TEST(SeatLogin, TheDeskAsksThePasswordOnceAndEveryConnectionOfTheSessionUsesIt)
{
    QString why;
    auto server = securedServerWithCityDuty(&why);
    ASSERT_NE(server, nullptr) << why.toStdString();
    const QString seat = QStringLiteral("host=localhost hostaddr=127.0.0.1 port=%1 dbname=postgres user=li.duty sslmode=verify-full sslrootcert=%2 connect_timeout=10")
                             .arg(server->port()).arg(server->caFile());
    qunsetenv("PGPASSWORD");
    const store::ServerLogin first = store::tryServerLogin(seat);
    EXPECT_FALSE(first.connected);
    EXPECT_TRUE(first.needsPassword) << first.error.toStdString();
    EXPECT_EQ(first.user, QStringLiteral("li.duty"));
    EXPECT_EQ(first.server, QStringLiteral("postgresql://localhost:%1/postgres").arg(server->port()));
    const store::ServerLogin wrong = store::tryServerLogin(seat, QStringLiteral("guess"));
    EXPECT_FALSE(wrong.connected);
    EXPECT_FALSE(wrong.needsPassword) << "a password was given; it was wrong";
    EXPECT_TRUE(wrong.error.contains(QStringLiteral("password authentication failed"))) << wrong.error.toStdString();
    const store::ServerLogin right = store::tryServerLogin(seat, QStringLiteral("correct horse battery"));
    EXPECT_TRUE(right.connected) << right.error.toStdString();
    EXPECT_FALSE(store::PostgresJournal::connect(seat).ok()) << "one attempt's password is not kept";
    store::usePasswordForThisSession(QStringLiteral("correct horse battery"));
    auto journal = store::PostgresJournal::connect(seat);
    auto database = store::Database::connectPostgres(seat);
    qunsetenv("PGPASSWORD");
    ASSERT_TRUE(journal.ok()) << journal.error().toString().toStdString();
    EXPECT_EQ((*journal)->sessionUser(), QStringLiteral("li.duty"));
    EXPECT_TRUE(database.ok()) << database.error().toString().toStdString();
}

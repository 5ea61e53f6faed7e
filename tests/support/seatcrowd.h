// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace lookout::test {

class PostgresServer;

// Twenty seats acting at once on one server, each a lookout_seat_actor process: what the seat load
// test checks and what the seats benchmark times. Used from one thread.
struct CrowdSeat {
    QString user;
    QString kind;      // a role kind of `server user add`
    QString division;
};

// What the actors said once all had ended.
struct CrowdRun {
    QHash<qint64, QString> committed;  // sequence -> kind, as the seats saw them committed
    QStringList problems;              // failed actions, bad exits, an entry two seats were told was theirs
    double seconds = 0;                // from starting the first actor to the last one's end
};

// Eighteen town seats (two to each of nine towns of 珠海), 香洲区's duty seat and the city's, added
// to a server set up by initServer, with a verifier "auditor"; empty with `why` set otherwise.
QList<CrowdSeat> addTwentySeats(const PostgresServer &server, QString *why);

// Runs `actorProgram` once per seat for `seconds`, as a duty officer would act (paced) or as fast
// as the server takes the actions (unpaced), and waits for all of them.
CrowdRun runSeatActors(const QString &actorProgram, const PostgresServer &server, const QList<CrowdSeat> &seats, int seconds, bool paced);

} // namespace lookout::test

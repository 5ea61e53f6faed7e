// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace lookout::store {

// A shared PostgreSQL server for seats at four levels (city, district, town, village), secured by
// the server: each person logs in as their own role, bound to a role kind and a division code,
// and row-level security decides what each reads and writes. Lookout never stores a password.
//
// The record on such a server (lookout_journal, with the `division` each entry concerns):
// - reads: a seat sees the entries of its division and below, of the divisions above it (the
//   city's incidents), and the public ones (division ""); the verifier sees every entry;
// - writes: only the four acting kinds, only as themselves (user_name = session_user), only for
//   their division and below (and public entries from a city seat); a viewer or verifier writes
//   nothing; nobody updates or deletes (triggers, as before);
// - the hash chain: entries chain across every seat, so a seat that sees only some rows appends
//   after the true head through lookout_journal_head() (a SECURITY DEFINER function that returns
//   the head's sequence and hash, never content), and an AFTER INSERT trigger refuses an entry
//   that does not follow the head; the verifier walks the whole chain;
// - refusals: every write the server refuses, from any client (Lookout or psql), is audited in
//   lookout_refusals (who, when, what, why), which city seats and the verifier read: the policies
//   and triggers call lookout_audit(), which writes on a loopback connection of its own (dblink,
//   as the functions' owner over the local socket) so the audit stands when the refused
//   statement's transaction rolls back. INSERT on the record is granted to every seat role so
//   that a viewer's try meets the policy too. Reads are not refused but filtered: a seat simply
//   does not see another division's rows (nothing to audit); a read of a table outside the grants
//   fails with "permission denied", which only the server's log keeps.

// Role kinds, as `server user add --role` takes them.
const QStringList &seatRoleKinds();  // city-commander, city-duty, district-duty, town-liaison, viewer, verifier

// Creates (or brings up to date) the schema, the group roles, the functions and the policies.
// Run by an administrator (a role that may create roles), once per server or after an upgrade.
// Returns a warning (empty when none): when the audit's loopback connection cannot be made, what
// pg_hba must allow for refusals to be audited.
Result<QString> initServer(const QString &connection);

struct SeatUser {
    QString name;
    QString kind;
    QString division;
    QDateTime createdAt;
};

// A login role for a person: the kind's group role, its division, and a SCRAM password (empty:
// none, for certificate or peer logins). The password goes to the server only as a SCRAM verifier
// computed by libpq, never in clear in a statement or a log.
Result<void> addSeatUser(const QString &connection, const SeatUser &user, const QString &password);
Result<QList<SeatUser>> seatUsers(const QString &connection);
Result<void> removeSeatUser(const QString &connection, const QString &name);

struct Refusal {
    QDateTime at;
    QString user;
    QString what;
    QString division;
    QString reason;
};
// What the server refused, newest first, as the calling role may see it (city seats, verifier).
Result<QList<Refusal>> refusals(const QString &connection);

} // namespace lookout::store

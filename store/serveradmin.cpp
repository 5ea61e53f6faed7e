// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "store/serveradmin.h"

#include "store/postgresjournal.h"
#include "store/serverworkspace.h"

#include <QTimeZone>

#include <libpq-fe.h>

#include <algorithm>

#include <array>
#include <memory>

namespace lookout::store {

namespace {

using ResultPtr = std::unique_ptr<PGresult, decltype(&PQclear)>;
using ConnectionPtr = std::unique_ptr<pg_conn, decltype(&PQfinish)>;

// The kinds and the group role each one's logins belong to.
const QList<std::pair<QString, QString>> kKinds{{QStringLiteral("city-commander"), QStringLiteral("lookout_city_commander")},
                                                {QStringLiteral("city-duty"), QStringLiteral("lookout_city_duty")},
                                                {QStringLiteral("district-duty"), QStringLiteral("lookout_district_duty")},
                                                {QStringLiteral("town-liaison"), QStringLiteral("lookout_town_liaison")},
                                                {QStringLiteral("viewer"), QStringLiteral("lookout_viewer")},
                                                {QStringLiteral("verifier"), QStringLiteral("lookout_verifier")}};

const char *const kServerSchema = R"SQL(
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS dblink;
DO $$
DECLARE r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['lookout_reader', 'lookout_writer', 'lookout_city_commander', 'lookout_city_duty',
                           'lookout_district_duty', 'lookout_town_liaison', 'lookout_viewer', 'lookout_verifier'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', r);
    END IF;
  END LOOP;
END $$;
GRANT lookout_reader TO lookout_writer;
GRANT lookout_writer TO lookout_city_commander, lookout_city_duty, lookout_district_duty, lookout_town_liaison;
GRANT lookout_reader TO lookout_viewer, lookout_verifier;

CREATE INDEX IF NOT EXISTS lookout_journal_division ON lookout_journal (division);

CREATE TABLE IF NOT EXISTS lookout_seat_users (
  role_name TEXT PRIMARY KEY, role_kind TEXT NOT NULL, division TEXT NOT NULL, created_at TIMESTAMPTZ NOT NULL DEFAULT now());
CREATE TABLE IF NOT EXISTS lookout_refusals (
  id BIGSERIAL PRIMARY KEY, at TIMESTAMPTZ NOT NULL DEFAULT now(), user_name TEXT NOT NULL, what TEXT NOT NULL,
  division TEXT NOT NULL, reason TEXT NOT NULL);

-- Who the session is: its kind and division (NULL for a role that is no seat).
CREATE OR REPLACE FUNCTION lookout_my_kind() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
  $$ SELECT role_kind FROM lookout_seat_users WHERE role_name = session_user $$;
CREATE OR REPLACE FUNCTION lookout_my_division() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
  $$ SELECT division FROM lookout_seat_users WHERE role_name = session_user $$;
-- Reads: the verifier everything; a seat its division and below, the divisions above it, and "".
CREATE OR REPLACE FUNCTION lookout_sees(code text) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(lookout_my_kind() = 'verifier'
                  OR starts_with(code, lookout_my_division()) OR starts_with(lookout_my_division(), code), false) $$;
-- Writes: the acting kinds, for their division and below; a city seat also public entries.
CREATE OR REPLACE FUNCTION lookout_may_write(code text) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(lookout_my_kind() IN ('city-commander', 'city-duty', 'district-duty', 'town-liaison')
                  AND (starts_with(code, lookout_my_division()) AND code <> ''
                       OR code = '' AND lookout_my_kind() IN ('city-commander', 'city-duty')), false) $$;
-- The true head of the chain, whoever asks: its sequence and hash only.
CREATE OR REPLACE FUNCTION lookout_journal_head(OUT seq bigint, OUT hash bytea) LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public AS $$ SELECT j.seq, j.hash FROM lookout_journal j ORDER BY j.seq DESC LIMIT 1 $$;
-- A refusal audited on a connection of its own (dblink back to this database as the functions'
-- owner), so that it stands when the refused statement's transaction rolls back, whichever client
-- sent it (Lookout, psql). Where pg_hba does not let the owner in over the local socket, the
-- refusal still stands and says it went unaudited (lookout_audit_loopback() tells `server init`).
CREATE OR REPLACE FUNCTION lookout_audit_loopback() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT format('dbname=%s port=%s host=%s user=%s', current_database(), current_setting('port'),
                coalesce(nullif(split_part(current_setting('unix_socket_directories'), ',', 1), ''), 'localhost'), current_user) $$;
CREATE OR REPLACE FUNCTION lookout_audit(what text, division text, reason text) RETURNS void LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = public AS $$
BEGIN
  PERFORM dblink_exec(lookout_audit_loopback(),
    format('INSERT INTO lookout_refusals (user_name, what, division, reason) VALUES (%L, %L, %L, %L)',
           session_user, what, coalesce(division, ''), reason));
EXCEPTION WHEN OTHERS THEN
  RAISE WARNING 'this refusal could not be audited: %', SQLERRM;
END $$;
-- True when `allowed`; else the refusal is audited and false returned (a policy then refuses).
CREATE OR REPLACE FUNCTION lookout_audited(allowed boolean, what text, division text, reason text) RETURNS boolean
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF coalesce(allowed, false) THEN
    RETURN true;
  END IF;
  PERFORM lookout_audit(what, division, reason);
  RETURN false;
END $$;
DROP FUNCTION IF EXISTS lookout_audit_refusal(text, text, text);
-- A seat asked for an incident it cannot see: true (and audited) when the incident exists
-- outside the seat's divisions, false when there is no such incident at all.
CREATE OR REPLACE FUNCTION lookout_refused_read(incident text) RETURNS boolean LANGUAGE plpgsql VOLATILE SECURITY DEFINER
  SET search_path = public AS $$
DECLARE hidden text;
BEGIN
  SELECT j.division INTO hidden FROM lookout_journal j
    WHERE j.kind = 'incident.opened' AND (j.payload::jsonb)->>'id' = incident AND NOT lookout_sees(j.division) LIMIT 1;
  IF NOT FOUND THEN
    RETURN false;
  END IF;
  PERFORM lookout_audit('read incident ' || incident, hidden, 'outside the division ' || coalesce(lookout_my_division(), 'of no seat'));
  RETURN true;
END $$;
-- The record cannot be changed or emptied: refused, and audited on a seats' server.
CREATE OR REPLACE FUNCTION lookout_journal_refuse() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_LEVEL = 'ROW' THEN
    PERFORM lookout_audit(lower(TG_OP) || ' ' || OLD.kind || ' #' || OLD.seq, OLD.division, 'the record is append-only');
  ELSE
    PERFORM lookout_audit(lower(TG_OP), '', 'the record is append-only');
  END IF;
  RAISE EXCEPTION 'the record is append-only: % refused on lookout_journal; append a correction', TG_OP;
END $$;
-- An entry must follow the head: no gap, no fork, whatever the client computed.
CREATE OR REPLACE FUNCTION lookout_journal_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF NEW.seq = 1 THEN
    IF NEW.prev_hash <> decode(repeat('00', 32), 'hex') THEN
      PERFORM lookout_audit('insert ' || NEW.kind || ' #1', NEW.division, 'entry 1 must follow the zero hash');
      RAISE EXCEPTION 'entry 1 must follow the zero hash';
    END IF;
  ELSIF NOT EXISTS (SELECT 1 FROM lookout_journal j WHERE j.seq = NEW.seq - 1 AND j.hash = NEW.prev_hash) THEN
    PERFORM lookout_audit('insert ' || NEW.kind || ' #' || NEW.seq, NEW.division, 'does not follow the head of the record');
    RAISE EXCEPTION 'entry % does not follow the head of the record', NEW.seq;
  END IF;
  RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER lookout_journal_chain AFTER INSERT ON lookout_journal
  FOR EACH ROW EXECUTE FUNCTION lookout_journal_chain();
-- Each committed entry announced to the seats: its sequence and division only (NOTIFY bypasses
-- row-level security, so no content goes with it).
CREATE OR REPLACE FUNCTION lookout_journal_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('lookout_record', NEW.seq::text || ' ' || NEW.division);
  RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER lookout_journal_notify AFTER INSERT ON lookout_journal
  FOR EACH ROW EXECUTE FUNCTION lookout_journal_notify();

ALTER TABLE lookout_journal ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS lookout_read ON lookout_journal;
DROP POLICY IF EXISTS lookout_write ON lookout_journal;
DROP POLICY IF EXISTS lookout_change ON lookout_journal;
DROP POLICY IF EXISTS lookout_remove ON lookout_journal;
CREATE POLICY lookout_read ON lookout_journal FOR SELECT USING (lookout_sees(division));
-- Every seat role may try (INSERT is granted to readers too), so that each refused write meets the
-- policy and is audited, not stopped unaudited by a missing grant.
CREATE POLICY lookout_write ON lookout_journal FOR INSERT WITH CHECK (lookout_audited(
  lookout_may_write(division) AND user_name = session_user, 'insert ' || kind, division,
  CASE WHEN user_name <> session_user THEN 'writing as ' || user_name
       WHEN lookout_my_kind() IN ('viewer', 'verifier') THEN lookout_my_kind() || ' writes nothing'
       ELSE 'outside the division ' || coalesce(lookout_my_division(), 'of no seat') END));
ALTER TABLE lookout_refusals ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS lookout_city_reads ON lookout_refusals;
CREATE POLICY lookout_city_reads ON lookout_refusals FOR SELECT
  USING (lookout_my_kind() IN ('city-commander', 'city-duty', 'verifier'));

REVOKE ALL ON lookout_journal, lookout_seat_users, lookout_refusals FROM PUBLIC;
GRANT SELECT ON lookout_journal, lookout_refusals TO lookout_reader;
GRANT INSERT ON lookout_journal TO lookout_reader;
-- Likewise a change or a deletion meets the append-only trigger, which refuses it and audits it.
GRANT UPDATE, DELETE ON lookout_journal TO lookout_reader;
CREATE POLICY lookout_change ON lookout_journal FOR UPDATE USING (lookout_sees(division));
CREATE POLICY lookout_remove ON lookout_journal FOR DELETE USING (lookout_sees(division));
REVOKE ALL ON FUNCTION lookout_journal_head(), lookout_audit(text, text, text), lookout_audited(boolean, text, text, text),
  lookout_audit_loopback(), lookout_refused_read(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lookout_journal_head(), lookout_audited(boolean, text, text, text), lookout_refused_read(text) TO lookout_reader;
)SQL";

Result<ConnectionPtr> open(const QString &connection)
{
    ConnectionPtr raw(PQconnectdb(connection.toUtf8().constData()), &PQfinish);
    if (PQstatus(raw.get()) != CONNECTION_OK)
        return makeError(Error::Code::Io, QStringLiteral("cannot reach the server: %1").arg(QString::fromUtf8(PQerrorMessage(raw.get())).trimmed()),
                         {connection});
    return raw;
}

Result<void> run(pg_conn *connection, const QByteArray &sql, const QString &what)
{
    ResultPtr result(PQexec(connection, sql.constData()), &PQclear);
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return makeError(Error::Code::Io, QStringLiteral("PostgreSQL: %1").arg(QString::fromUtf8(PQresultErrorMessage(result.get())).trimmed()), {what});
    return {};
}

QByteArray identifier(pg_conn *connection, const QString &name)
{
    const QByteArray bytes = name.toUtf8();
    char *quoted = PQescapeIdentifier(connection, bytes.constData(), std::size_t(bytes.size()));
    QByteArray result(quoted ? quoted : "");
    PQfreemem(quoted);
    return result;
}

QByteArray literal(pg_conn *connection, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    char *quoted = PQescapeLiteral(connection, bytes.constData(), std::size_t(bytes.size()));
    QByteArray result(quoted ? quoted : "");
    PQfreemem(quoted);
    return result;
}

} // namespace

const QStringList &seatRoleKinds()
{
    static const QStringList kinds = [] {
        QStringList list;
        for (const auto &[kind, role] : kKinds)
            list << kind;
        return list;
    }();
    return kinds;
}

Result<QString> initServer(const QString &connection)
{
    auto server = open(connection);
    if (!server)
        return server.error();
    // One administrator at a time, and no append meanwhile: the appenders' lock.
    const QByteArray script = "BEGIN; SELECT pg_advisory_xact_lock(" + QByteArray::number(kPostgresAppendLock) + ");" + kPostgresJournalSchema
                              + kServerSchema + kServerWorkspaceSchema + "COMMIT;";
    if (auto done = run(server->get(), script, QStringLiteral("server init")); !done) {
        (void)run(server->get(), "ROLLBACK", {});
        return done.error();
    }
    // The audit's loopback: can the functions' owner come back in over the local socket?
    ResultPtr loopback(PQexec(server->get(), "SELECT dblink_exec(lookout_audit_loopback(), 'SET search_path = public')"), &PQclear);
    if (PQresultStatus(loopback.get()) != PGRES_TUPLES_OK) {
        ResultPtr target(PQexec(server->get(), "SELECT lookout_audit_loopback()"), &PQclear);
        return QStringLiteral("refusals cannot be audited until pg_hba.conf lets %1 in without a password (for the owner over the local socket, "
                              "e.g. `local %2 %3 peer` when the owner is the postgres account): %4")
            .arg(QString::fromUtf8(PQgetvalue(target.get(), 0, 0)), QString::fromUtf8(PQdb(server->get())), QString::fromUtf8(PQuser(server->get())),
                 QString::fromUtf8(PQresultErrorMessage(loopback.get())).trimmed());
    }
    return QString();
}

Result<void> addSeatUser(const QString &connection, const SeatUser &user, const QString &password)
{
    const auto kind = std::find_if(kKinds.begin(), kKinds.end(), [&](const auto &k) { return k.first == user.kind; });
    if (kind == kKinds.end())
        return makeError(Error::Code::InvalidArgument, QStringLiteral("the role is one of %1").arg(seatRoleKinds().join(QStringLiteral(", "))), {QStringLiteral("role")});
    static const QList<int> levels{2, 4, 6, 9, 12};
    bool digits = !user.division.isEmpty();
    for (const QChar c : user.division)
        digits = digits && c.isDigit();
    if (!digits || !levels.contains(int(user.division.size())))
        return makeError(Error::Code::InvalidArgument, QStringLiteral("a division is a code of 2, 4, 6, 9 or 12 digits (4404, 440402, 440402005)"),
                         {QStringLiteral("division"), user.division});
    if (user.name.trimmed().isEmpty() || user.name.startsWith(QLatin1String("lookout_")) || user.name.startsWith(QLatin1String("pg_")))
        return makeError(Error::Code::InvalidArgument, QStringLiteral("a person's login name, not a group role"), {QStringLiteral("name"), user.name});
    auto server = open(connection);
    if (!server)
        return server.error();
    pg_conn *conn = server->get();
    QByteArray sql = "BEGIN; CREATE ROLE " + identifier(conn, user.name) + " LOGIN";
    if (!password.isEmpty()) {
        const QByteArray clear = password.toUtf8();
        const QByteArray name = user.name.toUtf8();
        char *verifier = PQencryptPasswordConn(conn, clear.constData(), name.constData(), "scram-sha-256");
        if (!verifier)
            return makeError(Error::Code::Io, QStringLiteral("cannot make the SCRAM verifier: %1").arg(QString::fromUtf8(PQerrorMessage(conn)).trimmed()));
        sql += " PASSWORD " + literal(conn, QString::fromUtf8(verifier));
        PQfreemem(verifier);
    }
    sql += " IN ROLE " + identifier(conn, kind->second) + ";";
    sql += "INSERT INTO lookout_seat_users (role_name, role_kind, division) VALUES (" + literal(conn, user.name) + "," + literal(conn, user.kind) + ","
           + literal(conn, user.division) + "); COMMIT;";
    if (auto done = run(conn, sql, QStringLiteral("server user add %1").arg(user.name)); !done) {
        (void)run(conn, "ROLLBACK", {});
        return done;
    }
    return {};
}

Result<QList<SeatUser>> seatUsers(const QString &connection)
{
    auto server = open(connection);
    if (!server)
        return server.error();
    ResultPtr result(PQexec(server->get(), "SELECT role_name, role_kind, division, extract(epoch FROM created_at)::bigint FROM lookout_seat_users ORDER BY division, role_name"),
                     &PQclear);
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
        return makeError(Error::Code::Io, QStringLiteral("PostgreSQL: %1").arg(QString::fromUtf8(PQresultErrorMessage(result.get())).trimmed()),
                         {QStringLiteral("server user list")});
    QList<SeatUser> users;
    for (int row = 0; row < PQntuples(result.get()); ++row)
        users.append({QString::fromUtf8(PQgetvalue(result.get(), row, 0)), QString::fromUtf8(PQgetvalue(result.get(), row, 1)),
                      QString::fromUtf8(PQgetvalue(result.get(), row, 2)),
                      QDateTime::fromSecsSinceEpoch(QByteArray(PQgetvalue(result.get(), row, 3)).toLongLong(), QTimeZone::utc())});
    return users;
}

Result<void> removeSeatUser(const QString &connection, const QString &name)
{
    auto server = open(connection);
    if (!server)
        return server.error();
    pg_conn *conn = server->get();
    const QByteArray sql = "BEGIN; DELETE FROM lookout_seat_users WHERE role_name = " + literal(conn, name) + "; DROP ROLE " + identifier(conn, name) + "; COMMIT;";
    if (auto done = run(conn, sql, QStringLiteral("server user remove %1").arg(name)); !done) {
        (void)run(conn, "ROLLBACK", {});
        return done;
    }
    return {};
}

Result<QList<Refusal>> refusals(const QString &connection)
{
    auto server = open(connection);
    if (!server)
        return server.error();
    ResultPtr result(PQexec(server->get(), "SELECT extract(epoch FROM at)::bigint, user_name, what, division, reason FROM lookout_refusals ORDER BY id DESC"),
                     &PQclear);
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
        return makeError(Error::Code::Io, QStringLiteral("PostgreSQL: %1").arg(QString::fromUtf8(PQresultErrorMessage(result.get())).trimmed()),
                         {QStringLiteral("refusals")});
    QList<Refusal> list;
    for (int row = 0; row < PQntuples(result.get()); ++row)
        list.append({QDateTime::fromSecsSinceEpoch(QByteArray(PQgetvalue(result.get(), row, 0)).toLongLong(), QTimeZone::utc()),
                     QString::fromUtf8(PQgetvalue(result.get(), row, 1)), QString::fromUtf8(PQgetvalue(result.get(), row, 2)),
                     QString::fromUtf8(PQgetvalue(result.get(), row, 3)), QString::fromUtf8(PQgetvalue(result.get(), row, 4))});
    return list;
}

} // namespace lookout::store

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "store/workspacecopy.h"

#include "store/serverworkspace.h"

#include <algorithm>

namespace lookout::store {

namespace {

struct Column {
    QString name;
    QString declaredType;  // SQLite's, or the geometry type for a GeoPackage geometry column
    bool geometry = false;
};

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

Result<QList<Column>> columnsOf(Database &geopackage, const QString &table)
{
    auto select = geopackage.prepare(QStringLiteral(
        "SELECT p.name, p.type, g.geometry_type_name FROM pragma_table_info(?1) p "
        "LEFT JOIN gpkg_geometry_columns g ON g.table_name = ?1 AND g.column_name = p.name ORDER BY p.cid"));
    if (!select)
        return select.error();
    select->bind(1, table);
    auto columns = collectRows(*select, [](Statement &row) {
        return Column{row.text(0), row.isNull(2) ? row.text(1).toUpper() : row.text(2).toUpper(), !row.isNull(2)};
    });
    if (columns && columns->isEmpty())
        return makeError(Error::Code::NotFound, QStringLiteral("no such table in the workspace"), {geopackage.path(), table});
    return columns;
}

// A map layer's table on the server: its fid, PostGIS geometry and columns of the nearest type.
Result<void> createLayerTable(Database &server, const QString &table, const QList<Column> &columns)
{
    QStringList definitions;
    for (const Column &column : columns) {
        const QString &type = column.declaredType;
        QString pgType;
        if (column.geometry)
            pgType = QStringLiteral("geometry(%1, 4326)").arg(type == QLatin1String("GEOMETRY") ? QStringLiteral("Geometry") : type);
        else if (column.name == QLatin1String("fid"))
            pgType = QStringLiteral("BIGINT PRIMARY KEY");
        else if (type.contains(QLatin1String("INT")))
            pgType = QStringLiteral("BIGINT");
        else if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA")) || type.contains(QLatin1String("DOUB")))
            pgType = QStringLiteral("DOUBLE PRECISION");
        else if (type.contains(QLatin1String("BLOB")))
            pgType = QStringLiteral("BYTEA");
        else
            pgType = QStringLiteral("TEXT COLLATE \"C\"");
        definitions << quoted(column.name) + QLatin1Char(' ') + pgType;
    }
    return server.exec(QStringLiteral("CREATE TABLE %1 (%2); GRANT SELECT ON %1 TO lookout_reader")
                           .arg(quoted(table), definitions.join(QStringLiteral(", "))));
}

Result<qint64> copyRows(Database &geopackage, Database &server, const QString &table, const QList<Column> &columns)
{
    QStringList names, values;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        names << quoted(columns[i].name);
        const QString parameter = QLatin1Char('?') + QString::number(i + 1);
        values << (columns[i].geometry || columns[i].name == QLatin1String("geom") ? QStringLiteral("lookout_geometry(%1)").arg(parameter) : parameter);
    }
    auto select = geopackage.prepare(QStringLiteral("SELECT %1 FROM %2").arg(names.join(QStringLiteral(", ")), quoted(table)));
    auto insert = server.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(quoted(table), names.join(QStringLiteral(", ")),
                                                                                     values.join(QStringLiteral(", "))));
    if (!select)
        return select.error();
    if (!insert)
        return insert.error();
    qint64 copied = 0;
    while (true) {
        auto row = select->step();
        if (!row)
            return row.error();
        if (!*row)
            return copied;
        for (int i = 0; i < int(columns.size()); ++i) {
            switch (select->kind(i)) {
            case ValueKind::Null: insert->bindNull(i + 1); break;
            case ValueKind::Integer: insert->bind(i + 1, select->integer(i)); break;
            case ValueKind::Real: insert->bind(i + 1, select->real(i)); break;
            case ValueKind::Text: insert->bindText(i + 1, select->bytes(i)); break;
            case ValueKind::Blob: insert->bindBlob(i + 1, select->bytes(i)); break;
            }
        }
        if (auto done = insert->run(); !done)
            return Error(done.error()).withContext(QStringLiteral("%1, row %2").arg(table).arg(copied + 1));
        ++copied;
    }
}

// The identity counter of the table's id (or fid) past the copied rows.
Result<void> moveIdentity(Database &server, const QString &table, const QList<Column> &columns)
{
    for (const char *column : {"id", "fid"}) {
        if (std::none_of(columns.begin(), columns.end(), [&](const Column &c) { return c.name == QLatin1String(column); }))
            continue;
        auto statement = server.prepare(QStringLiteral(
            "SELECT setval(s, (SELECT coalesce(max(%1), 0) + 1 FROM %2), false) FROM pg_get_serial_sequence(?1, ?2) AS s WHERE s IS NOT NULL")
                                            .arg(QString::fromLatin1(column), quoted(table)));
        if (!statement)
            return statement.error();
        statement->bind(1, quoted(table)).bind(2, column);
        if (auto done = statement->run(); !done)
            return Error(done.error()).withContext(table);
    }
    return {};
}

} // namespace

Result<CopiedTables> copyWorkspaceTables(Database &geopackage, Database &server, const QStringList &mapLayers,
                                         const std::function<void(const QString &table)> &progress)
{
    auto held = server.prepare(QStringLiteral("SELECT count(*) FROM lookout_workspace"));
    if (!held)
        return held.error();
    if (auto row = held->step(); !row || !*row)
        return row ? makeError(Error::Code::Internal, QStringLiteral("no count")) : row.error();
    if (held->integer(0) > 0)
        return makeError(Error::Code::Conflict, QStringLiteral("the server already holds a workspace: a push goes into an empty one"),
                         {server.path()});
    held->reset();
    CopiedTables copied;
    QStringList tables{QStringLiteral("lookout_workspace"), QStringLiteral("lookout_layers")};
    tables += mapLayers;
    tables += serverWorkspaceTables();
    for (const QString &table : tables) {
        if (!geopackage.hasTable(table))
            continue;  // e.g. a layer's view in an older file
        if (progress)
            progress(table);
        auto columns = columnsOf(geopackage, table);
        if (!columns)
            return columns.error();
        if (mapLayers.contains(table))
            if (auto created = createLayerTable(server, table, *columns); !created)
                return Error(created.error()).withContext(QStringLiteral("layer %1").arg(table));
        auto rows = copyRows(geopackage, server, table, *columns);
        if (!rows)
            return rows.error();
        if (auto moved = moveIdentity(server, table, *columns); !moved)
            return moved.error();
        copied.rows.append({table, *rows});
    }
    return copied;
}

} // namespace lookout::store

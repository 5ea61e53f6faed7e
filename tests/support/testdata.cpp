// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "tests/support/testdata.h"

#include <QFile>
#include <QProcess>

namespace lookout::test {

QString sharedData(const QString &relative)
{
    return QStringLiteral(LOOKOUT_SHARED_DATA "/") + relative;
}

QString testData(const QString &relative)
{
    return QStringLiteral(LOOKOUT_TEST_DATA "/") + relative;
}

QString packagingData(const QString &relative)
{
    return QStringLiteral(LOOKOUT_PACKAGING_DATA "/") + relative;
}

QString beforeSpatialLayersSql(bool withColumns)
{
    // Version 10's table first: a workspace from before version 9 is from before version 10 too.
    QString sql = QStringLiteral(
        "DROP TABLE lookout_team_positions; DELETE FROM gpkg_contents WHERE table_name = 'lookout_team_positions'; "
        "DROP VIEW lookout_typhoon_fixes; DROP VIEW lookout_stations; DROP VIEW lookout_warning_areas; "
        "DROP TABLE lookout_hotspot_points; DROP TABLE lookout_incident_areas; "
        "DELETE FROM gpkg_geometry_columns WHERE table_name LIKE 'lookout_%'; "
        "DELETE FROM gpkg_contents WHERE table_name IN ('lookout_typhoon_fixes', 'lookout_stations', 'lookout_warning_areas', "
        "'lookout_hotspot_points', 'lookout_incident_areas'); "
        "UPDATE gpkg_contents SET data_type = 'attributes', srs_id = NULL WHERE table_name = 'lookout_typhoon_tracks'; ");
    if (withColumns)
        sql += QStringLiteral(
            "ALTER TABLE lookout_typhoon_points DROP COLUMN geom; ALTER TABLE lookout_typhoon_tracks DROP COLUMN geom; "
            "ALTER TABLE lookout_st_stbprp_b DROP COLUMN geom; ALTER TABLE lookout_cap_messages DROP COLUMN geom; ");
    return sql;
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

QString capSchemaProblems(const QString &path)
{
    QProcess xmllint;
    xmllint.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"), sharedData(QStringLiteral("schemas/cap12.xsd")), path});
    if (!xmllint.waitForFinished(30000))
        return QStringLiteral("xmllint did not finish");
    return xmllint.exitCode() == 0 ? QString() : QString::fromUtf8(xmllint.readAllStandardError());
}

} // namespace lookout::test

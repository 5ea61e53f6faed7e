// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// A bureau other than the demo's starts from nothing: a workspace made, filled and drawn from the
// command line alone, with real files the demo does not use.
#include "lookoutprocess.h"
#include "tests/support/testdata.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>

#include <gtest/gtest.h>

using namespace lookout::test;

namespace {

QByteArray sha256(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

} // namespace

TEST(NewWorkspace, CreatedFilledAndDrawnFromTheCommandLine)
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("hk.gpkg"));
    const QString ws = QStringLiteral("--workspace");
    auto lookout = [&](QStringList arguments) {
        arguments << ws << path;
        return runLookout(arguments, home);
    };

    // A writing command on a path with nothing there says, in one line, how to make it.
    ProcessRun run = lookout({QStringLiteral("ingest"), sharedData(QStringLiteral("typhoon/CH2018BST.txt"))});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.err.trimmed(), QStringLiteral("lookout: workspace %1 does not exist; create it with: lookout workspace create %1").arg(path));
    EXPECT_FALSE(QFileInfo::exists(path));  // no silent creation of a typo
    run = lookout({QStringLiteral("incident"), QStringLiteral("open"), QStringLiteral("--title"), QStringLiteral("x"),
                   QStringLiteral("--hazard"), QStringLiteral("flood"), QStringLiteral("--district"), QStringLiteral("x")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("lookout workspace create"))) << run.err.toStdString();

    run = runLookout({QStringLiteral("workspace"), QStringLiteral("create"), path, QStringLiteral("--title"), QStringLiteral("香港 演示")}, home);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = runLookout({QStringLiteral("workspace"), QStringLiteral("create"), path}, home);
    EXPECT_EQ(run.exitCode, 1);  // never over an existing file
    EXPECT_TRUE(run.err.contains(QStringLiteral("already"))) << run.err.toStdString();

    // The Hong Kong districts (WGS-84), labelled by their Chinese names; Zhuhai's DataV file
    // declared GCJ-02 and labelled by its own `name` field.
    run = lookout({QStringLiteral("layer"), QStringLiteral("import"), sharedData(QStringLiteral("boundaries/hk_dc_land_2001_wgs84.json")),
                   QStringLiteral("--name"), QStringLiteral("hk_districts"), QStringLiteral("--title"), QStringLiteral("香港 区议会分区"),
                   QStringLiteral("--label-field"), QStringLiteral("DC_CHIN")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("18 feature(s)"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("drawn as focus"))) << run.out.toStdString();
    run = lookout({QStringLiteral("layer"), QStringLiteral("import"), sharedData(QStringLiteral("boundaries/440400_full.json")),
                   QStringLiteral("--crs"), QStringLiteral("gcj02")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("layer layer_440400_full"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("source CRS GCJ-02, labels from name, drawn as context"))) << run.out.toStdString();
    run = lookout({QStringLiteral("layer"), QStringLiteral("list")});
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out.count(QLatin1Char('\n')), 2) << run.out.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("hk_districts\t香港 区议会分区\tfocus\t18 features\tEPSG:4326"))) << run.out.toStdString();

    // An empty, a corrupt and a raster file: one line each, and the workspace as it was.
    const QByteArray before = sha256(path);
    QTemporaryDir bad;
    const QString empty = writeFile(bad, QStringLiteral("empty.geojson"), QByteArray());
    const QString corrupt = writeFile(bad, QStringLiteral("cut.geojson"), readBytes(sharedData(QStringLiteral("boundaries/440400_full.json"))).left(4000));
    for (const QString &file : {empty, corrupt, sharedData(QStringLiteral("grids/pysheds_hydrosheds_dem_3s.tif"))}) {
        run = lookout({QStringLiteral("layer"), QStringLiteral("import"), file});
        EXPECT_EQ(run.exitCode, 1) << file.toStdString();
        EXPECT_EQ(run.err.trimmed().count(QLatin1Char('\n')), 0) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("not imported"))) << run.err.toStdString();
    }
    EXPECT_EQ(sha256(path), before);

    // Removing a layer, and removing one that is not there.
    run = lookout({QStringLiteral("layer"), QStringLiteral("remove"), QStringLiteral("layer_440400_full")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = lookout({QStringLiteral("layer"), QStringLiteral("remove"), QStringLiteral("layer_440400_full")});
    EXPECT_EQ(run.exitCode, 1);

    // The real 统计用区划代码 of Zhuhai and Jiangmen down to towns.
    run = lookout({QStringLiteral("divisions"), QStringLiteral("import"), sharedData(QStringLiteral("divisions/cities_4404_4407.csv")),
                   sharedData(QStringLiteral("divisions/districts_4404_4407.csv")), sharedData(QStringLiteral("divisions/towns_4404_4407.csv"))});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("113 division(s)"))) << run.out.toStdString();
    run = lookout({QStringLiteral("divisions"), QStringLiteral("list"), QStringLiteral("--under"), QStringLiteral("440402")});
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out.count(QLatin1Char('\n')), 19);  // 香洲区's streets and towns
    EXPECT_TRUE(run.out.contains(QStringLiteral("440402005\t拱北街道\t镇街\t440402"))) << run.out.toStdString();

    // Warnings (one with a polygon), a track, hotspots and a station with a position.
    run = lookout({QStringLiteral("ingest"), sharedData(QStringLiteral("warnings/mo-smg_monsoon_update_allclear_zh-pt-en.xml")),
                   sharedData(QStringLiteral("warnings/oasis-cap12-appxA2_nws-ksto_thunderstorm_polygon.xml")),
                   sharedData(QStringLiteral("typhoon/CH2017BST.txt")), sharedData(QStringLiteral("fire/MODIS_C6_SouthEast_Asia_24h.csv")),
                   sharedData(QStringLiteral("water/usgs_07335390_iv_reservoir_elevation.waterml1.xml"))});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // Zhuhai's districts again, as focus, and an incident over one of them and a town.
    run = lookout({QStringLiteral("layer"), QStringLiteral("import"), sharedData(QStringLiteral("boundaries/440400_full.json")),
                   QStringLiteral("--crs"), QStringLiteral("gcj02"), QStringLiteral("--role"), QStringLiteral("focus")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = lookout({QStringLiteral("incident"), QStringLiteral("open"), QStringLiteral("--title"), QStringLiteral("演练 exercise"),
                   QStringLiteral("--hazard"), QStringLiteral("typhoon"), QStringLiteral("--district"), QStringLiteral("香洲区"),
                   QStringLiteral("--town"), QStringLiteral("白藤街道"), QStringLiteral("--exercise"), QStringLiteral("--at"),
                   QStringLiteral("2017-08-22T00:00Z")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();

    // Everything draws in a GIS program: geometry type and feature count of each spatial layer.
    struct Expected {
        const char *layer;
        const char *geometry;
        int features;
    } expected[] = {
        {"hk_districts", "Multi Polygon", 18},
        {"lookout_hotspot_points", "Point", 1661},
        {"lookout_typhoon_fixes", "Point", 827},
        {"lookout_typhoon_tracks", "Line String", 30},
        {"lookout_stations", "Point", 1},
        {"lookout_warning_areas", "Multi Polygon", 2},  // both messages have areas
        {"lookout_incident_areas", "Multi Polygon", 1},
    };
    for (const Expected &e : expected) {
        const ProcessRun info = runProgram(QStringLiteral("ogrinfo"), {QStringLiteral("-so"), path, QString::fromLatin1(e.layer)}, home);
        ASSERT_EQ(info.exitCode, 0) << e.layer << info.err.toStdString();
        EXPECT_TRUE(info.out.contains(QStringLiteral("Geometry: %1\n").arg(QString::fromLatin1(e.geometry)))) << e.layer << info.out.toStdString();
        EXPECT_TRUE(info.out.contains(QStringLiteral("Feature Count: %1\n").arg(e.features))) << e.layer << info.out.toStdString();
        EXPECT_FALSE(info.err.contains(QStringLiteral("ERROR"))) << e.layer << info.err.toStdString();
    }
    // The incident's area is 香洲区's outline (白藤街道 has no boundary: its district, 斗门区, too).
    const ProcessRun incident = runProgram(QStringLiteral("ogrinfo"), {path, QStringLiteral("lookout_incident_areas"), QStringLiteral("-q")}, home);
    EXPECT_TRUE(incident.out.contains(QStringLiteral("areas (String) = 香洲区 (440402), 白藤街道 (440403001)"))) << incident.out.toStdString();
    EXPECT_TRUE(incident.out.contains(QStringLiteral("MULTIPOLYGON ((("))) << incident.out.left(2000).toStdString();

    const QString png = home.filePath(QStringLiteral("hk.png"));
    run = lookout({QStringLiteral("render"), QStringLiteral("--view"), QStringLiteral("wall"), QStringLiteral("--size"),
                   QStringLiteral("1920x1080"), QStringLiteral("--out"), png, QStringLiteral("--at"), QStringLiteral("2017-08-23T03:00Z")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_GT(nonBackgroundShare(image), 0.3);
}

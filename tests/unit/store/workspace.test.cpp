// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "gis/coordinatetransform.h"
#include "store/workspace.h"
#include "tests/support/testdata.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace lookout;
using namespace lookout::store;
using lookout::test::sharedData;

namespace {
const QDateTime kNow(QDate(2026, 11, 23), QTime(5, 0), QTimeZone::utc());

ImportRequest zhuhaiRequest()
{
    ImportRequest request;
    request.sourcePath = sharedData(QStringLiteral("boundaries/440400_full.json"));
    request.layerName = QStringLiteral("zhuhai_districts");
    request.title = QStringLiteral("珠海市 区界");
    request.role = QStringLiteral("focus");
    request.labelField = QStringLiteral("name");
    request.declaredCrs = gis::kGcj02;
    request.sourceNote = QStringLiteral("DataV.GeoAtlas 440400_full.json");
    request.dataDate = QDateTime(QDate(2021, 8, 16), QTime(0, 0), QTimeZone::utc());
    request.drawOrder = 30;
    return request;
}
} // namespace

TEST(Workspace, CreateImportReopen)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
    {
        auto workspace = Workspace::create(path, kNow);
        ASSERT_TRUE(workspace.ok()) << workspace.error().toString().toStdString();
        auto record = workspace->importVectorLayer(zhuhaiRequest(), kNow);
        ASSERT_TRUE(record.ok()) << record.error().toString().toStdString();
        EXPECT_EQ(record->featureCount, 3);
        EXPECT_EQ(record->sourceCrs, gis::kGcj02);
    }
    auto reopened = Workspace::open(path);
    ASSERT_TRUE(reopened.ok()) << reopened.error().toString().toStdString();
    EXPECT_EQ(reopened->createdAt(), kNow);
    auto layers = reopened->layers();
    ASSERT_TRUE(layers.ok());
    ASSERT_EQ(layers->size(), 1);
    const LayerRecord &record = layers->first();
    EXPECT_EQ(record.name, QStringLiteral("zhuhai_districts"));
    EXPECT_EQ(record.title, QStringLiteral("珠海市 区界"));
    EXPECT_EQ(record.featureCount, 3);
    EXPECT_EQ(record.importedAt, kNow);
    EXPECT_EQ(record.dataDate.date(), QDate(2021, 8, 16));
    EXPECT_TRUE(record.sourceFile.endsWith(QStringLiteral("440400_full.json")));

    auto data = reopened->readLayer(QStringLiteral("zhuhai_districts"));
    ASSERT_TRUE(data.ok()) << data.error().toString().toStdString();
    EXPECT_EQ(data->crs, gis::kWgs84);
    EXPECT_EQ(data->features.size(), 3u);
    // Converted from GCJ-02: the western limit moved ~0.005 deg west of the file's 113.085.
    EXPECT_NEAR(data->bounds.xMin, 113.085 - 0.0051, 0.0005);
    // Multi-part structure survives: Xiangzhou has 64 parts (SOURCES.md).
    std::size_t polygons = 0;
    for (const auto &feature : data->features)
        polygons += feature.polygonRingCounts.size();
    EXPECT_EQ(polygons, 72u);
}

TEST(Workspace, OpensInOgrinfoAsAGeoPackage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ogr.gpkg"));
    auto workspace = Workspace::create(path, kNow);
    ASSERT_TRUE(workspace.ok());
    ASSERT_TRUE(workspace->importVectorLayer(zhuhaiRequest(), kNow).ok());
    QProcess ogrinfo;
    ogrinfo.start(QStringLiteral("ogrinfo"), {QStringLiteral("-ro"), QStringLiteral("-so"), path,
                                              QStringLiteral("zhuhai_districts")});
    ASSERT_TRUE(ogrinfo.waitForFinished(60000));
    const QString output = QString::fromUtf8(ogrinfo.readAllStandardOutput());
    EXPECT_EQ(ogrinfo.exitCode(), 0) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("using driver `GPKG'"))) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("Feature Count: 3"))) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("Multi Polygon"))) << output.toStdString();
}

TEST(Workspace, FailedImportsLeaveStoredLayersIntact)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keep.gpkg"));
    auto workspace = Workspace::create(path, kNow);
    ASSERT_TRUE(workspace.ok());
    ASSERT_TRUE(workspace->importVectorLayer(zhuhaiRequest(), kNow).ok());

    // Same name again without replace: refused.
    auto duplicate = workspace->importVectorLayer(zhuhaiRequest(), kNow);
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().code, Error::Code::InvalidArgument);

    // Replacing with a truncated file: the read fails, the old layer stays.
    QFile real(sharedData(QStringLiteral("boundaries/440400_full.json")));
    ASSERT_TRUE(real.open(QIODevice::ReadOnly));
    ImportRequest broken = zhuhaiRequest();
    broken.sourcePath = test::writeFile(dir, QStringLiteral("cut.json"), real.readAll().left(5000));
    broken.replace = true;
    auto failed = workspace->importVectorLayer(broken, kNow);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, Error::Code::Corrupt);

    // A label field the source does not have: refused before anything is written.
    ImportRequest wrongField = zhuhaiRequest();
    wrongField.layerName = QStringLiteral("zhuhai_again");
    wrongField.labelField = QStringLiteral("NAME_ZH");
    EXPECT_FALSE(workspace->importVectorLayer(wrongField, kNow).ok());

    ImportRequest badName = zhuhaiRequest();
    badName.layerName = QStringLiteral("gpkg_contents");
    EXPECT_FALSE(workspace->importVectorLayer(badName, kNow).ok());

    auto layers = workspace->layers();
    ASSERT_TRUE(layers.ok());
    ASSERT_EQ(layers->size(), 1);
    auto data = workspace->readLayer(QStringLiteral("zhuhai_districts"));
    ASSERT_TRUE(data.ok());
    EXPECT_EQ(data->features.size(), 3u);
    EXPECT_FALSE(workspace->readLayer(QStringLiteral("zhuhai_again")).ok());

    // Replacing with a good file works and keeps one record.
    ImportRequest replacement = zhuhaiRequest();
    replacement.sourcePath = sharedData(QStringLiteral("boundaries/440700_full.json"));
    replacement.replace = true;
    ASSERT_TRUE(workspace->importVectorLayer(replacement, kNow).ok());
    layers = workspace->layers();
    ASSERT_EQ(layers->size(), 1);
    EXPECT_EQ(layers->first().featureCount, 7);
}

TEST(Workspace, UnreadableWorkspacesGetClearErrors)
{
    QTemporaryDir dir;
    auto missing = Workspace::open(dir.filePath(QStringLiteral("none.gpkg")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, Error::Code::NotFound);

    auto empty = Workspace::open(test::writeFile(dir, QStringLiteral("empty.gpkg"), {}));
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().code, Error::Code::Empty);

    auto garbage = Workspace::open(test::writeFile(dir, QStringLiteral("garbage.gpkg"), QByteArray(8192, 'x')));
    ASSERT_FALSE(garbage.ok());
    EXPECT_EQ(garbage.error().code, Error::Code::Corrupt);

    // A valid GeoPackage that is not a Lookout workspace.
    const QString foreign = dir.filePath(QStringLiteral("foreign.gpkg"));
    QProcess ogr2ogr;
    ogr2ogr.start(QStringLiteral("ogr2ogr"), {QStringLiteral("-f"), QStringLiteral("GPKG"), foreign,
                                              sharedData(QStringLiteral("boundaries/440400_full.json"))});
    ASSERT_TRUE(ogr2ogr.waitForFinished(60000));
    ASSERT_EQ(ogr2ogr.exitCode(), 0);
    auto notOurs = Workspace::open(foreign);
    ASSERT_FALSE(notOurs.ok());
    EXPECT_EQ(notOurs.error().code, Error::Code::Corrupt);
    EXPECT_TRUE(notOurs.error().message.contains(QStringLiteral("not a Lookout workspace")));

    // Creating over an existing file is refused; the file is untouched.
    auto overwrite = Workspace::create(foreign, kNow);
    ASSERT_FALSE(overwrite.ok());
    EXPECT_GT(QFileInfo(foreign).size(), 0);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "gis/rainfallgrid.h"
#include "store/ingest.h"
#include "store/rainfallstore.h"
#include "store/workspace.h"
#include "tests/support/testdata.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <cmath>

using namespace lookout;
using namespace lookout::store;

namespace {

const QDateTime kNow(QDate(2026, 11, 23), QTime(5, 0), QTimeZone::utc());
const QDateTime kEver(QDate(1990, 1, 1), QTime(0, 0), QTimeZone::utc());

} // namespace

TEST(RainfallStore, GridsRoundTripAndAnswerByValidTime)
{
    QTemporaryDir dir;
    auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.gpkg")), kNow);
    ASSERT_TRUE(workspace.ok());
    const QString gfs = test::sharedData(QStringLiteral("grids/gfs.t12z.pgrbf120.2p5deg.grib2"));
    auto kept = ingestPayload(*workspace, test::readBytes(gfs), QStringLiteral("gfs.grib2"), kNow);
    ASSERT_TRUE(kept.ok()) << kept.error().toString().toStdString();
    EXPECT_EQ(kept->format, feeds::DataFormat::RainfallGrid);
    EXPECT_EQ(kept->grids, 1);
    auto nc = ingestPayload(*workspace, test::readBytes(test::sharedData(QStringLiteral("grids/bom_rainfields_66_20201031_060000.prcp-c10.nc"))),
                            QStringLiteral("bom.nc"), kNow);
    ASSERT_TRUE(nc.ok()) << nc.error().toString().toStdString();

    RainfallStore store(workspace->database());
    auto all = store.between(kEver, kNow);
    ASSERT_TRUE(all.ok()) << all.error().toString().toStdString();
    ASSERT_EQ(all->size(), 2);
    // The GFS grid comes back cell for cell as GDAL read it.
    auto bands = gis::findRainfallBands(gfs);
    ASSERT_TRUE(bands.ok());
    auto direct = gis::readRainfallGrid(gfs, bands->front());
    ASSERT_TRUE(direct.ok());
    const gis::RainfallGrid &stored = all->front();  // 2011 before 2020
    EXPECT_EQ(stored.validTime, direct->validTime);
    EXPECT_EQ(stored.periodStart, direct->periodStart);
    EXPECT_EQ(stored.geoTransform, direct->geoTransform);
    ASSERT_EQ(stored.millimetres.size(), direct->millimetres.size());
    for (std::size_t i = 0; i < stored.millimetres.size(); ++i)
        ASSERT_TRUE(stored.millimetres[i] == direct->millimetres[i]
                    || (std::isnan(stored.millimetres[i]) && std::isnan(direct->millimetres[i])));
    // A replay an hour before the GFS grid was valid does not see it.
    auto earlier = store.between(kEver, direct->validTime.addSecs(-3600));
    ASSERT_TRUE(earlier.ok());
    EXPECT_TRUE(earlier->isEmpty());
    // The same file again replaces, it does not double.
    ASSERT_TRUE(ingestPayload(*workspace, test::readBytes(gfs), QStringLiteral("gfs.grib2"), kNow).ok());
    EXPECT_EQ(store.between(kEver, kNow)->size(), 2);
}

// A polar-stereographic 24 h accumulation from a centre that is not NCEP, beside a parameter
// GDAL calls "unknown": the rainfall is kept with its period, the other message is a note.
TEST(RainfallStore, PolarStereographicDailyAccumulationWithALocalParameter)
{
    QTemporaryDir dir;
    auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.gpkg")), kNow);
    ASSERT_TRUE(workspace.ok());
    const QString file = test::testData(QStringLiteral("grids/cmc_rdps_ps10km_apcp24_with_local_parameter.grib2"));
    auto kept = ingestPayload(*workspace, test::readBytes(file), QStringLiteral("cmc.grib2"), kNow);
    ASSERT_TRUE(kept.ok()) << kept.error().toString().toStdString();
    EXPECT_EQ(kept->grids, 1);
    ASSERT_EQ(kept->deviations.size(), 1);
    EXPECT_TRUE(kept->deviations.front().contains(QStringLiteral("skipped")));
    auto all = RainfallStore(workspace->database()).between(kEver, kNow);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 1);
    EXPECT_DOUBLE_EQ(all->front().hours(), 24.0);
    EXPECT_EQ(all->front().validTime, QDateTime(QDate(2024, 6, 13), QTime(0, 0), QTimeZone::utc()));
}

TEST(RainfallStore, TruncatedAndWrongGridsAreRefusedAndKeepWhatIsStored)
{
    QTemporaryDir dir;
    auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.gpkg")), kNow);
    ASSERT_TRUE(workspace.ok());
    const QByteArray gfs = test::readBytes(test::sharedData(QStringLiteral("grids/gfs.t12z.pgrbf120.2p5deg.grib2")));
    ASSERT_TRUE(ingestPayload(*workspace, gfs, QStringLiteral("gfs.grib2"), kNow).ok());
    // Cut in the middle of the file: the precipitation message is lost or damaged.
    auto cut = ingestPayload(*workspace, gfs.left(gfs.size() / 3), QStringLiteral("cut.grib2"), kNow);
    EXPECT_FALSE(cut.ok());
    // A terrain model is a raster, not rainfall: refused with the reason.
    auto dem = ingestPayload(*workspace, test::readBytes(test::sharedData(QStringLiteral("grids/pysheds_hydrosheds_dem_3s.tif"))),
                             QStringLiteral("dem.tif"), kNow);
    ASSERT_FALSE(dem.ok());
    EXPECT_TRUE(dem.error().message.contains(QStringLiteral("no rainfall accumulation"))) << dem.error().message.toStdString();
    // ECMWF's tprate is a rate, not an accumulation over a stated period.
    auto rate = ingestPayload(*workspace, test::readBytes(test::sharedData(
                                  QStringLiteral("grids/ecmwf_ifs_0p25_20250912120000-0h-oper-fc.msg89_tprate_ccsds.grib2"))),
                              QStringLiteral("tprate.grib2"), kNow);
    ASSERT_FALSE(rate.ok());
    EXPECT_TRUE(rate.error().message.contains(QStringLiteral("tprate"))) << rate.error().message.toStdString();
    auto all = RainfallStore(workspace->database()).between(kEver, kNow);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 1);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// Station levels against their thresholds on the real Yangtze June 2020 table (GB18030) and the
// compiled threshold file.
#include "feeds/readingchecks.h"
#include "analysis/waterlevels.h"
#include "tests/support/testdata.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace lookout;
using namespace lookout::analysis;
using feeds::HydrologyData;
using feeds::checkRainReadings;
using feeds::checkRiverReadings;
using feeds::ReadingLimits;
using feeds::ReadingReport;

namespace {

HydrologyData levels()
{
    auto data = feeds::parseChangjiangLevels(test::readBytes(test::sharedData(QStringLiteral("water/cjh_yangtze_waterlevel_2020-06_gb18030.csv"))),
                                             QStringLiteral("cjh.csv"));
    EXPECT_TRUE(data.ok()) << (data ? "" : data.error().toString().toStdString());
    return data ? *data : HydrologyData();
}

// The shared file gives the Three Gorges flood limit without its period; the demo's copy gives
// the reservoir's main flood season, 0610..0910.
HydrologyData thresholds(bool withPeriod = true)
{
    const QString path = withPeriod ? test::packagingData(QStringLiteral("events/yangtze_thresholds.csv"))
                                    : test::sharedData(QStringLiteral("water/yangtze_thresholds.csv"));
    auto data = feeds::parseThresholdTable(test::readBytes(path), QStringLiteral("thresholds.csv"));
    EXPECT_TRUE(data.ok()) << (data ? "" : data.error().toString().toStdString());
    return data ? *data : HydrologyData();
}

template <typename Reading>
QList<Reading> of(const QList<Reading> &all, const QString &stcd)
{
    QList<Reading> out;
    for (const Reading &reading : all)
        if (reading.stcd == stcd)
            out.append(reading);
    return out;
}

std::optional<feeds::RiverThresholds> thresholdsOf(const HydrologyData &data, const QString &stcd)
{
    for (const feeds::RiverThresholds &entry : data.riverThresholds)
        if (entry.stcd == stcd)
            return entry;
    return std::nullopt;
}

// 2020-06-30 23:00 Beijing time, the last hour of the table.
const QDateTime kEnd(QDate(2020, 6, 30), QTime(15, 0), QTimeZone::utc());

} // namespace

TEST(Hydrology, ChangjiangTableInSl323Tables)
{
    const HydrologyData data = levels();
    EXPECT_EQ(data.stations.size(), 11);  // 13 names: the two "(出库)" ones are their reservoirs' outflow
    EXPECT_EQ(data.river.size(), 1636);
    EXPECT_EQ(data.reservoirs.size(), 360);
    EXPECT_TRUE(data.notes.join(QLatin1Char(' ')).contains(QStringLiteral("60 reservoir inflow/outflow row pair(s) merged")));
    int reservoirs = 0;
    for (const feeds::StationInfo &station : data.stations) {
        EXPECT_FALSE(station.position.has_value());  // no coordinates: listed, not drawn
        reservoirs += station.sttp == QLatin1String("RR") ? 1 : 0;
    }
    EXPECT_EQ(reservoirs, 2);
    // "23-06-2020 11:04:00" Beijing = 03:04 UTC at 宜昌.
    const QList<feeds::RiverReading> yichang = of(data.river, QStringLiteral("宜昌"));
    EXPECT_TRUE(std::any_of(yichang.begin(), yichang.end(), [](const feeds::RiverReading &r) {
        return r.tm == QDateTime(QDate(2020, 6, 23), QTime(3, 4), QTimeZone::utc()) && r.z == 48.46 && r.q == 30400;
    }));
    // The Three Gorges rows: level and outflow from "(出库)", inflow from the plain rows.
    const QList<feeds::ReservoirReading> sanxia = of(data.reservoirs, QStringLiteral("三峡水库"));
    EXPECT_EQ(sanxia.size(), 180);
    int withBoth = 0;
    for (const feeds::ReservoirReading &reading : sanxia)
        withBoth += reading.inq && reading.otq ? 1 : 0;
    EXPECT_EQ(withBoth, 30);
}

TEST(Hydrology, ThresholdsAndBrokenFiles)
{
    const HydrologyData data = thresholds();
    EXPECT_EQ(data.riverThresholds.size(), 5);
    ASSERT_EQ(data.floodLimits.size(), 1);
    EXPECT_EQ(data.floodLimits[0].fsltdz, 145.0);
    EXPECT_FALSE(thresholdsOf(data, QStringLiteral("汉口"))->grz.has_value());  // not found in a citable report
    EXPECT_FALSE(feeds::parseThresholdTable("STNM,kind,WRZ,GRZ,FSLTDZ\n汉口,river,27.3x,,\n", QStringLiteral("t.csv")).ok());
    EXPECT_FALSE(feeds::parseThresholdTable("STNM,kind,WRZ,GRZ,FSLTDZ\n汉口,lake,27.3,,\n", QStringLiteral("t.csv")).ok());
    EXPECT_FALSE(feeds::parseChangjiangLevels("a,b\n1,2\n", QStringLiteral("x.csv")).ok());
    const QByteArray truncated = test::readBytes(test::sharedData(QStringLiteral("water/cjh_yangtze_waterlevel_2020-06_gb18030.csv"))).left(5000);
    auto cut = feeds::parseChangjiangLevels(truncated.left(truncated.lastIndexOf(',')), QStringLiteral("cut.csv"));
    EXPECT_FALSE(cut.ok());
}

TEST(WaterLevels, StatesAtTheEndOfJune2020)
{
    const HydrologyData data = levels();
    const HydrologyData limits = thresholds();
    const LevelState hankou = evaluateRiver(of(data.river, QStringLiteral("汉口")), thresholdsOf(limits, QStringLiteral("汉口")), kEnd);
    EXPECT_EQ(hankou.status, LevelState::Status::Normal);
    EXPECT_DOUBLE_EQ(hankou.level, 25.19);
    ASSERT_TRUE(hankou.overWarning);
    EXPECT_NEAR(*hankou.overWarning, 25.19 - 27.30, 1e-9);
    EXPECT_FALSE(hankou.overGuaranteed);
    ASSERT_TRUE(hankou.rise1h);
    EXPECT_NEAR(*hankou.rise1h, 0.0, 1e-9);  // 25.19 at 22:00 and 23:00
    EXPECT_TRUE(hankou.rise3h.has_value());
    EXPECT_FALSE(hankou.firstOverWarning.isValid());

    // No threshold is "no threshold", never "normal".
    const LevelState yichang = evaluateRiver(of(data.river, QStringLiteral("宜昌")), thresholdsOf(limits, QStringLiteral("宜昌")), kEnd);
    EXPECT_EQ(yichang.status, LevelState::Status::NoThreshold);

    // The Three Gorges reservoir stood above its 145 m flood limit all week.
    const LevelState sanxia = evaluateReservoir(of(data.reservoirs, QStringLiteral("三峡水库")), limits.floodLimits, kEnd);
    EXPECT_EQ(sanxia.status, LevelState::Status::OverFloodLimit);
    ASSERT_TRUE(sanxia.overFloodLimit);
    EXPECT_NEAR(*sanxia.overFloodLimit, 147.02 - 145.0, 1e-9);
    EXPECT_EQ(sanxia.firstOverFloodLimit, QDateTime(QDate(2020, 6, 23), QTime(3, 0), QTimeZone::utc()));

    // As known before the table starts: no data.
    EXPECT_EQ(evaluateRiver(of(data.river, QStringLiteral("汉口")), std::nullopt, kEnd.addDays(-30)).status, LevelState::Status::NoData);
}

// A flood limit holds in its period only. The real Three Gorges levels of 23-30 June 2020 (about
// 147 m, over the 145 m limit) moved to December: outside the flood season, no excess; with the
// shared file, which names no period, "period unknown" in June and December alike.
TEST(WaterLevels, TheThreeGorgesInDecemberIsOutsideTheFloodSeason)
{
    const HydrologyData data = levels();
    QList<feeds::ReservoirReading> december = of(data.reservoirs, QStringLiteral("三峡水库"));
    ASSERT_FALSE(december.isEmpty());
    for (feeds::ReservoirReading &reading : december)
        reading.tm = reading.tm.addMonths(6);
    const QDateTime decemberEnd = kEnd.addMonths(6);

    const HydrologyData dated = thresholds(true);
    ASSERT_EQ(dated.floodLimits.size(), 1);
    EXPECT_EQ(dated.floodLimits[0].bgmd, QStringLiteral("0610"));
    const LevelState winter = evaluateReservoir(december, dated.floodLimits, decemberEnd);
    EXPECT_EQ(winter.status, LevelState::Status::OutsideFloodSeason);
    EXPECT_FALSE(winter.overFloodLimit.has_value());
    EXPECT_FALSE(winter.firstOverFloodLimit.isValid());
    EXPECT_NEAR(winter.level, 147.02, 1e-9);

    const HydrologyData undated = thresholds(false);
    ASSERT_EQ(undated.floodLimits.size(), 1);
    EXPECT_FALSE(undated.floodLimits[0].periodKnown());
    for (const auto &[readings, at] : {std::pair{december, decemberEnd}, std::pair{of(data.reservoirs, QStringLiteral("三峡水库")), kEnd}}) {
        const LevelState state = evaluateReservoir(readings, undated.floodLimits, at);
        EXPECT_EQ(state.status, LevelState::Status::FloodLimitPeriodUnknown);
        EXPECT_FALSE(state.overFloodLimit.has_value());
    }

    // One end of a period without the other, or a date that is not MMDD, is refused with its line.
    auto oneEnd = feeds::parseThresholdTable("STNM,kind,WRZ,GRZ,FSLTDZ,BGMD,EDMD\nR,reservoir,,,145,0610,\n", QStringLiteral("t.csv"));
    ASSERT_FALSE(oneEnd.ok());
    EXPECT_TRUE(oneEnd.error().toString().contains(QStringLiteral("t.csv line 2"))) << oneEnd.error().toString().toStdString();
    EXPECT_FALSE(feeds::parseThresholdTable("STNM,kind,WRZ,GRZ,FSLTDZ,BGMD,EDMD\nR,reservoir,,,145,0631,0910\n", QStringLiteral("t.csv")).ok());
}

TEST(WaterLevels, CrossingsRisesAndSubPeriods)
{
    // A river rising through its warning (27.3) and guaranteed (29.0) levels, hourly.
    QList<feeds::RiverReading> rising;
    const QDateTime start(QDate(2020, 7, 5), QTime(0, 0), QTimeZone::utc());
    const double levels[] = {27.0, 27.2, 27.4, 27.9, 28.6, 29.1, 29.3};
    for (int h = 6; h >= 0; --h)  // given out of order on purpose
        rising.append(feeds::RiverReading{QStringLiteral("S"), start.addSecs(h * 3600), levels[h], std::nullopt});
    const feeds::RiverThresholds limits{QStringLiteral("S"), 27.3, 29.0};
    const LevelState state = evaluateRiver(rising, limits, start.addSecs(6 * 3600));
    EXPECT_EQ(state.status, LevelState::Status::OverGuaranteed);
    EXPECT_NEAR(*state.overWarning, 2.0, 1e-9);
    EXPECT_NEAR(*state.overGuaranteed, 0.3, 1e-9);
    EXPECT_NEAR(*state.rise1h, 0.2, 1e-9);
    EXPECT_NEAR(*state.rise3h, 29.3 - 27.9, 1e-9);
    EXPECT_EQ(state.firstOverWarning, start.addSecs(2 * 3600));
    EXPECT_EQ(state.firstOverGuaranteed, start.addSecs(5 * 3600));
    // Known only up to 03:00 it is over warning, not yet over guaranteed.
    EXPECT_EQ(evaluateRiver(rising, limits, start.addSecs(3 * 3600)).status, LevelState::Status::OverWarning);

    // Flood-limit sub-periods, including one across the new year.
    const QList<feeds::FloodLimitPeriod> periods{{QStringLiteral("R"), QStringLiteral("0601"), QStringLiteral("0731"), 145.0},
                                                 {QStringLiteral("R"), QStringLiteral("0801"), QStringLiteral("0930"), 150.0},
                                                 {QStringLiteral("R"), QStringLiteral("1101"), QStringLiteral("0228"), 170.0}};
    EXPECT_EQ(floodLimitOn(periods, QDate(2020, 6, 30)), 145.0);
    EXPECT_EQ(floodLimitOn(periods, QDate(2020, 8, 1)), 150.0);
    EXPECT_EQ(floodLimitOn(periods, QDate(2021, 1, 15)), 170.0);
    EXPECT_FALSE(floodLimitOn(periods, QDate(2020, 10, 10)).has_value());
    // The sub-period is the reading's Beijing day: 31 July 16:30 UTC is 1 August in Beijing.
    QList<feeds::ReservoirReading> reservoir{{QStringLiteral("R"), QDateTime(QDate(2020, 7, 31), QTime(16, 30), QTimeZone::utc()), 148.0,
                                              std::nullopt, std::nullopt}};
    EXPECT_EQ(evaluateReservoir(reservoir, periods, reservoir[0].tm).status, LevelState::Status::Normal);  // under 150
}

TEST(ReadingChecks, RealSeriesPassesAndInjectedFaultsAreFlagged)
{
    const HydrologyData data = levels();
    ReadingReport clean;
    const QList<feeds::RiverReading> checked = checkRiverReadings(data.river, ReadingLimits{}, clean);
    // The real week has no glitch, and the Wujiang's real 8 m flood rise at 武隆 is kept.
    EXPECT_EQ(checked.size(), data.river.size());
    EXPECT_EQ(clean.flagged(), 0);

    // 汉口 with a duplicate, a 5 m spike, an impossible level and a reading out of order.
    QList<feeds::RiverReading> hankou = of(data.river, QStringLiteral("汉口"));
    const int real = int(hankou.size());
    feeds::RiverReading spike = hankou[10];
    spike.tm = spike.tm.addSecs(30 * 60);
    spike.z = *spike.z + 5.0;
    feeds::RiverReading impossible = hankou[20];
    impossible.tm = impossible.tm.addSecs(30 * 60);
    impossible.z = -999.0;
    hankou.append(hankou[5]);      // duplicate
    hankou.append(spike);
    hankou.append(impossible);
    hankou.move(0, 50);            // out of order
    ReadingReport report;
    const QList<feeds::RiverReading> kept = checkRiverReadings(hankou, ReadingLimits{}, report);
    EXPECT_EQ(kept.size(), real);
    EXPECT_EQ(report.duplicates, 1);
    EXPECT_EQ(report.jumps, 1);
    EXPECT_EQ(report.impossible, 1);
    EXPECT_GE(report.outOfOrder, 1);
    EXPECT_TRUE(std::is_sorted(kept.begin(), kept.end(), [](const auto &a, const auto &b) { return a.tm < b.tm; }));
    // A tighter bound flags real wiggles too: the bound is the bureau's to set.
    ReadingLimits tight;
    tight.maxLevelJumpPerHour = 0.001;
    ReadingReport strict;
    (void)checkRiverReadings(of(data.river, QStringLiteral("武隆")), tight, strict);
    EXPECT_GT(strict.jumps, 0);

    // Rain: a negative amount and an impossible one.
    const QDateTime t(QDate(2020, 6, 30), QTime(0, 0), QTimeZone::utc());
    QList<feeds::RainReading> rain{{QStringLiteral("P"), t, 12.5, 1}, {QStringLiteral("P"), t.addSecs(3600), -1.0, 1},
                                   {QStringLiteral("P"), t.addSecs(7200), 900.0, 1}, {QStringLiteral("P"), t.addSecs(10800), 40.0, 1}};
    ReadingReport rainReport;
    EXPECT_EQ(checkRainReadings(rain, ReadingLimits{}, rainReport).size(), 2);
    EXPECT_EQ(rainReport.impossible, 2);
}
